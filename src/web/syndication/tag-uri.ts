/**
 * A stable id for an article in every feed format (RSS guid, Atom id, JSON
 * Feed id): a tag: URI (RFC 4151) of the site's host name, the day of
 * publication and the article's id, `tag:depesche.de,2025-04-25:artikel/ref-ukraine-koalition`.
 * Unlike the article's URL it survives a new slug or section, so a feed
 * reader never shows a moved article twice.
 */
export function articleTagUri(siteUrl: string, article: { id: string; publishedAt: string }): string {
  // The authority is a DNS name: no port, no user, no path (an IPv6 address, on a test machine, with dashes).
  const host = new URL(siteUrl).hostname.replace(/^\[|\]$/g, '').replaceAll(':', '-');
  const day = new Date(article.publishedAt).toISOString().slice(0, 10);
  return `tag:${host},${day}:artikel/${article.id}`;
}
