import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Editors' pins and exclusions for the "Für Sie ausgewählt" block. Both
 * columns reference articles, so deleting either article removes the rule.
 */
export const recommendationRulesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('recommendation_rules')
      .addColumn('article_id', 'text', (col) => col.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('target_id', 'text', (col) => col.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('pin', 'exclude')`))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('recommendation_rules_pk', ['article_id', 'target_id'])
      .execute();
    // Deleting a target looks its rules up by target.
    await db.schema.createIndex('recommendation_rules_target').on('recommendation_rules').column('target_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('recommendation_rules').execute();
  },
};
