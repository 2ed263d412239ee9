import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The wire desk: subscribed feeds with their polling state, every item seen
 * (so that a deleted draft does not come back on the next poll), and stories
 * that group reports of the same event.
 */
export const wireDeskMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feeds')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('url', 'text', (col) => col.notNull().unique())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('trusted', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('section', 'text')
      .addColumn('fetch_pages', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('interval_minutes', 'integer', (col) => col.notNull())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('next_fetch_ms', 'integer', (col) => col.notNull())
      .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('last_fetch_at', 'text')
      .addColumn('last_success_at', 'text')
      .addColumn('last_status', 'text', (col) => col.notNull().check(sql`last_status in ('new', 'ok', 'not-modified', 'error')`))
      .addColumn('last_error', 'text')
      .addColumn('last_new_items', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('last_skipped', 'text')
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      // An ended subscription keeps its row: its items stay the origins of their articles.
      .addColumn('ended_at', 'text')
      .execute();
    await db.schema.createIndex('feeds_next_fetch').on('feeds').column('next_fetch_ms').execute();

    await db.schema
      .createTable('wire_items')
      .addColumn('feed_id', 'text', (col) => col.notNull().references('feeds.id').onDelete('cascade'))
      .addColumn('item_key', 'text', (col) => col.notNull())
      // Kept when the editor deletes the draft: the item stays "seen".
      .addColumn('article_id', 'text', (col) => col.references('articles.id').onDelete('set null'))
      .addColumn('url', 'text')
      .addColumn('headline', 'text', (col) => col.notNull())
      .addColumn('fingerprint', 'text', (col) => col.notNull())
      .addColumn('received_ms', 'integer', (col) => col.notNull())
      .addColumn('merged', 'integer', (col) => col.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('wire_items_pk', ['feed_id', 'item_key'])
      .execute();
    await db.schema.createIndex('wire_items_article').on('wire_items').column('article_id').execute();
    await db.schema.createIndex('wire_items_received').on('wire_items').column('received_ms').execute();

    await db.schema
      .createTable('stories')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('story_articles')
      .addColumn('article_id', 'text', (col) => col.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('story_id', 'text', (col) => col.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('added_ms', 'integer', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('story_articles_story').on('story_articles').column('story_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('story_articles').execute();
    await db.schema.dropTable('stories').execute();
    await db.schema.dropTable('wire_items').execute();
    await db.schema.dropTable('feeds').execute();
  },
};
