import { isElement, TEXT_NODE, type DomNode } from './dom.ts';
import { dropInvisible, normalizeText } from '../../text/invisible-characters.ts';

/**
 * Readable text of HTML: what a reader sees, on one line. Elements that never
 * show text (scripts, styles, forms, embeds) count as empty.
 */

export const invisibleTags: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'form', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'button', 'input', 'select', 'textarea', 'option', 'video', 'audio', 'source', 'track', 'map', 'dialog', 'link', 'meta',
]);

export { normalizeText };

/** The text of a node, `<br>` read as a space, invisible elements left out. */
export function inlineText(node: DomNode): string {
  return normalizeText(rawText(node));
}

function rawText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node)) return '';
  if (invisibleTags.has(node.localName)) return '';
  if (node.localName === 'br') return ' ';
  let text = '';
  for (const child of node.childNodes) text += rawText(child);
  return text;
}

/**
 * The pieces of `rawText`, in document order, so that a reader may stop early. Walks
 * sibling by sibling (a parent's list of children is never built: on a container of
 * thousands that alone would cost as much as reading it) and without recursion.
 */
function* rawPieces(root: DomNode): Generator<string> {
  let node: DomNode | null = root;
  while (node !== null) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) yield node.textContent ?? '';
    else if (isElement(node) && !invisibleTags.has(node.localName)) {
      if (node.localName === 'br') yield ' ';
      else enter = node.firstChild !== null;
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // On to the next sibling, or to the parent's next sibling, never beyond `root`.
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
}

/**
 * `inlineText` of a node that may be large, when only a short text matters: null as
 * soon as it is known to be longer than `maxLength`. Reads no further than that.
 */
export function shortInlineText(node: DomNode, maxLength: number): string | null {
  let text = '';
  for (const piece of rawPieces(node)) {
    text += piece;
    // White space is collapsed now and then (never trimmed: a space may part two pieces).
    if (text.length > 2 * maxLength + 2) {
      text = dropInvisible(text).replace(/\s+/g, ' ');
      if (text.length > maxLength + 2) return null;
    }
  }
  const normalized = normalizeText(text);
  return normalized.length > maxLength ? null : normalized;
}

/** Whether a node shows any text; stops at the first it finds. */
export function hasInlineText(node: DomNode): boolean {
  for (const piece of rawPieces(node)) if (normalizeText(piece) !== '') return true;
  return false;
}
