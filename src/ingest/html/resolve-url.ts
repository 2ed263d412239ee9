/**
 * A link or image address from a page, made absolute against the page's own
 * address. Only http(s) addresses are kept: a relative path without a base,
 * `javascript:` or `data:` can never be shown from our site.
 */
export function resolveUrl(value: string, baseUrl: string | null): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  try {
    const url = baseUrl === null ? new URL(trimmed) : new URL(trimmed, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host name of an address (`zeitung.example`), or null when it is none. */
export function hostnameOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
