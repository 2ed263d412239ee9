import { chromeName, classWords } from './class-words.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { inlineText } from './inline-text.ts';
import { proseLength } from './prose-length.ts';

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
  keepQuoteSpeakers(document);
  const context: Context = { total: proseLength(body), removed: 0 };
  walk(body, context);
  return context.removed;
}

/**
 * Readability drops every <footer>, also the one naming a quote's speaker; as a last
 * paragraph opened by a dash the speaker survives and becomes the quote's attribution.
 */
function keepQuoteSpeakers(document: DomDocument): void {
  for (const speaker of [...document.querySelectorAll('blockquote > footer, blockquote > cite')]) {
    const text = inlineText(speaker);
    if (text === '') continue;
    const paragraph = document.createElement('p');
    paragraph.textContent = /^[—–-]/.test(text) ? text : `— ${text}`;
    speaker.replaceWith(paragraph);
  }
}

interface Context {
  total: number;
  removed: number;
}

const structural = new Set(['html', 'body', 'main']);
// Share of the page's paragraph text above which an element is the article (or holds it).
const wrapperShare = 0.4;

/** Parents before their children, with a stack of its own: a page nesting thousands of elements must not exhaust the call stack. */
function walk(root: DomElement, context: Context): void {
  const pending: DomElement[] = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    for (const child of [...element.children]) {
      const name = structural.has(child.localName) ? null : chromeName(child);
      if (name !== null && !holdsArticle(child, context) && !(name === 'maybe-wrapper' && proseLength(child) >= wrapperText) && !isArticleElement(child)) {
        child.remove();
        context.removed++;
        continue;
      }
      pending.push(child);
    }
  }
}

// Paragraph text from which an element named only `has-paywall` or `tag-…` is an article's wrapper.
const wrapperText = 400;
const commentWords = new Set(['comment', 'comments', 'commentlist', 'kommentar', 'kommentare', 'respond', 'replies', 'disqus']);

/** An <article> that is no comment is the article (or one of a page's articles, which Readability weighs). */
function isArticleElement(element: DomElement): boolean {
  return element.localName === 'article' && !classWords(element).some((word) => commentWords.has(word));
}

function holdsArticle(element: DomElement, context: Context): boolean {
  if (element.querySelector('h1, [itemprop="articleBody"]') !== null || element.getAttribute('itemprop') === 'articleBody') return true;
  // A comment section may outweigh the article; it is never its wrapper.
  if (classWords(element).some((word) => commentWords.has(word))) return false;
  return context.total > 0 && proseLength(element) / context.total > wrapperShare;
}
