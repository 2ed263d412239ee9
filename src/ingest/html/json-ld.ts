import type { DomDocument } from './dom.ts';

/**
 * The schema.org article a page describes in its JSON-LD: news sites fill it
 * for search engines, so it is often the most exact statement of headline,
 * authors, date and keywords — and some carry the whole `articleBody`.
 */

export interface JsonLdArticle {
  headline: string | null;
  description: string | null;
  articleBody: string | null;
  datePublished: string | null;
  authors: string[];
  keywords: string[];
  image: string | null;
  publisher: string | null;
  section: string | null;
  /** schema.org `isAccessibleForFree: false`: the page shows readers only a teaser of it. */
  paywalled: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const articleType = /(?:Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)$/;

export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const objects: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) collect(parsed, objects);
  }
  const article = objects.find((object) => types(object).some((type) => articleType.test(type)));
  if (!article) return null;
  return {
    headline: text(article['headline']) ?? text(article['name']),
    description: text(article['description']),
    articleBody: text(article['articleBody']),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    authors: names(article['author']),
    keywords: keywords(article['keywords']),
    image: imageUrl(article['image']),
    publisher: names(article['publisher'])[0] ?? null,
    section: text(Array.isArray(article['articleSection']) ? (article['articleSection'][0] ?? null) : (article['articleSection'] ?? null)),
    paywalled: article['isAccessibleForFree'] === false || String(article['isAccessibleForFree']).toLowerCase() === 'false',
  };
}

/** Pages put stray control characters and trailing commas into their JSON-LD; browsers' consumers forgive that. */
function parseLenient(source: string): Json | undefined {
  const cleaned = source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
  if (cleaned === '') return undefined;
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

/**
 * Deeper than any real page's metadata. What lies below is not read: a page nesting
 * its JSON-LD thousands of levels deep must not exhaust the stack, and broken
 * metadata must never cost the article.
 */
const maxDepth = 50;

/** Every object of the document, `@graph` and arrays unfolded, outermost first. */
function collect(value: Json, into: JsonObject[], depth = 0): void {
  if (depth >= maxDepth) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  into.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) collect(graph, into, depth + 1);
  const main = value['mainEntity'] ?? value['mainEntityOfPage'];
  if (main !== undefined && typeof main === 'object') collect(main, into, depth + 1);
}

function types(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === 'string') : [];
}

function text(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function names(value: Json | undefined, depth = 0): string[] {
  if (value === undefined || value === null || depth >= maxDepth) return [];
  if (Array.isArray(value)) return value.flatMap((item) => names(item, depth + 1));
  if (typeof value === 'string') return text(value) === null ? [] : [text(value) as string];
  if (typeof value === 'object') {
    const name = text(value['name'] as Json | undefined);
    return name === null ? [] : [name];
  }
  return [];
}

function keywords(value: Json | undefined, depth = 0): string[] {
  if (typeof value === 'string') return value.split(/\s*[,;]\s*/).map((word) => word.trim()).filter((word) => word !== '');
  if (Array.isArray(value) && depth < maxDepth) return value.flatMap((item) => keywords(item, depth + 1));
  return [];
}

function imageUrl(value: Json | undefined, depth = 0): string | null {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.length > 0 && depth < maxDepth ? imageUrl(value[0], depth + 1) : null;
  if (value !== null && typeof value === 'object') return text(value['url'] as Json | undefined) ?? text(value['contentUrl'] as Json | undefined);
  return null;
}
