import { isAboutAuthorHeading, isBylineOrDate, isChromeLine, isReadMoreLine, isRelatedHeading } from './chrome-wording.ts';
import { TEXT_NODE, type DomElement } from './dom.ts';
import { hasInlineText, inlineText, normalizeText, shortInlineText } from './inline-text.ts';

/**
 * Cleans the element Readability chose, by what its parts say: related-links
 * headings with the links under them, „Lesen Sie auch: …“ lines, share and
 * ad labels, bylines and date lines, the headline printed again, captions
 * that lost their picture, lists that are only links.
 */

export interface CleanContext {
  /** Headline forms of the page (og:title, <h1>, <title>), compared case-insensitively. */
  headlines: readonly string[];
}

const leafTags = 'p, li, h1, h2, h3, h4, h5, h6, div, section, td, dd, dt, header, footer, center';
const blockTags = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, figure, table, pre, section, article, header, footer, li';
const headingLike = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);
// A caption whose picture is gone: `… outside the town hall. (AP Photo/Jane Doe)`, `(Image: Example Agency)`.
const orphanCaption = /\((?:image|images|photo|photos|picture|foto|fotos|bild|bilder|credit|quelle|source)\b[^()]{0,100}\)\s*$|\((?:AP|AFP|Reuters|dpa|Getty Images|EPA)\b[^()]{0,60}(?:photo|foto|images)[^()]{0,60}\)\s*$/i;
// An e-mail or web address standing alone; no address is longer than `maxContactLine`.
const contactLine = /^(?:[^\s@]+@[^\s@]+\.[a-z]{2,}|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S*)$/i;
const maxContactLine = 200;

export function cleanContent(content: DomElement, context: CleanContext): void {
  const headlines = new Set(context.headlines.map((headline) => comparable(headline)).filter((headline) => headline !== ''));
  for (const element of [...content.querySelectorAll(leafTags)]) {
    if (!content.contains(element) || element.querySelector(blockTags) !== null) continue;
    if (element.closest('figure') !== null) continue;
    const text = inlineText(element);
    if (text === '') continue;
    if (isRelatedHeading(text) && (headingLike.has(element.localName) || text.length <= 60)) {
      removeRelatedBox(element, content);
    } else if (isAboutAuthorHeading(text)) {
      removeAuthorBox(element, content);
    } else if (
      (isReadMoreLine(text) && linkDensity(element) > 0.3) ||
      isChromeLine(text) ||
      isBylineOrDate(text) ||
      headlines.has(comparable(text)) ||
      (text.length <= 400 && orphanCaption.test(text)) ||
      isShoutedLink(text, element) ||
      (text.length <= maxContactLine && contactLine.test(text))
    ) {
      removeWithEmptyParents(element, content);
    }
  }
  for (const list of [...content.querySelectorAll('ul, ol')]) {
    if (content.contains(list) && isLinkList(list)) removeWithEmptyParents(list, content);
  }
}

/** A related-links heading goes with the link lists and teaser lines under it. */
function removeRelatedBox(heading: DomElement, content: DomElement): void {
  // The heading may sit in a wrapper of its own (`<div class="title"><h3>Mehr zum Thema</h3></div>`).
  let anchor = heading;
  while (anchor.parentElement && anchor.parentElement !== content && onlyTextIn(anchor.parentElement, anchor)) anchor = anchor.parentElement;
  let next = anchor.nextElementSibling;
  while (next && linkDensity(next) > 0.5) {
    const following = next.nextElementSibling;
    next.remove();
    next = following;
  }
  const parent = anchor.parentElement;
  anchor.remove();
  // A box that held only the heading and its links is gone entirely. (A large parent is
  // no such box but the article's wrapper; it is not read in full for every heading in it.)
  if (parent && parent !== content && (!hasInlineText(parent) || (shortInlineText(parent, maxRelatedBox) !== null && linkDensity(parent) > 0.5))) {
    removeWithEmptyParents(parent, content);
  }
}

// Longer than this, the text around a related-links heading is the article's wrapper, not the links' box.
const maxRelatedBox = 4000;

/** Whether `child` is all of `parent` that shows text. Reads only the other children, and each only up to its first text. */
function onlyTextIn(parent: DomElement, child: DomElement): boolean {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) if (node !== child && hasInlineText(node)) return false;
  return true;
}

/** The author box: the heading with the short bio under it, or the small box holding both. */
function removeAuthorBox(heading: DomElement, content: DomElement): void {
  const box = heading.parentElement;
  if (box && box !== content && shortInlineText(box, 800) !== null) {
    removeWithEmptyParents(box, content);
    return;
  }
  const bio = heading.nextElementSibling;
  if (bio && inlineText(bio).length <= 600) bio.remove();
  removeWithEmptyParents(heading, content);
}

/**
 * Removes the element and the wrappers it leaves empty. Climbing stops at the first
 * parent that still holds another element or some text: only the parent's own
 * children are looked at, never its whole text, so that a page with thousands of
 * removed lines in one container is not read again for each of them.
 */
function removeWithEmptyParents(element: DomElement, content: DomElement): void {
  let parent = element.parentElement;
  element.remove();
  while (parent && parent !== content && isEmptyWrapper(parent)) {
    const up: DomElement | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

function isEmptyWrapper(element: DomElement): boolean {
  if (element.firstElementChild !== null) return false;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE && normalizeText(child.textContent ?? '') !== '') return false;
  }
  return true;
}

/** `DOWNLOAD OUR FREE APP`, `MAYOR RESIGNS AFTER BUDGET VOTE …`: a linked line in capitals is a teaser for elsewhere. */
function isShoutedLink(text: string, element: DomElement): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && linkDensity(element) > 0.5;
}

/** A list whose every item is a link: related articles, social profiles, a table of contents. */
function isLinkList(list: DomElement): boolean {
  const items = [...list.children].filter((child) => child.localName === 'li' && inlineText(child) !== '');
  return items.length >= 2 && items.every((item) => linkDensity(item) > 0.8);
}

export function linkDensity(element: DomElement): number {
  const total = inlineText(element).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += inlineText(link).length;
  if (element.localName === 'a') linked = total;
  return Math.min(1, linked / total);
}

function comparable(text: string): string {
  return normalizeText(text).toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}
