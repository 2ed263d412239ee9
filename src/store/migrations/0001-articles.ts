import type { Kysely, Migration } from 'kysely';

export const articlesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('slug', 'text', (col) => col.notNull().unique())
      .addColumn('section', 'text', (col) => col.notNull())
      .addColumn('section_slug', 'text', (col) => col.notNull())
      .addColumn('headline', 'text', (col) => col.notNull())
      .addColumn('lead', 'text', (col) => col.notNull())
      .addColumn('hero_image', 'text')
      .addColumn('key_points', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('sources', 'text', (col) => col.notNull())
      .addColumn('entities', 'text', (col) => col.notNull())
      .addColumn('tags', 'text', (col) => col.notNull())
      .addColumn('authors', 'text', (col) => col.notNull())
      .addColumn('language', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('published_at', 'text')
      .addColumn('published_ms', 'bigint')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('articles_status_published')
      .on('articles')
      .columns(['status', 'published_ms'])
      .execute();
    await db.schema
      .createIndex('articles_section_status_published')
      .on('articles')
      .columns(['section_slug', 'status', 'published_ms'])
      .execute();

    await db.schema
      .createTable('article_revisions')
      .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
      .addColumn('article_id', 'text', (col) => col.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('snapshot', 'text', (col) => col.notNull())
      .addColumn('actor', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addUniqueConstraint('article_revisions_article_version', ['article_id', 'version'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('article_revisions').execute();
    await db.schema.dropTable('articles').execute();
  },
};
