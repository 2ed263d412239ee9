import type { Context, Hono } from 'hono';
import { newToken } from '../../accounts/session-token.ts';
import { TooManyAttemptsError } from '../../accounts/sign-in-throttle.ts';
import { isDepescheError } from '../../errors.ts';
import { isHttps, signInPath, signOutPath, type NewsroomAuthOptions } from './auth-options.ts';
import { authMessages as m } from './auth-messages.ts';
import { clientAddress } from './client-address.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { signedInPage, signInPage, type SignInForm } from './pages/sign-in-page.ts';
import { safeReturnPath } from './return-path.ts';
import { readForm } from './read-form.ts';
import {
  clearSessionCookie,
  clearSignInToken,
  readSessionCookie,
  setSessionCookie,
  setSignInToken,
} from './session-cookie.ts';

type Ctx = Context<NewsroomEnv>;

/**
 * GET and POST /redaktion/anmelden, POST /redaktion/abmelden. Expects the
 * newsroom middleware in front (noStore, sessionMiddleware, csrfProtection):
 * every POST that reaches these handlers has passed the CSRF checks.
 */
export function registerAuthRoutes(app: Hono<NewsroomEnv>, options: NewsroomAuthOptions): void {
  const { accounts, page } = options;
  const secure = isHttps(options.siteUrl);

  /** `weiter` as given, if it is a safe newsroom path; null otherwise. */
  const returnPathOf = (value: unknown): string | null => {
    if (typeof value !== 'string' || value === '') return null;
    const safe = safeReturnPath(value);
    return safe === value ? safe : null;
  };

  /** The form needs a CSRF token before there is a session: made here, kept in a short-lived cookie. */
  const formToken = (c: Ctx): string => {
    const existing = c.get('csrfToken');
    if (existing) return existing;
    const token = newToken();
    setSignInToken(c, token, secure);
    c.set('csrfToken', token);
    return token;
  };

  const form = (c: Ctx, fields: Partial<SignInForm>): SignInForm => ({
    csrfToken: formToken(c),
    email: '',
    returnPath: null,
    fieldErrors: {},
    ...fields,
  });

  app.get(signInPath, (c) => {
    const returnPath = returnPathOf(c.req.query('weiter'));
    const user = c.get('user');
    if (user) return c.html(String(signedInPage(page, user, c.get('csrfToken'), safeReturnPath(returnPath))));
    const notice = c.req.query('abgemeldet') !== undefined ? m.signedOut : undefined;
    return c.html(String(signInPage(page, form(c, { returnPath, notice }))));
  });

  app.post(signInPath, async (c) => {
    const body = await readForm(c);
    const email = typeof body['email'] === 'string' ? body['email'] : '';
    const password = typeof body['password'] === 'string' ? body['password'] : '';
    const returnPath = returnPathOf(body['weiter']);
    const again = (status: 400 | 401 | 429, fields: Partial<SignInForm>) =>
      c.html(String(signInPage(page, form(c, { email, returnPath, ...fields }))), status);

    const fieldErrors: SignInForm['fieldErrors'] = {
      ...(email.trim() === '' && { email: m.emailMissing }),
      ...(password === '' && { password: m.passwordMissing }),
    };
    if (fieldErrors.email || fieldErrors.password) return again(400, { fieldErrors });

    const userAgent = c.req.header('User-Agent') ?? null;
    try {
      const result = await accounts.signIn(email, password, clientAddress(c, options.trustProxy), userAgent);
      // A new session replaces one this browser may still have.
      await accounts.signOut(readSessionCookie(c));
      setSessionCookie(c, result.token, result.lastsUntil, secure);
      clearSignInToken(c, secure);
      return c.redirect(safeReturnPath(returnPath), 303);
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        c.header('Retry-After', String(error.retryAfterSeconds));
        return again(429, { formError: error.message });
      }
      if (isDepescheError(error) && (error.code === 'unauthorized' || error.code === 'invalid_input')) {
        return again(error.code === 'unauthorized' ? 401 : 400, { formError: error.message });
      }
      throw error;
    }
  });

  app.post(signOutPath, async (c) => {
    await accounts.signOut(readSessionCookie(c));
    clearSessionCookie(c, secure);
    return c.redirect(`${signInPath}?abgemeldet`, 303);
  });
}
