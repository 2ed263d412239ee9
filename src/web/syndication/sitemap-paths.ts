import type { Store } from '../../store/article-repository.ts';
import type { SiteContext } from '../presenters/site-context.ts';

/**
 * Where the sitemaps live: `/sitemap.xml` is an index of `/sitemaps/seiten-<n>.xml`
 * (front page, sections, topics, authors), `/sitemaps/artikel-<n>.xml` (the
 * articles, oldest first, so a chunk keeps its articles as new ones arrive)
 * and `/sitemaps/news.xml` (Google News: the last two days).
 */
export const sitemapIndexPath = '/sitemap.xml';
export const newsSitemapPath = '/sitemaps/news.xml';

export function articleSitemapPath(chunk: number): string {
  return `/sitemaps/artikel-${chunk}.xml`;
}

export function pageSitemapPath(chunk: number): string {
  return `/sitemaps/seiten-${chunk}.xml`;
}

/** The protocol's limit of URLs per sitemap file (sitemaps.org). */
export const maxSitemapUrls = 50_000;

/**
 * URLs per chunk unless configured otherwise. Less than the limit: with its
 * pictures and their captions an article takes about 400 bytes, so 50,000
 * make a file of about 20 MB (the limit is 50 MB, which articles with many
 * pictures could reach), which takes seconds to make and megabytes to keep.
 * 10,000 make about 4 MB, in well under a second.
 */
export const defaultSitemapChunkSize = 10_000;

export interface SitemapOptions {
  store: Store;
  site: SiteContext;
  /** Articles published after this instant stay out. */
  now: Date;
  /** URLs per sitemap file, at most 50,000. */
  chunkSize: number;
}

/**
 * The number of chunks `total` URLs fill. None for none: the sitemap schema
 * requires at least one `<url>`, so there is no empty sitemap file.
 */
export function chunkCount(total: number, chunkSize: number): number {
  return Math.ceil(total / chunkSize);
}
