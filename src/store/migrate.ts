import { Migrator, type Kysely } from 'kysely';
import { DepescheError } from '../errors.ts';
import { migrationProvider } from './migrations/index.ts';
import type { DatabaseSchema } from './schema.ts';

/**
 * Brings the database to the newest schema. Kysely runs SQLite migrations
 * outside a transaction (its SQLite adapter declares no transactional DDL),
 * so a migration that must not stop halfway opens one itself.
 */
export async function migrateToLatest(db: Kysely<DatabaseSchema>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'depesche_migrations' });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    throw new DepescheError(
      'invalid_config',
      `Datenbank-Migration ${failed?.migrationName ?? ''} ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
