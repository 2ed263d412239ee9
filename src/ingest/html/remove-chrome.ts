import { isChromeByName } from './class-words.ts';
import type { DomDocument, DomElement } from './dom.ts';

/**
 * Removes the parts of a page that its own names call chrome — share bars,
 * related links, newsletter boxes, comment sections, author boxes, bylines,
 * ads, consent banners — before the article is looked for. Readability spares
 * such parts whenever their name also says `content` or `article`
 * (`related-content`, `article-comments`), which is where most of the
 * boilerplate it keeps comes from.
 *
 * An element is kept, whatever its name, when it holds the article: the
 * headline, the element marked `articleBody`, or a large share of the page's
 * paragraph text (a wrapper named `post has-sidebar` is no sidebar).
 */
export function removeChrome(document: DomDocument): number {
  const body = document.body;
  if (!body) return 0;
  const context: Context = { total: paragraphText(body), removed: 0 };
  walk(body, context);
  return context.removed;
}

interface Context {
  total: number;
  removed: number;
}

const structural = new Set(['html', 'body', 'main']);
// Share of the page's paragraph text above which an element is the article (or holds it).
const wrapperShare = 0.4;

function walk(element: DomElement, context: Context): void {
  for (const child of [...element.children]) {
    if (!structural.has(child.localName) && isChromeByName(child) && !holdsArticle(child, context)) {
      child.remove();
      context.removed++;
      continue;
    }
    walk(child, context);
  }
}

function holdsArticle(element: DomElement, context: Context): boolean {
  if (element.querySelector('h1, [itemprop="articleBody"]') !== null || element.getAttribute('itemprop') === 'articleBody') return true;
  return context.total > 0 && paragraphText(element) / context.total > wrapperShare;
}

function paragraphText(element: DomElement): number {
  let length = 0;
  for (const paragraph of element.querySelectorAll('p')) length += (paragraph.textContent ?? '').trim().length;
  return length;
}
