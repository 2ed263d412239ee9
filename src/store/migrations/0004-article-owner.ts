import type { Kysely, Migration } from 'kysely';

/**
 * Who created an article (a newsroom user id; null for imports and demo
 * content). An Autor may edit only the articles they created, so this is kept
 * by the store rather than in the article's public JSON form.
 */
export const articleOwnerMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').addColumn('created_by', 'text').execute();
    await db.schema.createIndex('articles_created_by').on('articles').column('created_by').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('articles_created_by').execute();
    await db.schema.alterTable('articles').dropColumn('created_by').execute();
  },
};
