import { sitemapIndexPath } from './sitemap-paths.ts';

/**
 * robots.txt (RFC 9309): the site is open to crawlers except the newsroom,
 * the reading beacon and search results (endless, thin pages); the sitemap is
 * named with the site's absolute address, as the protocol requires.
 */
export function robotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /redaktion$',
    'Disallow: /redaktion/',
    'Disallow: /lesen',
    'Disallow: /suche',
    'Disallow: /api/v1/search',
    '',
    `Sitemap: ${siteUrl}${sitemapIndexPath}`,
    '',
  ].join('\n');
}
