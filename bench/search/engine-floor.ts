/**
 * The engine's share of query time. For each query, the first FTS5 match
 * that `searchArticles` ran is timed again alone, as a bare statement on the
 * same database: the match, `bm25()` with our weights, the ten best, and
 * nothing else (no filters, freshness lift, count, articles or snippets).
 * FTS5 scores every matching row before it can sort (it has no top-k), so
 * no search that ranks these matches by its `bm25()` answers faster: this is
 * the floor under our latency. The same statement with every word required shows
 * what giving up "any word" (and its relevance) would buy.
 */
import { DatabaseSync } from 'node:sqlite';
import { searchArticles, type SearchRequest } from '../../src/search/search-articles.ts';
import type { MatchQuery, SearchRepository } from '../../src/store/search-repository.ts';
import { ftsMatch } from '../../src/store/sqlite/fts-match.ts';
import { BM25_WEIGHTS } from '../../src/store/sqlite/sqlite-search-repository.ts';

export interface EngineFloor {
  /** ms per query: the match as our search ran it (any word). */
  anyWord: number[];
  /** ms per query: the same clauses, every one required. */
  everyWord: number[];
}

/** The first match each request sends to the index, in request order. */
export async function firstMatches(repository: SearchRepository, requests: readonly SearchRequest[]): Promise<MatchQuery[]> {
  const matches: MatchQuery[] = [];
  for (const request of requests) {
    const seen: MatchQuery[] = [];
    await searchArticles(recording(repository, seen), request);
    if (seen[0]) matches.push(seen[0]);
  }
  return matches;
}

/** Times each match alone (after one untimed pass), in a connection of its own with the store's page cache size. */
export function timeEngine(file: string, matches: readonly MatchQuery[]): EngineFloor {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    db.exec('PRAGMA cache_size = -65536');
    const statement = db.prepare(
      `SELECT rowid, bm25(search_index, ${BM25_WEIGHTS.join(', ')}) AS relevance FROM search_index
       WHERE search_index MATCH ? ORDER BY relevance LIMIT 10`,
    );
    const time = (expressions: string[]) => {
      for (const expression of expressions) statement.all(expression);
      return expressions.map((expression) => {
        const started = performance.now();
        statement.all(expression);
        return performance.now() - started;
      });
    };
    const expressions = (mode: MatchQuery['mode']) => matches.flatMap((match) => ftsMatch({ ...match, mode }) ?? []);
    return { anyWord: time(expressions('any')), everyWord: time(expressions('all')) };
  } finally {
    db.close();
  }
}

function recording(repository: SearchRepository, seen: MatchQuery[]): SearchRepository {
  return {
    search: (match, ...rest) => {
      seen.push(match);
      return repository.search(match, ...rest);
    },
    count: (match, filters) => repository.count(match, filters),
    sample: (match, filters, limit) => repository.sample(match, filters, limit),
    stemFrequencies: (keys) => repository.stemFrequencies(keys),
    rebuild: (onProgress) => repository.rebuild(onProgress),
    size: () => repository.size(),
  };
}
