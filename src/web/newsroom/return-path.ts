import { newsroomHomePath, signInPath, signOutPath } from './auth-options.ts';

const base = 'http://depesche.invalid';

/**
 * Where to go after signing in (`?weiter=`): only a path of the newsroom on
 * this site, never another site (`https://evil.example`, `//evil.example`,
 * `/\evil.example`) nor a path that merely starts with the same letters
 * (`/redaktionen`) or climbs out (`/redaktion/../`). Anything else, and the
 * sign-in and sign-out pages themselves, give the newsroom's front page.
 */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || value.length > 2000 || !value.startsWith('/') || /[\\\p{Cc}]/u.test(value)) return newsroomHomePath;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return newsroomHomePath;
  }
  if (url.origin !== base) return newsroomHomePath;
  if (url.pathname !== newsroomHomePath && !url.pathname.startsWith(`${newsroomHomePath}/`)) return newsroomHomePath;
  if (url.pathname === signInPath || url.pathname === signOutPath) return newsroomHomePath;
  return url.pathname + url.search + url.hash;
}
