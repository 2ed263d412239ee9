import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { articleFromDraft } from '../../article/from-draft.ts';
import { DepescheError } from '../../errors.ts';
import type { FeedItem } from './feed-item.ts';
import { feedItemToDraft, maxLeadLength } from './feed-item-to-draft.ts';
import { parseFeed } from './parse-feed.ts';

function feedOf(name: string) {
  return parseFeed(readFileSync(new URL(`../../../test/fixtures/feeds/${name}`, import.meta.url)), { contentType: null, url: `https://feeds.example/${name}` });
}

function item(fields: Partial<FeedItem>): FeedItem {
  return {
    key: 'k',
    url: 'https://agentur.example/meldung/1',
    headline: 'Bahnstreik beendet',
    summary: 'Die Züge fahren wieder.',
    contentHtml: null,
    publishedAt: '2024-12-21T18:00:00.000Z',
    authors: [],
    categories: [],
    image: null,
    ...fields,
  };
}

const feed = { title: 'Agentur Nord' };

describe('feedItemToDraft', () => {
  test('every item of every fixture feed becomes a valid article', () => {
    for (const name of ['rss2-content-encoded.xml', 'rss2-enclosure.xml', 'rss2-media-content.xml', 'rss2-html-description.xml', 'rss1-rdf.xml', 'atom.xml', 'json-feed-1.1.json', 'latin1-declared.xml', 'windows-1252.xml']) {
      const parsed = feedOf(name);
      for (const entry of parsed.items) {
        const draft = feedItemToDraft(entry, parsed);
        const article = articleFromDraft(draft, { where: `${name}: ${entry.key}`, now: new Date('2024-12-22T00:00:00Z'), status: 'draft', defaultSection: 'Agentur' });
        assert.equal(article.headline, entry.headline);
        assert.ok(article.body.length > 0, `${name}: ${entry.key} has a body`);
      }
    }
  });

  test('content:encoded becomes blocks: subheading, paragraphs, list, picture with credit; scripts dropped; the teaser not printed twice', () => {
    const parsed = feedOf('rss2-content-encoded.xml');
    const draft = feedItemToDraft(parsed.items[1]!, parsed);
    assert.equal(draft.headline, 'Weihnachtsmarkt: Was die Ermittler bisher wissen');
    assert.equal(draft.lead, 'Polizei und Staatsanwaltschaft haben neue Details genannt. Offen ist weiter, wie der Wagen auf den Platz gelangen konnte.');
    assert.deepEqual(
      draft.body.map((block) => block.type),
      ['subheading', 'paragraph', 'list'],
      'the first paragraph repeats the lead; the picture is the hero image',
    );
    assert.equal(draft.body[0]?.text, 'Wie kam der Wagen auf den Platz?');
    assert.doesNotMatch(JSON.stringify(draft.body), /alert/);
    assert.deepEqual(draft.heroImage, { src: 'https://feeds.example/bilder/markt-abend.jpg', alt: 'Der gesperrte Markt am Abend', caption: '', credit: '' });
    assert.deepEqual(draft.sources, [{ name: 'Tagesblick – Die Nachrichten', url: 'https://www.tagesblick.example/inland/weihnachtsmarkt-ermittlungen-102.html' }]);
    assert.equal(draft.section, null);
    assert.equal(draft.language, 'de');
    assert.equal(draft.publishedAt, '2024-12-21T17:58:02.000Z');
  });

  test('a content that only repeats the teaser with a [mehr] link keeps it as the one paragraph, without the link', () => {
    const parsed = feedOf('rss2-content-encoded.xml');
    const draft = feedItemToDraft(parsed.items[0]!, parsed);
    assert.deepEqual(draft.body, [{ type: 'paragraph', text: draft.lead }]);
    assert.deepEqual(draft.heroImage, {
      src: 'https://bilder.tagesblick.example/damaskus-flagge-1280.jpg',
      alt: 'Ein Mann schwenkt in Damaskus eine Fahne',
      caption: '',
      credit: 'Reuters',
    });
  });

  test('without content, the teaser is the one paragraph; picture, authors and tags come along', () => {
    const parsed = feedOf('rss2-media-content.xml');
    const draft = feedItemToDraft(parsed.items[0]!, parsed);
    assert.deepEqual(draft.body, [{ type: 'paragraph', text: draft.lead }]);
    assert.equal(draft.heroImage?.credit, 'Carla Jansen');
    assert.equal(draft.heroImage?.caption, 'Unter Druck: der Trainer an der Seitenlinie.');
    assert.deepEqual(draft.authors, ['Sportredaktion RNB']);
    const tagged = feedItemToDraft(feedOf('rss2-enclosure.xml').items[0]!, feed);
    assert.deepEqual(tagged.tags, ['Politik', 'Energie']);
  });

  test('a long teaser is cut at a sentence end for the lead; the body keeps it whole', () => {
    const summary = `${'Der Ausschuss tagte bis spät in die Nacht. '.repeat(20)}Ende.`;
    const draft = feedItemToDraft(item({ summary }), feed);
    assert.ok(draft.lead.length <= maxLeadLength, `${draft.lead.length}`);
    assert.ok(draft.lead.endsWith('Nacht.'), draft.lead.slice(-20));
    assert.deepEqual(draft.body, [{ type: 'paragraph', text: summary }]);
  });

  test('no URL: the feed is the source without a link; a source needs a name, the host when the feed has no title', () => {
    assert.deepEqual(feedItemToDraft(item({ url: null }), feed).sources, [{ name: feed.title }]);
    assert.deepEqual(feedItemToDraft(item({ url: null }), { title: ' ' }).sources, []);
    assert.deepEqual(feedItemToDraft(item({}), { title: ' ' }).sources, [{ name: 'agentur.example', url: 'https://agentur.example/meldung/1' }]);
  });

  test('content with only a picture falls back to the teaser', () => {
    const draft = feedItemToDraft(item({ contentHtml: '<p><img src="https://agentur.example/b.jpg" alt="Zug"></p>' }), feed);
    assert.deepEqual(draft.body, [{ type: 'paragraph', text: 'Die Züge fahren wieder.' }]);
  });

  test('an item without headline is refused with a reason', () => {
    assert.throws(
      () => feedItemToDraft(item({ headline: '', summary: '' }), feed),
      (error: unknown) => error instanceof DepescheError && error.code === 'no_headline' && /weder Überschrift noch Text/.test(error.message),
    );
  });
});
