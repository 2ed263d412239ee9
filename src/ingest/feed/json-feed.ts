import type { JsonFeed } from 'feedsmith';
import { resolveUrl } from '../html/resolve-url.ts';
import type { ImageCandidate } from './feed-image.ts';
import { plainText, textToHtml } from './html-text.ts';
import type { FeedReading, RawItem } from './raw-item.ts';

/** JSON Feed 1.0 and 1.1 (feedsmith maps 1.0's `author` to `authors`). */
export function readJson(feed: JsonFeed.Feed<string>, documentUrl: string): FeedReading {
  const feedAuthors = (feed.authors ?? []).map((author) => author.name);
  return {
    title: plainText(feed.title ?? ''),
    siteUrl: feed.home_page_url ? resolveUrl(feed.home_page_url, documentUrl) : null,
    items: (feed.items ?? []).map((item): RawItem => {
      const authors = (item.authors ?? []).map((author) => author.name);
      const attachments: ImageCandidate[] = (item.attachments ?? []).map((attachment) => ({ url: attachment.url, type: attachment.mime_type }));
      return {
        id: item.id === undefined ? undefined : String(item.id),
        link: item.url,
        linkFallback: item.external_url,
        title: item.title,
        summary: item.summary,
        summaryIsText: true,
        contentHtml: item.content_html ?? (item.content_text ? textToHtml(item.content_text) : undefined),
        date: item.date_published ?? item.date_modified,
        authors: authors.length > 0 ? authors : feedAuthors,
        categories: item.tags ?? [],
        images: [
          { url: item.image, medium: 'image' },
          { url: item.banner_image, medium: 'image' },
          ...attachments,
        ],
        baseUrl: documentUrl,
      };
    }),
  };
}
