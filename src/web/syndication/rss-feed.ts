import { generateRssFeed } from 'feedsmith';
import type { FeedChannel } from './feed-entry.ts';
import { mediaContent } from './media-rss.ts';
import { xmlSafe } from './xml-text.ts';

/**
 * RSS 2.0. Authors go out as `dc:creator`, since RSS's own `<author>` must be
 * an e-mail address; the full text as `content:encoded`, the lead as
 * `description`, the picture as an enclosure (with its length in bytes) and
 * as `media:content`. The guid is the tag: URI, so it is no permalink.
 */
export function rssFeed(channel: FeedChannel): string {
  return xmlSafe(
    generateRssFeed({
      title: channel.title,
      link: channel.homeUrl,
      description: channel.description,
      language: channel.language,
      generator: 'Depesche',
      lastBuildDate: new Date(channel.updated),
      atom: { links: [{ href: channel.feedUrls.rss, rel: 'self', type: 'application/rss+xml' }] },
      items: channel.entries.map((entry) => ({
        title: entry.title,
        link: entry.url,
        guid: { value: entry.id, isPermaLink: false },
        pubDate: new Date(entry.published),
        description: entry.summary || undefined,
        content: { encoded: entry.contentHtml },
        dc: { creators: entry.authors },
        categories: entry.categories.map((name) => ({ name })),
        enclosures:
          entry.image?.mediaType ? [{ url: entry.image.url, length: entry.image.length, type: entry.image.mediaType }] : undefined,
        media: entry.image ? mediaContent(entry.image) : undefined,
      })),
    }),
  );
}
