import { generateJsonFeed } from 'feedsmith';
import type { FeedChannel } from './feed-entry.ts';

/**
 * JSON Feed 1.1 (`version` https://jsonfeed.org/version/1.1): `authors` as a
 * list, `language` on the feed and on every item, the picture as `image`.
 */
export function jsonFeed(channel: FeedChannel): string {
  const feed = generateJsonFeed({
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrls.json,
    description: channel.description || undefined,
    favicon: channel.iconUrl,
    language: channel.language,
    authors: [{ name: channel.siteName }],
    items: channel.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      summary: entry.summary || undefined,
      image: entry.image?.url,
      date_published: new Date(entry.published),
      date_modified: new Date(entry.updated),
      authors: entry.authors.map((name) => ({ name })),
      tags: entry.categories,
      language: entry.language,
    })),
  });
  // The library leaves out an empty list, but `items` is required.
  return JSON.stringify({ ...(feed as object), items: (feed as { items?: unknown[] }).items ?? [] });
}
