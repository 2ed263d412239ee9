import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { publishDueArticles } from './commands/publish-due.ts';
import { dropOldReadings } from './commands/drop-old-readings.ts';
import { siteSettingDefaults } from './settings/site-settings.ts';
import { seedDemoContent } from './commands/seed-demo.ts';
import type { Config } from './config.ts';
import type { Store } from './store/article-repository.ts';
import { openSqliteStore } from './store/sqlite/open-sqlite-store.ts';
import type { ReadingRepository } from './store/reading-repository.ts';
import { openReadingStore } from './store/reading/open-reading-store.ts';
import { createWebApp, type WebApp } from './web/app.ts';
import { fetchPolicy } from './fetch/fetch-policy.ts';
import { loadSiteSettings } from './settings/site-settings.ts';
import { WireDesk } from './wire/wire-desk.ts';

// Statistics are kept by the day; checking once an hour is precise enough.
const readingRetentionIntervalMs = 3_600_000;

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** Reading statistics, in their own file beside the content database. */
  reading: ReadingRepository;
  /** Feeds in: the same desk the newsroom and the scheduler use. */
  wire: WireDesk;
  close(): Promise<void>;
}

export interface ServerOptions {
  log?: (line: string) => void;
  /** Overrides the clock for the demo content's "now" (tests). */
  now?: () => Date;
}

/**
 * The composition root: opens the store, seeds demo content into an empty
 * database, builds the web app around the store and listens. Everything is
 * passed in; nothing lives in module-level singletons.
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const store = await openSqliteStore(config.databaseFile);
  let reading: ReadingRepository;
  try {
    reading = await openReadingStore(config.readingDatabaseFile);
  } catch (error) {
    await store.close();
    throw error;
  }
  const closeStores = async () => {
    await reading.close();
    await store.close();
  };
  try {
    if (config.demoContent) {
      const seeded = await seedDemoContent(store, config.mediaDir, options.now?.() ?? new Date());
      if (seeded > 0) log(`Demo-Inhalte angelegt: ${seeded} Artikel.`);
    }
  } catch (error) {
    await closeStores();
    throw error;
  }

  // The site's public address is only known after listening when the port is
  // chosen by the system (PORT=0, as in tests), so the app is built then.
  let web: WebApp | undefined;
  const server = createAdaptorServer({
    // The bindings (Node's request and response) are passed on: the web app
    // reads headers and writes cached pages through them.
    fetch: (request: Request, bindings: HttpBindings | Http2Bindings) =>
      web ? web.app.fetch(request, bindings) : new Response('Startet …', { status: 503 }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    await closeStores();
    throw listenError(error, config);
  });

  const port = (server.address() as AddressInfo).port;
  const siteUrl = config.port === 0 ? config.siteUrl.replace(/:0$/, `:${port}`) : config.siteUrl;
  const now = options.now ?? (() => new Date());
  const wire = wireDesk(config, store, now);
  web = createWebApp({
    store,
    reading,
    wire,
    siteName: config.siteName,
    siteUrl,
    timeZone: config.timeZone,
    mediaDir: config.mediaDir,
    trustProxy: config.trustProxy,
  });

  const publishing = startPeriodic('Zeitplan', config.schedulerIntervalMs, log, async () => {
    const published = await publishDueArticles(store, now(), log);
    if (published > 0) log(`Zeitplan: ${published} Artikel veröffentlicht.`);
  });
  const polling = startPeriodic('Agentur', config.schedulerIntervalMs, log, async () => {
    for (const feed of await wire.pollDue()) {
      if (feed.lastStatus === 'error') log(`Agentur: „${feed.title}“ – ${feed.lastError}`);
      else if (feed.lastNewItems > 0 && feed.lastStatus === 'ok') log(`Agentur: „${feed.title}“ – ${feed.lastNewItems} neue Meldungen.`);
    }
  });
  const retention = startPeriodic('Lesestatistik', readingRetentionIntervalMs, log, async () => {
    await dropOldReadings(store, reading, siteSettingDefaults(config.siteName), now());
  });

  const displayHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${displayHost}:${port}`,
    port,
    store,
    reading,
    wire,
    close: async () => {
      await Promise.all([publishing.stop(), polling.stop(), retention.stop()]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      // Reads counted in the last seconds are written before their database closes.
      await web?.close();
      await closeStores();
    },
  };
}

/** The wire desk with the fetch rules the configuration allows and the site's key-point setting. */
export function wireDesk(config: Config, store: Store, now: () => Date = () => new Date()): WireDesk {
  return new WireDesk({
    store,
    policy: fetchPolicy({ allowLoopback: config.fetchInternal !== 'none', allowPrivateNetworks: config.fetchInternal === 'private' }),
    now,
    autoKeyPoints: async () => (await loadSiteSettings(store.settings, siteSettingDefaults(config.siteName))).autoKeyPoints === '1',
    uploads: { mediaDir: config.mediaDir },
  });
}

function listenError(error: NodeJS.ErrnoException, config: Config): Error {
  if (error.code === 'EADDRINUSE') {
    return new Error(`Port ${config.port} ist schon belegt. Wählen Sie einen anderen mit PORT=… oder --port …`);
  }
  if (error.code === 'EACCES') {
    return new Error(`Keine Berechtigung, auf Port ${config.port} zu lauschen. Ports unter 1024 brauchen Root-Rechte.`);
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new Error(`Die Adresse ${config.host} gibt es auf diesem Rechner nicht (HOST/--host).`);
  }
  return error;
}

/**
 * Runs a task once at start (catching up on what fell due while the server
 * was down: scheduled articles, expired statistics) and then every interval.
 * Runs never overlap; a failure is logged and the next run tries again.
 */
function startPeriodic(name: string, intervalMs: number, log: (line: string) => void, task: () => Promise<void>) {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await task();
      } catch (error) {
        log(`${name} fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
