import type { Kysely, Migration } from 'kysely';

/** Uploaded images: one row per distinct image, keyed by the hash of its bytes. */
export const mediaMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('media')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('original_name', 'text', (col) => col.notNull())
      .addColumn('width', 'integer', (col) => col.notNull())
      .addColumn('height', 'integer', (col) => col.notNull())
      .addColumn('widths', 'text', (col) => col.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('media_created_at').on('media').column('created_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('media').execute();
  },
};
