import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { publishDueArticles } from './commands/publish-due.ts';
import { seedDemoContent } from './commands/seed-demo.ts';
import type { Config } from './config.ts';
import type { Store } from './store/article-repository.ts';
import { openSqliteStore } from './store/sqlite/open-sqlite-store.ts';
import { createWebApp } from './web/app.ts';

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
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
  try {
    if (config.demoContent) {
      const seeded = await seedDemoContent(store, config.mediaDir, options.now?.() ?? new Date());
      if (seeded > 0) log(`Demo-Inhalte angelegt: ${seeded} Artikel.`);
    }
  } catch (error) {
    await store.close();
    throw error;
  }

  // The site's public address is only known after listening when the port is
  // chosen by the system (PORT=0, as in tests), so the app is built then.
  let app: Hono | undefined;
  const server = createAdaptorServer({
    // The bindings (Node's request and response) are passed on: the web app
    // reads headers and writes cached pages through them.
    fetch: (request: Request, bindings: HttpBindings | Http2Bindings) =>
      app ? app.fetch(request, bindings) : new Response('Startet …', { status: 503 }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    await store.close();
    throw listenError(error, config);
  });

  const port = (server.address() as AddressInfo).port;
  const siteUrl = config.port === 0 ? config.siteUrl.replace(/:0$/, `:${port}`) : config.siteUrl;
  app = createWebApp({
    store,
    siteName: config.siteName,
    siteUrl,
    timeZone: config.timeZone,
    mediaDir: config.mediaDir,
    trustProxy: config.trustProxy,
  });

  const scheduler = startScheduler(store, config.schedulerIntervalMs, options.now ?? (() => new Date()), log);

  const displayHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${displayHost}:${port}`,
    port,
    store,
    close: async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await store.close();
    },
  };
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
 * Publishes scheduled articles when due: once at start (catching up on what
 * fell due while the server was down) and then every interval. Runs never
 * overlap.
 */
function startScheduler(store: Store, intervalMs: number, now: () => Date, log: (line: string) => void) {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const published = await publishDueArticles(store, now(), log);
        if (published > 0) log(`Zeitplan: ${published} Artikel veröffentlicht.`);
      } catch (error) {
        log(`Zeitplan fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
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
