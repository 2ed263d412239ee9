import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from './dom.ts';
import { languageOf, publicationTime, readMetadata, stripSiteName } from './page-metadata.ts';

test('site names are cut from titles only when they are the site\'s', () => {
  const document = parseDocument('<html><body><h1>Kiel: Landtag tagt</h1></body></html>');
  assert.equal(stripSiteName('Kiel: Landtag tagt | Kieler Tagespost', 'Kieler Tagespost', document, 'https://kn.example/a'), 'Kiel: Landtag tagt');
  const noHeading = parseDocument('<html><body><p>Text</p></body></html>');
  assert.equal(stripSiteName('Haushalt beschlossen - SPIEGEL', null, noHeading, 'https://www.spiegel.de/a'), 'Haushalt beschlossen');
  assert.equal(stripSiteName('Heute-Show – Die Satire am Freitag', 'ZDF', noHeading, 'https://www.zdf.de/a'), 'Heute-Show – Die Satire am Freitag');
  assert.equal(stripSiteName('Kiel: Landtag tagt', 'Kieler Tagespost', noHeading, 'https://kn.example/a'), 'Kiel: Landtag tagt');
});

test('publication times keep their offset; a local time is Berlin time; a date alone is none', () => {
  assert.equal(publicationTime(['2024-03-13T17:45:00+01:00']), '2024-03-13T17:45:00+01:00');
  assert.equal(publicationTime(['2024-03-13T16:45:12.345Z']), '2024-03-13T16:45:12Z');
  assert.equal(publicationTime(['2024-07-01T09:30:00+0200']), '2024-07-01T09:30:00+02:00');
  assert.equal(publicationTime(['2024-07-01 09:30']), '2024-07-01T09:30:00+02:00');
  assert.equal(publicationTime(['2024-07-01', null, 'gestern']), null);
  assert.equal(publicationTime([undefined, '', '2024-01-05T08:00:00Z']), '2024-01-05T08:00:00Z');
});

test('languages from <html lang>, with German as the default', () => {
  assert.equal(languageOf('de-DE'), 'de-DE');
  assert.equal(languageOf('de_at'), 'de-AT');
  assert.equal(languageOf('EN'), 'en');
  assert.equal(languageOf(''), 'de');
});

test('JSON-LD in a @graph gives authors, date and keywords; a URL is no author', () => {
  const document = parseDocument(`<html lang="de"><head>
    <meta property="article:author" content="https://www.facebook.com/zeitung">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Beispiel"},
      {"@type":"NewsArticle","headline":"Neue Brücke","datePublished":"2024-05-02T06:00:00+02:00","author":{"@type":"Person","name":"Mara Lenz"},
       "keywords":"Verkehr, Brücke","publisher":{"@type":"Organization","name":"Beispiel-Zeitung"},"articleBody":"Die Brücke ist fertig."}]}</script>
    </head><body><h1>Neue Brücke</h1></body></html>`);
  const metadata = readMetadata(document, 'https://beispiel.example/verkehr/bruecke');
  assert.equal(metadata.headline, 'Neue Brücke');
  assert.deepEqual(metadata.authors, ['Mara Lenz']);
  assert.equal(metadata.publishedAt, '2024-05-02T06:00:00+02:00');
  assert.deepEqual(metadata.tags, ['Verkehr', 'Brücke']);
  assert.equal(metadata.siteName, 'Beispiel-Zeitung');
  assert.equal(metadata.jsonLd?.articleBody, 'Die Brücke ist fertig.');
});
