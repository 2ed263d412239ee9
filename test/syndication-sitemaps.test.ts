import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Article } from '../src/article/article.ts';
import { seedDemoContent } from '../src/commands/seed-demo.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { articlePath } from '../src/web/presenters/article-view.ts';
import { testSite } from './helpers/test-site.ts';
import { syndicationRoutes } from '../src/web/syndication/syndication-routes.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { parseStrictXml, textOf } from './helpers/strict-xml.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * Sitemaps and robots.txt: through a real server with the demo content, and
 * through the routes themselves over a real SQLite store with a clock of our
 * own and chunks of two URLs, for the index, the chunking and the news
 * sitemap's two days.
 */
const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const repeated = ['url', 'sitemap', 'image:image'];

function urlset(xml: string): { loc: string; lastmod?: string; images: { loc: string; caption?: string }[]; news?: Record<string, any> }[] {
  const { urlset } = parseStrictXml(xml, repeated);
  assert.equal(urlset['@xmlns'], sitemapNs);
  const urls = urlset.url ?? [];
  assert.ok(urls.length >= 1, 'a sitemap has at least one URL');
  return urls.map((url: Record<string, any>) => ({
    loc: textOf(url.loc),
    lastmod: url.lastmod === undefined ? undefined : textOf(url.lastmod),
    images: (url['image:image'] ?? []).map((image: Record<string, unknown>) => ({
      loc: textOf(image['image:loc']),
      ...(image['image:caption'] !== undefined && { caption: textOf(image['image:caption']) }),
    })),
    news: url['news:news'],
  }));
}

function sitemapIndex(xml: string): string[] {
  const { sitemapindex } = parseStrictXml(xml, repeated);
  assert.equal(sitemapindex['@xmlns'], sitemapNs);
  return sitemapindex.sitemap.map((entry: { loc: string }) => textOf(entry.loc));
}

describe('on the real server', async () => {
  const { server } = await startTestServer();
  const get = async (path: string) => {
    const response = await fetch(server.url + path);
    return { response, body: await response.text() };
  };

  test('robots.txt: open except the newsroom, the reading beacon and search; the sitemap by its absolute URL', async () => {
    const { response, body } = await get('/robots.txt');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    const lines = body.split('\n');
    assert.equal(lines[0], 'User-agent: *');
    for (const rule of ['Disallow: /redaktion/', 'Disallow: /lesen', 'Disallow: /suche']) assert.ok(lines.includes(rule), rule);
    assert.ok(lines.includes(`Sitemap: ${server.url}/sitemap.xml`));
  });

  test('the index lists the list pages and the articles; every listed sitemap is served, valid, with absolute URLs of pages that exist', async () => {
    const { response, body } = await get('/sitemap.xml');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
    const listed = sitemapIndex(body);
    assert.deepEqual(listed, [`${server.url}/sitemaps/seiten-1.xml`, `${server.url}/sitemaps/artikel-1.xml`], 'the demo\'s articles (April 2025) are older than two days: no news sitemap');
    const pages = urlset((await get('/sitemaps/seiten-1.xml')).body).map((url) => url.loc);
    for (const path of ['/', '/nachrichten', '/wissen', '/thema/keir-starmer', '/autor/sophie-marquardt']) assert.ok(pages.includes(server.url + path), path);
    const articles = urlset((await get('/sitemaps/artikel-1.xml')).body);
    const published = await server.store.articles.list({ status: 'published', limit: 1000 });
    assert.deepEqual(articles.map((url) => url.loc).sort(), published.map((article) => server.url + articlePath(article)).sort());
    for (const loc of [...pages.slice(0, 8), ...articles.slice(0, 3).map((url) => url.loc)]) {
      const page = await fetch(loc, { redirect: 'manual' });
      assert.equal(page.status, 200, loc);
      await page.arrayBuffer();
    }
  });

  test('image entries: the hero image and the body\'s pictures, each caption with its credit', async () => {
    const articles = urlset((await get('/sitemaps/artikel-1.xml')).body);
    const reference = articles.find((url) => url.loc.endsWith('/nachrichten/usa-bieten-unterstuetzung-fuer-koalition-in-ukraine-nach-waffenstillstand'));
    assert.deepEqual(reference?.images, [
      { loc: `${server.url}/media/demo/ukraine-koalition.svg`, caption: 'Medien: USA bereit, westliche Truppen in der Ukraine zu unterstützen (Bildquelle: © zsu)' },
    ]);
    assert.equal(reference?.lastmod, '2025-04-25T16:30:00.000Z');
    const bridge = articles.find((url) => url.loc.includes('/kastanienbruecke-in-kassel'));
    assert.deepEqual(bridge?.images.map((image) => image.loc), [
      `${server.url}/media/demo/kastanienbruecke-sanierung.svg`,
      `${server.url}/media/demo/kastanienbruecke-umleitung.svg`,
    ]);
    assert.ok(bridge?.images.every((image) => / \(Bildquelle: .+\)$/.test(image.caption ?? '')));
  });

  test('an unknown sitemap is a 404', async () => {
    for (const path of ['/sitemaps/artikel-99.xml', '/sitemaps/artikel-0.xml', '/sitemaps/seiten-2.xml', '/sitemaps/etwas.xml', '/sitemaps/news.xml']) {
      assert.equal((await get(path)).response.status, 404, path);
    }
  });
});

describe('through the routes, with our clock and chunks of two', async () => {
  const dir = await tempDir();
  const store = await openSqliteStore(join(dir, 'depesche.sqlite'));
  after(() => store.close());
  // Weeks after the demo's newest article, so that only ours are recent.
  let now = new Date('2025-05-20T12:00:00+02:00');
  await seedDemoContent(store, join(dir, 'media'), now);
  const at = (hoursBeforeNow: number) => new Date(now.getTime() - hoursBeforeNow * 3_600_000).toISOString();
  const recent: Article[] = [
    sampleArticle({ id: 'news-frisch', headline: 'Frisch & neu: Bürgerhaus öffnet', publishedAt: at(1), updatedAt: at(1) }),
    sampleArticle({ id: 'news-gestern', publishedAt: at(30), updatedAt: at(30) }),
    sampleArticle({ id: 'news-fast-zu-alt', publishedAt: at(47.5), updatedAt: at(47.5) }),
    sampleArticle({ id: 'news-zu-alt', publishedAt: at(49), updatedAt: at(49) }),
  ];
  const later = sampleArticle({ id: 'news-spaeter', publishedAt: at(-2), updatedAt: at(-2) });
  const drafts = [sampleArticle({ id: 'news-entwurf', status: 'draft', publishedAt: null }), sampleArticle({ id: 'news-geplant', status: 'scheduled', publishedAt: at(-1) })];
  await store.articles.saveAll([...recent, later, ...drafts], { actor: 'test' });

  const site = testSite({ sections: await store.articles.sections('published') });
  const app = syndicationRoutes({
    store,
    siteContext: async () => site,
    mediaDir: join(dir, 'media'),
    siteUrl: site.baseUrl,
    now: () => now,
    sitemapChunkSize: 2,
  });
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: await response.text() };
  };
  const publishedByNow = async () =>
    (await store.articles.list({ status: 'published', publishedUntil: now, limit: 1000 })).map((article) => `${site.baseUrl}${articlePath(article)}`);

  test('the index points to chunks of at most two URLs that together hold every published article exactly once', async () => {
    const listed = sitemapIndex((await get('/sitemap.xml')).body);
    const articleChunks = listed.filter((loc) => /\/sitemaps\/artikel-\d+\.xml$/.test(loc));
    const expected = await publishedByNow();
    assert.equal(articleChunks.length, Math.ceil(expected.length / 2));
    assert.deepEqual(articleChunks, articleChunks.map((_, i) => `${site.baseUrl}/sitemaps/artikel-${i + 1}.xml`));
    assert.ok(listed.some((loc) => loc === `${site.baseUrl}/sitemaps/seiten-1.xml`));
    assert.equal(listed.at(-1), `${site.baseUrl}/sitemaps/news.xml`);
    const seen: string[] = [];
    for (const loc of articleChunks) {
      const { status, body } = await get(new URL(loc).pathname);
      assert.equal(status, 200);
      const urls = urlset(body);
      assert.ok(urls.length <= 2, `${loc}: ${urls.length} URLs`);
      seen.push(...urls.map((url) => url.loc));
    }
    assert.equal(new Set(seen).size, seen.length, 'no article in two chunks');
    assert.deepEqual([...seen].sort(), [...expected].sort());
    // By slug: sitemap URLs carry slugs, not ids. Not yet published, a draft, a scheduled article: none is listed.
    assert.ok(!seen.some((loc) => [later, ...drafts].some((article) => loc.endsWith(`/${article.slug}`))));
    assert.equal((await get(`/sitemaps/artikel-${articleChunks.length + 1}.xml`)).status, 404);

    const pageChunks = listed.filter((loc) => /\/sitemaps\/seiten-\d+\.xml$/.test(loc));
    const pages: string[] = [];
    for (const loc of pageChunks) pages.push(...urlset((await get(new URL(loc).pathname)).body).map((url) => url.loc));
    assert.ok(pages.length <= pageChunks.length * 2);
    assert.equal(pages[0], `${site.baseUrl}/`);
    assert.ok(pages.includes(`${site.baseUrl}/thema/keir-starmer`));
  });

  test('news sitemap: the last two days, newest first, with publication, date and title', async () => {
    const { status, body } = await get('/sitemaps/news.xml');
    assert.equal(status, 200);
    const urls = urlset(body);
    assert.deepEqual(
      urls.map((url) => url.loc),
      ['news-frisch', 'news-gestern', 'news-fast-zu-alt'].map((id) => `${site.baseUrl}${articlePath(recent.find((a) => a.id === id)!)}`),
    );
    const news = urls[0]!.news!;
    assert.deepEqual(news['news:publication'], { 'news:name': 'Depesche', 'news:language': 'de' });
    assert.equal(textOf(news['news:publication_date']), recent[0]!.publishedAt);
    assert.equal(textOf(news['news:title']), 'Frisch & neu: Bürgerhaus öffnet');
    assert.match(body, /xmlns:news="http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9"/);
  });

  test('time moves on: an article whose time has come appears, one older than two days leaves the news', async () => {
    now = new Date(now.getTime() + 3 * 3_600_000);
    const news = urlset((await get('/sitemaps/news.xml')).body).map((url) => url.loc);
    assert.equal(news[0], `${site.baseUrl}${articlePath(later)}`, 'the article published after the first clock');
    const tooOld = recent.find((article) => article.id === 'news-fast-zu-alt')!;
    assert.ok(!news.some((loc) => loc.endsWith(`/${tooOld.slug}`)), 'past two days');
    const expected = await publishedByNow();
    assert.ok(expected.includes(`${site.baseUrl}${articlePath(later)}`));
    const listed = sitemapIndex((await get('/sitemap.xml')).body).filter((loc) => loc.includes('/artikel-'));
    assert.equal(listed.length, Math.ceil(expected.length / 2));

    now = new Date('2025-06-01T00:00:00Z');
    assert.equal((await get('/sitemaps/news.xml')).status, 404, 'nothing recent: no news sitemap (a sitemap needs a URL)');
    assert.ok(!sitemapIndex((await get('/sitemap.xml')).body).some((loc) => loc.endsWith('/news.xml')), 'and the index leaves it out');
  });

  test('at most 1,000 news URLs; a chunk size over the protocol\'s 50,000 is refused', async () => {
    now = new Date('2026-01-01T12:00:00Z');
    const burst = Array.from({ length: 1005 }, (_, i) =>
      sampleArticle({ id: `news-flut-${String(i).padStart(4, '0')}`, headline: `Flut ${i}`, publishedAt: new Date(now.getTime() - (i + 1) * 60_000).toISOString() }),
    );
    await store.articles.saveAll(burst, { actor: 'test' });
    const urls = urlset((await get('/sitemaps/news.xml')).body);
    assert.equal(urls.length, 1000);
    assert.ok(urls[0]!.loc.endsWith(articlePath(burst[0]!)));
    assert.throws(() => syndicationRoutes({ store, siteContext: async () => site, mediaDir: dir, siteUrl: site.baseUrl, now: () => now, sitemapChunkSize: 50_001 }), RangeError);
  });
});
