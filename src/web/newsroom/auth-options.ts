import type { AccountService } from '../../accounts/account-service.ts';

export const newsroomHomePath = '/redaktion';
export const signInPath = '/redaktion/anmelden';
export const signOutPath = '/redaktion/abmelden';

/** What the sign-in pages show besides the form. */
export interface AuthPageContext {
  siteName: string;
  /** The newsroom stylesheet (newsroom.css, with its content hash). */
  stylesheetPath: string;
  iconPath: string;
}

/** One options object for the newsroom's session, CSRF and sign-in parts; each takes what it needs. */
export interface NewsroomAuthOptions {
  accounts: AccountService;
  /**
   * The site's public address (DEPESCHE_SITE_URL): its origin is the only
   * one whose forms are accepted, and with https the cookies are Secure.
   */
  siteUrl: string;
  page: AuthPageContext;
  /**
   * Behind a reverse proxy every request comes from the proxy's address, so
   * throttling by address would lock out the whole newsroom at once: then set
   * this, and the last X-Forwarded-For entry (the one the proxy added) is used.
   */
  trustProxy?: boolean;
}

export function isHttps(siteUrl: string): boolean {
  return new URL(siteUrl).protocol === 'https:';
}
