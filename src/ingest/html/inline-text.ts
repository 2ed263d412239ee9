import { isElement, TEXT_NODE, type DomNode } from './dom.ts';

/**
 * Readable text of HTML: what a reader sees, on one line. Elements that never
 * show text (scripts, styles, forms, embeds) count as empty.
 */

export const invisibleTags: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'form', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'button', 'input', 'select', 'textarea', 'option', 'video', 'audio', 'source', 'track', 'map', 'dialog', 'link', 'meta',
]);

/** Collapses white space; drops the soft hyphens and zero-width characters that German pages put into long words. */
export function normalizeText(text: string): string {
  return text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
}

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
