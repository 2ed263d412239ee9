import { extname } from 'node:path';
import type { Article } from '../article/article.ts';
import { articleFromDraft } from '../article/from-draft.ts';
import { enrichDraft } from './enrich-draft.ts';
import { readInputFile } from '../ingest/input-file.ts';
import { parseArticlesJson } from '../ingest/json-article.ts';
import { parseScrapedText } from '../ingest/scraped-text.ts';
import type { SaveResult, Store } from '../store/article-repository.ts';

export const importFormats = ['text', 'json'] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface ImportOptions {
  /** Chosen by file extension when absent: `.json` is JSON, everything else scraped text. */
  format?: ImportFormat;
  /** Publish imported text at once; otherwise it arrives as a draft. JSON keeps its own status unless set. */
  publish: boolean;
  actor: string;
  now: Date;
  defaultSection: string;
  /** The site's setting: put suggested key points into articles that have none. */
  autoKeyPoints?: boolean;
}

export interface ImportOutcome {
  file: string;
  /** The articles as stored (or, in a dry run, as they would be). */
  articles: Article[];
  /** Null in a dry run, where nothing is written. */
  results: SaveResult[] | null;
}

/** Reads, checks, parses, enriches and validates one file; writes nothing. */
export async function parseFile(file: string, options: ImportOptions): Promise<Article[]> {
  const text = await readInputFile(file);
  return formatOf(file, options) === 'json' ? fromJson(text, file, options) : [fromScrapedText(text, file, options)];
}

function formatOf(file: string, options: ImportOptions): ImportFormat {
  return options.format ?? (extname(file).toLowerCase() === '.json' ? 'json' : 'text');
}

/**
 * Imports one file: read and check it, parse it into the model, enrich,
 * validate, and store it — every article of the file in one transaction, so a
 * file is imported whole or not at all.
 */
export async function importFile(store: Store, file: string, options: ImportOptions): Promise<ImportOutcome> {
  const articles = await parseFile(file, options);
  // A scraped page gets a fresh id and a slug from its headline, which may be
  // taken; JSON carries its own slugs (a backup), which must come back as they were.
  const makeSlugUnique = formatOf(file, options) === 'text';
  const results = await store.articles.saveAll(articles, { actor: options.actor, makeSlugUnique });
  return { file, articles: results.map((result) => result.article), results };
}

export function fromScrapedText(text: string, where: string, options: Omit<ImportOptions, 'format'>): Article {
  const draft = enrichDraft(parseScrapedText(text, where), { autoKeyPoints: options.autoKeyPoints ?? false });
  return articleFromDraft(draft, {
    where,
    now: options.now,
    status: options.publish ? 'published' : 'draft',
    defaultSection: options.defaultSection,
  });
}

function fromJson(text: string, where: string, options: ImportOptions): Article[] {
  const articles = parseArticlesJson(text, where);
  if (!options.publish) return articles;
  return articles.map((article): Article => ({
    ...article,
    status: 'published',
    publishedAt: article.publishedAt ?? options.now.toISOString(),
  }));
}
