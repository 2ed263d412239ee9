import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { DomDocument } from '../../src/ingest/html/dom.ts';
import { parseDocument as parseWithLinkedom } from '../../src/ingest/html/dom.ts';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/ingest/html/extract-article.ts';
import { isDepescheError } from '../../src/errors.ts';

/** An extractor under test: page → main text ('' when it finds none). */
export interface Extractor {
  name: string;
  extract(html: string, url: string): string;
}

export type DomName = 'linkedom' | 'jsdom';

function parseWithJsdom(html: string, url: string): DomDocument {
  // No scripts, no resources, no console noise: a parser, as linkedom is.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document as unknown as DomDocument;
}

export const parsers: Record<DomName, (html: string, url: string) => DomDocument> = {
  linkedom: (html) => parseWithLinkedom(html),
  jsdom: parseWithJsdom,
};

/** The library as it comes: Readability on the same DOM, `.textContent` of its result. */
export function bareReadability(dom: DomName): Extractor {
  return {
    name: `Readability 0.6 (bare, ${dom})`,
    extract(html, url) {
      try {
        // The library's own way in: linkedom's parseHTML as it is (our parseDocument repairs some pages).
        const document = dom === 'linkedom' ? parseHTML(html).document : parsers.jsdom(html, url);
        return new Readability(document as never).parse()?.textContent ?? '';
      } catch {
        // jsdom's CSS parser throws on some style sheets; a page that cannot be parsed has no text.
        return '';
      }
    },
  };
}

export function depesche(dom: DomName): Extractor {
  return {
    name: `Depesche extractArticle (${dom})`,
    extract(html, url) {
      try {
        return extractArticle(html, url, { parseDocument: parsers[dom] }).text;
      } catch (error) {
        // A page without article or headline: the desk gets an error, the benchmark an empty text.
        if (isDepescheError(error)) return '';
        if (dom === 'jsdom') return '';
        throw error;
      }
    },
  };
}
