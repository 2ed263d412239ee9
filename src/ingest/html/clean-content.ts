import { isAboutAuthorHeading, isBylineOrDate, isChromeLine, isReadMoreLine, isRelatedHeading } from './chrome-wording.ts';
import type { DomElement } from './dom.ts';
import { inlineText, normalizeText } from './inline-text.ts';

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
// A caption whose picture is gone: `… in Littleton, Colo. (AP Photo/David Zalubowski)`, `(Image: GETTY)`.
const orphanCaption = /\((?:image|images|photo|photos|picture|foto|fotos|bild|bilder|credit|quelle|source)\b[^()]{0,100}\)\s*$|\((?:AP|AFP|Reuters|dpa|Getty Images|EPA)\b[^()]{0,60}(?:photo|foto|images)[^()]{0,60}\)\s*$/i;
const contactLine = /^(?:\S+@\S+\.[a-z]{2,}|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S*)$/i;

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
      contactLine.test(text)
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
  while (anchor.parentElement && anchor.parentElement !== content && inlineText(anchor.parentElement) === inlineText(heading)) anchor = anchor.parentElement;
  let next = anchor.nextElementSibling;
  while (next && linkDensity(next) > 0.5) {
    const following = next.nextElementSibling;
    next.remove();
    next = following;
  }
  const parent = anchor.parentElement;
  anchor.remove();
  // A box that held only the heading and its links is gone entirely.
  if (parent && parent !== content && (inlineText(parent) === '' || linkDensity(parent) > 0.5)) removeWithEmptyParents(parent, content);
}

/** The author box: the heading with the short bio under it, or the small box holding both. */
function removeAuthorBox(heading: DomElement, content: DomElement): void {
  const box = heading.parentElement;
  if (box && box !== content && inlineText(box).length <= 800) {
    removeWithEmptyParents(box, content);
    return;
  }
  const bio = heading.nextElementSibling;
  if (bio && inlineText(bio).length <= 600) bio.remove();
  removeWithEmptyParents(heading, content);
}

function removeWithEmptyParents(element: DomElement, content: DomElement): void {
  let parent = element.parentElement;
  element.remove();
  while (parent && parent !== content && inlineText(parent) === '' && parent.querySelector('img') === null) {
    const up: DomElement | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

/** `CLICK HERE TO GET THE APP`, `SEAN SPICER ELIMINATED FROM …`: a linked line in capitals is a teaser for elsewhere. */
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
