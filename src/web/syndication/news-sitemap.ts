import type { SitemapItemLoose } from 'sitemap';
import { absoluteUrl } from '../presenters/site-context.ts';
import type { SitemapOptions } from './sitemap-paths.ts';
import { urlsetXml } from './sitemap-xml.ts';

/** Google News reads articles of the last two days, at most 1,000 per sitemap. */
export const newsWindowMs = 2 * 24 * 60 * 60 * 1000;
export const maxNewsUrls = 1000;

type NewsOptions = Omit<SitemapOptions, 'chunkSize'>;

function recentEntries(options: NewsOptions, limit: number) {
  const { store, now } = options;
  return store.articles.sitemapEntries({ publishedUntil: now, publishedFrom: new Date(now.getTime() - newsWindowMs), order: 'newest', limit });
}

/** Whether anything was published in the last two days: the index lists the news sitemap only then. */
export async function hasNews(options: NewsOptions): Promise<boolean> {
  return (await recentEntries(options, 1)).length > 0;
}

/**
 * The Google News sitemap: the articles published in the last two days,
 * newest first, with `news:publication` (the site's name and the article's
 * language), `news:publication_date` and `news:title`. Null when there are
 * none (a sitemap must have at least one URL).
 */
export async function newsSitemap(options: NewsOptions): Promise<string | null> {
  const { site } = options;
  const entries = await recentEntries(options, maxNewsUrls);
  if (entries.length === 0) return null;
  const items = entries.map(
    (entry): SitemapItemLoose => ({
      url: absoluteUrl(site, `/${entry.sectionSlug}/${entry.slug}`),
      news: {
        publication: { name: site.name, language: newsLanguage(entry.language) },
        publication_date: entry.publishedAt,
        title: entry.headline,
      },
    }),
  );
  return urlsetXml(items, { news: true });
}

/** Google News wants an ISO 639 code (`de`), not a regional tag (`de-AT`). */
function newsLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() || 'de';
}
