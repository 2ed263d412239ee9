import { isElement, TEXT_NODE, type DomNode } from './dom.ts';
import { invisibleTags } from './inline-text.ts';

/**
 * Length of the visible text that is not link text: what a page has to say, without its menus and teasers.
 * Walked with a stack of its own, not by recursion: a page nesting thousands of elements must not exhaust the call stack.
 */
export function proseLength(root: DomNode): number {
  let length = 0;
  const pending: DomNode[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.nodeType === TEXT_NODE) {
      length += (node.textContent ?? '').replace(/\s+/g, '').length;
      continue;
    }
    if (!isElement(node) || node.localName === 'a' || invisibleTags.has(node.localName)) continue;
    for (const child of node.childNodes) pending.push(child);
  }
  return length;
}
