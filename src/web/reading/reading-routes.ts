import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ErrorCode } from '../../errors.ts';
import type { ReadingRepository } from '../../store/reading-repository.ts';
import { de } from '../messages/de.ts';
import { clientAddress } from '../newsroom/client-address.ts';
import { sessionCookieName, signInCookieName } from '../newsroom/session-cookie.ts';
import { personalisationPage, personalisationPath, privacyPage, privacyPath, type PrivacyFacts } from '../pages/privacy-page.ts';
import { statusPage } from '../pages/status-page.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { AddressKeys } from './address-key.ts';
import { historyCookieName, historyMaxAgeSeconds, historyMaxIds, isArticleId } from './history-cookie.ts';
import { optOutCookieName, optOutCookieValue, optOutMaxAgeSeconds, personalisation } from './personalisation.ts';
import { ReadBuffer } from './read-buffer.ts';
import { pairsPerRead, ReadCounter, type ReadOutcome } from './read-counter.ts';
import { ReadThrottle, readThrottleDefaults } from './read-throttle.ts';
import { RecentReads, recentReadsDefaults } from './recent-reads.ts';
import { isCrossSite } from './same-site.ts';
import { transparentGif } from './transparent-gif.ts';

export interface ReadingRouteOptions {
  reading: ReadingRepository;
  /** Only reads of published articles count; unknown ids are answered 404. */
  isPublishedArticle: (id: string) => Promise<boolean>;
  /** The reader's own "Für Sie ausgewählt" list (HTML), from their earlier reads (oldest first, without this article); null for none. */
  personalBlock: (currentId: string, history: readonly string[]) => Promise<string | null>;
  siteUrl: string;
  /** Behind a reverse proxy: the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** How long the aggregates are kept, as the privacy page states it. */
  retentionDays: () => Promise<number>;
  siteContext: () => Promise<SiteContext>;
  now: () => Date;
  /** How often counted reads are written to the repository (default 5 s). */
  flushIntervalMs?: number;
  logError?: (error: unknown) => void;
}

export interface ReadingRoutes {
  /** `POST /lesen`, `GET /lesen/<id>.gif`, `/datenschutz`, `/datenschutz/personalisierung`. */
  app: Hono;
  /** Writes the reads counted so far to the repository now. */
  flush: () => Promise<void>;
  /** Stops the timers and writes what is left; the repository itself stays open. */
  close: () => Promise<void>;
}

const maxBeaconBytes = 1024;
const sweepIntervalMs = 60_000;
const maxFormBytes = 1024;
const noStore = { 'Cache-Control': 'no-store' };

type ApiError = {
  status: 400 | 403 | 404 | 405 | 413 | 415 | 429 | 500;
  code: ErrorCode | 'method_not_allowed' | 'internal_error';
  message: string;
  headers?: Record<string, string>;
};

/**
 * First-party reading signals: the beacon the article page's script sends,
 * its image fallback without JavaScript, and the privacy page that says what
 * they store. /lesen answers JSON (the image: a GIF) whatever happens, never
 * an HTML page: bad input is refused with a status and a German message, and
 * nothing a client sends can make a read count twice.
 */
export function readingRoutes(options: ReadingRouteOptions): ReadingRoutes {
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const secure = options.siteUrl.startsWith('https:');
  const siteOrigin = new URL(options.siteUrl).origin;
  const buffer = new ReadBuffer({ reading: options.reading, intervalMs: options.flushIntervalMs, logError });
  const throttle = new ReadThrottle();
  const recent = new RecentReads();
  const counter = new ReadCounter({
    reading: options.reading,
    buffer,
    isPublishedArticle: options.isPublishedArticle,
    throttle,
    recent,
    addressKeys: new AddressKeys(),
    logError,
  });
  // Hashed clients are forgotten on time even when no further request comes to push them out.
  const sweeper = setInterval(() => {
    const nowMs = options.now().getTime();
    throttle.sweep(nowMs);
    recent.sweep(nowMs);
  }, sweepIntervalMs);
  sweeper.unref();
  const cookieBase = { path: '/', httpOnly: true, sameSite: 'Lax', secure } as const;

  const crossSite = (c: Context) => isCrossSite((name) => c.req.header(name), [siteOrigin, requestOrigin(c)]);

  /** Counts one read and applies its outcome to the history cookie. */
  const countRead = async (c: Context, articleId: string): Promise<ReadOutcome> => {
    const state = personalisation((name) => c.req.header(name), getCookie(c, optOutCookieName));
    const outcome = await counter.read({
      articleId,
      userAgent: c.req.header('User-Agent'),
      address: clientAddress(c, options.trustProxy),
      historyCookie: getCookie(c, historyCookieName),
      personalisation: state,
      atMs: options.now().getTime(),
    });
    if (outcome.kind === 'counted' || outcome.kind === 'duplicate') {
      if (outcome.cookie && 'set' in outcome.cookie) setCookie(c, historyCookieName, outcome.cookie.set, { ...cookieBase, maxAge: historyMaxAgeSeconds });
      else if (outcome.cookie) deleteCookie(c, historyCookieName, cookieBase);
    }
    return outcome;
  };

  const app = new Hono();

  app.post(
    '/lesen',
    // Foreign pages are refused before anything is read.
    async (c, next) => (crossSite(c) ? apiError(c, { status: 403, code: 'forbidden', message: de.readForeign }) : next()),
    bodyLimit({ maxSize: maxBeaconBytes, onError: (c) => apiError(c, { status: 413, code: 'file_too_large', message: de.readTooLarge }) }),
    async (c) => {
      try {
        if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header('Content-Type') ?? '')) {
          return apiError(c, { status: 415, code: 'unsupported_media', message: de.readWrongType });
        }
        const values = new URLSearchParams(await c.req.text()).getAll('artikel');
        if (values.length === 0) return apiError(c, { status: 400, code: 'invalid_input', message: de.readMissingArticle });
        if (values.length > 1) return apiError(c, { status: 400, code: 'invalid_input', message: de.readRepeatedArticle });
        const articleId = values[0]!;
        if (!isArticleId(articleId)) return apiError(c, { status: 400, code: 'invalid_input', message: de.readMalformedArticle });

        const outcome = await countRead(c, articleId);
        switch (outcome.kind) {
          case 'bot':
            return c.json({ counted: false, reason: 'bot', block: null }, 200, noStore);
          case 'throttled':
            return apiError(c, throttled(outcome.retryAfterSeconds));
          case 'unknown-article':
            return apiError(c, { status: 404, code: 'not_found', message: de.readUnknownArticle(articleId) });
          case 'counted':
          case 'duplicate': {
            const block = outcome.personal ? await personalBlock(articleId, outcome.earlier) : null;
            return c.json(outcome.kind === 'counted' ? { counted: true, block } : { counted: false, reason: 'duplicate', block }, 200, noStore);
          }
        }
      } catch (error) {
        logError(error);
        return apiError(c, { status: 500, code: 'internal_error', message: de.readFailed });
      }
    },
  );
  app.all('/lesen', (c) => apiError(c, { status: 405, code: 'method_not_allowed', message: de.readMethod, headers: { Allow: 'POST' } }));

  // Without JavaScript, the page's <noscript> image reports the read.
  app.get('/lesen/:file', async (c) => {
    const match = /^(.+)\.gif$/.exec(c.req.param('file'));
    if (!match) return apiError(c, { status: 404, code: 'not_found', message: de.readNoSuchAddress });
    const articleId = match[1]!;
    if (!isArticleId(articleId)) return gif(c, 400);
    // HEAD is what link checkers and prefetchers send; readers' browsers GET.
    if (c.req.method === 'HEAD') return gif(c, 200);
    if (crossSite(c)) return gif(c, 403);
    try {
      const outcome = await countRead(c, articleId);
      if (outcome.kind === 'throttled') return gif(c, 429, { 'Retry-After': String(outcome.retryAfterSeconds) });
      return gif(c, outcome.kind === 'unknown-article' ? 404 : 200);
    } catch (error) {
      logError(error);
      return gif(c, 500);
    }
  });
  app.all('/lesen/*', (c) => apiError(c, { status: 404, code: 'not_found', message: de.readNoSuchAddress }));

  const personalBlock = async (articleId: string, earlier: readonly string[]): Promise<string | null> => {
    try {
      return await options.personalBlock(articleId, earlier);
    } catch (error) {
      // The page keeps the picks it came with.
      logError(error);
      return null;
    }
  };

  app.get(privacyPath, async (c) => {
    const [site, retentionDays] = await Promise.all([options.siteContext(), options.retentionDays()]);
    const facts: PrivacyFacts = {
      historyCookie: { name: historyCookieName, maxIds: historyMaxIds, maxAgeDays: historyMaxAgeSeconds / 86_400 },
      optOutCookie: { name: optOutCookieName, value: optOutCookieValue },
      newsroomCookies: [signInCookieName, sessionCookieName],
      pairsPerRead,
      countOnceMinutes: recentReadsDefaults.windowMs / 60_000,
      forgetAddressMinutes: Math.ceil(
        (Math.max(recentReadsDefaults.windowMs, readThrottleDefaults.burst * readThrottleDefaults.refillMs) + sweepIntervalMs) / 60_000,
      ),
      retentionDays,
    };
    return c.html(String(privacyPage(site, facts, personalisationView(c))), 200, noStore);
  });

  app.get(personalisationPath, async (c) => c.html(String(personalisationPage(await options.siteContext(), personalisationView(c))), 200, noStore));

  app.post(
    personalisationPath,
    async (c, next) => (crossSite(c) ? statusResponse(c, 403, de.personalisationForeign) : next()),
    bodyLimit({ maxSize: maxFormBytes, onError: (c) => statusResponse(c, 413, de.personalisationTooLarge) }),
    async (c) => {
      const action = /^application\/x-www-form-urlencoded\b/i.test(c.req.header('Content-Type') ?? '')
        ? new URLSearchParams(await c.req.text()).getAll('aktion')
        : [];
      if (action.length !== 1 || (action[0] !== 'aus' && action[0] !== 'an')) return statusResponse(c, 400, de.personalisationBadAction);
      if (action[0] === 'aus') {
        setCookie(c, optOutCookieName, optOutCookieValue, { ...cookieBase, maxAge: optOutMaxAgeSeconds });
        deleteCookie(c, historyCookieName, cookieBase);
      } else {
        deleteCookie(c, optOutCookieName, cookieBase);
      }
      c.header('Cache-Control', 'no-store');
      return c.redirect(`${privacyPath}#personalisierung`, 303);
    },
  );

  const statusResponse = async (c: Context, status: 400 | 403 | 413, message: string) =>
    c.html(String(statusPage(await options.siteContext(), status, message)), status, noStore);

  return {
    app,
    flush: () => buffer.flush(),
    close: () => {
      clearInterval(sweeper);
      return buffer.close();
    },
  };
}

/** The origin the request was addressed to; a Host header that makes no URL names none. */
function requestOrigin(c: Context): string | null {
  try {
    const { origin } = new URL(c.req.url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

function personalisationView(c: Context) {
  const state = personalisation((name) => c.req.header(name), undefined);
  return {
    optedOut: getCookie(c, optOutCookieName) === optOutCookieValue,
    browserSignal: state.enabled ? null : state.reason === 'do-not-track' ? ('Do Not Track' as const) : ('Global Privacy Control' as const),
  };
}

function throttled(retryAfterSeconds: number): ApiError {
  return { status: 429, code: 'too_many_attempts', message: de.readThrottled(retryAfterSeconds), headers: { 'Retry-After': String(retryAfterSeconds) } };
}

function apiError(c: Context, error: ApiError): Response {
  return c.json({ error: { code: error.code, message: error.message } }, error.status, { ...noStore, ...error.headers });
}

function gif(c: Context, status: 200 | 400 | 403 | 404 | 429 | 500, headers: Record<string, string> = {}): Response {
  return c.body(transparentGif, status, { 'Content-Type': 'image/gif', ...noStore, ...headers });
}
