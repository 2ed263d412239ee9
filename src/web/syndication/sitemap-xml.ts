import { Readable } from 'node:stream';
import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise, type IndexItem, type SitemapItemLoose } from 'sitemap';

/**
 * The `sitemap` library's streams, run to a string. Entries are built from
 * valid articles, so anything the library finds wrong is a bug and throws
 * rather than being logged and shipped.
 */
export async function urlsetXml(items: Iterable<SitemapItemLoose> | AsyncIterable<SitemapItemLoose>, namespaces: { image?: boolean; news?: boolean } = {}): Promise<string> {
  const stream = new SitemapStream({
    level: ErrorLevel.THROW,
    xmlns: { image: namespaces.image ?? false, news: namespaces.news ?? false, video: false, xhtml: false },
  });
  return String(await streamToPromise(Readable.from(items).pipe(stream)));
}

export async function sitemapIndexXml(items: Iterable<IndexItem>): Promise<string> {
  const stream = new SitemapIndexStream({ level: ErrorLevel.THROW });
  return String(await streamToPromise(Readable.from(items).pipe(stream)));
}
