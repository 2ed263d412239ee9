import { blockSchema, type Block, type Image } from '../../article/article.ts';
import type { ArticleDraft } from '../../article/draft.ts';
import { DepescheError } from '../../errors.ts';
import { fragmentToBlocks } from '../html/fragment-to-blocks.ts';
import type { FeedItem } from './feed-item.ts';
import { cutText } from './html-text.ts';
import { hostnameOf } from '../html/resolve-url.ts';

/** A teaser is a few sentences; longer summaries are cut at a sentence end. */
export const maxLeadLength = 600;
const maxBodyBlocks = 1000;

/**
 * A feed item as an article draft: headline, the teaser as lead, the full
 * HTML content (if the feed carries it) as body, else the teaser as the one
 * paragraph; the item's picture as hero image; the feed as source.
 */
export function feedItemToDraft(item: FeedItem, feed: { title: string }): ArticleDraft {
  if (item.headline.trim() === '') {
    throw new DepescheError('no_headline', 'Der Eintrag hat weder Überschrift noch Text; daraus lässt sich kein Artikel machen.');
  }
  const lead = leadOf(item.summary);
  const heroImage = item.image ? heroOf(item.image) : null;
  const sourceName = feed.title.trim() || (hostnameOf(item.url) ?? '');

  return {
    section: null,
    headline: item.headline,
    lead,
    heroImage,
    keyPoints: [],
    body: bodyOf(item, lead, heroImage),
    // The agency is the source even of an item without a link.
    sources: sourceName ? [item.url ? { name: sourceName, url: item.url } : { name: sourceName }] : [],
    entities: [],
    tags: item.categories.slice(0, 50).map((tag) => cutText(tag, 60)),
    authors: item.authors.slice(0, 30).map((author) => cutText(author, 120)),
    language: 'de',
    publishedAt: item.publishedAt,
  };
}

function leadOf(summary: string): string {
  if (summary.length <= maxLeadLength) return summary;
  const head = summary.slice(0, maxLeadLength);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  return sentenceEnd >= maxLeadLength / 3 ? head.slice(0, sentenceEnd + 1) : cutText(summary, maxLeadLength);
}

function heroOf(image: FeedItem['image'] & object): Image {
  return { src: image.src, alt: image.alt, caption: image.caption, credit: image.credit };
}

function bodyOf(item: FeedItem, lead: string, hero: Image | null): Block[] {
  const fallback: Block[] = item.summary === '' ? [] : [{ type: 'paragraph', text: item.summary }];
  if (item.contentHtml === null) return fallback;

  let blocks = fragmentToBlocks(item.contentHtml, item.baseUrl ?? item.url)
    .map(withoutMoreLink)
    .filter((block): block is Block => block !== null && blockSchema.safeParse(block).success)
    // The hero picture is usually the first picture of the content as well: shown once.
    .filter((block) => !(block.type === 'image' && hero !== null && block.image.src === hero.src));
  const texts = blocks.filter((block) => block.type !== 'image');
  if (texts.length === 0) return fallback;
  // Feeds whose content begins with the teaser would print it twice under each other.
  const first = blocks.findIndex((block) => block.type !== 'image');
  if (texts.length > 1 && first >= 0 && blocks[first]!.text === lead) blocks = blocks.filter((_, i) => i !== first);
  return blocks.slice(0, maxBodyBlocks);
}

// „…Unzufriedenheit.[mehr]“, „… (weiterlesen)“, „… mehr »“: links to the page, not text of the article.
const moreLink = /\s*(?:[[(]\s*(?:mehr|weiterlesen|mehr lesen|zum artikel)\s*[\])]|(?:mehr|weiterlesen)\s*[»›→]|[»›→]\s*(?:mehr|weiterlesen))\s*$/i;

function withoutMoreLink(block: Block): Block | null {
  if (block.type !== 'paragraph' || !moreLink.test(block.text)) return block;
  const text = block.text.replace(moreLink, '').trim();
  return text === '' ? null : { ...block, text };
}
