import { parseHTML } from 'linkedom';

/**
 * The few DOM members the extractor uses. The project compiles without the
 * browser DOM types, and the same code runs on linkedom (the default) and
 * jsdom (which the benchmark measures against), so both are held to this
 * shape instead of either one's own types.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  /** Lower case for HTML elements. */
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement> & Iterable<DomElement>;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  id: string;
  className: string;
  innerHTML: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement> & Iterable<DomElement>;
  closest(selectors: string): DomElement | null;
  matches(selectors: string): boolean;
  contains(other: DomNode | null): boolean;
  remove(): void;
  append(...nodes: (DomNode | string)[]): void;
  replaceWith(...nodes: (DomNode | string)[]): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  title: string;
  createElement(tagName: string): DomElement;
  createTextNode(text: string): DomNode;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** A whole page as a document (linkedom: an HTML parser without layout, fast enough for every fetched page). */
export function parseDocument(html: string): DomDocument {
  // linkedom builds no <html>/<body> around a page that lacks them, so a bare page gets the skeleton.
  if (!/<html[\s>]/i.test(html)) return wrapped(html, '');
  const document = parseHTML(html).document as unknown as DomDocument;
  // linkedom is no HTML5 tree builder: a <style> before the doctype or a second <html> in a
  // conditional comment leaves the article outside <body>. Such a page is parsed again with
  // its skeleton tags taken out, as a browser would have placed them.
  if (document.documentElement?.localName === 'html' && document.body && hasMostText(document.body, document)) return document;
  const lang = /<html[^>]*\slang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1] ?? '';
  return wrapped(html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi, ''), lang);
}

function wrapped(content: string, lang: string): DomDocument {
  const attribute = lang === '' ? '' : ` lang="${lang.replace(/[^\w-]/g, '')}"`;
  return parseHTML(`<!doctype html><html${attribute}><head></head><body>${content}</body></html>`).document as unknown as DomDocument;
}

function hasMostText(body: DomElement, document: DomDocument): boolean {
  const inBody = body.querySelectorAll('p').length;
  const all = document.querySelectorAll('p').length;
  return inBody >= all * 0.8;
}

/**
 * Deeper than any real page's markup. Below it an element keeps only its text:
 * Readability and the cleaning walk the tree by recursion, and a hostile page
 * nesting thousands of elements must not exhaust the stack (nor take seconds).
 */
export const maxPageDepth = 200;

/** Reads everything nested deeper than `maxDepth` below `root` as plain text. Walks with a stack of its own. */
export function flattenDeepNesting(root: DomElement, maxDepth: number = maxPageDepth): void {
  const pending: [DomElement, number][] = [[root, 0]];
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const [element, depth] = entry;
    if (depth >= maxDepth) {
      if (element.firstElementChild !== null) element.textContent = element.textContent;
      continue;
    }
    for (const child of element.children) pending.push([child, depth + 1]);
  }
}

/** An HTML fragment as the body of an otherwise empty document. */
export function parseFragment(html: string): DomElement {
  const document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as DomDocument;
  if (!document.body) throw new Error('linkedom built no <body>');
  return document.body;
}
