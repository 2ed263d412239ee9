/**
 * One entry of a subscribed feed, the same shape whatever the format: what
 * the wire desk stores, compares and turns into a draft. All text is plain
 * except `contentHtml`, which is the publisher's HTML as it came (never to be
 * shown unsanitised).
 */
export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';

export interface FeedImage {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface FeedItem {
  /** Stable identity within its feed: guid/id, else link, else a hash of headline + date. */
  key: string;
  /** Absolute (resolved against the feed URL / xml:base); http(s) only. */
  url: string | null;
  /** Plain text, entities decoded, whitespace collapsed; empty when the item has neither title nor text. */
  headline: string;
  /** Plain text teaser (description/summary), HTML stripped. */
  summary: string;
  /** Full HTML content if the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml: string | null;
  /** ISO 8601 (UTC). */
  publishedAt: string | null;
  authors: string[];
  categories: string[];
  /** Enclosure / media:content / media:thumbnail / JSON image, else the first picture of the item's HTML. */
  image: FeedImage | null;
  /** The address relative URLs in `contentHtml` are resolved against (xml:base, else the feed's URL). */
  baseUrl?: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  siteUrl: string | null;
  items: FeedItem[];
  /** What was left out while reading, in German (e.g. items beyond the limit); absent when nothing was. */
  notes?: string[];
}
