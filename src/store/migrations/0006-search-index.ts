import { sql, type Kysely, type Migration } from 'kysely';
import { reindexAllIn } from '../sqlite/search-index.ts';
import type { DatabaseSchema } from '../schema.ts';

/**
 * The full-text index (SQLite FTS5). It stores only analysed keys, not the
 * text (`content=''`), and may delete rows (`contentless_delete`). Articles
 * already stored are indexed here, so an upgraded site can search at once.
 *
 * `search_documents` maps articles to stable integer ids (the implicit rowid
 * of `articles` may change on VACUUM, an explicit INTEGER PRIMARY KEY never)
 * and carries copies of the columns every search filters and ranks by:
 * reaching `status` in an `articles` row means reading past its body, which
 * made a search ten times slower.
 */
export const searchIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('search_documents')
      .addColumn('doc_id', 'integer', (col) => col.primaryKey())
      .addColumn('article_id', 'text', (col) => col.notNull().unique().references('articles.id').onDelete('cascade'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('section_slug', 'text', (col) => col.notNull())
      .addColumn('published_ms', 'bigint')
      .execute();
    // The columns as shipped; 0009 dropped surface_terms.
    await sql`CREATE VIRTUAL TABLE search_index USING fts5(headline_terms, lead_terms, key_point_terms, body_terms, surface_terms,
      tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1)`.execute(db);
    // The vocabulary, for correcting typos: which words and stems exist, in how many articles.
    await sql`CREATE VIRTUAL TABLE search_vocabulary USING fts5vocab(search_index, 'col')`.execute(db);

    await reindexAllIn(db as Kysely<DatabaseSchema>);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TABLE search_vocabulary`.execute(db);
    await sql`DROP TABLE search_index`.execute(db);
    await db.schema.dropTable('search_documents').execute();
  },
};
