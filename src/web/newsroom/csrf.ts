import type { Context, MiddlewareHandler } from 'hono';
import { sameSecret } from '../../accounts/session-token.ts';
import type { NewsroomAuthOptions } from './auth-options.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { refusedPage } from './pages/refused-page.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const csrfFieldName = '_csrf';
export const csrfHeaderName = 'X-CSRF-Token';

/**
 * Refuses every state-changing request that another site could have
 * started. Two independent checks, both required:
 *
 * - Origin: the `Origin` header (or, where a browser sends none, the origin
 *   of `Referer`) must be the site's own: that of DEPESCHE_SITE_URL, or the
 *   one the request was addressed to (so `localhost` works while the setting
 *   says `127.0.0.1`; a browser only sends an Origin equal to the address it
 *   sends to, and so its cookies, for a page of that very origin). A request
 *   with neither header is refused.
 * - Token: the `_csrf` form field or the `X-CSRF-Token` header must equal the
 *   token of the session (or, before sign-in, of the sign-in cookie),
 *   compared in constant time.
 *
 * Runs after sessionMiddleware. The origin is checked first, so a foreign
 * request is refused before its body is read. The form is parsed only for
 * form content types; Hono keeps the parsed body, so handlers read it again
 * for free. (Uploads that should not be buffered here can send the header.)
 */
export function csrfProtection(options: Pick<NewsroomAuthOptions, 'siteUrl' | 'page'>): MiddlewareHandler<NewsroomEnv> {
  const siteOrigin = new URL(options.siteUrl).origin;
  return async (c, next) => {
    if (!stateChanging.has(c.req.method)) return next();
    const origin = requestOrigin(c);
    if (origin === null || (origin !== siteOrigin && origin !== new URL(c.req.url).origin)) {
      return c.html(String(refusedPage(options.page, 'foreignOrigin')), 403);
    }
    const expected = c.get('csrfToken');
    // Without a token to compare with, nothing is read: a body may be large.
    if (!expected) return c.html(String(refusedPage(options.page, 'missingToken')), 403);
    const submitted = c.req.header(csrfHeaderName) ?? (await formField(c, csrfFieldName));
    if (!submitted || !sameSecret(submitted, expected)) {
      return c.html(String(refusedPage(options.page, 'missingToken')), 403);
    }
    await next();
  };
}

/** The origin the browser says the request came from, or null when it says nothing usable. */
function requestOrigin(c: Context): string | null {
  const origin = c.req.header('Origin');
  if (origin !== undefined) return origin === 'null' ? null : origin;
  const referer = c.req.header('Referer');
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

async function formField(c: Context, name: string): Promise<string | undefined> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return undefined;
  try {
    const value = (await c.req.parseBody())[name];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
