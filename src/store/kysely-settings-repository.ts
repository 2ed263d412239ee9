import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';
import type { SettingsRepository } from './settings-repository.ts';

export class KyselySettingsRepository implements SettingsRepository {
  readonly #db: Kysely<DatabaseSchema>;
  readonly #onWrite: () => void;

  constructor(db: Kysely<DatabaseSchema>, onWrite: () => void) {
    this.#db = db;
    this.#onWrite = onWrite;
  }

  async all(): Promise<Record<string, string>> {
    const rows = await this.#db.selectFrom('site_settings').select(['key', 'value']).execute();
    return Object.fromEntries(rows.map((row) => [row.key, row.value]));
  }

  async save(values: Readonly<Record<string, string>>, actor: string): Promise<void> {
    const now = new Date().toISOString();
    await this.#db.transaction().execute(async (tx) => {
      for (const [key, value] of Object.entries(values)) {
        await tx
          .insertInto('site_settings')
          .values({ key, value, updated_at: now, updated_by: actor })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now, updated_by: actor }))
          .execute();
      }
    });
    this.#onWrite();
  }
}
