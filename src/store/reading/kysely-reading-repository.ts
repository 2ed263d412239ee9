import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type {
  CoReads,
  HourlyReads,
  NextRead,
  ReadEvent,
  ReadingRepository,
  ReadingSignals,
  ReadsPerBucket,
} from '../reading-repository.ts';
import type { ReadingSchema } from './reading-schema.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
// SQLite allows 32,766 bound values per statement; a row binds four.
const rowsPerStatement = 500;

export class KyselyReadingRepository implements ReadingRepository {
  readonly #db: Kysely<ReadingSchema>;
  readonly #close: () => Promise<void>;

  constructor(db: Kysely<ReadingSchema>, close: () => Promise<void>) {
    this.#db = db;
    this.#close = close;
  }

  async record(events: readonly ReadEvent[]): Promise<void> {
    if (events.length === 0) return;
    // Summed first, so a burst of reads of one article is one row update.
    const reads = new Map<string, HourlyReads>();
    const pairs = new Map<string, CoReads & { dayMs: number }>();
    for (const event of events) {
      const hour = Math.floor(event.atMs / hourMs) * hourMs;
      const readKey = `${event.articleId}\u0000${hour}`;
      const read = reads.get(readKey);
      if (read) read.reads++;
      else reads.set(readKey, { articleId: event.articleId, hourMs: hour, reads: 1 });
      const day = Math.floor(event.atMs / dayMs) * dayMs;
      for (const fromId of new Set(event.previousIds)) {
        if (fromId === event.articleId) continue;
        const pairKey = `${fromId}\u0000${event.articleId}\u0000${day}`;
        const pair = pairs.get(pairKey);
        if (pair) pair.reads++;
        else pairs.set(pairKey, { fromId, toId: event.articleId, dayMs: day, reads: 1 });
      }
    }
    await this.#db.transaction().execute(async (tx) => {
      for (const chunk of chunks([...reads.values()], rowsPerStatement)) {
        await tx
          .insertInto('article_reads')
          .values(chunk.map((r) => ({ article_id: r.articleId, hour_ms: r.hourMs, reads: r.reads })))
          .onConflict((oc) => oc.columns(['article_id', 'hour_ms']).doUpdateSet({ reads: sql`reads + excluded.reads` }))
          .execute();
      }
      for (const chunk of chunks([...pairs.values()], rowsPerStatement)) {
        await tx
          .insertInto('co_reads')
          .values(chunk.map((p) => ({ from_id: p.fromId, to_id: p.toId, day_ms: p.dayMs, reads: p.reads })))
          .onConflict((oc) => oc.columns(['from_id', 'to_id', 'day_ms']).doUpdateSet({ reads: sql`reads + excluded.reads` }))
          .execute();
      }
    });
  }

  async signals(sinceMs: number): Promise<ReadingSignals> {
    const reads = await this.#db
      .selectFrom('article_reads')
      .select(['article_id as articleId', 'hour_ms as hourMs', 'reads'])
      .where('hour_ms', '>=', Math.floor(sinceMs / hourMs) * hourMs)
      .execute();
    const coReads = await this.#db
      .selectFrom('co_reads')
      .select(['from_id as fromId', 'to_id as toId', (eb) => eb.fn.sum<number>('reads').as('reads')])
      .where('day_ms', '>=', Math.floor(sinceMs / dayMs) * dayMs)
      .groupBy(['from_id', 'to_id'])
      .execute();
    // Plain objects: node:sqlite's rows have no prototype.
    return {
      reads: reads.map((row) => ({ articleId: row.articleId, hourMs: row.hourMs, reads: row.reads })),
      coReads: coReads.map((pair) => ({ fromId: pair.fromId, toId: pair.toId, reads: Number(pair.reads) })),
    };
  }

  async hourlyReads(articleId: string, fromMs: number, toMs: number): Promise<ReadsPerBucket[]> {
    const rows = await this.#db
      .selectFrom('article_reads')
      .select(['hour_ms as startMs', 'reads'])
      .where('article_id', '=', articleId)
      .where('hour_ms', '>=', Math.floor(fromMs / hourMs) * hourMs)
      .where('hour_ms', '<', toMs)
      .orderBy('hour_ms')
      .execute();
    return rows.map((row) => ({ startMs: row.startMs, reads: row.reads }));
  }

  async nextReads(articleId: string, limit: number): Promise<NextRead[]> {
    const rows = await this.#db
      .selectFrom('co_reads')
      .select(['to_id as articleId', (eb) => eb.fn.sum<number>('reads').as('reads')])
      .where('from_id', '=', articleId)
      .groupBy('to_id')
      .orderBy('reads', 'desc')
      .orderBy('to_id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ articleId: row.articleId, reads: Number(row.reads) }));
  }

  async totals(articleIds: readonly string[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const chunk of chunks([...new Set(articleIds)], rowsPerStatement)) {
      const rows = await this.#db
        .selectFrom('article_reads')
        .select(['article_id', (eb) => eb.fn.sum<number>('reads').as('reads')])
        .where('article_id', 'in', chunk)
        .groupBy('article_id')
        .execute();
      for (const row of rows) totals.set(row.article_id, Number(row.reads));
    }
    return totals;
  }

  async dropBefore(beforeMs: number): Promise<number> {
    return this.#db.transaction().execute(async (tx) => {
      // Whole hours and days only: a bucket that began before the limit but reaches past it goes too.
      const reads = await tx.deleteFrom('article_reads').where('hour_ms', '<', Math.floor(beforeMs / hourMs) * hourMs).executeTakeFirst();
      const pairs = await tx.deleteFrom('co_reads').where('day_ms', '<', Math.floor(beforeMs / dayMs) * dayMs).executeTakeFirst();
      return Number(reads.numDeletedRows) + Number(pairs.numDeletedRows);
    });
  }

  async cookieSecret(): Promise<Uint8Array> {
    // Insert-if-absent, then read: two processes starting together agree on one secret.
    await this.#db
      .insertInto('reading_meta')
      .values({ key: 'cookie-secret', value: randomBytes(32) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await this.#db.selectFrom('reading_meta').select('value').where('key', '=', 'cookie-secret').executeTakeFirstOrThrow();
    return new Uint8Array(row.value);
  }

  close(): Promise<void> {
    return this.#close();
  }
}

function* chunks<T>(items: readonly T[], size: number): Iterable<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
