import type { DomDocument, DomElement } from './dom.ts';
import { proseLength } from './prose-length.ts';

/**
 * The element a page marks as its article's body by a published convention:
 * schema.org microdata (`itemprop="articleBody"`) and the hAtom microformat
 * (`entry-content`, which WordPress and most blog themes print). Readability
 * scores blocks by their text and can pick an author box, a list of
 * signatories or a newsletter form over a short article; a page that names
 * its body has already answered the question.
 *
 * Only an unambiguous mark counts: one outermost element of its kind (an
 * overview page marks every post) that holds some prose.
 */
export function markedArticleBody(document: DomDocument): DomElement | null {
  for (const selector of markSelectors) {
    const marked = [...document.querySelectorAll(selector)].filter(
      (element) => !element.parentElement?.closest(selector) && !element.closest(besideTheArticle),
    );
    if (marked.length === 1 && proseLength(marked[0]!) >= minMarkedProse) return marked[0]!;
  }
  return null;
}

/** The document's body reduced to the marked element: Readability then looks for the article only inside it. */
export function narrowToMarkedBody(document: DomDocument): boolean {
  const marked = markedArticleBody(document);
  const body = document.body;
  if (!marked || !body || marked.contains(body)) return false;
  const teaser = itemTeaser(marked);
  marked.remove();
  teaser?.remove();
  body.innerHTML = '';
  if (teaser) body.append(teaser);
  body.append(marked);
  return true;
}

/**
 * The teaser that schema.org puts beside the body in the same item (`itemprop="description"`,
 * as TYPO3's news pages print their Vorspann): it is article text too.
 */
function itemTeaser(articleBody: DomElement): DomElement | null {
  if (!articleBody.matches('[itemprop~="articleBody"]')) return null;
  const item = articleBody.parentElement?.closest('[itemscope]');
  const teaser = item?.querySelector('[itemprop~="description"]:not(meta)');
  return teaser && !articleBody.contains(teaser) && !teaser.contains(articleBody) && teaser.closest('[itemscope]') === item ? teaser : null;
}

// Strongest mark first: microdata names the body exactly, `entry-content` may also hold the share bar.
const markSelectors = ['[itemprop~="articleBody"]', '.entry-content'];
// A mark in a sidebar, a menu, a footer or a form is a teaser of another post, not this page's article.
const besideTheArticle = 'aside, nav, footer, header, form, [role="complementary"]';
// Characters of prose (about fifteen words) below which a marked element is an empty frame that scripts fill.
const minMarkedProse = 100;
