import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Article } from '../src/article/article.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { parseStrictXml, textOf } from './helpers/strict-xml.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The feeds against a real server with the demo content: every feed of the
 * site, a section, a topic and an author in RSS 2.0, Atom 1.0 and JSON Feed
 * 1.1, checked against what each specification requires, with the full text
 * and pictures, and nothing that is not published.
 */
const { server, dataDir } = await startTestServer();
const referenceSlug = 'usa-bieten-unterstuetzung-fuer-koalition-in-ukraine-nach-waffenstillstand';
const referenceUrl = `${server.url}/nachrichten/${referenceSlug}`;

// Everything the feeds must leave out, each with the author, section and topic of a published article.
const topic = { name: 'Kastanienhof', slug: 'kastanienhof', kind: 'place' as const };
const visible = sampleArticle({
  id: 'feed-sichtbar',
  section: 'Kultur',
  headline: 'Größe & <Maß>: „Straßen“ über ]]> Grenzen',
  lead: 'Tschüß & auf Wiedersehen <b>nicht fett</b>',
  authors: ['Jörg Ärmel'],
  entities: [topic],
  publishedAt: '2025-04-27T08:00:00+02:00',
  updatedAt: '2025-04-27T08:00:00+02:00',
});
const hidden: Article[] = [
  sampleArticle({ id: 'feed-entwurf', status: 'draft', publishedAt: null }),
  sampleArticle({ id: 'feed-pruefung', status: 'review', publishedAt: null }),
  sampleArticle({ id: 'feed-geplant', status: 'scheduled', publishedAt: '2099-01-01T08:00:00+01:00' }),
  sampleArticle({ id: 'feed-zurueckgezogen', status: 'unpublished', publishedAt: '2025-04-27T09:00:00+02:00' }),
  sampleArticle({ id: 'feed-archiviert', status: 'archived', publishedAt: '2025-04-27T09:00:00+02:00' }),
  // Published, but its time has not come.
  sampleArticle({ id: 'feed-zukunft', publishedAt: '2099-01-01T08:00:00+01:00' }),
].map((article) => ({ ...article, section: 'Kultur', authors: ['Jörg Ärmel'], entities: [topic], headline: `Unsichtbar ${article.id}` }));
await server.store.articles.saveAll([visible, ...hidden], { actor: 'test' });
const hiddenIds = hidden.map((article) => article.id);

const feeds = {
  site: '',
  section: '/kultur',
  topic: '/thema/kastanienhof',
  author: '/autor/joerg-aermel',
};
const formats = [
  { file: 'feed.xml', type: 'application/rss+xml; charset=utf-8' },
  { file: 'atom.xml', type: 'application/atom+xml; charset=utf-8' },
  { file: 'feed.json', type: 'application/feed+json; charset=utf-8' },
] as const;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url + path, { headers });
  return { response, body: await response.text() };
}

interface Item {
  id: string;
  url: string;
  title: string;
}

/** A feed in any format, read into the fields every format has, after checking what its specification requires. */
function readFeed(file: (typeof formats)[number]['file'], body: string, selfUrl: string): Item[] {
  if (file === 'feed.xml') {
    const { rss } = parseStrictXml(body, ['item', 'category', 'dc:creator', 'enclosure']);
    assert.equal(rss['@version'], '2.0');
    const channel = rss.channel;
    for (const element of ['title', 'link', 'description']) assert.ok(textOf(channel[element]), `channel <${element}>`);
    assert.equal(channel['atom:link']['@href'], selfUrl);
    assert.equal(channel['atom:link']['@rel'], 'self');
    return (channel.item ?? []).map((item: Record<string, any>) => {
      for (const element of ['title', 'link', 'guid', 'pubDate']) assert.ok(textOf(item[element]), `item <${element}>`);
      assert.ok(!Number.isNaN(Date.parse(textOf(item.pubDate))), 'pubDate is a date');
      assert.match(textOf(item.pubDate), /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/, 'RFC 822');
      assert.ok(textOf(item['content:encoded']).length > 0, 'full text');
      assert.ok(item['dc:creator'].length > 0, 'authors');
      return { id: textOf(item.guid), url: textOf(item.link), title: textOf(item.title) };
    });
  }
  if (file === 'atom.xml') {
    const { feed } = parseStrictXml(body, ['entry', 'author', 'link', 'category']);
    assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
    for (const element of ['id', 'title', 'updated']) assert.ok(textOf(feed[element]), `feed <${element}>`);
    assert.ok(feed.author.length > 0, 'feed <author>');
    assert.ok(feed.link.some((link: Record<string, string>) => link['@rel'] === 'self' && link['@href'] === selfUrl), 'rel=self');
    return (feed.entry ?? []).map((entry: Record<string, any>) => {
      for (const element of ['id', 'title', 'updated', 'content']) assert.ok(textOf(entry[element]), `entry <${element}>`);
      assert.match(textOf(entry.updated), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'RFC 3339');
      assert.equal(entry.content['@type'], 'html');
      const alternate = entry.link.find((link: Record<string, string>) => link['@rel'] === 'alternate');
      return { id: textOf(entry.id), url: alternate['@href'], title: textOf(entry.title) };
    });
  }
  const feed = JSON.parse(body);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.ok(feed.title);
  assert.ok(feed.home_page_url.startsWith(server.url));
  assert.equal(feed.feed_url, selfUrl);
  assert.equal(feed.language, 'de');
  assert.ok(Array.isArray(feed.items));
  return feed.items.map((item: Record<string, any>) => {
    for (const field of ['id', 'url', 'title', 'content_html', 'date_published']) assert.equal(typeof item[field], 'string', `item.${field}`);
    assert.ok(Array.isArray(item.authors) && item.authors.length > 0 && item.authors.every((a: { name?: string }) => a.name), 'item.authors (1.1)');
    assert.equal(item.author, undefined, 'no JSON Feed 1.0 `author`');
    assert.equal(item.language, 'de');
    return { id: item.id, url: item.url, title: item.title };
  });
}

describe('every feed in every format', () => {
  for (const [kind, base] of Object.entries(feeds)) {
    for (const format of formats) {
      test(`${kind} (${base || '/'}) as ${format.file}: valid, published articles only, newest first`, async () => {
        const path = `${base}/${format.file}`;
        const { response, body } = await get(path);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), format.type);
        const items = readFeed(format.file, body, server.url + path);
        assert.ok(items.length >= 1 && items.length <= 50, `${items.length} items`);
        assert.ok(items.some((item) => item.id.endsWith(':artikel/feed-sichtbar')), 'the published article');
        for (const id of hiddenIds) assert.ok(!items.some((item) => item.id.endsWith(`:artikel/${id}`)), `${id} stays out`);
        assert.ok(!body.includes('Unsichtbar'));
        for (const item of items) {
          assert.match(item.id, /^tag:127\.0\.0\.1,\d{4}-\d{2}-\d{2}:artikel\/[A-Za-z0-9_-]+$/);
          assert.ok(item.url.startsWith(`${server.url}/`), 'absolute link');
        }
        const mine = items.find((item) => item.id.endsWith(':artikel/feed-sichtbar'));
        assert.equal(mine?.title, 'Größe & <Maß>: „Straßen“ über ]]> Grenzen', 'umlauts, & and < come through escaped and intact');
        assert.equal((await fetch(mine!.url, { redirect: 'manual' })).status, 200, 'the item links to its page');
      });
    }
  }
});

describe('the reference article in the feeds', () => {
  test('RSS: full text with key points, subheadings, picture with credit; the hero image as enclosure with its byte length', async () => {
    const { rss } = parseStrictXml((await get('/nachrichten/feed.xml')).body, ['item', 'enclosure', 'media:content', 'category', 'dc:creator']);
    const item = rss.channel.item.find((i: Record<string, unknown>) => textOf(i.link) === referenceUrl);
    assert.ok(item, 'the reference article is in its section feed');
    assert.match(textOf(item.description), /^Die USA haben in inoffiziellen Gesprächen /);
    const { document } = parseHTML(`<!doctype html><html><body>${textOf(item['content:encoded'])}</body></html>`);
    assert.equal(document.querySelector('h2')?.textContent, 'Was müssen Sie wissen?', 'key points first');
    assert.equal(document.querySelector('h2 + ul')?.querySelectorAll('li').length, 3);
    assert.ok([...document.querySelectorAll('h2')].some((h) => h.textContent === 'Wird Großbritannien doch keine Truppen in die Ukraine entsenden?'));
    const figcaption = document.querySelector('figure figcaption')?.textContent ?? '';
    assert.match(figcaption, /^Medien: USA bereit, westliche Truppen in der Ukraine zu unterstützen/);
    assert.match(figcaption, /Bildquelle: © zsu$/);
    assert.equal(document.querySelector('figure img')?.getAttribute('src'), `${server.url}/media/demo/ukraine-koalition.svg`);
    const size = (await stat(join(dataDir, 'media', 'demo', 'ukraine-koalition.svg'))).size;
    assert.deepEqual(item.enclosure, [{ '@url': `${server.url}/media/demo/ukraine-koalition.svg`, '@length': String(size), '@type': 'image/svg+xml' }]);
    assert.equal(textOf(item['media:content'][0]['media:credit']), '© zsu');
    assert.deepEqual(item.category.map(textOf), ['Nachrichten', 'Ukraine', 'USA', 'Großbritannien', 'Sicherheitspolitik']);
    assert.equal((await fetch(item.enclosure[0]['@url'])).status, 200, 'the enclosure is served');
  });

  test('JSON Feed: the hero image as `image`, the lead as `summary`, the site as author of an article that names none', async () => {
    const feed = JSON.parse((await get('/thema/keir-starmer/feed.json')).body);
    const item = feed.items.find((i: { url: string }) => i.url === referenceUrl);
    assert.equal(item.image, `${server.url}/media/demo/ukraine-koalition.svg`);
    assert.match(item.summary, /^Die USA haben in inoffiziellen Gesprächen/);
    assert.deepEqual(item.authors, [{ name: 'Depesche' }]);
    assert.equal(item.date_published, '2025-04-25T16:30:00.000Z');
  });
});

describe('feeds as the site serves them', () => {
  test('unknown section, topic or author: the site\'s 404 page', async () => {
    for (const path of ['/gibtesnicht/feed.xml', '/thema/gibtesnicht/atom.xml', '/autor/niemand/feed.json', '/autor/niemand']) {
      const { response, body } = await get(path);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(body, /Seite nicht gefunden/);
    }
  });

  test('kept like pages: ETag and 304, compressed on request', async () => {
    const first = await fetch(`${server.url}/atom.xml`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(first.headers.get('content-encoding'), 'gzip');
    assert.equal(first.headers.get('cache-control'), 'public, max-age=0, must-revalidate');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    await first.arrayBuffer();
    const again = await fetch(`${server.url}/atom.xml`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });

  test('the newest 50 of a section with more', async () => {
    const many = Array.from({ length: 55 }, (_, i) =>
      sampleArticle({
        id: `feed-viele-${String(i).padStart(2, '0')}`,
        section: 'Vielschreiber',
        headline: `Meldung Nummer ${i}`,
        publishedAt: new Date(Date.UTC(2025, 3, 1, 8, i)).toISOString(),
        updatedAt: new Date(Date.UTC(2025, 3, 1, 8, i)).toISOString(),
      }),
    );
    await server.store.articles.saveAll(many, { actor: 'test' });
    const feed = JSON.parse((await get('/vielschreiber/feed.json')).body);
    assert.equal(feed.items.length, 50);
    assert.equal(feed.items[0].title, 'Meldung Nummer 54');
    assert.equal(feed.items[49].title, 'Meldung Nummer 5');
  });
});

describe('pages announce their feeds', () => {
  for (const [kind, path, base] of [
    ['home', '/', ''],
    ['section', '/kultur', '/kultur'],
    ['topic', '/thema/kastanienhof', '/thema/kastanienhof'],
    ['author', '/autor/joerg-aermel', '/autor/joerg-aermel'],
  ] as const) {
    test(`${kind} page: <link rel="alternate"> for RSS, Atom and JSON Feed, each served with its type`, async () => {
      const { document } = parseHTML((await get(path)).body);
      const links = [...document.querySelectorAll('head link[rel="alternate"]')];
      assert.deepEqual(
        links.map((link) => [link.getAttribute('type'), link.getAttribute('href')]),
        [
          ['application/rss+xml', `${base}/feed.xml`],
          ['application/atom+xml', `${base}/atom.xml`],
          ['application/feed+json', `${base}/feed.json`],
        ],
      );
      for (const link of links) {
        assert.match(link.getAttribute('title') ?? '', /Depesche \((RSS|Atom|JSON Feed)\)$/);
        const response = await fetch(server.url + link.getAttribute('href'));
        assert.equal(response.headers.get('content-type'), `${link.getAttribute('type')}; charset=utf-8`);
        await response.arrayBuffer();
      }
    });
  }

  test('an article page announces none (it is no list)', async () => {
    const { document } = parseHTML((await get(`/nachrichten/${referenceSlug}`)).body);
    assert.equal(document.querySelectorAll('link[rel="alternate"]').length, 0);
  });
});

describe('author page', () => {
  test('/autor/<slug>: the name as heading, their published articles as teasers, nothing unpublished', async () => {
    const { response, body } = await get('/autor/joerg-aermel');
    assert.equal(response.status, 200);
    const { document } = parseHTML(body);
    assert.equal(document.documentElement.getAttribute('lang'), 'de');
    assert.equal(document.querySelector('h1')?.textContent, 'Jörg Ärmel');
    assert.equal(document.querySelector('title')?.textContent, 'Jörg Ärmel – Depesche');
    assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${server.url}/autor/joerg-aermel`);
    assert.equal(document.querySelector('nav.breadcrumb a[aria-current="page"]')?.textContent, 'Jörg Ärmel');
    const teasers = [...document.querySelectorAll('main article.teaser h2 a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(teasers, [`/kultur/${visible.slug}`]);
    assert.ok(!body.includes('Unsichtbar'));
  });

  test('an author of several spellings of one slug (Müller, Mueller) has one page with both', async () => {
    await server.store.articles.saveAll(
      [
        sampleArticle({ id: 'feed-mueller-1', authors: ['Anna Müller'], publishedAt: '2025-04-10T08:00:00+02:00' }),
        sampleArticle({ id: 'feed-mueller-2', authors: ['Anna Mueller'], publishedAt: '2025-04-11T08:00:00+02:00' }),
      ],
      { actor: 'test' },
    );
    const feed = JSON.parse((await get('/autor/anna-mueller/feed.json')).body);
    assert.deepEqual(feed.items.map((item: { id: string }) => item.id.split('/').at(-1)), ['feed-mueller-2', 'feed-mueller-1']);
    assert.equal(feed.title, 'Anna Mueller – Depesche', 'the first name in German order');
  });
});
