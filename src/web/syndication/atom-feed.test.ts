import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAtomFeed } from 'feedsmith';
import { feedChannel } from '../../../test/helpers/feed-fixture.ts';
import { parseStrictXml, textOf } from '../../../test/helpers/strict-xml.ts';
import { atomFeed } from './atom-feed.ts';

const repeated = ['entry', 'author', 'category', 'link', 'media:content'];

test('Atom 1.0: feed id, title, updated, author and self link; entry id, title, updated and content', () => {
  const { feed } = parseStrictXml(atomFeed(feedChannel()), repeated);
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed['@xml:lang'], 'de');
  assert.equal(textOf(feed.id), 'https://depesche.example/nachrichten/atom.xml');
  assert.equal(textOf(feed.title), 'Nachrichten – Depesche & Co');
  assert.equal(textOf(feed.updated), '2025-04-26T07:00:00.000Z', 'RFC 3339');
  assert.deepEqual(feed.author.map((a: { name: string }) => textOf(a.name)), ['Depesche'], 'the site: every entry has an author');
  assert.deepEqual(
    feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href'], l['@type']]),
    [
      ['self', 'https://depesche.example/nachrichten/atom.xml', 'application/atom+xml'],
      ['alternate', 'https://depesche.example/nachrichten', 'text/html'],
    ],
  );

  const [entry, second] = feed.entry;
  assert.equal(textOf(entry.id), 'tag:depesche.example,2025-04-25:artikel/ref-ukraine-koalition');
  assert.equal(textOf(entry.title), 'Größe & Maß: <Straßen> „zählen“ ]]> mehr');
  assert.equal(textOf(entry.updated), '2025-04-26T07:00:00.000Z');
  assert.equal(textOf(entry.published), '2025-04-25T16:30:00.000Z');
  assert.equal(entry.content['@type'], 'html');
  assert.match(textOf(entry.content), /^<h2>Was müssen Sie wissen\?<\/h2>/);
  assert.equal(textOf(entry.summary), 'Vorspann mit Ümlaut & <b>kein Fett</b>');
  assert.deepEqual(entry.author.map((a: { name: string }) => textOf(a.name)), ['Jana Wilke', 'Jörg Ärmel']);
  assert.deepEqual(entry.category.map((c: Record<string, string>) => c['@term']), ['Nachrichten', 'Straßenbau']);
  assert.deepEqual(
    entry.link.map((l: Record<string, string>) => [l['@rel'], l['@href'], l['@type'], l['@length']]),
    [
      ['alternate', 'https://depesche.example/nachrichten/groesse-und-mass', 'text/html', undefined],
      ['enclosure', 'https://depesche.example/media/demo/bild.svg?a=1&b=2', 'image/svg+xml', '5256'],
    ],
  );
  assert.equal(textOf(entry['media:content'][0]['media:credit']), '© zsu');
  assert.equal(second.summary, undefined, 'no empty summary');
});

test('Atom: a feed reader reads back the entries; an empty feed keeps its required elements', () => {
  const parsed = parseAtomFeed(atomFeed(feedChannel()));
  assert.equal(parsed.entries?.[0]?.title?.value, 'Größe & Maß: <Straßen> „zählen“ ]]> mehr');
  assert.match(parsed.entries?.[0]?.content?.value ?? '', /Punkt &amp; mehr/);
  const { feed } = parseStrictXml(atomFeed(feedChannel({ entries: [], updated: '2025-05-01T00:00:00Z' })), repeated);
  assert.equal(textOf(feed.updated), '2025-05-01T00:00:00.000Z');
  assert.ok(feed.id && feed.title && feed.author);
  assert.equal(feed.entry, undefined);
});
