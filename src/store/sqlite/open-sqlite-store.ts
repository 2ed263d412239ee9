import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { Store } from '../article-repository.ts';
import { KyselyAccountRepository } from '../kysely-account-repository.ts';
import { KyselyArticleRepository } from '../kysely-article-repository.ts';
import { KyselyMediaRepository } from '../kysely-media-repository.ts';
import { migrateToLatest } from '../migrate.ts';
import type { DatabaseSchema } from '../schema.ts';
import { KyselySettingsRepository } from '../kysely-settings-repository.ts';
import { KyselyRecommendationRulesRepository } from '../kysely-recommendation-rules-repository.ts';
import { KyselyWireRepository } from '../wire/kysely-wire-repository.ts';
import { watchCommits } from './commit-watch.ts';
import { NodeSqliteDatabase } from './node-sqlite-database.ts';
import { indexArticleIn, removeArticleIn } from './search-index.ts';
import { SqliteSearchRepository } from './sqlite-search-repository.ts';

/**
 * Opens (and creates and migrates, on first use) the embedded SQLite store.
 * WAL lets readers go on while a writer commits; the busy timeout lets a
 * second process (the CLI importing while the server runs) wait its turn
 * instead of failing.
 */
export async function openSqliteStore(file: string): Promise<Store> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new NodeSqliteDatabase(file);
  const native = database.native;
  native.exec('PRAGMA journal_mode = WAL');
  native.exec('PRAGMA synchronous = NORMAL');
  native.exec('PRAGMA foreign_keys = ON');
  // SQLite's default page cache is 2,000 KiB; the search index of a large
  // site is read and merged page by page (a rebuild of 20,000 articles, timed
  // once by hand twice each way: 17.5 s with the default, 16.4 s with 64 MiB).
  native.exec('PRAGMA cache_size = -65536');
  native.exec('PRAGMA busy_timeout = 5000');
  // SQLite's own lower() folds ASCII only; PostgreSQL's folds every letter.
  // Replacing it makes `Über` match `über` on both engines alike.
  native.function('lower', { deterministic: true }, (value) =>
    typeof value === 'string' ? value.toLocaleLowerCase('de') : value,
  );

  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database }) });
  await migrateToLatest(db);

  // Commits by any connection, this one included, show in the wal-index;
  // our own are also counted directly, so they never depend on the file.
  const commits = watchCommits(file, native);
  let ownWrites = 0;
  const countOwnWrite = () => {
    ownWrites++;
  };
  const searchIndex = { indexIn: indexArticleIn, removeIn: removeArticleIn };
  const articles = new KyselyArticleRepository(db, countOwnWrite, searchIndex);

  return {
    articles,
    // Account writes change no reader page, so they do not count as own writes
    // (the commit watch still sees them: sessions are touched sparingly for that).
    accounts: new KyselyAccountRepository(db),
    // A new image can change a page that already shows it (its responsive sources).
    media: new KyselyMediaRepository(db, countOwnWrite),
    // Settings change every page (the site's name stands on each).
    settings: new KyselySettingsRepository(db, countOwnWrite),
    search: new SqliteSearchRepository(db, countOwnWrite),
    // Pins and exclusions change article pages.
    recommendationRules: new KyselyRecommendationRulesRepository(db, countOwnWrite),
    // Items become articles (a trusted feed publishes them) and stories link pages.
    wire: new KyselyWireRepository(db, countOwnWrite, searchIndex),
    changeToken: () => `${ownWrites}:${commits.generation()}`,
    close: async () => {
      commits.close();
      await db.destroy();
    },
  };
}
