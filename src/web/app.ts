import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { relative } from 'node:path';
import { isDepescheError } from '../errors.ts';
import { mediaIdFromUrl } from '../media/media-paths.ts';
import type { Store } from '../store/article-repository.ts';
import type { ReadingRepository } from '../store/reading-repository.ts';
import { de } from './messages/de.ts';
import { articlePage } from './pages/article-page.ts';
import { homePage } from './pages/home-page.ts';
import { sectionPage } from './pages/section-page.ts';
import { topicPage } from './pages/topic-page.ts';
import { presentTeaser } from './presenters/article-view.ts';
import { statusPage } from './pages/status-page.ts';
import type { SiteContext } from './presenters/site-context.ts';
import { articleData, homeData, recommendationsFor, sectionData } from './reader-queries.ts';
import { RenderCache } from './render-cache.ts';
import { LiveRecommender } from '../recommend/live-recommender.ts';
import { readingRoutes } from './reading/reading-routes.ts';
import { recommendationsList } from './pages/recommendations-block.ts';
import { PublishedIds } from './published-ids.ts';
import { securityHeaders, securityHeadersMiddleware } from './security-headers.ts';
import { sendPage } from './send-page.ts';
import { loadAssets } from './assets.ts';
import { newsroomApp } from './newsroom/newsroom-app.ts';
import { keyPointsApi } from './api/key-points-api.ts';
import { searchRoutes } from './search-routes.ts';
import { loadSiteSettings, siteSettingDefaults, type SiteSettings } from '../settings/site-settings.ts';
import type { Section } from '../article/section.ts';
import { syndicationRoutes } from './syndication/syndication-routes.ts';
import { authorArticles, findAuthor } from './syndication/author-names.ts';
import { feedSize } from './syndication/feed-paths.ts';
import { authorPage } from './pages/author-page.ts';
import type { WireDesk } from '../wire/wire-desk.ts';
import { keptValue } from './kept-value.ts';

export interface WebOptions {
  store: Store;
  /** Reading statistics (counts only), kept apart from the content database. */
  reading: ReadingRepository;
  /** The wire desk, for the newsroom's "Agentur" pages. */
  wire: WireDesk;
  siteName: string;
  siteUrl: string;
  timeZone: string;
  mediaDir: string;
  /** Behind a reverse proxy: client addresses (for sign-in throttling) from X-Forwarded-For. */
  trustProxy?: boolean;
  /** The clock for the newsroom (tests pass their own). */
  now?: () => Date;
  /** For unexpected errors; the reader sees only a plain 500 page. */
  logError?: (error: unknown) => void;
}

const assetCacheControl = 'public, max-age=31536000, immutable';
const maxPage = 10_000;

export interface WebApp {
  app: Hono;
  /** Writes the reads counted but not yet stored; call before closing the stores. */
  close(): Promise<void>;
}

/** The reader site: thin handlers that parse the request, load data, render a page. */
export function createWebApp(options: WebOptions): WebApp {
  const { store } = options;
  const assets = loadAssets();
  const logError = options.logError ?? ((error: unknown) => console.error(error));

  const now = options.now ?? (() => new Date());
  const settingDefaults = siteSettingDefaults(options.siteName);
  // Settings and sections change only with a commit; every page (404s too) needs them.
  const siteShared = keptValue<{ settings: SiteSettings; sections: Section[] }>(
    () => store.changeToken(),
    async () => {
      const [settings, sections] = await Promise.all([loadSiteSettings(store.settings, settingDefaults), store.articles.sections('published')]);
      return { settings, sections };
    },
  );
  // Authors of published articles, for /autor/<slug>: a lookup, even of an unknown slug, must not scan every article.
  const minuteOf = () => Math.floor(now().getTime() / 60_000);
  const authorNames = keptValue(() => `${store.changeToken()}:${minuteOf()}`, () => store.articles.publishedAuthorNames(now()));
  const recommender = new LiveRecommender(
    {
      outlines: () => store.articles.publishedOutlines(),
      signals: (sinceMs) => options.reading.signals(sinceMs),
      rules: () => store.recommendationRules.all(),
      changeToken: () => store.changeToken(),
      windowDays: async () => Number((await siteShared()).settings.readingRetentionDays),
      now,
    },
    { logError },
  );
  const publishedIds = new PublishedIds(store);
  // Lists change with the content alone; article pages also show the picks for every reader,
  // so a new model (new statistics, every few minutes) renders those anew, and only those.
  const cache = new RenderCache(() => store.changeToken());
  const articleCache = new RenderCache(() => `${store.changeToken()}:${recommender.generation()}`);
  const siteContext = async (): Promise<SiteContext> => {
    const { settings, sections } = await siteShared();
    return {
      name: settings.siteName,
      description: settings.siteDescription,
      baseUrl: options.siteUrl,
      timeZone: options.timeZone,
      messages: de,
      sections,
      stylesheetPath: assets.stylesheet.path,
      iconPath: assets.icon.path,
      readingScriptPath: assets.readingScript.path,
    };
  };
  // The newsroom's preview shows the reader page but must not count a read.
  const previewContext = async (): Promise<SiteContext> => ({ ...(await siteContext()), readingScriptPath: undefined });

  const app = new Hono();

  app.use(securityHeadersMiddleware(securityHeaders({ https: options.siteUrl.startsWith('https:') })));

  // A route that does no work, as the benchmark's baseline and for health checks.
  app.get('/healthz', (c) => c.text('ok'));

  app.get('/assets/:file', (c) => {
    const asset = [assets.stylesheet, assets.newsroomStylesheet, assets.icon, assets.readingScript].find((a) => a.path === c.req.path);
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': assetCacheControl });
  });
  // Browsers ask for this whatever the page says.
  app.get('/favicon.ico', (c) => c.redirect(assets.icon.path, 301));

  app.use(
    '/media/*',
    serveStatic({
      root: relative(process.cwd(), options.mediaDir) || '.',
      rewriteRequestPath: (path) => path.replace(/^\/media/, ''),
      onFound: (_path, c) => {
        // An uploaded image's URL names the hash of its content, so it never changes.
        c.header('Cache-Control', mediaIdFromUrl(c.req.path) ? assetCacheControl : 'public, max-age=604800');
      },
    }),
  );

  app.route('/', keyPointsApi());

  // The newsroom (/redaktion), registered before the reader's /:section
  // routes, which would otherwise take its addresses.
  app.route(
    '/',
    newsroomApp({
      store,
      reading: options.reading,
      wire: options.wire,
      siteUrl: options.siteUrl,
      timeZone: options.timeZone,
      mediaDir: options.mediaDir,
      trustProxy: options.trustProxy ?? false,
      now,
      siteContext: previewContext,
      settingDefaults,
      page: { siteName: options.siteName, stylesheetPath: assets.newsroomStylesheet.path, iconPath: assets.icon.path },
    }),
  );

  app.route(
    '/',
    searchRoutes({
      search: store.search,
      siteContext,
      settings: async () => (await siteShared()).settings,
      now,
    }),
  );

  // Reads, the reader's picks and the privacy page; before /:section, which would take their addresses.
  const reading = readingRoutes({
    reading: options.reading,
    isPublishedArticle: (id) => publishedIds.has(id),
    personalBlock: async (currentId, history) => {
      const picks = await recommendationsFor(store, recommender, await siteContext(), currentId, history);
      // None (a site of one article): the page keeps what it shows.
      return picks.length === 0 ? null : String(recommendationsList(picks));
    },
    siteUrl: options.siteUrl,
    trustProxy: options.trustProxy ?? false,
    retentionDays: async () => Number((await siteShared()).settings.readingRetentionDays),
    siteContext,
    now,
    logError,
  });
  app.route('/', reading.app);

  // Feeds, sitemaps, robots.txt and author pages; before /:section and /:section/:slug, which would take their addresses.
  app.route('/', syndicationRoutes({ store, siteContext, mediaDir: options.mediaDir, siteUrl: options.siteUrl, now }));
  app.get('/autor/:slug', async (c) => {
    const slug = c.req.param('slug');
    const page = await cache.get(`author:${slug}`, async () => {
      const author = findAuthor(await authorNames(), slug);
      if (!author) return null;
      const site = await siteContext();
      const articles = await authorArticles(store, author, now(), feedSize);
      return { status: 200, html: String(authorPage(site, author, articles.map((article) => presentTeaser(article, site)))) };
    });
    return page ? sendPage(c, page) : c.notFound();
  });

  app.get('/', async (c) => {
    const page = await cache.get('/', async () => {
      const site = await siteContext();
      const data = await homeData(store, site);
      return { status: 200, html: String(homePage(site, data.topStory, data.sections)) };
    });
    return page ? sendPage(c, page) : c.notFound();
  });

  app.get('/:section', async (c) => {
    const sectionSlug = c.req.param('section');
    const pageParam = c.req.query('seite');
    const pageNumber = pageParam === undefined ? 1 : Number(pageParam);
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > maxPage) {
      const site = await siteContext();
      return c.html(String(statusPage(site, 400, `Der Parameter „seite“ muss eine ganze Zahl von 1 bis ${maxPage} sein.`)), 400);
    }
    const page = await cache.get(`/${sectionSlug}?seite=${pageNumber}`, async () => {
      const site = await siteContext();
      const section = site.sections.find((s) => s.slug === sectionSlug);
      if (!section) return null;
      const data = await sectionData(store, site, section, pageNumber);
      return data && { status: 200, html: String(sectionPage(site, data)) };
    });
    return page ? sendPage(c, page) : c.notFound();
  });

  app.get('/thema/:slug', async (c) => {
    const slug = c.req.param('slug');
    const page = await cache.get(`topic:${slug}`, async () => {
      const entity = await store.articles.entityNamed(slug);
      if (!entity) return null;
      const site = await siteContext();
      const articles = await store.articles.list({ status: 'published', entity: slug, limit: 50 });
      return { status: 200, html: String(topicPage(site, entity, articles.map((article) => presentTeaser(article, site)))) };
    });
    return page ? sendPage(c, page) : c.notFound();
  });

  app.get('/:section/:slug', async (c) => {
    const { section, slug } = c.req.param();
    recommender.keepCurrent();
    // Keyed by slug alone: a wrong section must not add cache entries.
    const page = await articleCache.get(`article:${slug}`, async () => {
      const site = await siteContext();
      const data = await articleData(store, recommender, site, slug);
      if (!data) return null;
      return { status: 200, html: String(articlePage(site, data.article, data.recommendations)), canonicalPath: data.article.path };
    });
    if (!page) return c.notFound();
    // An article that moved to another section keeps working at its old
    // address; not for ever, since it may move back.
    if (page.canonicalPath && page.canonicalPath !== `/${section}/${slug}`) {
      c.header('Cache-Control', 'public, max-age=3600');
      return c.redirect(page.canonicalPath, 301);
    }
    return sendPage(c, page);
  });

  app.notFound(async (c) => {
    const site = await siteContext();
    return c.html(String(statusPage(site, 404)), 404, { 'Cache-Control': 'no-store' });
  });

  app.onError(async (error, c) => {
    const status = isDepescheError(error) && error.status < 500 ? error.status : 500;
    if (status === 500) logError(error);
    const site = await siteContext().catch(() => fallbackSite(options, assets.stylesheet.path, assets.icon.path));
    return c.html(String(statusPage(site, status, isDepescheError(error) ? error.message : undefined)), status as 400, {
      'Cache-Control': 'no-store',
    });
  });

  return { app, close: () => reading.close() };
}

function fallbackSite(options: WebOptions, stylesheetPath: string, iconPath: string): SiteContext {
  return { name: options.siteName, description: '', baseUrl: options.siteUrl, timeZone: options.timeZone, messages: de, sections: [], stylesheetPath, iconPath };
}

