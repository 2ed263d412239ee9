/**
 * Where the time of an index rebuild goes, in a fresh process like
 * rebuild-process.ts: the same pages of 500 articles, each step timed on its
 * own. Reading = the rows and `rowToArticle`; analysis = `indexColumns`
 * (our German word analysis, analysis cache empty at the start); FTS5 =
 * inserting the finished keys, in statements of 500 rows, into an empty copy
 * of the index table in a scratch database (one transaction), merging as the
 * rebuild does (the `BULK` settings while inserting, one `optimize`). FTS5's share
 * is what no analysis of ours can remove. Prints
 * `{ "articles", "readSeconds", "analysisSeconds", "ftsSeconds" }`.
 *
 *   node bench/search/indexing-parts.ts DATABASE_FILE SCRATCH_FILE
 */
import { DatabaseSync } from 'node:sqlite';
import type { Article } from '../../src/article/article.ts';
import { rowToArticle } from '../../src/store/article-row.ts';
import type { ArticleRow } from '../../src/store/schema.ts';
import { BULK, indexColumns, searchIndexColumns } from '../../src/store/sqlite/search-index.ts';

const [file, scratchFile] = process.argv.slice(2);
if (!file || !scratchFile) throw new Error('usage: node bench/search/indexing-parts.ts DATABASE_FILE SCRATCH_FILE');
const PAGE = 500;

const source = new DatabaseSync(file, { readOnly: true });
const scratch = new DatabaseSync(scratchFile);
scratch.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536');
const { sql: tableSql } = source.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").get() as { sql: string };
scratch.exec(tableSql);
for (const [option, value] of Object.entries(BULK)) scratch.exec(`INSERT INTO search_index (search_index, rank) VALUES ('${option}', ${value})`);
const placeholders = `(?, ${searchIndexColumns.map(() => '?').join(', ')})`;
const insertPage = scratch.prepare(`INSERT INTO search_index (rowid, ${searchIndexColumns.join(', ')}) VALUES ${Array(PAGE).fill(placeholders).join(', ')}`);
const readPage = source.prepare('SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?');

let readMs = 0;
let analysisMs = 0;
let ftsMs = 0;
let articles = 0;
let after = '';
scratch.exec('BEGIN');
for (;;) {
  let started = performance.now();
  const page: Article[] = (readPage.all(after, PAGE) as unknown as ArticleRow[]).map(rowToArticle);
  readMs += performance.now() - started;
  if (page.length === 0) break;

  started = performance.now();
  const rows = page.map((article) => indexColumns(article));
  analysisMs += performance.now() - started;

  started = performance.now();
  const values = rows.flatMap((columns, i) => [articles + i + 1, ...columns]);
  if (page.length === PAGE) insertPage.run(...values);
  else scratch.prepare(`INSERT INTO search_index (rowid, ${searchIndexColumns.join(', ')}) VALUES ${Array(page.length).fill(placeholders).join(', ')}`).run(...values);
  ftsMs += performance.now() - started;

  articles += page.length;
  after = page.at(-1)!.id;
  if (page.length < PAGE) break;
}
const started = performance.now();
scratch.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
scratch.exec('COMMIT');
ftsMs += performance.now() - started;
source.close();
scratch.close();
process.stdout.write(JSON.stringify({ articles, readSeconds: readMs / 1000, analysisSeconds: analysisMs / 1000, ftsSeconds: ftsMs / 1000 }));
