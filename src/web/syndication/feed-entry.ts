import type { ArticleView, ImageView } from '../presenters/article-view.ts';
import { absoluteUrl, type SiteContext } from '../presenters/site-context.ts';
import type { FeedFormat } from './feed-paths.ts';
import { feedContent } from './feed-content.ts';
import { feedImage, type FeedImage } from './feed-image.ts';
import { articleTagUri } from './tag-uri.ts';

/**
 * A feed as plain values, the same for RSS, Atom and JSON Feed: the three
 * builders only map these fields to their format's names.
 */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  homeUrl: string;
  /** Absolute URL of this feed in each format; each format names its own as `self`. */
  feedUrls: Record<FeedFormat, string>;
  /** The site's language (`de`). */
  language: string;
  /** The publisher, the author of articles that name none. */
  siteName: string;
  iconUrl: string;
  /** The newest entry's update (ISO 8601); for a feed without entries, the time it was made. */
  updated: string;
  entries: FeedEntry[];
}

export interface FeedEntry {
  /** A tag: URI that survives a new slug or section (see tag-uri.ts). */
  id: string;
  url: string;
  title: string;
  /** The lead; may be empty. */
  summary: string;
  contentHtml: string;
  /** The article's authors, or the site's name when it names none. */
  authors: string[];
  /** The section's name first, then the tags: RSS and Atom categories, JSON Feed tags. */
  categories: string[];
  language: string;
  published: string;
  /** Never before `published`: a scheduled article may have been edited before its time came. */
  updated: string;
  image: FeedImage | null;
}

/** One article as a feed entry; `view` should carry the stored widths of its uploads (withMediaInfo). */
export async function presentFeedEntry(view: ArticleView, site: SiteContext, mediaDir: string): Promise<FeedEntry> {
  const images = new Map<ImageView, FeedImage | null>();
  const pictures = [view.image, ...view.body.map((block) => (block.type === 'image' ? block.image : null))];
  for (const image of pictures) if (image) images.set(image, await feedImage(image, site, mediaDir));
  const published = view.published?.iso ?? view.updated.iso;
  return {
    id: articleTagUri(site.baseUrl, { id: view.id, publishedAt: published }),
    url: absoluteUrl(site, view.path),
    title: view.headline,
    summary: view.lead,
    contentHtml: feedContent(view, (image) => images.get(image) ?? null, site.messages),
    authors: view.authors.length > 0 ? view.authors : [site.name],
    categories: [...new Set([view.section.name, ...view.tags])],
    language: view.language,
    published,
    updated: Date.parse(view.updated.iso) > Date.parse(published) ? view.updated.iso : published,
    image: view.image ? (images.get(view.image) ?? null) : null,
  };
}
