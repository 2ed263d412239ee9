import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedChannel } from '../../../test/helpers/feed-fixture.ts';
import { jsonFeed } from './json-feed.ts';

test('JSON Feed 1.1: version, title, home_page_url, feed_url, language, authors; items with id, url, title, content_html, date_published, authors', () => {
  const text = jsonFeed(feedChannel());
  const feed = JSON.parse(text);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.title, 'Nachrichten – Depesche & Co');
  assert.equal(feed.home_page_url, 'https://depesche.example/nachrichten');
  assert.equal(feed.feed_url, 'https://depesche.example/nachrichten/feed.json');
  assert.equal(feed.language, 'de');
  assert.deepEqual(feed.authors, [{ name: 'Depesche' }]);
  assert.equal(feed.author, undefined, '1.1 has `authors`; the 1.0 `author` is gone');

  const [item, second] = feed.items;
  assert.equal(item.id, 'tag:depesche.example,2025-04-25:artikel/ref-ukraine-koalition');
  assert.equal(item.url, 'https://depesche.example/nachrichten/groesse-und-mass');
  assert.equal(item.title, 'Größe & Maß: <Straßen> „zählen“ ]]> mehr\u000C', 'JSON carries every character (escaped)');
  assert.match(item.content_html, /^<h2>Was müssen Sie wissen\?<\/h2>/);
  assert.equal(item.summary, 'Vorspann mit Ümlaut & <b>kein Fett</b>');
  assert.equal(item.image, 'https://depesche.example/media/demo/bild.svg?a=1&b=2');
  assert.equal(item.date_published, '2025-04-25T16:30:00.000Z');
  assert.equal(item.date_modified, '2025-04-26T07:00:00.000Z');
  assert.deepEqual(item.authors, [{ name: 'Jana Wilke' }, { name: 'Jörg Ärmel' }]);
  assert.deepEqual(item.tags, ['Nachrichten', 'Straßenbau']);
  assert.equal(item.language, 'de');
  assert.equal(second.summary, undefined);
  assert.equal(second.image, undefined);
  assert.ok(!/[\u0000-\u001F]/.test(text), 'control characters are escaped, never raw');
});

test('JSON Feed: `items` is there even when empty (it is required)', () => {
  const feed = JSON.parse(jsonFeed(feedChannel({ entries: [] })));
  assert.deepEqual(feed.items, []);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
});
