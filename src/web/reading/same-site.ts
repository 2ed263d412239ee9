/**
 * Whether a request could have been started by another site's page, which
 * must not be able to count reads (or switch a reader's personalisation).
 * Browsers say where a request comes from: `Sec-Fetch-Site` (when sent, it
 * must be `same-origin`), `Origin`, and for images `Referer`; each, when
 * present, must name the site's own origin (that of the site URL, or the
 * one the request was addressed to, as the newsroom's check allows). A
 * request that says nothing (an old browser, a script) is let through:
 * scripts can send any header they like, so the throttle, not this check,
 * limits them.
 */
export function isCrossSite(header: (name: string) => string | undefined, ownOrigins: readonly (string | null)[]): boolean {
  const own = (origin: string) => origin !== 'null' && ownOrigins.includes(origin);
  const fetchSite = header('Sec-Fetch-Site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return true;
  const origin = header('Origin');
  if (origin !== undefined && !own(origin)) return true;
  const referer = header('Referer');
  if (referer !== undefined && referer !== '' && !own(originOf(referer))) return true;
  return false;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}
