import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Rows are found by their key alone; a separate rowid would only double the lookups.
const withoutRowid = sql`without rowid`;

/** Versioned like the content database's migrations; never edit one that has shipped. */
const migrations: Record<string, Migration> = {
  '0001-reading-counts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('article_reads')
        .addColumn('article_id', 'text', (col) => col.notNull())
        .addColumn('hour_ms', 'integer', (col) => col.notNull())
        .addColumn('reads', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('article_reads_pk', ['article_id', 'hour_ms'])
        .modifyEnd(withoutRowid)
        .execute();
      // Retention and the model's "since" read by time.
      await db.schema.createIndex('article_reads_hour').on('article_reads').column('hour_ms').execute();
      await db.schema
        .createTable('co_reads')
        .addColumn('from_id', 'text', (col) => col.notNull())
        .addColumn('to_id', 'text', (col) => col.notNull())
        .addColumn('day_ms', 'integer', (col) => col.notNull())
        .addColumn('reads', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('co_reads_pk', ['from_id', 'to_id', 'day_ms'])
        .modifyEnd(withoutRowid)
        .execute();
      await db.schema.createIndex('co_reads_day').on('co_reads').column('day_ms').execute();
      await db.schema
        .createTable('reading_meta')
        .addColumn('key', 'text', (col) => col.primaryKey())
        .addColumn('value', 'blob', (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['reading_meta', 'co_reads', 'article_reads']) await db.schema.dropTable(table).execute();
    },
  },
};

export const readingMigrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
