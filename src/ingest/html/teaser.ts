import { splitGluedCredit } from '../scraped-text/credit.ts';
import { isChromeLine } from './chrome-wording.ts';
import { chromeName, classWords } from './class-words.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { inlineText, normalizeText } from './inline-text.ts';

/**
 * The teaser (Vorspann, lead, standfirst): the paragraph under the headline
 * that German news pages set apart from the body, often in the page header
 * next to the `<h1>`, where Readability does not look. Found by its name
 * (`article-lead`, `intro`, `teaser`, `standfirst` …) or because it says what
 * the page's description says, and only near the headline.
 */

const teaserWords = new Set([
  'lead', 'leadtext', 'intro', 'introduction', 'teaser', 'teasertext', 'deck', 'excerpt', 'standfirst', 'subtitle', 'subline', 'subheadline', 'abstract',
  'summary', 'description', 'vorspann', 'anriss', 'einleitung', 'sapo', 'chapo', 'bajada', 'entradilla', 'lede', 'dek', 'strapline',
]);
// Names that say the element is a list of teasers for other articles, not this one's lead.
const notTeaserWords = new Set(['list', 'item', 'items', 'related', 'more', 'card', 'cards', 'grid', 'slider', 'carousel', 'nav', 'menu', 'footer', 'sidebar', 'widget', 'image', 'img', 'picture', 'caption', 'video', 'media']);
const candidateTags = 'p, div, h2, h3, span, section, strong';

export function findTeaser(document: DomDocument, description: string | null, headlineText: string | null): string | null {
  const headline = headlineElement(document, headlineText);
  if (!headline) return null;
  const shownHeadline = comparable(inlineText(headline));
  const wanted = description ? comparable(description.replace(/(?:\s*(?:…|\.\.\.))+$/, '')) : '';
  let byDescription: string | null = null;
  for (const element of document.querySelectorAll(candidateTags)) {
    if (wanted.length < 40) break;
    const text = acceptable(element, headline, shownHeadline);
    if (text === null || element.querySelector('p, div, h2, h3, ul, ol, section, figure, img') !== null && !isSingleBlockWrapper(element)) continue;
    const own = comparable(text);
    if (own === wanted || (own.startsWith(wanted) && wanted.length >= own.length * 0.6)) {
      byDescription = text;
      break;
    }
  }
  if (byDescription !== null) return byDescription;
  // By name: the teaser box may hold a paragraph or two, or a short list (`<div class="article-intro"><p>…`).
  for (const element of document.querySelectorAll('[class], [id], [itemprop]')) {
    if (!hasTeaserName(element) || element.querySelector('figure, img, h1, article, section') !== null) continue;
    const text = acceptable(element, headline, shownHeadline);
    if (text !== null) return text;
  }
  return null;
}

/** The element's text when it may be the teaser: near the headline, not chrome, not links, not cut off. */
function acceptable(element: DomElement, headline: DomElement, shownHeadline: string): string | null {
  if (element.closest('nav, footer, aside, a, figure, form, [role="navigation"]') !== null) return null;
  const text = inlineText(element);
  if (text.length < 40 || text.length > 1000) return null;
  // A cut-off excerpt („…“, „mehr •••“) is a teaser for this page elsewhere, not its lead.
  if (/(?:\.\.\.|…|•••|»|›)\s*$/.test(text) || comparable(text) === shownHeadline) return null;
  // A caption (`… am Ufer des Sees. © Jane Doe`) or a sign-up line is no teaser.
  if (splitGluedCredit(text) !== null || isChromeLine(text)) return null;
  if (linkShare(element) > 0.3 || !isNear(element, headline) || insideChrome(element)) return null;
  return text;
}

/** The page's `<h1>`, or on pages without one the element that shows the headline. */
function headlineElement(document: DomDocument, headline: string | null): DomElement | null {
  const h1 = document.querySelector('h1');
  if (h1 || !headline) return h1;
  const wanted = comparable(headline);
  return [...document.querySelectorAll('h2, h3, [itemprop="headline"], [class*="title"], [class*="headline"]')].find((element) => comparable(inlineText(element)) === wanted) ?? null;
}

/** Author boxes, sidebars and widgets have descriptions of their own. */
function insideChrome(element: DomElement): boolean {
  for (let node: DomElement | null = element; node && node.localName !== 'body'; node = node.parentElement) {
    if (chromeName(node) === 'chrome') return true;
  }
  return false;
}

function hasTeaserName(element: DomElement): boolean {
  const words = classWords(element);
  const own = element.getAttribute('itemprop') === 'description' || words.some((word) => teaserWords.has(word));
  return own && !words.some((word) => notTeaserWords.has(word));
}

/** `<div class="lead"><p>…</p></div>`: a wrapper around one paragraph counts as that paragraph. */
function isSingleBlockWrapper(element: DomElement): boolean {
  const blocks = element.querySelectorAll('p, div, h2, h3, ul, ol, section, figure, img');
  return blocks.length === 1 && (blocks[0]?.localName === 'p' || blocks[0]?.localName === 'div');
}

/**
 * Near the headline: in the same header or article box — the lowest element
 * holding both is at most six levels above the headline — and after it.
 */
function isNear(element: DomElement, headline: DomElement): boolean {
  let common: DomElement | null = headline.parentElement;
  for (let depth = 0; depth < 6 && common; depth++) {
    if (common.contains(element)) return !element.contains(headline) && follows(headline, element);
    common = common.parentElement;
  }
  return false;
}

/** Whether `later` comes after `earlier` in document order. */
function follows(earlier: DomElement, later: DomElement): boolean {
  // Walk forward from the headline through following elements and their descendants.
  for (let node: DomElement | null = earlier; node; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === later || sibling.contains(later)) return true;
    }
  }
  return false;
}

function linkShare(element: DomElement): number {
  const total = inlineText(element).length;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += inlineText(link).length;
  return total === 0 ? 0 : linked / total;
}

export function comparable(text: string): string {
  return normalizeText(text).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}
