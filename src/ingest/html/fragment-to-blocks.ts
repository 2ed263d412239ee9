import type { Block } from '../../article/article.ts';
import { parseCreditLine, splitGluedCredit } from '../scraped-text/credit.ts';
import { isElement, parseFragment, TEXT_NODE, type DomElement, type DomNode } from './dom.ts';
import { hasClassWord } from './class-words.ts';
import { bareImage, figureImage, imageBlock, imageSource, isTinyImage, splitCaptionText } from './image-block.ts';
import { inlineText, invisibleTags, normalizeText } from './inline-text.ts';

/**
 * HTML → the model's body blocks. Block elements become blocks; text and
 * inline elements between them gather into paragraphs, so that a feed's
 * `text<br><br>text` and a page's `<div>text</div>` read the same as `<p>`.
 */

/** Turns an HTML fragment (article body, feed content) into the model's blocks: p → paragraph, h2–h6 → subheading, blockquote → quote, ul/ol → list, figure/img with figcaption → image (caption/credit split where the caption ends in "Foto: …", "Bild: …", "© …"), drops scripts/styles/forms/iframes, resolves relative URLs against baseUrl, skips empty text. Every block must satisfy blockSchema in src/article/article.ts. */
export function fragmentToBlocks(html: string, baseUrl: string | null): Block[] {
  return elementToBlocks(parseFragment(html), baseUrl);
}

/** The blocks of an element's content (the element itself is a container). */
export function elementToBlocks(root: DomElement, baseUrl: string | null): Block[] {
  const walk: Walk = { blocks: [], inline: [], baseUrl, depth: 0 };
  walkChildren(root, walk);
  flush(walk);
  return walk.blocks;
}

interface Walk {
  blocks: Block[];
  /** Text of the paragraph being gathered. */
  inline: string[];
  baseUrl: string | null;
  /** How deep the walk is in nested elements. */
  depth: number;
}

/**
 * Deeper than any real article's markup. Below it the rest is read as plain
 * text: a hostile feed nesting thousands of elements must not exhaust the
 * stack.
 */
const maxDepth = 100;

// Elements that only style text; one that holds a block element is a container after all.
const inlineTags = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr',
]);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const blockSelector = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, figure, table, pre, section, article, img, br, hr';
const maxListItems = 200;

function walkChildren(element: DomElement, walk: Walk): void {
  if (walk.depth >= maxDepth) {
    walk.inline.push(element.textContent ?? '');
    return;
  }
  walk.depth++;
  try {
    for (const child of element.childNodes) walkNode(child, walk);
  } finally {
    walk.depth--;
  }
}

function walkNode(node: DomNode, walk: Walk): void {
  if (node.nodeType === TEXT_NODE) {
    walk.inline.push(node.textContent ?? '');
    return;
  }
  if (!isElement(node)) return;
  const tag = node.localName;
  if (invisibleTags.has(tag) || tag === 'nav' || tag === 'head' || tag === 'title') return;
  if (tag === 'br') {
    // Two line breaks in a row end a paragraph (feeds write paragraphs so); one is a space.
    if (previousIsBreak(node)) flush(walk);
    else walk.inline.push(' ');
    return;
  }
  if (inlineTags.has(tag) && node.querySelector(blockSelector) === null) {
    walk.inline.push(textWithSpaces(node));
    return;
  }
  flush(walk);
  if (tag !== 'figure' && tag !== 'figcaption' && hasClassWord(node, captionWords)) {
    caption(node, walk);
    return;
  }
  if (headingTags.has(tag)) push(walk, { type: 'subheading', text: inlineText(node) });
  else if (tag === 'blockquote') quote(node, walk);
  else if (tag === 'ul' || tag === 'ol') list(node, walk);
  else if (tag === 'dl') definitionList(node, walk);
  else if (tag === 'figure') figure(node, walk);
  else if (tag === 'img') image(node, walk);
  else if (tag === 'picture') {
    const img = node.querySelector('img');
    if (img) image(img, walk);
  } else if (tag === 'table') table(node, walk);
  else if (tag === 'pre') push(walk, { type: 'paragraph', text: inlineText(node) });
  else if (tag === 'p' && isBoldOnly(node)) push(walk, { type: 'subheading', text: inlineText(node) });
  else if (tag !== 'hr') walkChildren(node, walk);
  flush(walk);
}

/** Inline text keeps `<br>` as a space and leaves invisible elements out. */
function textWithSpaces(element: DomElement): string {
  // Keep the outer white space, which separates this element from its neighbours.
  const raw = element.textContent ?? '';
  const lead = /^\s/.test(raw) ? ' ' : '';
  const trail = /\s$/.test(raw) ? ' ' : '';
  return lead + inlineText(element) + trail;
}

function previousIsBreak(br: DomElement): boolean {
  let previous = br.previousSibling;
  while (previous && previous.nodeType === TEXT_NODE && (previous.textContent ?? '').trim() === '') previous = previous.previousSibling;
  return previous !== null && isElement(previous) && previous.localName === 'br';
}

function flush(walk: Walk): void {
  const text = normalizeText(walk.inline.join(''));
  walk.inline = [];
  if (text === '') return;
  const last = walk.blocks.at(-1);
  // A credit (or caption with credit) printed as text right under a picture belongs to the picture.
  if (last?.type === 'image' && last.image.credit === '') {
    const credit = parseCreditLine(text);
    if (credit !== null) {
      last.image.credit = credit;
      return;
    }
    const glued = last.image.caption === '' && text.length <= 300 ? splitGluedCredit(text) : null;
    if (glued) {
      last.image.caption = glued.caption;
      last.image.credit = glued.credit;
      last.text = glued.caption;
      return;
    }
  }
  walk.blocks.push({ type: 'paragraph', text });
}

function push(walk: Walk, block: Block): void {
  if (block.type !== 'image' && block.text.trim() === '') return;
  walk.blocks.push(block);
}

/** `<p><strong>Was heißt das für Mieter?</strong></p>`: many German pages write subheadings so. */
function isBoldOnly(paragraph: DomElement): boolean {
  const text = inlineText(paragraph);
  if (text === '' || text.length > 120 || /[.:,;]$/.test(text)) return false;
  const bold = [...paragraph.children].filter((child) => child.localName === 'strong' || child.localName === 'b');
  if (bold.length !== 1 || paragraph.children.length !== 1) return false;
  return inlineText(bold[0] as DomElement) === text;
}

function quote(blockquote: DomElement, walk: Walk): void {
  // The speaker stands in <footer> or <cite>, or in a last line opened by a dash.
  const marked = [...blockquote.children].find((child) => child.localName === 'footer' || child.localName === 'cite');
  let attribution = marked ? inlineText(marked).replace(/^[—–-]\s*/, '') : '';
  // Paragraphs of the quote, and the text between them (tweets put the speaker after the last <p>).
  const parts: string[] = [];
  let loose = '';
  for (const child of blockquote.childNodes) {
    if (child === marked) continue;
    if (isElement(child) && blockTagsInQuote.has(child.localName)) {
      if (normalizeText(loose) !== '') parts.push(normalizeText(loose));
      loose = '';
      parts.push(inlineText(child));
    } else {
      loose += isElement(child) ? textWithSpaces(child) : (child.textContent ?? '');
    }
  }
  if (normalizeText(loose) !== '') parts.push(normalizeText(loose));
  const kept = parts.filter((part) => part !== '');
  if (!marked && kept.length > 1 && /^[—–-]\s*\S/.test(kept.at(-1) ?? '')) attribution = (kept.pop() ?? '').replace(/^[—–-]\s*/, '');
  const text = normalizeText(kept.join(' '));
  if (text === '') return;
  walk.blocks.push(attribution !== '' ? { type: 'quote', text, attribution } : { type: 'quote', text });
}

const blockTagsInQuote = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section']);

function list(element: DomElement, walk: Walk): void {
  const items: string[] = [];
  collectItems(element, items);
  pushList(walk, items, element.localName === 'ol');
}

/** Items of a list; a nested list's items follow their parent item. */
function collectItems(list: DomElement, items: string[]): void {
  for (const item of list.children) {
    if (item.localName !== 'li') continue;
    const nested = [...item.querySelectorAll('ul, ol')];
    const own = normalizeText(
      [...item.childNodes]
        .filter((child) => !(isElement(child) && (child.localName === 'ul' || child.localName === 'ol')))
        .map((child) => (isElement(child) ? textWithSpaces(child) : (child.textContent ?? '')))
        .join(''),
    );
    if (own !== '') items.push(own);
    for (const sub of nested) if (sub.parentElement?.closest('li') === item) collectItems(sub, items);
  }
}

function definitionList(element: DomElement, walk: Walk): void {
  const items: string[] = [];
  for (const child of element.querySelectorAll('dt, dd')) {
    const text = inlineText(child);
    if (text === '') continue;
    if (child.localName === 'dd' && items.length > 0 && element.querySelector('dt')) items[items.length - 1] += `: ${text}`;
    else items.push(text);
  }
  pushList(walk, items, false);
}

function pushList(walk: Walk, items: string[], ordered: boolean): void {
  for (let start = 0; start < items.length; start += maxListItems) {
    const chunk = items.slice(start, start + maxListItems);
    walk.blocks.push(ordered ? { type: 'list', text: '', items: chunk, ordered: true } : { type: 'list', text: '', items: chunk });
  }
}

function figure(element: DomElement, walk: Walk): void {
  // A figure may frame a quote, a table or a chart instead of a photo.
  if (element.querySelector('img') === null) {
    const caption = element.querySelector('figcaption');
    for (const child of element.childNodes) if (child !== caption) walkNode(child, walk);
    flush(walk);
    if (caption) push(walk, { type: 'paragraph', text: inlineText(caption) });
    return;
  }
  const block = figureImage(element, walk.baseUrl);
  if (block) walk.blocks.push(block);
}

// Names of caption and credit elements outside <figure> (`wp-caption-text`, `media__caption`, `img__credit`).
const captionWords = new Set(['caption', 'captions', 'credit', 'credits', 'copyright', 'bildunterschrift', 'bildnachweis', 'bildquelle', 'bu', 'imagecaption', 'figcaption', 'legende', 'photocredit', 'fotocredit']);

/**
 * A caption element outside <figure>: with a picture inside (`<div class="wp-caption"><img><p>…`)
 * it is a figure; otherwise it belongs to the picture just before it, or to none (then it goes,
 * since a caption without its picture is no body text).
 */
function caption(element: DomElement, walk: Walk): void {
  const img = [...element.querySelectorAll('img')].find((candidate) => !isTinyImage(candidate) && imageSource(candidate, walk.baseUrl) !== null);
  if (img) {
    const src = imageSource(img, walk.baseUrl);
    const captionElement = [...element.querySelectorAll('*')].find((child) => !child.querySelector('img') && hasClassWord(child, captionWords) && inlineText(child) !== '');
    const split = splitCaptionText(captionElement ? inlineText(captionElement) : '');
    walk.blocks.push(imageBlock({ ...(src !== null ? { src } : {}), alt: normalizeText(img.getAttribute('alt') ?? ''), ...split }));
    return;
  }
  const text = inlineText(element);
  const last = walk.blocks.at(-1);
  if (text === '' || last?.type !== 'image') return;
  const split = splitCaptionText(text);
  if (last.image.caption === '' && split.caption !== '') {
    last.image.caption = split.caption;
    last.text = split.caption;
  }
  if (last.image.credit === '' && split.credit !== '') last.image.credit = split.credit;
}

function image(img: DomElement, walk: Walk): void {
  const block = bareImage(img, walk.baseUrl);
  if (block) walk.blocks.push(block);
}

/** Data tables become one paragraph per row; a table that lays out a page is walked as a container. */
function table(element: DomElement, walk: Walk): void {
  if (element.querySelector('p, div, table table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, img') !== null) {
    walkChildren(element, walk);
    return;
  }
  for (const row of element.querySelectorAll('tr')) {
    const cells = [...row.children].map(inlineText).filter((text) => text !== '');
    push(walk, { type: 'paragraph', text: cells.join(' | ') });
  }
}
