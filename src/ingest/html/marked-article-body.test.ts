import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from './dom.ts';
import { markedArticleBody, narrowToMarkedBody } from './marked-article-body.ts';

const prose = 'Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Grundsteuer steigt nicht, die Kitas bekommen mehr Geld.';

test('microdata articleBody is preferred to an hAtom entry-content', () => {
  const document = parseDocument(`<body><div class="entry-content"><div itemprop="articleBody"><p>${prose}</p></div><p>Teilen</p></div></body>`);
  assert.equal(markedArticleBody(document)?.getAttribute('itemprop'), 'articleBody');
});

test('a mark on several elements (an overview of posts) is no answer', () => {
  const document = parseDocument(`<body><div class="entry-content"><p>${prose}</p></div><div class="entry-content"><p>${prose}</p></div></body>`);
  assert.equal(markedArticleBody(document), null);
});

test('an entry-content nested in another counts once, as the outer one', () => {
  const document = parseDocument(`<body><div class="entry-content" id="outer"><div class="entry-content"><p>${prose}</p></div></div></body>`);
  assert.equal(markedArticleBody(document)?.id, 'outer');
});

test('a marked element without prose (a frame that scripts fill, or only links) is ignored', () => {
  const empty = parseDocument('<body><div class="entry-content"><script>render()</script></div><p>Text</p></body>');
  assert.equal(markedArticleBody(empty), null);
  const links = parseDocument(`<body><div class="entry-content"><a href="/a">${prose}</a></div></body>`);
  assert.equal(markedArticleBody(links), null);
});

test('narrowing leaves only the marked element in the body, and nothing when there is no mark', () => {
  const document = parseDocument(`<body><nav>Menü</nav><div class="entry-content"><p>${prose}</p></div><aside>Andere Artikel</aside></body>`);
  assert.equal(narrowToMarkedBody(document), true);
  assert.equal(document.body?.textContent, prose);
  const unmarked = parseDocument(`<body><nav>Menü</nav><p>${prose}</p></body>`);
  assert.equal(narrowToMarkedBody(unmarked), false);
  assert.equal(unmarked.body?.textContent?.includes('Menü'), true);
});

test('a mark in a sidebar, menu, footer or form is a teaser of another post, and a mark on <html> is none', () => {
  for (const tag of ['aside', 'nav', 'footer', 'form']) {
    const document = parseDocument(`<body><${tag}><div class="entry-content"><p>${prose}</p></div></${tag}><p>${prose}</p></body>`);
    assert.equal(markedArticleBody(document), null, tag);
  }
  const whole = parseDocument(`<!doctype html><html class="entry-content"><head></head><body><p>${prose}</p></body></html>`);
  assert.equal(narrowToMarkedBody(whole), false);
  assert.equal(whole.body?.textContent, prose);
});

test("the item's own teaser (itemprop description) is kept before its body", () => {
  const document = parseDocument(`<body><div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Haushalt</h1>
<div class="teaser-text" itemprop="description">Kein Anstieg der Grundsteuer.</div><nav>Teilen</nav>
<div itemprop="articleBody"><p>${prose}</p></div></div></body>`);
  assert.equal(narrowToMarkedBody(document), true);
  assert.equal(document.body?.textContent, `Kein Anstieg der Grundsteuer.${prose}`);
});
