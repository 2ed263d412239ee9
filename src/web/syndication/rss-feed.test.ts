import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRssFeed } from 'feedsmith';
import { feedChannel, trickyTitle } from '../../../test/helpers/feed-fixture.ts';
import { parseStrictXml, textOf } from '../../../test/helpers/strict-xml.ts';
import { rssFeed } from './rss-feed.ts';

const repeated = ['item', 'category', 'dc:creator', 'enclosure', 'media:content'];

test('RSS 2.0: the channel and item elements the specification requires, well-formed', () => {
  const xml = rssFeed(feedChannel());
  const { rss } = parseStrictXml(xml, repeated);
  assert.equal(rss['@version'], '2.0');
  assert.equal(rss['@xmlns:content'], 'http://purl.org/rss/1.0/modules/content/');
  const channel = rss.channel;
  assert.equal(textOf(channel.title), 'Nachrichten – Depesche & Co');
  assert.equal(textOf(channel.link), 'https://depesche.example/nachrichten');
  assert.equal(textOf(channel.description), 'Neueste Artikel aus Nachrichten');
  assert.equal(textOf(channel.language), 'de');
  assert.equal(textOf(channel.lastBuildDate), 'Sat, 26 Apr 2025 07:00:00 GMT', 'RFC 822 date');
  assert.deepEqual(channel['atom:link'], { '@href': 'https://depesche.example/nachrichten/feed.xml', '@rel': 'self', '@type': 'application/rss+xml' });

  const [item, second] = channel.item;
  assert.equal(textOf(item.title), 'Größe & Maß: <Straßen> „zählen“ ]]> mehr', 'the text survives escaping; the control character is gone');
  assert.equal(textOf(item.link), 'https://depesche.example/nachrichten/groesse-und-mass');
  assert.deepEqual(item.guid, { '#text': 'tag:depesche.example,2025-04-25:artikel/ref-ukraine-koalition', '@isPermaLink': 'false' });
  assert.equal(textOf(item.pubDate), 'Fri, 25 Apr 2025 16:30:00 GMT');
  assert.equal(textOf(item.description), 'Vorspann mit Ümlaut & <b>kein Fett</b>');
  assert.match(textOf(item['content:encoded']), /^<h2>Was müssen Sie wissen\?<\/h2>\n<ul><li>Punkt &amp; mehr<\/li><\/ul>/);
  assert.deepEqual(item['dc:creator'], ['Jana Wilke', 'Jörg Ärmel'], 'names as dc:creator: RSS <author> must be an e-mail address');
  assert.equal(item.author, undefined);
  assert.deepEqual(item.category.map(textOf), ['Nachrichten', 'Straßenbau']);
  assert.deepEqual(item.enclosure, [{ '@url': 'https://depesche.example/media/demo/bild.svg?a=1&b=2', '@length': '5256', '@type': 'image/svg+xml' }]);
  const [media] = item['media:content'];
  assert.equal(media['@url'], 'https://depesche.example/media/demo/bild.svg?a=1&b=2');
  assert.equal(media['@medium'], 'image');
  assert.equal(media['@width'], '1200');
  assert.equal(textOf(media['media:description']), 'Die Brücke über die Fulda & den Kanal');
  assert.equal(textOf(media['media:credit']), '© zsu');

  assert.equal(second.description, undefined, 'no empty description');
  assert.equal(second.enclosure, undefined);
  assert.ok(!xml.includes('\u000C'));
  assert.ok(trickyTitle.includes('\u000C'), 'the fixture does carry the control character');
});

test('RSS: a feed reader (feedsmith\'s parser) reads back titles, links and the full text', () => {
  const parsed = parseRssFeed(rssFeed(feedChannel()));
  assert.equal(parsed.title, 'Nachrichten – Depesche & Co');
  assert.equal(parsed.items?.[0]?.title, 'Größe & Maß: <Straßen> „zählen“ ]]> mehr');
  assert.equal(parsed.items?.[0]?.link, 'https://depesche.example/nachrichten/groesse-und-mass');
  assert.match(parsed.items?.[0]?.content?.encoded ?? '', /Text mit &lt;Klammer&gt;/);
});

test('RSS: a feed without articles is still a valid channel', () => {
  const { rss } = parseStrictXml(rssFeed(feedChannel({ entries: [] })), repeated);
  assert.equal(textOf(rss.channel.title), 'Nachrichten – Depesche & Co');
  assert.equal(rss.channel.item, undefined);
});
