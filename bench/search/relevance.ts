/**
 * Known-item relevance of our search against a plain FTS5 index (default
 * unicode61 tokenizer, BM25) over the same documents, in the same run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { searchableText } from '../../src/article/searchable-text.ts';
import { matchQuery } from '../../src/search/match-query.ts';
import { parseQuery } from '../../src/search/parse-query.ts';
import { searchArticles } from '../../src/search/search-articles.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { answerOf, readerRequest, type Answer } from './answer.ts';
import type { KnownItemQuery, KnownItemSet } from './known-item.ts';

export const TOP = 10;

export interface SystemScore {
  system: string;
  queries: number;
  /** Mean reciprocal rank of the target within the top 10 (0 when not there). */
  mrr: number;
  /** Share of queries with the target in the top 10. */
  recall: number;
  meanMs: number;
  /** Ours only: how the answers came about, and for how many of each the target was in the top 10. */
  answeredBy?: AnsweredBy;
  foundBy?: AnsweredBy;
}

export type AnsweredBy = Record<Answer, number>;

export interface SizeResult {
  size: number;
  rows: SystemScore[];
}

interface Ranked {
  ids: string[];
  how?: Answer;
}
type Ranker = (words: readonly string[]) => Promise<Ranked> | Ranked;

export const OURS = 'Depesche (searchArticles)';
export const OURS_ALL_WORDS = 'Depesche index, every word required';

// Same order as our columns headline, lead, body; key points are empty here.
const PLAIN_VARIANTS = [
  { label: 'plain FTS5, bm25 equal weights', weights: '' },
  { label: 'plain FTS5, bm25 10/4/1', weights: ', 10.0, 4.0, 1.0' },
] as const;
const PLAIN_MODES = [
  { label: 'AND', joiner: ' ' },
  { label: 'OR', joiner: ' OR ' },
] as const;
const WARM_UP_QUERIES = 20;

export async function evaluateSet(set: KnownItemSet): Promise<SizeResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'depesche-bench-search-'));
  const store = await openSqliteStore(join(dir, 'relevance.sqlite'));
  const plain = new DatabaseSync(':memory:');
  try {
    for (let i = 0; i < set.articles.length; i += 1000) await store.articles.saveAll(set.articles.slice(i, i + 1000), { actor: 'bench' });
    buildPlain(plain, set);

    const ours: Ranker = async (words) => {
      // Freshness off: every article has the same date.
      const result = await searchArticles(store.search, readerRequest(words.join(' '), { pageSize: TOP, freshnessPercent: 0, now: new Date() }));
      return { ids: result.hits.map((hit) => hit.article.id), how: answerOf(result) };
    };
    // Our index with every word required, for comparison with the any-word ranking the product uses.
    const ranking = { freshness: 0, halfLifeDays: 30, now: new Date(), order: 'relevance' as const };
    const allWords: Ranker = async (words) => {
      const match = matchQuery(parseQuery(words.join(' ')), 'all');
      const page = await store.search.search(match, { statuses: ['published'] }, ranking, { limit: TOP, offset: 0 });
      return { ids: page.articles.map((article) => article.id) };
    };
    const rankers: [string, Ranker][] = [[OURS, ours], [OURS_ALL_WORDS, allWords]];
    for (const variant of PLAIN_VARIANTS) {
      const statement = plain.prepare(`SELECT rowid AS n FROM plain WHERE plain MATCH ? ORDER BY bm25(plain${variant.weights}), rowid LIMIT ${TOP}`);
      for (const mode of PLAIN_MODES) {
        rankers.push([`${variant.label}, ${mode.label}`, (words) => ({
          ids: statement.all(words.map(ftsString).join(mode.joiner)).map((row) => set.articles[Number(row.n)]!.id),
        })]);
      }
    }

    const results: SizeResult[] = [];
    for (const [size, queries] of set.queries) {
      const rows: SystemScore[] = [];
      for (const [system, rank] of rankers) rows.push(await score(system, queries, rank));
      results.push({ size, rows });
    }
    return results;
  } finally {
    plain.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function buildPlain(plain: DatabaseSync, set: KnownItemSet): void {
  plain.exec('CREATE VIRTUAL TABLE plain USING fts5(headline, lead, body)');
  const insert = plain.prepare('INSERT INTO plain (rowid, headline, lead, body) VALUES (?, ?, ?, ?)');
  plain.exec('BEGIN');
  set.articles.forEach((article, i) => {
    // The same text our index reads, field for field.
    const text = searchableText(article);
    insert.run(i, text.headline, text.lead, text.body.join('\n'));
  });
  plain.exec('COMMIT');
}

/** An FTS5 string: a word in double quotes can never be read as syntax. */
function ftsString(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

async function score(system: string, queries: readonly KnownItemQuery[], rank: Ranker): Promise<SystemScore> {
  for (const query of queries.slice(0, WARM_UP_QUERIES)) await rank(query.words);
  let reciprocal = 0;
  let found = 0;
  let ms = 0;
  let answeredBy: AnsweredBy | undefined;
  let foundBy: AnsweredBy | undefined;
  for (const query of queries) {
    const started = performance.now();
    const { ids, how } = await rank(query.words);
    ms += performance.now() - started;
    const at = ids.slice(0, TOP).indexOf(query.targetId);
    if (at !== -1) {
      reciprocal += 1 / (at + 1);
      found++;
    }
    if (how) {
      answeredBy ??= { 'as typed': 0, typo: 0, nothing: 0 };
      foundBy ??= { 'as typed': 0, typo: 0, nothing: 0 };
      answeredBy[how]++;
      if (at !== -1) foundBy[how]++;
    }
  }
  const n = Math.max(1, queries.length);
  return { system, queries: queries.length, mrr: reciprocal / n, recall: found / n, meanMs: ms / n, ...(answeredBy && foundBy && { answeredBy, foundBy }) };
}
