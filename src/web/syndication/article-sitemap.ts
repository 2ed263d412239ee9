import type { SitemapItemLoose } from 'sitemap';
import { absoluteUrl } from '../presenters/site-context.ts';
import { sitemapImages } from './sitemap-images.ts';
import { chunkCount, type SitemapOptions } from './sitemap-paths.ts';
import { urlsetXml } from './sitemap-xml.ts';

/** Entries read from the store at a time: a chunk of 50,000 never sits in memory as entries at once. */
const readPageSize = 5000;

/** The number of article chunks the index lists. */
export async function articleChunkCount(options: SitemapOptions): Promise<number> {
  const total = await options.store.articles.count({ status: 'published', publishedUntil: options.now });
  return chunkCount(total, options.chunkSize);
}

/**
 * Chunk `chunk` (from 1) of the articles, oldest first: each article's URL,
 * its last change and its pictures (`image:image`). Null past the last chunk.
 */
export async function articleSitemap(options: SitemapOptions, chunk: number): Promise<string | null> {
  if (chunk < 1 || chunk > (await articleChunkCount(options))) return null;
  return urlsetXml(articleItems(options, (chunk - 1) * options.chunkSize, options.chunkSize), { image: true });
}

async function* articleItems(options: SitemapOptions, start: number, count: number): AsyncIterable<SitemapItemLoose> {
  const { store, site, now } = options;
  for (let done = 0; done < count; ) {
    const limit = Math.min(readPageSize, count - done);
    const entries = await store.articles.sitemapEntries({ publishedUntil: now, offset: start + done, limit });
    for (const entry of entries) {
      yield {
        url: absoluteUrl(site, `/${entry.sectionSlug}/${entry.slug}`),
        lastmod: Date.parse(entry.updatedAt) > Date.parse(entry.publishedAt) ? entry.updatedAt : entry.publishedAt,
        img: sitemapImages(entry.images, site),
      };
    }
    if (entries.length < limit) return;
    done += limit;
  }
}
