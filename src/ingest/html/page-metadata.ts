import { parseByline } from '../scraped-text/byline.ts';
import { toIsoDateTime } from '../scraped-text/dates.ts';
import type { DomDocument } from './dom.ts';
import { inlineText, normalizeText } from './inline-text.ts';
import { readJsonLd, type JsonLdArticle } from './json-ld.ts';
import { resolveUrl } from './resolve-url.ts';

/**
 * What a page says about its article outside the article text: Open Graph,
 * `<meta>`, JSON-LD, `<link rel=canonical>`, `<html lang>`. Read before the
 * content extraction, which changes the document.
 */

export interface PageMetadata {
  headline: string | null;
  description: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  image: string | null;
  authors: string[];
  publishedAt: string | null;
  tags: string[];
  language: string;
  section: string | null;
  jsonLd: JsonLdArticle | null;
  /**
   * The page calls itself a dated, freely readable article (Open Graph type or JSON-LD, with a
   * publication time, not marked as behind a paywall): a short text on it is still one.
   */
  declaresArticle: boolean;
}

export function readMetadata(document: DomDocument, url: string): PageMetadata {
  const meta = (key: string): string | null => {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const element = document.querySelector(`meta[${attribute}="${key}" i]`);
      const content = normalizeText(element?.getAttribute('content') ?? '');
      if (content !== '') return content;
    }
    return null;
  };
  const metas = (key: string): string[] =>
    [...document.querySelectorAll(`meta[property="${key}" i], meta[name="${key}" i]`)]
      .map((element) => normalizeText(element.getAttribute('content') ?? ''))
      .filter((content) => content !== '');
  const jsonLd = readJsonLd(document);
  const siteName = meta('og:site_name') ?? jsonLd?.publisher ?? meta('application-name');
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? meta('og:url');
  const h1 = [...document.querySelectorAll('h1')].map(inlineText).find((text) => text !== '') ?? null;
  const rawHeadline = meta('og:title') ?? jsonLd?.headline ?? meta('twitter:title') ?? h1 ?? (pageTitle(document) || null);
  const image = meta('og:image') ?? meta('og:image:url') ?? meta('twitter:image') ?? jsonLd?.image ?? null;
  const result: PageMetadata = {
    headline: rawHeadline === null ? null : stripSiteName(rawHeadline, siteName, document, url) || null,
    description: meta('og:description') ?? meta('description') ?? jsonLd?.description ?? meta('twitter:description'),
    siteName,
    canonicalUrl: canonical ? resolveUrl(canonical, url) : null,
    image: image ? resolveUrl(image, url) : null,
    authors: authorsOf(jsonLd, meta('author') ?? meta('article:author') ?? meta('dc.creator'), siteName),
    publishedAt: publicationTime([jsonLd?.datePublished, meta('article:published_time'), meta('date'), meta('pubdate'), meta('dc.date.issued'), meta('dc.date'), meta('datePublished'), document.querySelector('time[datetime]')?.getAttribute('datetime')]),
    tags: uniqueTags([...metas('article:tag'), ...(jsonLd?.keywords ?? []), ...(meta('keywords')?.split(/\s*[,;]\s*/) ?? []), ...(meta('news_keywords')?.split(/\s*[,;]\s*/) ?? [])]),
    language: languageOf(document.documentElement.getAttribute('lang') ?? meta('og:locale') ?? meta('language') ?? ''),
    section: meta('article:section') ?? jsonLd?.section ?? null,
    jsonLd,
    declaresArticle: false,
  };
  // A template may call every page an article, its error page too; a publication time is the page's own.
  result.declaresArticle = (jsonLd !== null || meta('og:type')?.toLowerCase() === 'article') && result.publishedAt !== null && !jsonLd?.paywalled;
  return result;
}

/** The `<title>`, wherever the parser put it (a page with text before `<html>` has it in the body). */
export function pageTitle(document: DomDocument): string {
  return normalizeText(document.querySelector('title')?.textContent ?? '');
}

const separators = /\s+(?:[|–—·•»:]|-{1,2}|::)\s+/;

/**
 * `Haushalt beschlossen | Beispiel-Zeitung` → `Haushalt beschlossen`. The part
 * dropped must be the site's name (or its host), or the page's `<h1>` must be
 * the part kept; a colon inside a headline (`Kiel: Landtag …`) stays.
 */
export function stripSiteName(title: string, siteName: string | null, document: DomDocument, url: string): string {
  const h1 = document.querySelector('h1');
  const heading = h1 ? inlineText(h1) : '';
  if (heading.length >= 10 && title.startsWith(heading) && separators.test(title.slice(heading.length - 1))) return heading;
  const parts = title.split(separators);
  if (parts.length < 2) return title;
  const site = (siteName ?? '').toLowerCase().replace(/\s+/g, '');
  const hostLabel = hostName(url).split('.').at(-2) ?? '';
  const isSite = (part: string) => {
    const lower = part.toLowerCase().replace(/\s+/g, '');
    return (site !== '' && (lower === site || lower.includes(site) || site.includes(lower))) || (hostLabel.length >= 4 && lower.includes(hostLabel));
  };
  const last = parts.at(-1) ?? '';
  if (isSite(last)) return title.slice(0, title.lastIndexOf(last)).replace(/\s*(?:[|–—·•»:]|-{1,2}|::)\s*$/, '').trim() || title;
  const first = parts[0] ?? '';
  if (isSite(first)) return title.slice(title.indexOf(parts[1] ?? '', first.length)).trim() || title;
  return title;
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function authorsOf(jsonLd: JsonLdArticle | null, metaAuthor: string | null, siteName: string | null): string[] {
  const candidates = jsonLd && jsonLd.authors.length > 0 ? jsonLd.authors : metaAuthor ? metaAuthor.split(/\s*[,;]\s*|\s+und\s+|\s*&\s*/) : [];
  const authors: string[] = [];
  for (const candidate of candidates) {
    const name = normalizeText(candidate);
    // URLs (Facebook profiles in article:author) and the publisher itself are no authors.
    if (name === '' || /^https?:|www\.|\.(?:de|com|at|ch)\b/i.test(name) || (siteName && name.toLowerCase() === siteName.toLowerCase())) continue;
    const parsed = parseByline(name);
    for (const author of parsed ?? [name]) if (author.length <= 120 && !authors.includes(author)) authors.push(author);
  }
  return authors.slice(0, 30);
}

/** The first stated time that names its time of day; a date alone is not a publication time. */
export function publicationTime(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (!value) continue;
    // ISO 8601 with an offset or Z is kept as the page wrote it (seconds and fractions normalised).
    const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(value);
    if (iso) {
      const zone = (iso[4] ?? 'Z').toUpperCase();
      const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
      const result = `${iso[1]}T${iso[2]}:${iso[3] ?? '00'}${offset}`;
      if (!Number.isNaN(Date.parse(result))) return result;
    }
    // A local time without zone is German local time.
    const local = toIsoDateTime(value.replace('T', ' '));
    if (local !== null) return local;
  }
  return null;
}

function uniqueTags(candidates: readonly string[]): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const tag = normalizeText(candidate);
    if (tag === '' || tag.length > 60 || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, 50);
}

/** `de-DE` → `de-DE`, `de_at` → `de-AT`, `DE` → `de`; anything else → `de`, the platform's first language. */
export function languageOf(value: string): string {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?\b/i.exec(value.trim());
  if (!match) return 'de';
  const language = (match[1] ?? '').toLowerCase();
  return match[2] ? `${language}-${match[2].toUpperCase()}` : language;
}
