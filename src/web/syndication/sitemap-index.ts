import type { IndexItem } from 'sitemap';
import { absoluteUrl } from '../presenters/site-context.ts';
import { articleChunkCount } from './article-sitemap.ts';
import { hasNews } from './news-sitemap.ts';
import { articleSitemapPath, chunkCount, newsSitemapPath, pageSitemapPath, type SitemapOptions } from './sitemap-paths.ts';
import { sitemapIndexXml } from './sitemap-xml.ts';

/** `/sitemap.xml`: the list pages' chunks, the article chunks (if any) and the news sitemap (if anything is recent). */
export async function sitemapIndex(options: SitemapOptions, pageUrlCount: number): Promise<string> {
  const pageChunks = chunkCount(pageUrlCount, options.chunkSize);
  const [articleChunks, news] = await Promise.all([articleChunkCount(options), hasNews(options)]);
  const paths = [
    ...Array.from({ length: pageChunks }, (_, i) => pageSitemapPath(i + 1)),
    ...Array.from({ length: articleChunks }, (_, i) => articleSitemapPath(i + 1)),
    ...(news ? [newsSitemapPath] : []),
  ];
  return sitemapIndexXml(paths.map((path): IndexItem => ({ url: absoluteUrl(options.site, path) })));
}
