import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { DepescheError } from '../../errors.ts';
import type { ReadingRepository } from '../reading-repository.ts';
import { NodeSqliteDatabase } from '../sqlite/node-sqlite-database.ts';
import { KyselyReadingRepository } from './kysely-reading-repository.ts';
import { readingMigrationProvider } from './reading-migrations.ts';
import type { ReadingSchema } from './reading-schema.ts';

/**
 * Opens (creating and migrating on first use) the reading statistics'
 * SQLite file. It is separate from the content database: reads are counted
 * all the time, and a commit there must not empty the page cache, which
 * watches the content database's commits.
 */
export async function openReadingStore(file: string): Promise<ReadingRepository> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new NodeSqliteDatabase(file);
  database.native.exec('PRAGMA journal_mode = WAL');
  // Losing the last second of counts in a power cut is acceptable; a slow beacon flush is not.
  database.native.exec('PRAGMA synchronous = NORMAL');
  database.native.exec('PRAGMA busy_timeout = 5000');
  const db = new Kysely<ReadingSchema>({ dialect: new SqliteDialect({ database }) });
  const migrator = new Migrator({ db, provider: readingMigrationProvider, migrationTableName: 'reading_migrations' });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new DepescheError(
      'invalid_config',
      `Die Lesestatistik ${file} ließ sich nicht einrichten: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return new KyselyReadingRepository(db, () => db.destroy());
}
