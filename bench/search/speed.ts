/**
 * Speed at scale: insert N synthetic articles (saveAll, index included),
 * rebuild the index (indexing throughput), measure the index on disk, and
 * time a fixed set of reader queries one by one.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { searchArticles, type SearchRequest, type SearchResult } from '../../src/search/search-articles.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { answerOf, readerRequest, type Answer } from './answer.ts';
import { firstMatches, timeEngine, type EngineFloor } from './engine-floor.ts';
import { assertValid } from './corpus.ts';
import { NEWEST, speedQueries, syntheticBatches, type Pool, type SpeedQuery } from './synthetic.ts';

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface TimedQuery extends SpeedQuery {
  ms: number;
  answer: Answer;
  /** The query as typed found fewer than a page (10): where an engine checks spelling or widens the query. */
  short: boolean;
  total: number;
}

export interface IndexSize {
  method: 'dbstat' | 'file size without the index (VACUUM of a copy)';
  /** FTS5 shadow tables `search_index_*`. */
  ftsBytes: number;
  /** `search_documents`, the article ↔ index row map, with its unique index (dbstat only). */
  mapBytes?: number;
}

export interface IndexingParts {
  readSeconds: number;
  analysisSeconds: number;
  ftsSeconds: number;
}

export interface SpeedResult {
  articles: number;
  insertSeconds: number;
  /** The rebuild in a fresh process (empty analysis cache), as the CLI runs it. */
  rebuildSeconds: number;
  /** The fresh-process rebuild's steps timed one by one (bench/search/indexing-parts.ts). */
  indexingParts: IndexingParts;
  /** The rebuild in this process right after the inserts (analysis cache warm from them). */
  warmRebuildSeconds: number;
  sizeAfterInsert: IndexSize;
  sizeAfterRebuild: IndexSize;
  fileBytes: number;
  queries: TimedQuery[];
  /** The same queries' first FTS5 match, timed alone. */
  engine: EngineFloor;
}

const BATCH = 1000;
const ARTICLE_SEED = 20_260_501;
const QUERY_SEED = 20_260_502;
export const QUERY_COUNT = 1000;

export async function runSpeed(pool: Pool, articles: number, log: (line: string) => void): Promise<SpeedResult> {
  const dir = await mkdtemp(join(tmpdir(), 'depesche-bench-search-'));
  const file = join(dir, 'speed.sqlite');
  try {
    const store = await openSqliteStore(file);
    let insertMs = 0;
    let inserted = 0;
    for (const batch of syntheticBatches(pool, articles, BATCH, ARTICLE_SEED)) {
      assertValid(batch);
      const started = performance.now();
      await store.articles.saveAll(batch, { actor: 'bench' });
      insertMs += performance.now() - started;
      inserted += batch.length;
      if (inserted % 10_000 === 0) log(`inserted ${inserted} (${(inserted / insertMs * 1000).toFixed(0)}/s)`);
    }
    const sizeAfterInsert = indexSize(file, dir);

    const rebuildStarted = performance.now();
    const rebuilt = await store.search.rebuild((done) => {
      if (done % 10_000 === 0) log(`reindexed ${done} in this process`);
    });
    const warmRebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    if (rebuilt !== articles) throw new Error(`rebuild indexed ${rebuilt} of ${articles} articles`);
    log('reindexing in a fresh process');
    const rebuildSeconds = rebuildInFreshProcess(file, articles);
    log('timing the parts of a rebuild in a fresh process');
    const indexingParts = indexingPartsInFreshProcess(file, join(dir, 'fts-scratch.sqlite'), articles);
    const sizeAfterRebuild = indexSize(file, dir);

    const queries = speedQueries(pool, QUERY_COUNT, QUERY_SEED);
    for (const query of queries) await searchArticles(store.search, request(query.text)); // warm-up
    const timed: TimedQuery[] = [];
    for (const query of queries) {
      const started = performance.now();
      const result = await searchArticles(store.search, request(query.text));
      timed.push({ ...query, ms: performance.now() - started, ...classify(result) });
    }
    log('timing the engine alone');
    const engine = timeEngine(file, await firstMatches(store.search, queries.map((query) => request(query.text))));
    await store.close();
    const fileBytes = statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
    return { articles, insertSeconds: insertMs / 1000, rebuildSeconds, indexingParts, warmRebuildSeconds, sizeAfterInsert, sizeAfterRebuild, fileBytes, queries: timed, engine };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function rebuildInFreshProcess(file: string, articles: number): number {
  const script = fileURLToPath(new URL('rebuild-process.ts', import.meta.url));
  const output = execFileSync(process.execPath, [script, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const result = JSON.parse(output) as { articles: number; seconds: number };
  if (result.articles !== articles) throw new Error(`rebuild indexed ${result.articles} of ${articles} articles`);
  return result.seconds;
}

function indexingPartsInFreshProcess(file: string, scratch: string, articles: number): IndexingParts {
  const script = fileURLToPath(new URL('indexing-parts.ts', import.meta.url));
  const output = execFileSync(process.execPath, [script, file, scratch], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const result = JSON.parse(output) as IndexingParts & { articles: number };
  if (result.articles !== articles) throw new Error(`the timed rebuild indexed ${result.articles} of ${articles} articles`);
  return result;
}

/** As the reader search page asks: a 20 % freshness lift, page 1 of 10, at the newest article's date. */
function request(text: string): SearchRequest {
  return readerRequest(text, { pageSize: 10, freshnessPercent: 20, now: new Date(NEWEST) });
}

function classify(result: SearchResult): Pick<TimedQuery, 'answer' | 'short' | 'total'> {
  const answer = answerOf(result);
  return { answer, short: answer !== 'as typed' || result.total < 10, total: result.total };
}

/** Bytes of the index, from SQLite's page statistics, else by dropping it from a copy. */
function indexSize(file: string, dir: string): IndexSize {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const rows = db.prepare('SELECT name, pgsize FROM dbstat WHERE aggregate = TRUE').all();
    const bytes = (test: (name: string) => boolean) =>
      rows.filter((row) => test(String(row.name))).reduce((sum, row) => sum + Number(row.pgsize), 0);
    return {
      method: 'dbstat',
      ftsBytes: bytes((name) => name.startsWith('search_index')),
      mapBytes: bytes((name) => name === 'search_documents' || name.startsWith('sqlite_autoindex_search_documents')),
    };
  } catch {
    return { method: 'file size without the index (VACUUM of a copy)', ftsBytes: sizeWithoutIndex(file, dir) };
  } finally {
    db.close();
  }
}

function sizeWithoutIndex(file: string, dir: string): number {
  const copy = join(dir, 'size-probe.sqlite');
  const vacuumed = (path: string) => {
    const db = new DatabaseSync(path);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    db.close();
    return statSync(path).size;
  };
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  const withIndex = vacuumed(copy);
  const db = new DatabaseSync(copy);
  db.exec('DELETE FROM search_index');
  db.close();
  return withIndex - vacuumed(copy);
}

export function latency(values: readonly number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank percentile.
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return {
    count: sorted.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.at(-1) ?? 0,
    mean: sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length),
  };
}
