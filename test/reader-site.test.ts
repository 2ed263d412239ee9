import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The reader site against a real server on an ephemeral port, with a fresh
 * SQLite database seeded with the demo content. Pages are parsed as HTML.
 */
const referencePath = '/nachrichten/usa-bieten-unterstuetzung-fuer-koalition-in-ukraine-nach-waffenstillstand';

const { server, dataDir } = await startTestServer();

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url + path, { headers, redirect: 'manual' });
  const body = await response.text();
  return { response, body, document: parseHTML(body).document };
}

function text(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('article page of the reference article', () => {
  test('shows every part of the reference page, in its order', async () => {
    const { response, document } = await get(referencePath);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.equal(document.documentElement.getAttribute('lang'), 'de');

    const breadcrumb = document.querySelector('nav.breadcrumb');
    const sectionLink = breadcrumb?.querySelector('a[href="/nachrichten"]');
    assert.equal(text(sectionLink), 'Nachrichten');

    const h1s = document.querySelectorAll('h1');
    assert.equal(h1s.length, 1, 'exactly one h1');
    assert.equal(text(h1s[0]), 'USA bieten Unterstützung für Koalition in Ukraine nach Waffenstillstand');
    assert.match(text(document.querySelector('title')), /^USA bieten Unterstützung .* – Depesche$/);

    const article = document.querySelector('main article');
    assert.ok(article, 'an <article> element');
    const lead = article.querySelector('p.lead');
    assert.match(text(lead), /^Die USA haben in inoffiziellen Gesprächen .* Keir Starmer\.$/);

    const figure = article.querySelector('figure.hero-figure');
    assert.ok(figure?.querySelector('img'), 'the hero figure has an image');
    assert.equal(figure?.querySelector('img')?.getAttribute('alt'), 'Medien: USA bereit, westliche Truppen in der Ukraine zu unterstützen');
    const caption = text(figure?.querySelector('figcaption'));
    assert.match(caption, /^Medien: USA bereit, westliche Truppen in der Ukraine zu unterstützen/);
    assert.match(caption, /Bildquelle: © zsu$/);

    const keyPoints = article.querySelector('aside.key-points');
    assert.equal(text(keyPoints?.querySelector('h2')), 'Was müssen Sie wissen?');
    const bullets = [...(keyPoints?.querySelectorAll('li') ?? [])].map(text);
    assert.equal(bullets.length, 3);
    assert.match(bullets[0] ?? '', /^Die USA haben Unterstützung für die "Koalition der Willigen" erklärt/);

    const body = article.querySelector('.article-body');
    const subheadings = [...(body?.querySelectorAll('h2') ?? [])].map(text);
    assert.deepEqual(subheadings, [
      '"Koalition der Willigen". Was ist mit den Garantien der USA?',
      'Wird Großbritannien doch keine Truppen in die Ukraine entsenden?',
    ]);
    const paragraphs = [...(body?.querySelectorAll('p') ?? [])].map(text);
    assert.ok(paragraphs.length >= 8, `body paragraphs: ${paragraphs.length}`);
    assert.match(paragraphs.at(-1) ?? '', /Die Koalition umfasst 33 Länder/);
    assert.ok(!text(article).includes('Für Sie ausgewählt'), 'site chrome is not part of the article');

    const sources = article.querySelector('section.sources');
    assert.equal(text(sources?.querySelector('h2')), 'Quellen');
    assert.deepEqual([...(sources?.querySelectorAll('li') ?? [])].map(text), ['The Telegraph', 'The Times']);

    const recommendations = document.querySelector('section.recommendations');
    assert.equal(text(recommendations?.querySelector('h2')), 'Für Sie ausgewählt');
    const picks = [...(recommendations?.querySelectorAll('article.teaser a[href]') ?? [])];
    assert.ok(picks.length >= 3, 'recommendations are filled');
    assert.ok(!picks.some((a) => a.getAttribute('href') === referencePath), 'an article does not recommend itself');

    // Document order: breadcrumb, h1, lead, figure, key points, body, sources, recommendations.
    const documentOrder = [...document.querySelectorAll('*')];
    const positions = [breadcrumb, h1s[0], lead, figure, keyPoints, body, sources, recommendations].map((part) =>
      documentOrder.indexOf(part as Element),
    );
    assert.ok(positions.every((position) => position >= 0), 'every part is present');
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'the parts stand in the reference order');
  });

  test('prints the German date and carries NewsArticle JSON-LD, Open Graph and a canonical URL', async () => {
    const { document } = await get(referencePath);
    const time = document.querySelector('.article-meta time');
    assert.equal(text(time), '25. April 2025, 18:30 Uhr');
    assert.equal(time?.getAttribute('datetime'), '2025-04-25T18:30:00+02:00');

    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    assert.equal(canonical, server.url + referencePath);

    const og = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    assert.equal(og('og:type'), 'article');
    assert.equal(og('og:title'), 'USA bieten Unterstützung für Koalition in Ukraine nach Waffenstillstand');
    assert.equal(og('og:url'), server.url + referencePath);
    assert.match(og('og:image') ?? '', /^http:\/\/.*\/media\/demo\/ukraine-koalition\.svg$/);
    assert.equal(og('og:locale'), 'de_DE');

    const ldScript = document.querySelector('script[type="application/ld+json"]');
    const ld = JSON.parse(ldScript?.textContent ?? '{}');
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, 'USA bieten Unterstützung für Koalition in Ukraine nach Waffenstillstand');
    assert.equal(ld.datePublished, '2025-04-25T18:30:00+02:00');
    assert.equal(ld.articleSection, 'Nachrichten');
    assert.equal(ld.inLanguage, 'de');
    assert.equal(ld.publisher?.name, 'Depesche');
  });

  test('answers with an ETag and Cache-Control, and 304 when the page is unchanged', async () => {
    const { response, body } = await get(referencePath);
    const etag = response.headers.get('etag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]+"$/);
    assert.match(response.headers.get('cache-control') ?? '', /must-revalidate/);
    const again = await get(referencePath, { 'If-None-Match': etag! });
    assert.equal(again.response.status, 304);
    assert.equal(again.body, '');

    // fetch decompresses transparently; the header shows what travelled.
    const codings: [string, string | null][] = [['gzip', 'gzip'], ['gzip, deflate, br', 'br'], ['br;q=0, gzip', 'gzip'], ['identity', null]];
    for (const [accept, coding] of codings) {
      const compressed = await fetch(server.url + referencePath, { headers: { 'Accept-Encoding': accept } });
      assert.equal(compressed.headers.get('content-encoding'), coding, accept);
      assert.equal(await compressed.text(), body, accept);
    }
  });

  test('sends security headers', async () => {
    const { response } = await get(referencePath);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, 'our own script only (the reading beacon)');
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
  });
});

describe('fronts', () => {
  test('the home page shows the latest of at least four sections', async () => {
    const { response, document } = await get('/');
    assert.equal(response.status, 200);
    const blocks = [...document.querySelectorAll('section.section-block')];
    assert.ok(blocks.length >= 4, `sections on the home page: ${blocks.length}`);
    for (const block of blocks) assert.ok(block.querySelectorAll('article.teaser').length >= 1);
    assert.ok(document.querySelector(`a[href="${referencePath}"]`), 'the reference article is linked');
    const navLinks = [...document.querySelectorAll('nav.sections-nav a')].map((a) => a.getAttribute('href'));
    assert.ok(navLinks.includes('/nachrichten'));
  });

  test('every section in the navigation has a front listing its articles', async () => {
    const { document } = await get('/');
    const sections = [...document.querySelectorAll('nav.sections-nav a')].map((a) => a.getAttribute('href')!);
    assert.ok(sections.length >= 4);
    for (const path of sections) {
      const front = await get(path);
      assert.equal(front.response.status, 200, path);
      assert.equal(front.document.querySelectorAll('h1').length, 1);
      const links = [...front.document.querySelectorAll('.teaser-list article.teaser h2 a')];
      assert.ok(links.length >= 1, `${path} lists articles`);
      for (const link of links) assert.ok(link.getAttribute('href')!.startsWith(`${path}/`));
    }
  });

  test('serves the stylesheet with a long cache lifetime and the demo images', async () => {
    const { document } = await get('/');
    const href = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    const css = await fetch(server.url + href);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(css.headers.get('cache-control') ?? '', /immutable/);
    const image = await fetch(`${server.url}/media/demo/ukraine-koalition.svg`);
    assert.equal(image.status, 200);
    assert.match(image.headers.get('content-type') ?? '', /image\/svg\+xml/);
  });
});

describe('errors and bad requests', () => {
  for (const path of ['/gibt-es-nicht', '/nachrichten/gibt-es-nicht', '/nachrichten/a/b/c', '/%E0%A4%A', '/assets/site.css', '/media/../package.json']) {
    test(`unknown URL ${path} gets the German 404 page`, async () => {
      const { response, document } = await get(path);
      assert.equal(response.status, 404);
      assert.equal(text(document.querySelector('h1')), 'Seite nicht gefunden');
      assert.equal(document.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
    });
  }

  for (const query of ['seite=abc', 'seite=0', 'seite=-1', 'seite=1.5', 'seite=%ZZ', 'seite=99999999999']) {
    test(`malformed query ?${query} gets a 400, never a 500`, async () => {
      const { response, document } = await get(`/nachrichten?${query}`);
      assert.equal(response.status, 400);
      assert.match(text(document.querySelector('.status-page')), /Parameter „seite“/);
    });
  }

  for (const path of ['/?%E0%A4%A', '/?a=%', '/nachrichten?seite=1&seite=%FF', `${referencePath}?x=%%%`, '/?' + 'a'.repeat(8000)]) {
    test(`odd query strings are harmless: ${path.slice(0, 40)}`, async () => {
      const { response } = await get(path);
      assert.ok(response.status < 500, `status ${response.status}`);
    });
  }

  test('a page number past the end is a 404', async () => {
    const { response } = await get('/nachrichten?seite=500');
    assert.equal(response.status, 404);
  });
});

describe('content changes', () => {
  test('an edit is visible on the next request, from this process or another', async () => {
    const before = await get(referencePath);
    assert.equal(before.response.status, 200);
    const stored = await server.store.articles.getBySlug(referencePath.split('/').at(-1)!);
    assert.ok(stored);

    await server.store.articles.update(
      { ...stored.article, headline: 'Geänderte Überschrift im selben Prozess', updatedAt: new Date().toISOString() },
      { actor: 'test', expectedVersion: stored.version },
    );
    const afterOwnEdit = await get(referencePath, { 'If-None-Match': before.response.headers.get('etag')! });
    assert.equal(afterOwnEdit.response.status, 200, 'the old ETag no longer matches');
    assert.equal(text(afterOwnEdit.document.querySelector('h1')), 'Geänderte Überschrift im selben Prozess');

    // A second connection, as the CLI would open while the server runs.
    const other = await openSqliteStore(`${dataDir}/depesche.sqlite`);
    const current = await other.articles.get(stored.article.id);
    await other.articles.update(
      { ...current!.article, headline: 'Geändert von außen', updatedAt: new Date().toISOString() },
      { actor: 'cli', expectedVersion: current!.version },
    );
    await other.close();
    const afterOtherEdit = await get(referencePath);
    assert.equal(text(afterOtherEdit.document.querySelector('h1')), 'Geändert von außen');
  });

  test('drafts are never shown to readers; a moved article redirects to its new section', async () => {
    const draft = sampleArticle({ section: 'Nachrichten', status: 'draft', publishedAt: null });
    await server.store.articles.insert(draft, { actor: 'test' });
    assert.equal((await get(`/nachrichten/${draft.slug}`)).response.status, 404);

    const moved = sampleArticle({ section: 'Kultur' });
    await server.store.articles.insert(moved, { actor: 'test' });
    const old = await get(`/nachrichten/${moved.slug}`);
    assert.equal(old.response.status, 301);
    assert.equal(old.response.headers.get('location'), `/kultur/${moved.slug}`);
    assert.equal(old.response.headers.get('cache-control'), 'public, max-age=3600', 'browsers must not keep it for ever: it may move back');
  });

  test('text an editor typed is escaped, never markup', async () => {
    const evil = sampleArticle({
      section: 'Nachrichten',
      headline: '<script>alert(1)</script> Überschrift',
      lead: '<img src=x onerror=alert(1)>',
      body: [{ type: 'paragraph', text: '</script><script>alert(2)</script>' }],
      tags: ['"><svg onload=alert(3)>'],
    });
    await server.store.articles.insert(evil, { actor: 'test' });
    const { body, document } = await get(`/nachrichten/${evil.slug}`);
    // The one script is our own reading beacon, loaded from a file: nothing inline.
    const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
    assert.deepEqual(scripts.map((script) => [script.getAttribute('src')?.startsWith('/assets/reading.'), script.textContent]), [[true, '']]);
    assert.equal(document.querySelectorAll('img[onerror], svg').length, 0);
    assert.ok(!body.includes('<script>alert'));
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    assert.equal(ld.headline, '<script>alert(1)</script> Überschrift');
  });
});

describe('topic pages', () => {
  test('an article links the people, places and organisations it is about; each has a page listing its articles', async () => {
    const entities = [
      { name: 'Hanna Beispiel', slug: 'hanna-beispiel', kind: 'person' as const },
      { name: 'Kiel', slug: 'kiel', kind: 'place' as const },
    ];
    const first = sampleArticle({ section: 'Nachrichten', entities });
    const second = sampleArticle({ section: 'Politik', entities: [entities[1]!] });
    const draft = sampleArticle({ section: 'Politik', status: 'draft', publishedAt: null, entities });
    await server.store.articles.saveAll([first, second, draft], { actor: 'test' });

    const { document } = await get(`/nachrichten/${first.slug}`);
    const links = [...document.querySelectorAll('nav.article-entities a')].map((a) => [text(a), a.getAttribute('href')]);
    assert.deepEqual(links, [['Hanna Beispiel', '/thema/hanna-beispiel'], ['Kiel', '/thema/kiel']]);

    const topic = await get('/thema/kiel');
    assert.equal(topic.response.status, 200);
    assert.equal(text(topic.document.querySelector('h1')), 'Kiel');
    const listed = [...topic.document.querySelectorAll('.teaser-list article.teaser h2 a')].map((a) => a.getAttribute('href'));
    assert.ok(listed.includes(`/nachrichten/${first.slug}`) && listed.includes(`/politik/${second.slug}`));
    assert.ok(!listed.includes(`/politik/${draft.slug}`), 'drafts are not listed');
    assert.equal((await get('/thema/hanna')).response.status, 404, 'a slug matches whole slugs only');
    assert.equal((await get('/thema/gibt-es-nicht')).response.status, 404);
  });
});
