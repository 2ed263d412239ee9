/**
 * One index rebuild in a fresh process, as `depesche reindex --nur-suche`
 * runs it: the analysis cache starts empty. Prints `{ "articles", "seconds" }`.
 *
 *   node bench/search/rebuild-process.ts DATABASE_FILE
 */
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/search/rebuild-process.ts DATABASE_FILE');
const store = await openSqliteStore(file);
const started = performance.now();
const articles = await store.search.rebuild();
const seconds = (performance.now() - started) / 1000;
await store.close();
process.stdout.write(JSON.stringify({ articles, seconds }));
