import { sql, type Kysely, type Transaction } from 'kysely';
import type { Article } from '../../article/article.ts';
import { searchableText } from '../../article/searchable-text.ts';
import { documentTerms, forgetAnalysedWords } from '../../text/search-terms.ts';
import { filterColumns, rowToArticle } from '../article-row.ts';
import type { DatabaseSchema } from '../schema.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The columns of the FTS5 table, in the order that `bm25()` weights follow;
 * each holds the stem keys of its field (phrases, prefixes and compound
 * parts all match there).
 */
export const searchIndexColumns = ['headline_terms', 'lead_terms', 'key_point_terms', 'body_terms'] as const;

/** Writes (or rewrites) one article's index row; call inside the transaction that saves the article. */
export async function indexArticleIn(db: Db, article: Article): Promise<void> {
  const { docId, isNew } = await documentId(db, article);
  if (!isNew) await sql`DELETE FROM search_index WHERE rowid = ${docId}`.execute(db);
  await sql`INSERT INTO search_index (rowid, ${columnList}) VALUES (${docId}, ${sql.join(indexColumns(article))})`.execute(db);
}

const columnList = sql.raw(searchIndexColumns.join(', '));

/** The article's keys in the order of `searchIndexColumns`. */
export function indexColumns(article: Article): string[] {
  const text = searchableText(article);
  return documentTerms([text.headline, text.lead, text.keyPoints, text.body.join('\n')]);
}

/** Takes an article out of the index; call inside the transaction that deletes it. */
export async function removeArticleIn(db: Db, articleId: string): Promise<void> {
  const row = await db.selectFrom('search_documents').select('doc_id').where('article_id', '=', articleId).executeTakeFirst();
  if (!row) return;
  await sql`DELETE FROM search_index WHERE rowid = ${row.doc_id}`.execute(db);
  await db.deleteFrom('search_documents').where('doc_id', '=', row.doc_id).execute();
}

/**
 * Empties the index and indexes every article again: the filter columns in
 * one statement, then the keys a page at a time. Call inside a transaction:
 * a failure then leaves the old index and FTS5's settings as they were.
 */
export async function reindexAllIn(db: Db, onProgress?: (done: number, total: number) => void): Promise<number> {
  // FTS5's own command drops every segment at once. A plain DELETE would
  // leave them all in place with a tombstone per row, for later merges to
  // read through while the new rows go in.
  await ftsCommand(db, 'delete-all');
  // Each page's INSERT becomes a segment of its own. While the index fills,
  // FTS5 merges segments 16 at a time instead of 4 (fewer rounds of
  // rewriting the same entries) and buffers 8 MiB instead of 1 MiB, so that
  // a page is not cut into several segments. One merge into a single
  // segment at the end leaves the index smaller than merging as it goes
  // would. Saves one by one then work with FTS5's defaults again (the index
  // never has other settings).
  await ftsCommand(db, 'automerge', BULK.automerge);
  await ftsCommand(db, 'hashsize', BULK.hashsize);
  const done = await indexEveryArticleIn(db, onProgress);
  await ftsCommand(db, 'optimize');
  await ftsCommand(db, 'automerge', FTS5_DEFAULTS.automerge);
  await ftsCommand(db, 'hashsize', FTS5_DEFAULTS.hashsize);
  // The analysis cache now knows every word of the archive; a server keeps
  // only what its saves bring in again.
  forgetAnalysedWords();
  return done;
}

/** FTS5 settings for filling an empty index (timings: bench/RESULTS.md, "Search"). */
export const BULK = { automerge: 16, hashsize: 8 * 1024 * 1024 } as const;
// https://sqlite.org/fts5.html#the_automerge_configuration_option and #the_hashsize_configuration_option
const FTS5_DEFAULTS = { automerge: 4, hashsize: 1024 * 1024 } as const;

/** FTS5's special INSERT commands (`delete-all`, `optimize`, configuration options). */
async function ftsCommand(db: Db, command: string, value?: number): Promise<void> {
  await (value === undefined
    ? sql`INSERT INTO search_index (search_index) VALUES (${command})`
    : // A literal: node:sqlite binds numbers as REAL, and FTS5 takes only an integer.
      sql`INSERT INTO search_index (search_index, rank) VALUES (${command}, ${sql.lit(value)})`
  ).execute(db);
}

async function indexEveryArticleIn(db: Db, onProgress?: (done: number, total: number) => void): Promise<number> {
  // Every article's id and filter columns in one statement: the articles
  // table keeps the same columns (`filterColumns`). (`WHERE true` tells
  // SQLite's parser that ON CONFLICT belongs to the INSERT.)
  await sql`INSERT INTO search_documents (article_id, status, section_slug, published_ms)
    SELECT id, status, section_slug, published_ms FROM articles WHERE true
    ON CONFLICT (article_id) DO UPDATE SET
      status = excluded.status, section_slug = excluded.section_slug, published_ms = excluded.published_ms`.execute(db);
  const { n: total } = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const pageSize = 500;
  let done = 0;
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('articles')
      .innerJoin('search_documents', 'search_documents.article_id', 'articles.id')
      .selectAll('articles')
      .select('search_documents.doc_id')
      .where('articles.id', '>', after)
      .orderBy('articles.id')
      .limit(pageSize)
      .execute();
    await indexPageIn(db, rows.map((row) => ({ docId: row.doc_id, article: rowToArticle(row) })));
    done += rows.length;
    onProgress?.(done, Number(total));
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return done;
    after = last.id;
  }
}

/**
 * Index rows for a page of articles in an emptied index, in one statement.
 * (Statements one article at a time cost about an eighth of a rebuild when
 * it was timed, with the surface column: 16.4 s against 13.9 s for 20,000
 * articles.)
 */
async function indexPageIn(db: Db, page: { docId: number; article: Article }[]): Promise<void> {
  if (page.length === 0) return;
  const rows = page.map(({ docId, article }) => sql`(${docId}, ${sql.join(indexColumns(article))})`);
  await sql`INSERT INTO search_index (rowid, ${columnList}) VALUES ${sql.join(rows)}`.execute(db);
}

/** The article's index id, created on first use; its filter columns are brought up to date. */
async function documentId(db: Db, article: Article): Promise<{ docId: number; isNew: boolean }> {
  const columns = filterColumns(article);
  const existing = await db.selectFrom('search_documents').select('doc_id').where('article_id', '=', article.id).executeTakeFirst();
  if (existing) {
    await db.updateTable('search_documents').set(columns).where('doc_id', '=', existing.doc_id).execute();
    return { docId: existing.doc_id, isNew: false };
  }
  const inserted = await db
    .insertInto('search_documents')
    .values({ article_id: article.id, ...columns })
    .returning('doc_id')
    .executeTakeFirstOrThrow();
  return { docId: inserted.doc_id, isNew: true };
}
