import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.ts';

/**
 * Mozilla's Readability (the Firefox reader view) finds the element that
 * holds the article. It gives us that element itself, classes kept, so that
 * the cleaning after it can still see what the page called its parts.
 */
export interface ReadabilityResult {
  content: DomElement;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
}

export function readabilityContent(document: DomDocument, options: { charThreshold?: number } = {}): ReadabilityResult | null {
  const reader = new Readability<DomElement>(document as never, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomElement,
    ...(options.charThreshold !== undefined ? { charThreshold: options.charThreshold } : {}),
  });
  const result = reader.parse();
  if (!result || !result.content) return null;
  return { content: result.content, title: result.title ?? null, byline: result.byline ?? null, excerpt: result.excerpt ?? null };
}
