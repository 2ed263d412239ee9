import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../../test/helpers/temp-dir.ts';
import { openReadingStore } from '../../store/reading/open-reading-store.ts';
import type { ReadEvent } from '../../store/reading-repository.ts';
import { ReadBuffer } from './read-buffer.ts';

const atMs = Date.UTC(2026, 10, 20, 9, 0);
const read = (articleId: string, previousIds: string[] = []): ReadEvent => ({ articleId, atMs, previousIds });

describe('ReadBuffer', async () => {
  const reading = await openReadingStore(join(await tempDir(), 'lesen.sqlite'));
  after(() => reading.close());

  test('collects reads and writes them on flush and on close', async () => {
    const buffer = new ReadBuffer({ reading, intervalMs: 60_000 });
    buffer.add(read('buffer-a'));
    buffer.add(read('buffer-a'));
    buffer.add(read('buffer-b', ['buffer-a']));
    assert.deepEqual(await reading.totals(['buffer-a', 'buffer-b']), new Map(), 'nothing written before the flush');
    await buffer.flush();
    assert.equal(buffer.pending, 0);
    assert.deepEqual(await reading.totals(['buffer-a', 'buffer-b']), new Map([['buffer-a', 2], ['buffer-b', 1]]));
    assert.deepEqual(await reading.nextReads('buffer-a', 5), [{ articleId: 'buffer-b', reads: 1 }]);
    buffer.add(read('buffer-b'));
    await buffer.close();
    assert.equal((await reading.totals(['buffer-b'])).get('buffer-b'), 2);
  });

  test('writes by itself every interval', async () => {
    const buffer = new ReadBuffer({ reading, intervalMs: 20 });
    buffer.add(read('buffer-timer'));
    for (let i = 0; i < 100 && !(await reading.totals(['buffer-timer'])).has('buffer-timer'); i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal((await reading.totals(['buffer-timer'])).get('buffer-timer'), 1);
    await buffer.close();
  });

  test('a failed write is logged and tried again with the next one; nothing is lost or counted twice', async () => {
    const errors: unknown[] = [];
    let failing = true;
    // The real store behind a switch that makes its writes fail, as a full disk would.
    const flaky = { record: (events: readonly ReadEvent[]) => (failing ? Promise.reject(new Error('Datenträger voll')) : reading.record(events)) };
    const buffer = new ReadBuffer({ reading: flaky, intervalMs: 60_000, logError: (error) => errors.push(error) });
    buffer.add(read('buffer-flaky'));
    await buffer.flush();
    assert.equal(errors.length, 1);
    assert.equal(buffer.pending, 1, 'kept for the next write');
    buffer.add(read('buffer-flaky'));
    failing = false;
    await buffer.close();
    assert.equal((await reading.totals(['buffer-flaky'])).get('buffer-flaky'), 2);
    assert.equal(errors.length, 1);
  });

  test('while the store is down, at most maxPending reads wait, the oldest dropped and reported', async () => {
    const errors: unknown[] = [];
    let failing = true;
    const flaky = { record: (events: readonly ReadEvent[]) => (failing ? Promise.reject(new Error('weg')) : reading.record(events)) };
    const buffer = new ReadBuffer({ reading: flaky, intervalMs: 60_000, maxPending: 3, logError: (error) => errors.push(error) });
    for (const id of ['buffer-alt-1', 'buffer-alt-2', 'buffer-neu-1', 'buffer-neu-2', 'buffer-neu-3']) buffer.add(read(id));
    assert.equal(buffer.pending, 3);
    await buffer.flush();
    failing = false;
    await buffer.close();
    const totals = await reading.totals(['buffer-alt-1', 'buffer-alt-2', 'buffer-neu-1', 'buffer-neu-2', 'buffer-neu-3']);
    assert.deepEqual([...totals.keys()].sort(), ['buffer-neu-1', 'buffer-neu-2', 'buffer-neu-3']);
    assert.match(String(errors.at(-1)), /2 Lesevorgänge verworfen/);
  });

  test('concurrent flushes write each read once', async () => {
    const buffer = new ReadBuffer({ reading, intervalMs: 60_000 });
    for (let i = 0; i < 50; i++) buffer.add(read('buffer-parallel'));
    await Promise.all([buffer.flush(), buffer.flush(), buffer.flush()]);
    await buffer.close();
    assert.equal((await reading.totals(['buffer-parallel'])).get('buffer-parallel'), 50);
  });
});
