import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Article } from '../../article/article.ts';
import { rowToArticle } from '../article-row.ts';
import { authorPattern, entityPattern } from '../json-list-pattern.ts';
import type { DatabaseSchema } from '../schema.ts';
import type { MatchQuery, SearchFilters, SearchPage, SearchRanking, SearchRepository } from '../search-repository.ts';
import { ftsMatch } from './fts-match.ts';
import { reindexAllIn } from './search-index.ts';

// bm25() weights in column order: headline, lead, key points, body.
export const BM25_WEIGHTS = [10.0, 4.0, 4.0, 1.0] as const;
const COLUMN_WEIGHTS = sql.raw(BM25_WEIGHTS.map((weight) => weight.toFixed(1)).join(', '));
// node:sqlite binds numbers as REAL, so the age comes out in fractions of a day.
const DAY_MS = 86_400_000;

/** Search over SQLite FTS5: BM25 per column, a freshness lift, and the article filters. */
export class SqliteSearchRepository implements SearchRepository {
  readonly #db: Kysely<DatabaseSchema>;
  readonly #onWrite: () => void;

  constructor(db: Kysely<DatabaseSchema>, onWrite: () => void) {
    this.#db = db;
    this.#onWrite = onWrite;
  }

  async search(
    match: MatchQuery,
    filters: SearchFilters,
    ranking: SearchRanking,
    page: { limit: number; offset: number },
  ): Promise<SearchPage> {
    const expression = ftsMatch(match);
    if (expression === null) return { total: 0, articles: [] };
    const now = ranking.now.getTime();
    const order =
      ranking.order === 'newest'
        ? sql`coalesce(d.published_ms, ${now}) DESC, m.relevance`
        : // bm25 is negative, better is lower: a lift > 1 moves fresh articles up.
          sql`m.relevance * (1.0 + ${ranking.freshness} * ${ranking.halfLifeDays} /
            (${ranking.halfLifeDays} + max(0.0, (${now} - coalesce(d.published_ms, ${now})) / ${DAY_MS})))`;
    const { rows } = await sql<{ id: string }>`
      SELECT d.article_id AS id ${matchingDocuments(expression, filters)}
      ORDER BY ${order}, d.article_id
      LIMIT ${page.limit} OFFSET ${page.offset}`.execute(this.#db);
    const total = rows.length < page.limit && (rows.length > 0 || page.offset === 0)
      ? page.offset + rows.length
      : await this.count(match, filters);
    return { total, articles: await this.#articles(rows.map((row) => row.id)) };
  }

  async sample(match: MatchQuery, filters: SearchFilters, limit: number): Promise<Article[]> {
    const expression = ftsMatch(match);
    if (expression === null) return [];
    const { rows } = await sql<{ id: string }>`
      SELECT d.article_id AS id ${matchingDocuments(expression, filters, false)} LIMIT ${limit}`.execute(this.#db);
    return this.#articles(rows.map((row) => row.id));
  }

  /** The articles of these ids, in this order. */
  async #articles(ids: string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    const stored = await this.#db.selectFrom('articles').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(stored.map((row) => [row.id, rowToArticle(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async count(match: MatchQuery, filters: SearchFilters): Promise<number> {
    const expression = ftsMatch(match);
    if (expression === null) return 0;
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n ${matchingDocuments(expression, filters, false)}`.execute(this.#db);
    return Number(rows[0]?.n ?? 0);
  }

  async stemFrequencies(keys: readonly string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    // Counted per column; the largest column's count never counts an article twice.
    const { rows } = await sql<{ term: string; doc: number }>`
      SELECT term, max(doc) AS doc FROM search_vocabulary WHERE term IN (${sql.join(keys)}) GROUP BY term`.execute(this.#db);
    return new Map(rows.map((row) => [row.term, Number(row.doc)]));
  }

  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    const done = await this.#db.transaction().execute((tx) => reindexAllIn(tx, onProgress));
    this.#onWrite();
    return done;
  }

  async size(): Promise<number> {
    const row = await this.#db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/**
 * `FROM … WHERE` of the matching documents that pass the filters: `m` the
 * index rows (with their BM25 score `m.relevance` when ranked), `d` their
 * filter columns.
 */
function matchingDocuments(expression: string, filters: SearchFilters, ranked = true): RawBuilder<unknown> {
  const matches = ranked
    ? sql`(SELECT rowid AS doc_id, bm25(search_index, ${COLUMN_WEIGHTS}) AS relevance FROM search_index WHERE search_index MATCH ${expression})`
    : sql`(SELECT rowid AS doc_id FROM search_index WHERE search_index MATCH ${expression})`;
  return sql`FROM ${matches} AS m
    JOIN search_documents d ON d.doc_id = m.doc_id
    ${articleJoin(filters)}
    WHERE ${filterSql(filters)}`;
}

/** The articles table is read only for the filters that need it (its rows are large). */
function articleJoin(filters: SearchFilters): RawBuilder<unknown> {
  return filters.entity || filters.author ? sql`JOIN articles a ON a.id = d.article_id` : sql``;
}

function filterSql(filters: SearchFilters): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [
    filters.statuses.length > 0 ? sql`d.status IN (${sql.join([...filters.statuses])})` : sql`0`,
  ];
  if (filters.section) conditions.push(sql`d.section_slug = ${filters.section}`);
  if (filters.from) conditions.push(sql`d.published_ms >= ${filters.from.getTime()}`);
  if (filters.until) conditions.push(sql`d.published_ms < ${filters.until.getTime()}`);
  if (filters.entity) conditions.push(sql`a.entities LIKE ${entityPattern(filters.entity)} ESCAPE '\\'`);
  if (filters.author) conditions.push(sql`a.authors LIKE ${authorPattern(filters.author)} ESCAPE '\\'`);
  return sql.join(conditions, sql` AND `);
}
