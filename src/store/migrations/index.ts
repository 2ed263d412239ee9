import type { Migration, MigrationProvider } from 'kysely';
import { articlesMigration } from './0001-articles.ts';
import { accountsMigration } from './0002-accounts.ts';
import { mediaMigration } from './0003-media.ts';
import { articleOwnerMigration } from './0004-article-owner.ts';
import { siteSettingsMigration } from './0005-site-settings.ts';
import { searchIndexMigration } from './0006-search-index.ts';
import { recommendationRulesMigration } from './0007-recommendation-rules.ts';
import { wireDeskMigration } from './0008-wire-desk.ts';
import { stemsOnlyIndexMigration } from './0009-stems-only-index.ts';

/**
 * Versioned migrations, applied in the order of their names. Listed here
 * rather than read from the folder so that a typo fails the type check, not a
 * production start. Never edit a migration that has shipped; add a new one.
 */
const migrations: Record<string, Migration> = {
  '0001-articles': articlesMigration,
  '0002-accounts': accountsMigration,
  '0003-media': mediaMigration,
  '0004-article-owner': articleOwnerMigration,
  '0005-site-settings': siteSettingsMigration,
  // SQLite only (FTS5); a PostgreSQL store will bring its own search migration.
  '0006-search-index': searchIndexMigration,
  '0007-recommendation-rules': recommendationRulesMigration,
  '0008-wire-desk': wireDeskMigration,
  '0009-stems-only-index': stemsOnlyIndexMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
