/**
 * Reading the shared data and turning it into valid Articles, the same way
 * for the relevance and the speed benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { articleSchema, type Article, type Block } from '../../src/article/article.ts';
import { slugify } from '../../src/article/slug.ts';
import { isStopword } from '../../src/text/stopwords.ts';
import { tokenize } from '../../src/text/tokens.ts';

export interface KlexikonPair {
  title: string;
  /** One sentence per line, a blank line between paragraphs; headings start with `=`. */
  wikipedia: string;
  /** The children's-lexicon article, same layout. */
  klexikon: string;
}

export interface GnadRecord {
  id: string;
  label: string;
  /** Title/lead and body run together. */
  text: string;
}

export function dataFiles(dataDir: string): { klexikon: string[]; gnad: string } {
  const files = {
    klexikon: ['train', 'validation'].map((split) => resolve(dataDir, `klexikon/${split}.jsonl.gz`)),
    gnad: resolve(dataDir, '10kgnad/articles.jsonl'),
  };
  for (const file of [...files.klexikon, files.gnad]) {
    if (!existsSync(file)) throw new Error(`${file} not found; pass the shared data folder with --data DIR`);
  }
  return files;
}

const jsonLines = (text: string): Record<string, unknown>[] =>
  text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);

export function readKlexikon(files: string[]): KlexikonPair[] {
  return files.flatMap((file) =>
    jsonLines(gunzipSync(readFileSync(file)).toString('utf8')).map((record) => ({
      title: String(record.title),
      wikipedia: String(record.source_wikipedia),
      klexikon: String(record.target_klexikon),
    })),
  );
}

export function readGnad(file: string): GnadRecord[] {
  return jsonLines(readFileSync(file, 'utf8')).map((record) => ({
    id: String(record.id),
    label: String(record.label),
    text: String(record.text),
  }));
}

/** Paragraphs of the one-sentence-per-line layout, each still with its line breaks. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/u).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
}

/**
 * A Wikipedia paragraph as body blocks: a first line starting with `=` is a
 * subheading (a few paragraphs carry text under it), the other lines are
 * one paragraph of running text.
 */
export function wikipediaBlocks(paragraph: string): Block[] {
  const lines = paragraph.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const blocks: Block[] = [];
  if (lines[0]?.startsWith('=')) {
    const heading = lines.shift()!.replace(/^=+|=+$/gu, '').trim();
    if (heading !== '') blocks.push({ type: 'subheading', text: heading });
  }
  if (lines.length > 0) blocks.push({ type: 'paragraph', text: lines.join(' ') });
  return blocks;
}

/**
 * Content words, the units of every generated query: tokens (hyphenated
 * words split into their parts) of at least four characters, without
 * digits, that are not stop words.
 */
export function contentWords(text: string): string[] {
  return tokenize(text, { splitHyphens: true }).filter((word) => word.length >= 4 && !/\p{N}/u.test(word) && !isStopword(word));
}

const MAX_HEADLINE = 300;

export interface ArticleFields {
  id: string;
  section: string;
  headline: string;
  lead: string;
  body: Block[];
  publishedAt: string;
}

/**
 * A published article of the model. A headline over the model's limit is
 * cut at a word and the rest begins the lead, so no text is lost.
 */
export function benchArticle(fields: ArticleFields): Article {
  let { headline, lead } = fields;
  if (headline.length > MAX_HEADLINE) {
    const cut = headline.lastIndexOf(' ', MAX_HEADLINE);
    const at = cut > 0 ? cut : MAX_HEADLINE;
    lead = `${headline.slice(at).trim()} ${lead}`.trim();
    headline = headline.slice(0, at).trim();
  }
  return {
    id: fields.id,
    slug: [slugify(headline), fields.id.toLowerCase().replace(/[^a-z0-9]+/gu, '-')].filter((part) => part !== '').join('-'),
    section: fields.section,
    headline,
    lead,
    heroImage: null,
    keyPoints: [],
    body: fields.body,
    sources: [],
    entities: [],
    tags: [],
    authors: [],
    language: 'de',
    status: 'published',
    publishedAt: fields.publishedAt,
    updatedAt: fields.publishedAt,
  };
}

/** The model's own check, so that the figures are about articles the product could hold. */
export function assertValid(articles: readonly Article[]): void {
  for (const article of articles) {
    const checked = articleSchema.safeParse(article);
    if (!checked.success) throw new Error(`${article.id}: ${checked.error.message}`);
  }
}
