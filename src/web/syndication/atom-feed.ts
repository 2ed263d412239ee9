import { generateAtomFeed } from 'feedsmith';
import type { FeedChannel } from './feed-entry.ts';
import { mediaContent } from './media-rss.ts';
import { xmlSafe } from './xml-text.ts';

/**
 * Atom 1.0 (RFC 4287). The feed's id is its own address; the site is the
 * feed's author, so every entry has one even where the article names none.
 * The full text is `content type="html"`, the lead the summary, the picture a
 * `link rel="enclosure"` and `media:content`.
 */
export function atomFeed(channel: FeedChannel): string {
  return xmlSafe(
    generateAtomFeed({
      id: channel.feedUrls.atom,
      title: { value: channel.title },
      subtitle: channel.description ? { value: channel.description } : undefined,
      updated: new Date(channel.updated),
      authors: [{ name: channel.siteName }],
      icon: channel.iconUrl,
      generator: { text: 'Depesche' },
      links: [
        { href: channel.feedUrls.atom, rel: 'self', type: 'application/atom+xml' },
        { href: channel.homeUrl, rel: 'alternate', type: 'text/html' },
      ],
      xml: { lang: channel.language },
      entries: channel.entries.map((entry) => ({
        id: entry.id,
        title: { value: entry.title },
        updated: new Date(entry.updated),
        published: new Date(entry.published),
        summary: entry.summary ? { value: entry.summary } : undefined,
        content: { type: 'html', value: entry.contentHtml },
        authors: entry.authors.map((name) => ({ name })),
        categories: entry.categories.map((term) => ({ term })),
        links: [
          { href: entry.url, rel: 'alternate', type: 'text/html' },
          ...(entry.image?.mediaType
            ? [{ href: entry.image.url, rel: 'enclosure', type: entry.image.mediaType, ...(entry.image.length > 0 && { length: entry.image.length }) }]
            : []),
        ],
        xml: entry.language === channel.language ? undefined : { lang: entry.language },
        media: entry.image ? mediaContent(entry.image) : undefined,
      })),
    }),
  );
}
