import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../../test/helpers/temp-dir.ts';
import { openReadingStore } from './open-reading-store.ts';

const hour = 3_600_000;
const day = 24 * hour;
const start = Date.UTC(2026, 10, 20, 8, 15);

describe('ReadingRepository on SQLite', async () => {
  const file = join(await tempDir(), 'lesen.sqlite');
  const reading = await openReadingStore(file);
  after(() => reading.close());

  test('counts reads per article and hour, summed across calls', async () => {
    await reading.record([
      { articleId: 'artikel-a', atMs: start, previousIds: [] },
      { articleId: 'artikel-a', atMs: start + 10 * 60_000, previousIds: [] },
      { articleId: 'artikel-a', atMs: start + hour, previousIds: [] },
    ]);
    await reading.record([{ articleId: 'artikel-a', atMs: start + 20 * 60_000, previousIds: [] }]);
    const hourStart = Math.floor(start / hour) * hour;
    assert.deepEqual(await reading.hourlyReads('artikel-a', start - day, start + day), [
      { startMs: hourStart, reads: 3 },
      { startMs: hourStart + hour, reads: 1 },
    ]);
    assert.deepEqual(await reading.hourlyReads('artikel-a', start + hour, start + day), [{ startMs: hourStart + hour, reads: 1 }]);
    assert.deepEqual([...(await reading.totals(['artikel-a', 'artikel-x']))], [['artikel-a', 4]]);
  });

  test('co-reading pairs run from each earlier read to the new one, never to itself, once per earlier article', async () => {
    await reading.record([
      { articleId: 'artikel-c', atMs: start, previousIds: ['artikel-a', 'artikel-b', 'artikel-a', 'artikel-c'] },
      { articleId: 'artikel-c', atMs: start + 2 * day, previousIds: ['artikel-a'] },
      { articleId: 'artikel-d', atMs: start, previousIds: ['artikel-a'] },
    ]);
    assert.deepEqual(await reading.nextReads('artikel-a', 10), [
      { articleId: 'artikel-c', reads: 2 },
      { articleId: 'artikel-d', reads: 1 },
    ]);
    assert.deepEqual(await reading.nextReads('artikel-a', 1), [{ articleId: 'artikel-c', reads: 2 }]);
    assert.deepEqual(await reading.nextReads('artikel-c', 10), []);
    const signals = await reading.signals(start - day);
    const pairs = signals.coReads.map((p) => `${p.fromId}>${p.toId}:${p.reads}`).sort();
    assert.deepEqual(pairs, ['artikel-a>artikel-c:2', 'artikel-a>artikel-d:1', 'artikel-b>artikel-c:1']);
    // Only days from "since" on.
    const later = await reading.signals(start + day);
    assert.deepEqual(later.coReads.map((p) => `${p.fromId}>${p.toId}:${p.reads}`), ['artikel-a>artikel-c:1']);
  });

  test('a batch too large for one statement is recorded whole', async () => {
    const events = Array.from({ length: 2500 }, (_, i) => ({ articleId: `viel-${i % 1200}`, atMs: start + i * 1000, previousIds: [`vorher-${i}`] }));
    await reading.record(events);
    const totals = await reading.totals(events.map((e) => e.articleId));
    assert.equal(totals.size, 1200);
    assert.equal([...totals.values()].reduce((a, b) => a + b, 0), 2500);
  });

  test('a failing batch leaves no partial counts', async () => {
    // More good reads than one statement takes, so that the failure lands in a later statement:
    // only the transaction can take back the ones already written.
    const good = Array.from({ length: 600 }, (_, i) => `heil-${i}`);
    const before = await reading.totals(['heil-1', ...good]);
    await assert.rejects(
      reading.record([
        { articleId: 'heil-1', atMs: start, previousIds: [] },
        ...good.map((articleId) => ({ articleId, atMs: start, previousIds: [] })),
        // NaN cannot be bound as an hour: the statement fails inside the transaction.
        { articleId: 'kaputt', atMs: Number.NaN, previousIds: [] },
      ]),
    );
    assert.deepEqual(await reading.totals(['heil-1']), new Map([...before].filter(([id]) => id === 'heil-1')));
    assert.deepEqual(await reading.totals(['heil-1', ...good]), before);
  });

  test('dropBefore removes whole hours and days before the limit and keeps the rest', async () => {
    const dropped = await reading.dropBefore(start + day);
    assert.ok(dropped > 0);
    const signals = await reading.signals(0);
    assert.ok(signals.reads.every((r) => r.hourMs >= Math.floor((start + day) / hour) * hour));
    assert.deepEqual(signals.coReads.map((p) => `${p.fromId}>${p.toId}:${p.reads}`), ['artikel-a>artikel-c:1']);
  });

  test('the cookie secret is made once and survives reopening', async () => {
    const secret = await reading.cookieSecret();
    assert.equal(secret.byteLength, 32);
    assert.deepEqual(await reading.cookieSecret(), secret);
    const again = await openReadingStore(file);
    try {
      assert.deepEqual(await again.cookieSecret(), secret);
    } finally {
      await again.close();
    }
  });
});
