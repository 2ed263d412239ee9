import type { ArticleDraft } from '../../article/draft.ts';
import { DepescheError } from '../../errors.ts';
import { blocksToText } from './blocks-to-text.ts';
import { parseDocument as parseWithLinkedom, type DomDocument } from './dom.ts';
import { elementToBlocks } from './fragment-to-blocks.ts';
import { readMetadata } from './page-metadata.ts';
import { readabilityContent } from './readability-content.ts';
import { removeChrome } from './remove-chrome.ts';

export interface ExtractedPage {
  draft: ArticleDraft;
  /** the main text as plain text, paragraphs separated by blank lines — what the benchmarks score */
  text: string;
  canonicalUrl: string | null;
  siteName: string | null;
}

export interface ExtractOptions {
  /** The HTML parser; linkedom unless a caller (the benchmark) compares another DOM. */
  parseDocument?: (html: string, url: string) => DomDocument;
}

/** Throws DepescheError('no_article', …German message…) when the page has no article. */
export function extractArticle(html: string, url: string, options: ExtractOptions = {}): ExtractedPage {
  const document = (options.parseDocument ?? parseWithLinkedom)(html, url);
  const metadata = readMetadata(document, url);
  removeChrome(document);
  const found = readabilityContent(document);
  if (!found) throw noArticle(url);
  const body = elementToBlocks(found.content, url);
  const text = blocksToText('', body);
  const siteName = metadata.siteName;
  const draft: ArticleDraft = {
    section: metadata.section,
    headline: metadata.headline ?? '',
    lead: metadata.description ?? '',
    heroImage: null,
    keyPoints: [],
    body,
    sources: [{ name: siteName ?? hostOf(url), url }],
    entities: [],
    tags: metadata.tags,
    authors: metadata.authors,
    language: metadata.language,
    publishedAt: metadata.publishedAt,
  };
  return { draft, text, canonicalUrl: metadata.canonicalUrl, siteName };
}

function noArticle(url: string): DepescheError {
  return new DepescheError(
    'no_article',
    `Auf ${url} wurde kein Artikel gefunden: die Seite hat keinen zusammenhängenden Text. Bitte die Adresse eines einzelnen Artikels angeben, nicht die einer Übersichts-, Anmelde- oder Fehlerseite.`,
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
