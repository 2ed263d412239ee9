import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isWellFormedToken } from '../../accounts/session-token.ts';

/** The session: an opaque token whose SHA-256 names a row in `sessions`. */
export const sessionCookieName = 'depesche_sitzung';
/**
 * Before there is a session, the sign-in form's CSRF token lives here
 * (double submit: the form field must equal the cookie). Short-lived.
 */
export const signInCookieName = 'depesche_anmeldung';
const signInCookieMaxAge = 2 * 60 * 60;

// Only the newsroom needs them; SameSite=Strict keeps them off every request
// that another site starts; HttpOnly keeps them from any script.
const base = (secure: boolean) => ({ path: '/redaktion', httpOnly: true, sameSite: 'Strict', secure }) as const;

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName);
}

/** `lastsUntil`: the session's absolute end; the server may end it sooner (idle, sign-out, disabled user). */
export function setSessionCookie(c: Context, token: string, lastsUntil: Date, secure: boolean): void {
  setCookie(c, sessionCookieName, token, { ...base(secure), expires: lastsUntil });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, sessionCookieName, base(secure));
}

/** The pre-session CSRF token, if the browser sent a well-formed one. */
export function readSignInToken(c: Context): string | undefined {
  const value = getCookie(c, signInCookieName);
  return isWellFormedToken(value) ? value : undefined;
}

export function setSignInToken(c: Context, token: string, secure: boolean): void {
  setCookie(c, signInCookieName, token, { ...base(secure), maxAge: signInCookieMaxAge });
}

export function clearSignInToken(c: Context, secure: boolean): void {
  deleteCookie(c, signInCookieName, base(secure));
}
