import type { Kysely } from 'kysely';
import type { MediaQuery, MediaRecord, MediaRepository, NewMediaRecord } from './media-repository.ts';
import type { MediaRow } from './media-schema.ts';
import type { DatabaseSchema } from './schema.ts';

type Db = Kysely<DatabaseSchema>;

/** SQLite caps bound parameters per statement; ids are looked up in chunks well below it. */
const idsPerQuery = 500;

/**
 * The media repository in Kysely's portable query builder: the same code runs
 * on SQLite and PostgreSQL. `onWrite` tells the store that this process
 * committed a change.
 */
export class KyselyMediaRepository implements MediaRepository {
  readonly #db: Db;
  readonly #onWrite: () => void;

  constructor(db: Db, onWrite: () => void) {
    this.#db = db;
    this.#onWrite = onWrite;
  }

  async save(media: NewMediaRecord): Promise<{ record: MediaRecord; created: boolean }> {
    const widths = JSON.stringify(media.widths);
    // Insert-or-nothing in one statement: two uploads of one image at the same moment cannot both insert.
    const inserted = await this.#db
      .insertInto('media')
      .values({
        id: media.id,
        original_name: media.originalName,
        width: media.width,
        height: media.height,
        widths,
        created_by: media.createdBy,
        created_at: media.createdAt ?? new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    const created = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    let changed = created;
    if (!created) {
      const updated = await this.#db
        .updateTable('media')
        .set({ width: media.width, height: media.height, widths })
        .where('id', '=', media.id)
        .where((eb) => eb.or([eb('widths', '!=', widths), eb('width', '!=', media.width), eb('height', '!=', media.height)]))
        .executeTakeFirst();
      changed = Number(updated.numUpdatedRows) > 0;
    }
    if (changed) this.#onWrite();
    const record = await this.get(media.id);
    if (!record) throw new Error(`media ${media.id} vanished right after it was saved`);
    return { record, created };
  }

  async get(id: string): Promise<MediaRecord | undefined> {
    const row = await this.#db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }

  async getMany(ids: readonly string[]): Promise<Map<string, MediaRecord>> {
    const unique = [...new Set(ids)];
    const records = new Map<string, MediaRecord>();
    for (let start = 0; start < unique.length; start += idsPerQuery) {
      const rows = await this.#db
        .selectFrom('media')
        .selectAll()
        .where('id', 'in', unique.slice(start, start + idsPerQuery))
        .execute();
      for (const row of rows) records.set(row.id, toRecord(row));
    }
    return records;
  }

  async list(query: MediaQuery): Promise<MediaRecord[]> {
    let builder = this.#db.selectFrom('media').selectAll();
    if (query.createdBy !== undefined) builder = builder.where('created_by', '=', query.createdBy);
    const rows = await builder
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset ?? 0)
      .execute();
    return rows.map(toRecord);
  }
}

function toRecord(row: MediaRow): MediaRecord {
  return {
    id: row.id,
    originalName: row.original_name,
    width: row.width,
    height: row.height,
    widths: JSON.parse(row.widths) as number[],
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
