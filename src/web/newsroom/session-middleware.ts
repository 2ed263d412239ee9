import type { MiddlewareHandler } from 'hono';
import { isHttps, type NewsroomAuthOptions } from './auth-options.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { clearSessionCookie, readSessionCookie, readSignInToken } from './session-cookie.ts';

/**
 * Puts the signed-in user (or null) and the CSRF token on the context of
 * every newsroom request. Without a session the CSRF token is the sign-in
 * form's pre-session token, or empty when there is none yet (then every
 * state-changing request is refused). A cookie whose session has ended is
 * removed from the browser.
 */
export function sessionMiddleware(options: Pick<NewsroomAuthOptions, 'accounts' | 'siteUrl'>): MiddlewareHandler<NewsroomEnv> {
  const secure = isHttps(options.siteUrl);
  return async (c, next) => {
    const token = readSessionCookie(c);
    const session = token === undefined ? null : await options.accounts.sessionUser(token);
    if (token !== undefined && !session) clearSessionCookie(c, secure);
    c.set('user', session?.user ?? null);
    c.set('csrfToken', session?.csrfToken ?? readSignInToken(c) ?? '');
    await next();
  };
}
