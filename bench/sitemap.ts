/**
 * Sitemaps at scale: 100,000 published articles (a third with pictures in
 * the body, every one with a hero image), rendered through the real routes.
 * The baseline, measured in the same run, reads the same articles the way
 * pages do (`list()`, whole articles with their bodies); the sitemap's store
 * method reads addresses, dates and pictures only.
 *
 *   node --expose-gc bench/sitemap.ts [--articles N]   (default 100000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/article/article.ts';
import { slugify } from '../src/article/slug.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { de } from '../src/web/messages/de.ts';
import type { SiteContext } from '../src/web/presenters/site-context.ts';
import { syndicationRoutes } from '../src/web/syndication/syndication-routes.ts';
import { defaultSitemapChunkSize, maxSitemapUrls } from '../src/web/syndication/sitemap-paths.ts';
import { below, seeded } from './lib/random.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' } } });
const articleCount = Number(values.articles);
if (!Number.isInteger(articleCount) || articleCount < maxSitemapUrls + 1) {
  throw new Error(`--articles must be a whole number above ${maxSitemapUrls}, so that the articles fill more than one sitemap`);
}
const log = (line: string) => console.error(`bench:sitemap: ${line}`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const words = 'Stadt Rat Brücke Verkehr Schule Haushalt Energie Wasser Bahn Klinik Verein Markt Hafen Kultur Sport Wetter Bürger Land Bund Gericht'.split(' ');
const sections = ['Nachrichten', 'Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Wissen'];
const random = seeded(7);
const sentence = () => Array.from({ length: 14 }, () => words[below(random, words.length)]).join(' ') + '.';
const paragraph = () => Array.from({ length: 4 }, sentence).join(' ');
const picture = (n: number) => ({ src: `/media/demo/bild-${n}.svg`, alt: 'Ein Bild', caption: `Bildunterschrift ${n} über Größe & Maß`, credit: '© Depesche' });

function article(n: number): Article {
  const at = new Date(Date.UTC(2020, 0, 1) + n * 15 * 60_000).toISOString();
  const body: Article['body'] = Array.from({ length: 12 }, () => ({ type: 'paragraph' as const, text: paragraph() }));
  if (n % 3 === 0) body.splice(5, 0, { type: 'image', text: 'Bild im Text', image: picture(n * 10 + 1) });
  const headline = `${sentence().slice(0, 70)} ${n}`;
  return {
    id: `bench-${String(n).padStart(7, '0')}`,
    slug: slugify(headline),
    section: sections[n % sections.length]!,
    headline,
    lead: paragraph(),
    heroImage: picture(n * 10),
    keyPoints: [],
    body,
    sources: [],
    entities: [{ name: `Ort ${n % 500}`, slug: `ort-${n % 500}`, kind: 'place' }],
    tags: [],
    authors: [`Autorin ${n % 40}`],
    language: 'de',
    status: 'published',
    publishedAt: at,
    updatedAt: at,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'depesche-bench-sitemap-'));
try {
  const store = await openSqliteStore(join(dir, 'bench.sqlite'));
  const started = performance.now();
  for (let n = 0; n < articleCount; n += 2000) {
    await store.articles.saveAll(Array.from({ length: Math.min(2000, articleCount - n) }, (_, i) => article(n + i)), { actor: 'bench' });
    if (n % 20_000 === 0) log(`${n} articles stored`);
  }
  log(`${articleCount} articles stored in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const now = new Date(Date.UTC(2020, 0, 1) + articleCount * 15 * 60_000);
  const site: SiteContext = {
    name: 'Depesche', description: '', baseUrl: 'https://depesche.example', timeZone: 'Europe/Berlin', messages: de,
    sections: await store.articles.sections('published'), stylesheetPath: '/assets/site.css', iconPath: '/assets/favicon.svg',
  };

  const measure = async <T>(name: string, work: () => Promise<T>) => {
    gc();
    const t0 = performance.now();
    const result = await work();
    const ms = performance.now() - t0;
    log(`${name}: ${ms.toFixed(0)} ms`);
    return { result, ms };
  };
  const chunk = defaultSitemapChunkSize;
  const lastOffset = Math.floor((articleCount - 1) / chunk) * chunk;

  // Baseline: one chunk's articles as pages read them, whole, 5,000 at a time.
  const readAll = (read: (offset: number, limit: number) => Promise<unknown[]>, from: number, count: number) => async () => {
    let n = 0;
    for (let offset = from; offset < from + count; offset += 5000) n += (await read(offset, Math.min(5000, from + count - offset))).length;
    return n;
  };
  const list = (offset: number, limit: number) => store.articles.list({ status: 'published', limit, offset });
  const entries = (offset: number, limit: number) => store.articles.sitemapEntries({ publishedUntil: now, limit, offset });
  const baseline = await measure('baseline list()', readAll(list, 0, chunk));
  const first = await measure('sitemapEntries() first chunk', readAll(entries, 0, chunk));
  const lastEntries = await measure('sitemapEntries() last chunk', readAll(entries, lastOffset, chunk));
  const baseline50k = await measure('baseline list() 50,000', readAll(list, 0, maxSitemapUrls));
  const entries50k = await measure('sitemapEntries() 50,000', readAll(entries, 0, maxSitemapUrls));

  const routes = (sitemapChunkSize?: number) =>
    syndicationRoutes({ store, siteContext: async () => site, mediaDir: join(dir, 'media'), siteUrl: site.baseUrl, now: () => now, sitemapChunkSize });
  const app = routes();
  const fetchText = async (path: string, on = app) => {
    const response = await on.request(path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return response.text();
  };
  const lastChunk = lastOffset / chunk + 1;
  const index = await measure('sitemap.xml', () => fetchText('/sitemap.xml'));
  const firstXml = await measure('artikel-1.xml', () => fetchText('/sitemaps/artikel-1.xml'));
  const lastXml = await measure(`artikel-${lastChunk}.xml`, () => fetchText(`/sitemaps/artikel-${lastChunk}.xml`));
  const cached = await measure('artikel-1.xml again (cached)', () => fetchText('/sitemaps/artikel-1.xml'));
  const pages = await measure('seiten-1.xml', () => fetchText('/sitemaps/seiten-1.xml'));
  const news = await measure('news.xml', () => fetchText('/sitemaps/news.xml'));
  const large = await measure('artikel-1.xml of 50,000', () => fetchText('/sitemaps/artikel-1.xml', routes(maxSitemapUrls)));
  await store.close();

  const count = (xml: string, tag: string) => xml.split(`<${tag}>`).length - 1;
  const mib = (text: string) => (Buffer.byteLength(text) / 2 ** 20).toFixed(1);
  const n = (value: number) => value.toLocaleString('en');
  const row = (name: string, m: { ms: number }, detail: string) => `| ${name} | ${n(Math.round(m.ms))} ms | ${detail} |`;
  const body = [
    `Run ${new Date().toISOString().slice(0, 10)}, \`node --expose-gc bench/sitemap.ts${articleCount === 100_000 ? '' : ` --articles ${articleCount}`}\` (${machineLine()}): ${n(articleCount)} published articles in SQLite (12 paragraphs of about 600 characters each), every one with a hero image, every third with a picture in its body; chunks of ${n(chunk)} (the default).`,
    '',
    '| what | time | detail |',
    '| --- | --- | --- |',
    row(`baseline: one chunk's ${n(chunk)} articles through \`list()\` (whole articles, as pages read them)`, baseline, `${n(baseline.result)} articles`),
    row('the same through `sitemapEntries()`', first, `${n(first.result)} entries, ${(baseline.ms / first.ms).toFixed(1)}× faster than the baseline`),
    row(`the last chunk through \`sitemapEntries()\` (offset ${n(lastOffset)})`, lastEntries, `${n(lastEntries.result)} entries`),
    row('baseline: 50,000 articles through `list()`', baseline50k, `${n(baseline50k.result)} articles`),
    row('the same 50,000 through `sitemapEntries()`', entries50k, `${(baseline50k.ms / entries50k.ms).toFixed(1)}× faster than the baseline`),
    row('`/sitemap.xml` (index)', index, `${count(index.result, 'sitemap')} sitemaps listed`),
    row('`/sitemaps/artikel-1.xml`', firstXml, `${n(count(firstXml.result, 'url'))} URLs, ${n(count(firstXml.result, 'image:image'))} images, ${mib(firstXml.result)} MiB`),
    row(`\`/sitemaps/artikel-${lastChunk}.xml\``, lastXml, `${n(count(lastXml.result, 'url'))} URLs`),
    row('`/sitemaps/artikel-1.xml` again', cached, 'from the render cache'),
    row('`/sitemaps/seiten-1.xml`', pages, `${n(count(pages.result, 'url'))} URLs (front page, sections, topics, authors)`),
    row('`/sitemaps/news.xml`', news, `${n(count(news.result, 'url'))} URLs (two days)`),
    row('`/sitemaps/artikel-1.xml` with `sitemapChunkSize: 50000`', large, `${n(count(large.result, 'url'))} URLs, ${mib(large.result)} MiB`),
    '',
    "The index includes building the list of front page, section, topic and author pages (not timed on its own), which reads every article's outline once and is then kept until the content changes or the hour turns; `seiten-1.xml` reuses it.",
  ].join('\n');
  console.log(body);
  writeResultsSection('Sitemaps (100,000 articles)', body);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
