import type { SitemapItemLoose } from 'sitemap';
import { slugify } from '../../article/slug.ts';
import { absoluteUrl } from '../presenters/site-context.ts';
import { authorSlug } from './author-names.ts';
import { chunkCount, type SitemapOptions } from './sitemap-paths.ts';
import { urlsetXml } from './sitemap-xml.ts';

export interface PageUrl {
  path: string;
  /** The newest publication among the page's articles, when known. */
  lastmod?: string;
}

/**
 * Every list page: the front page, the sections, a topic page per entity and
 * an author page per name, from the published articles' outlines (no bodies).
 * Reading every outline is slow at 100,000 articles (not timed on its own), so the
 * routes keep the list (see syndication-routes.ts).
 */
export async function listPageUrls(options: Omit<SitemapOptions, 'chunkSize'>): Promise<PageUrl[]> {
  const { store, site, now } = options;
  const [outlines, authorNames] = await Promise.all([store.articles.publishedOutlines(), store.articles.publishedAuthorNames(now)]);
  const newestBySection = new Map<string, string>();
  const newestByTopic = new Map<string, string>();
  let newest: string | undefined;
  // Outlines come newest first: the first date seen for a page is its newest.
  for (const outline of outlines) {
    if (Date.parse(outline.publishedAt) > now.getTime()) continue;
    newest ??= outline.publishedAt;
    const sectionSlug = slugify(outline.section);
    if (!newestBySection.has(sectionSlug)) newestBySection.set(sectionSlug, outline.publishedAt);
    for (const entity of outline.entities) if (!newestByTopic.has(entity.slug)) newestByTopic.set(entity.slug, outline.publishedAt);
  }
  const authorSlugs = [...new Set(authorNames.map(authorSlug).filter((slug) => slug !== ''))].sort();
  return [
    { path: '/', lastmod: newest },
    ...site.sections.map((section) => ({ path: `/${section.slug}`, lastmod: newestBySection.get(section.slug) })),
    ...[...newestByTopic.keys()].sort().map((slug) => ({ path: `/thema/${slug}`, lastmod: newestByTopic.get(slug) })),
    ...authorSlugs.map((slug) => ({ path: `/autor/${slug}` })),
  ];
}

/** Chunk `chunk` (from 1) of the list pages; null past the last chunk. */
export async function pageSitemap(options: SitemapOptions, urls: readonly PageUrl[], chunk: number): Promise<string | null> {
  if (chunk < 1 || chunk > chunkCount(urls.length, options.chunkSize)) return null;
  const items = urls
    .slice((chunk - 1) * options.chunkSize, chunk * options.chunkSize)
    .map((page): SitemapItemLoose => ({ url: absoluteUrl(options.site, page.path), ...(page.lastmod && { lastmod: page.lastmod }) }));
  return urlsetXml(items);
}
