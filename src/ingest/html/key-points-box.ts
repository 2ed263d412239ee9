import type { KeyPoint } from '../../article/article.ts';
import { isKeyPointsHeading } from '../scraped-text/key-points.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { inlineText } from './inline-text.ts';

/**
 * The editors' summary box („Das Wichtigste in Kürze“, „Auf einen Blick“,
 * „Die wichtigsten Punkte“, „Kurz zusammengefasst“): the list after such a
 * heading becomes the article's key points, and the box leaves the page so
 * that its items are not read again as body text.
 */

const maxKeyPoints = 10;
const headingTags = 'h2, h3, h4, h5, h6, p, strong, b, div, span, dt, header, legend, summary, figcaption';
const extraHeadings = /^(?:kurz zusammengefasst|zusammengefasst|die wichtigsten punkte|das wichtigste in kürze|auf einen blick)\s*[:.]?$/i;

export function takeKeyPoints(document: DomDocument): KeyPoint[] {
  for (const heading of document.querySelectorAll(headingTags)) {
    if (heading.querySelector('ul, ol, p, div, h2, h3, h4') !== null) continue;
    const text = inlineText(heading);
    if (text === '' || text.length > 80 || !(isKeyPointsHeading(text) || extraHeadings.test(text))) continue;
    const list = listAfter(heading);
    if (!list) continue;
    const items = [...list.querySelectorAll('li')].map(inlineText).filter((item) => item !== '');
    if (items.length === 0) continue;
    removeBox(heading, list);
    return items.slice(0, maxKeyPoints).map((item) => ({ text: item, origin: 'editor' }));
  }
  return [];
}

/** The first list after the heading, within the heading's box: no other text may stand between them. */
function listAfter(heading: DomElement): DomElement | null {
  let anchor: DomElement = heading;
  for (let level = 0; level < 3; level++) {
    for (let sibling = anchor.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.localName === 'ul' || sibling.localName === 'ol') return sibling;
      const inner = sibling.querySelector('ul, ol');
      if (inner && textBefore(sibling, inner) === '') return inner;
      if (inlineText(sibling) !== '') return null;
    }
    // `<header><h2>Auf einen Blick</h2></header><ul>…`: look after the parent when the heading is all it says.
    const parent = anchor.parentElement;
    if (!parent || inlineText(parent) !== inlineText(anchor)) return null;
    anchor = parent;
  }
  return null;
}

/** Text inside `container` before `inner` starts. */
function textBefore(container: DomElement, inner: DomElement): string {
  const whole = inlineText(container);
  const own = inlineText(inner);
  const at = whole.indexOf(own);
  return at <= 0 ? '' : whole.slice(0, at).trim();
}

/** Removes heading and list, and the box around them when it holds nothing else. */
function removeBox(heading: DomElement, list: DomElement): void {
  let box: DomElement | null = list.parentElement;
  while (box && !box.contains(heading)) box = box.parentElement;
  const boxText = box ? inlineText(box) : '';
  const boxOnly = box !== null && box.localName !== 'body' && box.localName !== 'article' && box.localName !== 'main' && boxText.length <= inlineText(heading).length + inlineText(list).length + 2;
  if (boxOnly && box) {
    box.remove();
    return;
  }
  heading.remove();
  list.remove();
}
