import type { ArticleDraft } from '../../article/draft.ts';
import { DepescheError } from '../../errors.ts';
import { parseByline } from '../scraped-text/byline.ts';
import { blocksToText } from './blocks-to-text.ts';
import { cleanContent } from './clean-content.ts';
import { flattenDeepNesting, parseDocument as parseWithLinkedom, type DomDocument } from './dom.ts';
import { elementToBlocks } from './fragment-to-blocks.ts';
import { findHeroImage } from './hero-image.ts';
import { inlineText, normalizeText } from './inline-text.ts';
import { takeKeyPoints } from './key-points-box.ts';
import { leadAndBody } from './lead-and-body.ts';
import { pageTitle, readMetadata } from './page-metadata.ts';
import { readabilityContent } from './readability-content.ts';
import { removeChrome } from './remove-chrome.ts';
import { findTeaser } from './teaser.ts';
import { narrowToMarkedBody } from './marked-article-body.ts';
import { hostnameOf } from './resolve-url.ts';

/**
 * A fetched page → an article draft. Mozilla's Readability finds the
 * article's element; around it, what German news pages need: metadata from
 * Open Graph and JSON-LD, the teaser from the page header, the key points
 * box, the lead picture with its credit, and chrome removed by name and by
 * wording before and after Readability.
 */

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

// Fewer words than this in paragraphs is a teaser page, a login wall or an error page, not an article…
const minArticleWords = 25;
// …unless the page says it is a dated, freely readable article (see `declaresArticle`): a blog post of two lines is still a post.
const minDeclaredArticleWords = 10;

/** Throws DepescheError('no_article', …German message…) when the page has no article. */
export function extractArticle(html: string, url: string, options: ExtractOptions = {}): ExtractedPage {
  const parseAs = options.parseDocument ?? parseWithLinkedom;
  const parse = (source: string, address: string): DomDocument => {
    const parsed = parseAs(source, address);
    flattenDeepNesting(parsed.documentElement);
    return parsed;
  };
  const document = parse(html, url);
  // Everything read from the page as it is, before Readability and the cleaning change it.
  const metadata = readMetadata(document, url);
  const headlines = [metadata.headline, pageTitle(document), ...[...document.querySelectorAll('h1')].map(inlineText)].filter(
    (text): text is string => !!text,
  );
  const teaser = findTeaser(document, metadata.description, metadata.headline);
  const heroImage = findHeroImage(document, metadata.image, url);
  const keyPoints = takeKeyPoints(document);
  const found = { teaser, description: metadata.description, heroImage, keyPoints };

  const minWords = metadata.declaresArticle ? minDeclaredArticleWords : minArticleWords;
  removeChrome(document);
  narrowToMarkedBody(document);
  let attempt = mainText(document, url, headlines, found);
  if (wordCount(attempt.text) < minArticleWords) {
    // Removing chrome by name can take a page's only text box with it (a blog post in a
    // `widget`), and a marked body can be the wrong box: then Readability also gets the page
    // as it came, and the longer text wins (a short post stays short either way).
    const fresh = parse(html, url);
    takeKeyPoints(fresh);
    const second = mainText(fresh, url, headlines, found);
    if (wordCount(second.text) >= wordCount(attempt.text)) attempt = second;
  }
  const { content, result, text } = attempt;
  if (!content || !result || wordCount(text) < minWords) throw noArticle(url);
  const { lead, body, heroImage: hero } = result;

  const headline = metadata.headline || content.title || headlines[0] || '';
  if (headline === '') throw new DepescheError('no_headline', `Auf ${url} wurde keine Überschrift gefunden (kein <h1>, kein <title>, kein og:title). Bitte die Überschrift von Hand eintragen.`);
  const siteName = metadata.siteName;
  const draft: ArticleDraft = {
    section: metadata.section,
    headline,
    lead,
    heroImage: hero,
    keyPoints,
    body,
    sources: [{ name: siteName ?? hostnameOf(url)?.replace(/^www\./, '') ?? url, url }],
    entities: [],
    tags: metadata.tags,
    authors: metadata.authors.length > 0 ? metadata.authors : bylineAuthors(content.byline),
    language: metadata.language,
    publishedAt: metadata.publishedAt,
  };
  return { draft, text, canonicalUrl: metadata.canonicalUrl, siteName };
}

/** Readability's element, cleaned, as lead and body blocks and as text. */
function mainText(document: DomDocument, url: string, headlines: readonly string[], found: Parameters<typeof leadAndBody>[1]) {
  const content = readabilityContent(document);
  if (!content) return { content, result: null, text: '' };
  cleanContent(content.content, { headlines });
  const result = leadAndBody(elementToBlocks(content.content, url), found);
  return { content, result, text: blocksToText(result.leadOnPage ? result.lead : '', result.body) };
}

function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const line = normalizeText(byline);
  return parseByline(line) ?? parseByline(`Von ${line}`) ?? [];
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function noArticle(url: string): DepescheError {
  return new DepescheError(
    'no_article',
    `Auf ${url} wurde kein Artikel gefunden: die Seite hat keinen zusammenhängenden Text. Bitte die Adresse eines einzelnen Artikels angeben, nicht die einer Übersichts-, Anmelde- oder Fehlerseite.`,
  );
}
