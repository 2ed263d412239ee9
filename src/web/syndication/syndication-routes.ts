import { Hono, type Context } from 'hono';
import type { Store } from '../../store/article-repository.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { RenderCache } from '../render-cache.ts';
import { sendPage } from '../send-page.ts';
import { articleSitemap } from './article-sitemap.ts';
import { atomFeed } from './atom-feed.ts';
import type { FeedChannel } from './feed-entry.ts';
import { contentTypeOf, feedFormats, type FeedFormat } from './feed-paths.ts';
import { loadFeedChannel, type FeedSubject } from './feed-sources.ts';
import { jsonFeed } from './json-feed.ts';
import { newsSitemap } from './news-sitemap.ts';
import { listPageUrls, pageSitemap } from './page-sitemap.ts';
import { keptValue } from '../kept-value.ts';
import { robotsTxt } from './robots-txt.ts';
import { rssFeed } from './rss-feed.ts';
import { sitemapIndex } from './sitemap-index.ts';
import { defaultSitemapChunkSize, maxSitemapUrls, sitemapIndexPath, type SitemapOptions } from './sitemap-paths.ts';

export interface SyndicationOptions {
  store: Store;
  siteContext: () => Promise<SiteContext>;
  /** The media folder, for the byte sizes that RSS enclosures state. */
  mediaDir: string;
  /** Absolute base URL of the site, for robots.txt. */
  siteUrl: string;
  now: () => Date;
  /** URLs per sitemap file: 10,000 by default, at most 50,000; tests use a handful. */
  sitemapChunkSize?: number;
}

const builders: Record<FeedFormat, (channel: FeedChannel) => string> = { rss: rssFeed, atom: atomFeed, json: jsonFeed };
const xmlType = 'application/xml; charset=utf-8';
const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const chunkFile = /^(artikel|seiten)-([1-9][0-9]{0,5})\.xml$/;
/** Sitemap chunks are large (a few MB each): at most this many are kept. */
const keptChunks = 2;

/**
 * Feeds (RSS, Atom, JSON Feed) of the site, every section, topic and author;
 * sitemaps; robots.txt. Register before the reader's `/:section` routes,
 * which would otherwise take these addresses.
 *
 * Outputs are kept like pages (ETag, 304, compressed once) until the content
 * changes, and also until the minute turns: what they hold depends on the
 * clock too (the news sitemap's two days; a published article whose
 * publication time is still ahead). Sitemap chunks, large and read by
 * crawlers only, are kept until the hour turns, and only the last two.
 */
export function syndicationRoutes(options: SyndicationOptions): Hono {
  const { store } = options;
  const chunkSize = options.sitemapChunkSize ?? defaultSitemapChunkSize;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > maxSitemapUrls) {
    throw new RangeError(`sitemapChunkSize muss eine ganze Zahl von 1 bis ${maxSitemapUrls} sein, nicht ${chunkSize}.`);
  }
  const minuteStart = () => new Date(Math.floor(options.now().getTime() / minuteMs) * minuteMs);
  const feedToken = () => `${store.changeToken()}:${minuteStart().getTime()}`;
  const cache = new RenderCache(feedToken);
  const hourToken = () => `${store.changeToken()}:${Math.floor(options.now().getTime() / hourMs)}`;
  const chunkCache = new RenderCache(hourToken, keptChunks);
  // The index needs the number of list pages every minute; finding them reads every outline.
  const pageUrls = keptValue(hourToken, async () => listPageUrls({ store, site: await options.siteContext(), now: minuteStart() }));

  const serve = async (c: Context, key: string, contentType: string, render: (now: Date) => Promise<string | null>, kept = cache) => {
    const page = await kept.get(key, async () => {
      const body = await render(minuteStart());
      return body === null ? null : { status: 200, html: body, contentType };
    });
    return page ? sendPage(c, page) : c.notFound();
  };
  const sitemapOptions = async (now: Date): Promise<SitemapOptions> => ({ store, site: await options.siteContext(), now, chunkSize });

  const authorNames = keptValue(feedToken, () => store.articles.publishedAuthorNames(minuteStart()));
  // One channel per subject for all three formats: RSS, Atom and JSON Feed read the same articles.
  let channelToken = '';
  const channels = new Map<string, Promise<FeedChannel | null>>();
  const channelOf = (key: string, subject: FeedSubject, now: Date): Promise<FeedChannel | null> => {
    const token = feedToken();
    if (token !== channelToken) {
      channels.clear();
      channelToken = token;
    }
    let channel = channels.get(key);
    if (!channel) {
      channel = options.siteContext().then((site) => loadFeedChannel({ store, site, mediaDir: options.mediaDir, now, authorNames }, subject));
      channels.set(key, channel);
      // Unknown subjects (404s) and failures are not kept: made-up slugs must not fill the map.
      const kept = channel;
      kept.then((found) => found === null && channels.delete(key), () => channels.delete(key));
    }
    return channel;
  };

  const feed = (c: Context, subject: FeedSubject, format: FeedFormat) => {
    const key = `feed:${subject.kind}:${'slug' in subject ? subject.slug : ''}`;
    return serve(c, `${key}:${format}`, contentTypeOf(format), async (now) => {
      const channel = await channelOf(key, subject, now);
      return channel && builders[format](channel);
    });
  };

  const app = new Hono();
  for (const { format, file } of feedFormats) {
    app.get(`/${file}`, (c) => feed(c, { kind: 'site' }, format));
    app.get(`/thema/:slug/${file}`, (c) => feed(c, { kind: 'topic', slug: c.req.param('slug') }, format));
    app.get(`/autor/:slug/${file}`, (c) => feed(c, { kind: 'author', slug: c.req.param('slug') }, format));
    app.get(`/:section/${file}`, (c) => feed(c, { kind: 'section', slug: c.req.param('section') }, format));
  }

  app.get(sitemapIndexPath, (c) =>
    serve(c, 'sitemap-index', xmlType, async (now) => sitemapIndex(await sitemapOptions(now), (await pageUrls()).length)),
  );
  app.get('/sitemaps/:file', (c) => {
    const file = c.req.param('file');
    if (file === 'news.xml') return serve(c, 'sitemap-news', xmlType, async (now) => newsSitemap(await sitemapOptions(now)));
    const match = chunkFile.exec(file);
    if (!match) return c.notFound();
    const [, kind, number] = match;
    const chunk = Number(number);
    return serve(
      c,
      `sitemap-${kind}-${chunk}`,
      xmlType,
      async (now) =>
        kind === 'artikel' ? articleSitemap(await sitemapOptions(now), chunk) : pageSitemap(await sitemapOptions(now), await pageUrls(), chunk),
      chunkCache,
    );
  });
  app.get('/robots.txt', (c) => serve(c, 'robots', 'text/plain; charset=utf-8', async () => robotsTxt(options.siteUrl)));
  return app;
}
