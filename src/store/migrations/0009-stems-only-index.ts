import { sql, type Kysely, type Migration } from 'kysely';
import type { DatabaseSchema } from '../schema.ts';
import { reindexAllIn } from '../sqlite/search-index.ts';

/**
 * The search index without its column of surface keys (every word of an
 * article once, unstemmed). That column held half of all index entries and
 * took a third of the time of indexing; prefixes now match the stem keys,
 * and spelling corrections are read from the stems and the articles' own
 * words (`search/spelling.ts`). FTS5 cannot drop a column, so the table is
 * made anew and every article indexed again, all in one transaction: Kysely
 * runs SQLite migrations outside one, and a start that died halfway would
 * otherwise leave no index table at all. The reindex is today's code
 * (`reindexAllIn`, as 0006's is): a later change of the index columns must
 * keep it working on this table or bring a migration of its own.
 */
export const stemsOnlyIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await recreateIndex(db, ['headline_terms', 'lead_terms', 'key_point_terms', 'body_terms']);
  },
  // The old table comes back with its surface column empty: the version
  // before this one fills it with `depesche reindex --nur-suche`.
  async down(db: Kysely<unknown>) {
    await recreateIndex(db, ['headline_terms', 'lead_terms', 'key_point_terms', 'body_terms', 'surface_terms']);
  },
};

async function recreateIndex(db: Kysely<unknown>, columns: readonly string[]): Promise<void> {
  await (db as Kysely<DatabaseSchema>).transaction().execute(async (tx) => {
    await sql`DROP TABLE IF EXISTS search_vocabulary`.execute(tx);
    await sql`DROP TABLE IF EXISTS search_index`.execute(tx);
    await sql`CREATE VIRTUAL TABLE search_index USING fts5(${sql.raw(columns.join(', '))},
      tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1)`.execute(tx);
    // The vocabulary: which stems exist, in how many articles (typo correction, common words).
    await sql`CREATE VIRTUAL TABLE search_vocabulary USING fts5vocab(search_index, 'col')`.execute(tx);
    await reindexAllIn(tx);
  });
}
