import { createHash } from 'node:crypto';
import { resolveUrl } from '../html/resolve-url.ts';
import { feedDate } from './feed-date.ts';
import { pickImage, type ImageCandidate } from './feed-image.ts';
import type { FeedItem } from './feed-item.ts';
import { collapse, cutText, htmlToText, plainText } from './html-text.ts';

/**
 * An item as a format reader found it, before the common rules make a
 * FeedItem of it: plain text, absolute URLs, ISO dates, bounded lengths.
 */
export interface RawItem {
  /** guid / id / rdf:about. */
  id: string | undefined;
  link: string | undefined;
  /** An id that is also the item's address (an RSS guid that is a permalink). */
  linkFallback?: string | undefined;
  title: string | undefined;
  /** The title is HTML (Atom type="html"/"xhtml"); otherwise it is plain text that may carry stray tags. */
  titleIsHtml?: boolean;
  /** Teaser: HTML unless summaryIsText. */
  summary: string | undefined;
  summaryIsText?: boolean;
  contentHtml: string | null | undefined;
  date: string | undefined;
  authors: (string | undefined)[];
  categories: (string | undefined)[];
  images: ImageCandidate[];
  /** The address relative URLs of this item are resolved against (xml:base, else the feed's URL). */
  baseUrl: string | null;
}

/** Bounds that no real item reaches, so that one hostile item cannot bloat the store. */
export const itemLimits = {
  headline: 300,
  derivedHeadline: 120,
  summary: 2000,
  summaryFromContent: 600,
  contentHtml: 1_000_000,
  url: 2048,
  key: 512,
  authors: 30,
  author: 120,
  categories: 50,
  category: 60,
  /** Cut of a raw title, name or category before any processing. */
  rawField: 10_000,
  /** Cut of a raw teaser before any processing. */
  rawText: 200_000,
} as const;

export function finishItem(raw: RawItem): FeedItem {
  const url = itemUrl(raw);
  const contentHtml = raw.contentHtml ? raw.contentHtml.slice(0, itemLimits.contentHtml) : null;

  // Raw fields are cut long before their limits first, so that no text pattern runs over megabytes.
  const rawSummary = raw.summary?.slice(0, itemLimits.rawText);
  let summary = rawSummary ? (raw.summaryIsText ? collapse(rawSummary) : htmlToText(rawSummary)) : '';
  summary = cutText(summary, itemLimits.summary);
  if (summary === '' && contentHtml !== null) summary = cutText(htmlToText(contentHtml), itemLimits.summaryFromContent);

  const rawTitle = raw.title?.slice(0, itemLimits.rawField);
  let headline = rawTitle ? (raw.titleIsHtml ? htmlToText(rawTitle) : plainText(rawTitle)) : '';
  // Items without a title (JSON Feed microposts, some RSS): the first sentence of the text stands in.
  if (headline === '' && summary !== '') headline = firstSentence(summary);
  headline = cutText(headline, itemLimits.headline);

  const publishedAt = feedDate(raw.date?.slice(0, 100));
  return {
    key: itemKey(raw.id, url, headline, publishedAt),
    url,
    headline,
    summary,
    contentHtml,
    publishedAt,
    authors: distinct(raw.authors, itemLimits.author, itemLimits.authors),
    categories: distinct(raw.categories, itemLimits.category, itemLimits.categories),
    image: pickImage(raw.images, [contentHtml, raw.summaryIsText ? null : rawSummary], raw.baseUrl),
    baseUrl: raw.baseUrl,
  };
}

function itemUrl(raw: RawItem): string | null {
  for (const candidate of [raw.link, raw.linkFallback]) {
    if (!candidate) continue;
    const url = resolveUrl(candidate, raw.baseUrl);
    if (url !== null && url.length <= itemLimits.url) return url;
  }
  return null;
}

/** guid/id, else the URL, else a hash of headline and date: the same item gets the same key in every poll. */
function itemKey(id: string | undefined, url: string | null, headline: string, publishedAt: string | null): string {
  const stated = id === undefined ? '' : collapse(id);
  const key = stated !== '' ? stated : (url ?? '');
  if (key !== '' && key.length <= itemLimits.key) return key;
  const basis = key !== '' ? key : `${headline}\n${publishedAt ?? ''}`;
  return `sha256:${createHash('sha256').update(basis).digest('hex').slice(0, 32)}`;
}

function firstSentence(text: string): string {
  const end = /[.!?…](?=\s|$)/.exec(text);
  const sentence = end && end.index + 1 <= itemLimits.derivedHeadline ? text.slice(0, end.index + 1) : text;
  return cutText(sentence, itemLimits.derivedHeadline);
}

/** Plain, non-empty, each once (ignoring case), bounded in length and number. */
function distinct(values: readonly (string | undefined)[], maxLength: number, maxCount: number): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    if (!value) continue;
    const text = cutText(plainText(value.slice(0, itemLimits.rawField)), maxLength);
    const folded = text.toLocaleLowerCase('de');
    if (text === '' || seen.has(folded)) continue;
    seen.add(folded);
    result.push(text);
    if (result.length === maxCount) break;
  }
  return result;
}

/** The base for relative URLs below an element with `xml:base` (itself relative to the parent's base). */
export function withBase(xmlBase: string | undefined, parent: string | null): string | null {
  if (!xmlBase) return parent;
  return resolveUrl(xmlBase, parent) ?? parent;
}

/** What a format reader hands on: the feed's own fields and its items, still raw. */
export interface FeedReading {
  title: string;
  siteUrl: string | null;
  items: RawItem[];
}
