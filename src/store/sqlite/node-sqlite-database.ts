import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite dialect expects the shape of better-sqlite3. We use Node's
 * built-in `node:sqlite` instead, because it needs no native addon compiled at
 * install time; this adapter is the whole difference between the two.
 */
export class NodeSqliteDatabase implements SqliteDatabase {
  readonly native: DatabaseSync;
  // Kysely prepares a statement per query; preparing costs more than running
  // the small queries we issue, so recently used statements are kept.
  readonly #statements = new Map<string, SqliteStatement>();
  static readonly #maxCachedStatements = 256;

  constructor(path: string) {
    this.native = new DatabaseSync(path);
  }

  prepare(sql: string): SqliteStatement {
    const cached = this.#statements.get(sql);
    if (cached) return cached;
    const statement = adapt(this.native.prepare(sql));
    if (this.#statements.size >= NodeSqliteDatabase.#maxCachedStatements) {
      const oldest = this.#statements.keys().next().value;
      if (oldest !== undefined) this.#statements.delete(oldest);
    }
    this.#statements.set(sql, statement);
    return statement;
  }

  close(): void {
    this.#statements.clear();
    if (this.native.isOpen) this.native.close();
  }
}

function adapt(statement: StatementSync): SqliteStatement {
  const reader = statement.columns().length > 0;
  const params = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
  return {
    reader,
    all: (parameters) => statement.all(...params(parameters)),
    run: (parameters) => statement.run(...params(parameters)),
    iterate: (parameters) => statement.iterate(...params(parameters)),
  };
}
