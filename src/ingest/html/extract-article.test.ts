import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { blockSchema, keyPointSchema } from '../../article/article.ts';
import { isDepescheError } from '../../errors.ts';
import { decodeHtml } from './decode-html.ts';
import { extractArticle } from './extract-article.ts';

const page = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/pages/${name}`, import.meta.url)));
const articleUrl = 'https://www.kieler-tagespost.example/politik/kita-reform-beschlossen-123.html?utm_source=feed';

test('a German news page becomes a draft: metadata, teaser as lead, hero image with credit, key points, clean body', () => {
  const { draft, text, canonicalUrl, siteName } = extractArticle(decodeHtml(page('nachrichten-artikel.html'), 'text/html; charset=utf-8'), articleUrl);
  assert.equal(canonicalUrl, 'https://www.kieler-tagespost.example/politik/kita-reform-beschlossen-123.html');
  assert.equal(siteName, 'Kieler Tagespost');
  assert.deepEqual(draft, {
    section: 'Politik',
    // og:title, which the <title> repeats with the site name after it.
    headline: 'Landtag beschließt Kita-Reform: Gebühren sinken ab August',
    lead: 'Der Landtag in Kiel hat die Kita-Reform beschlossen. Eltern zahlen ab August weniger, die Kommunen bekommen mehr Geld vom Land.',
    heroImage: {
      src: 'https://www.kieler-tagespost.example/bilder/landtag-1200x675.jpg',
      alt: 'Der Plenarsaal des Landtags in Kiel',
      caption: 'Die Abgeordneten stimmten mit breiter Mehrheit für die Reform.',
      credit: 'dpa',
    },
    keyPoints: [
      { text: 'Die Kita-Gebühren sinken ab August um ein Drittel.', origin: 'editor' },
      { text: 'Das Land zahlt den Kommunen 80 Millionen Euro mehr im Jahr.', origin: 'editor' },
      { text: 'Die Opposition hält die Reform für zu teuer.', origin: 'editor' },
    ],
    body: [
      {
        type: 'paragraph',
        text: 'Nach monatelangem Streit hat der Landtag am Mittwochabend die Reform der Kindertagesstätten verabschiedet. Für das Gesetz stimmten die Fraktionen der Regierung und ein Teil der Opposition.',
      },
      {
        type: 'paragraph',
        text: 'Die Gebühren für einen Ganztagsplatz sinken damit ab dem 1. August von durchschnittlich 290 auf 190 Euro im Monat. Für Familien mit mehreren Kindern wird das zweite Kind beitragsfrei.',
      },
      { type: 'subheading', text: 'Was bedeutet das für die Kommunen?' },
      {
        type: 'paragraph',
        text: 'Die Städte und Gemeinden bekommen vom Land jedes Jahr 80 Millionen Euro zusätzlich. Der Städtetag begrüßte das, warnte aber vor steigenden Kosten beim Personal.',
      },
      { type: 'quote', text: '„Das ist ein guter Tag für die Familien in unserem Land.“', attribution: 'Bildungsministerin Karin Prien' },
      {
        type: 'paragraph',
        text: 'Die Opposition kritisierte, die Reform sei nicht solide finanziert. Sie kündigte an, die Umsetzung im Bildungsausschuss genau zu verfolgen.',
      },
    ],
    sources: [{ name: 'Kieler Tagespost', url: articleUrl }],
    entities: [],
    tags: ['Kita', 'Landtag', 'Bildung', 'Schleswig-Holstein'],
    authors: ['Anna Berg', 'Jens Holm'],
    language: 'de-DE',
    publishedAt: '2024-03-13T17:45:00+01:00',
  });
  for (const block of draft.body) blockSchema.parse(block);
  for (const point of draft.keyPoints) keyPointSchema.parse(point);
  // Nothing of the chrome around the article reaches the text: not the kicker, byline, share bar,
  // key points box, related links, newsletter line, author box, comments or footer.
  for (const chrome of ['Schleswig-Holstein', 'Von Anna Berg', 'WhatsApp', 'Das Wichtigste', 'um ein Drittel', 'Mehr zum Thema', 'Kita-Streit', 'Newsletter', 'Landeskorrespondentin', 'Leser123', 'Steuern', 'Impressum', 'Cookies']) {
    assert.equal(text.includes(chrome), false, `„${chrome}“ gehört nicht in den Text`);
  }
  assert.equal(
    text,
    [
      'Der Landtag in Kiel hat die Kita-Reform beschlossen. Eltern zahlen ab August weniger, die Kommunen bekommen mehr Geld vom Land.',
      'Nach monatelangem Streit hat der Landtag am Mittwochabend die Reform der Kindertagesstätten verabschiedet. Für das Gesetz stimmten die Fraktionen der Regierung und ein Teil der Opposition.',
      'Die Gebühren für einen Ganztagsplatz sinken damit ab dem 1. August von durchschnittlich 290 auf 190 Euro im Monat. Für Familien mit mehreren Kindern wird das zweite Kind beitragsfrei.',
      'Was bedeutet das für die Kommunen?',
      'Die Städte und Gemeinden bekommen vom Land jedes Jahr 80 Millionen Euro zusätzlich. Der Städtetag begrüßte das, warnte aber vor steigenden Kosten beim Personal.',
      '„Das ist ein guter Tag für die Familien in unserem Land.“\nBildungsministerin Karin Prien',
      'Die Opposition kritisierte, die Reform sei nicht solide finanziert. Sie kündigte an, die Umsetzung im Bildungsausschuss genau zu verfolgen.',
    ].join('\n\n'),
  );
});

test('an old page in windows-1252, declared by <meta http-equiv>, laid out with a table', () => {
  const html = decodeHtml(page('lokal-windows-1252.html'), null);
  const { draft, text, canonicalUrl, siteName } = extractArticle(html, 'https://www.flensburger-wochenblatt.example/lokales/strassenfest.html');
  assert.equal(canonicalUrl, null);
  assert.equal(siteName, null);
  assert.deepEqual(draft, {
    section: null,
    headline: 'Straßenfest in Flensburg: Tausende feiern an der Förde',
    // No teaser and no description: the first paragraph is the lead.
    lead: 'Flensburg. Bei strahlendem Sonnenschein haben am Wochenende mehr als zwölftausend Menschen das Straßenfest an der Förde besucht. Die Veranstalter sprachen von einem Rekord.',
    heroImage: null,
    keyPoints: [],
    body: [
      {
        type: 'paragraph',
        text: 'Auf drei Bühnen spielten Bands aus der Region, dazu gab es Stände mit Fischbrötchen, Crêpes und Flensburger Bier. Die Polizei meldete einen friedlichen Verlauf ohne größere Zwischenfälle.',
      },
      { type: 'paragraph', text: '„So voll war es hier noch nie“, sagte Organisatorin Birte Sörensen. Im nächsten Jahr soll das Fest um einen Tag verlängert werden.' },
    ],
    sources: [{ name: 'flensburger-wochenblatt.example', url: 'https://www.flensburger-wochenblatt.example/lokales/strassenfest.html' }],
    entities: [],
    tags: [],
    authors: ['Jörg Müßig'],
    language: 'de',
    publishedAt: null,
  });
  assert.equal(text.startsWith('Flensburg. Bei strahlendem Sonnenschein'), true);
  assert.equal(text.includes('Lokales'), false);
  assert.equal(text.includes('Alle Rechte vorbehalten'), false);
});

test('a section front without an article is refused with no_article and a German message', () => {
  const html = decodeHtml(page('keine-artikelseite.html'), 'text/html');
  assert.throws(
    () => extractArticle(html, 'https://www.kieler-tagespost.example/politik'),
    (error: unknown) =>
      isDepescheError(error) &&
      error.code === 'no_article' &&
      error.status === 422 &&
      error.message.includes('https://www.kieler-tagespost.example/politik') &&
      error.message.includes('kein Artikel gefunden'),
  );
});

const shortPost = (head: string) => `<!doctype html><html lang="de"><head><title>Glatteis – Mein Blog</title>${head}</head><body>
<header><h1>Glatteis</h1></header>
<div class="post"><p>Heute früh lag die ganze Straße voller Glatteis. Ich bin zweimal ausgerutscht und dann lieber zu Fuß gegangen.</p></div>
<footer><p>Impressum</p></footer></body></html>`;
const dated = '<meta property="article:published_time" content="2024-01-09T07:15:00+01:00">';
const refused = (error: unknown) => isDepescheError(error) && error.code === 'no_article';

test('a short post is an article when the page declares a dated article (og:type or JSON-LD), and refused otherwise', () => {
  const postUrl = 'https://blog.example/2024/01/glatteis/';
  const declared = extractArticle(shortPost(`<meta property="og:type" content="article">${dated}`), postUrl);
  assert.equal(declared.text, 'Heute früh lag die ganze Straße voller Glatteis. Ich bin zweimal ausgerutscht und dann lieber zu Fuß gegangen.');
  const jsonLd = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Glatteis","datePublished":"2024-01-09T07:15:00+01:00"}</script>';
  assert.equal(extractArticle(shortPost(jsonLd), postUrl).text, declared.text);
  // Not declared; declared by a template that calls every page an article (no date of its own); behind a paywall.
  assert.throws(() => extractArticle(shortPost(''), postUrl), refused);
  assert.throws(() => extractArticle(shortPost('<meta property="og:type" content="article">'), postUrl), refused);
  const paywalled = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Glatteis","datePublished":"2024-01-09T07:15:00+01:00","isAccessibleForFree":false}</script>';
  assert.throws(() => extractArticle(shortPost(paywalled), postUrl), refused);
});

const authorBox = Array.from({ length: 6 }, (_, i) => `<p>Über die Autorin, Absatz ${i + 1}: Sie schreibt seit zwanzig Jahren über Bildung, Familie und Politik, lebt in Kiel und liebt lange Spaziergänge am Strand.</p>`).join('');

test('the body a page marks (hAtom entry-content) is the article even when an author box beside it has more text', () => {
  const html = `<!doctype html><html lang="de"><head><title>Barcamp 2024</title></head><body>
<article class="post"><h1>Live vom Barcamp 2024</h1>
<div class="entry-content"><p>Auch auf dem Barcamp 2024 waren wir mit dem Mikrofon unterwegs und haben mit Gästen gesprochen, die über ihre Eindrücke vom Camp erzählen.</p>
<p>Die Gespräche drehten sich um Wissen, Lernen und Arbeit.</p></div></article>
<aside class="bio">${authorBox}</aside></body></html>`;
  const { text } = extractArticle(html, 'https://podcast.example/2024/barcamp/');
  assert.equal(text.includes('Auch auf dem Barcamp 2024 waren wir'), true);
  assert.equal(text.includes('Die Gespräche drehten sich'), true);
  assert.equal(text.includes('Über die Autorin'), false);
});

test('a marked excerpt of another post is not taken for the article, also on a declared article: the page as it came wins when it has more text', () => {
  const article = Array.from({ length: 5 }, (_, i) => `<p>Absatz ${i + 1} des Berichts: Der Stadtrat hat am Abend über den neuen Radweg an der Hafenstraße beraten und ihn mit großer Mehrheit beschlossen.</p>`).join('');
  // Declared and dated: the short-post rule must not keep the excerpt either.
  const html = `<!doctype html><html lang="de"><head><title>Radweg beschlossen</title><meta property="og:type" content="article">${dated}</head><body>
<main><h1>Radweg beschlossen</h1>${article}</main>
<section class="featured-post"><div class="entry-content"><p>Top-Thema der Woche: Die neue Schwimmhalle öffnet im Frühjahr, der Eintritt bleibt für Kinder unter zwölf Jahren frei.</p></div></section>
</body></html>`;
  const { text } = extractArticle(html, 'https://stadtblog.example/radweg/');
  // Narrowed to the excerpt, the text would be its 17 words alone.
  assert.equal(text.includes('Absatz 1 des Berichts'), true);
  assert.equal(text.includes('Absatz 5 des Berichts'), true);
});
