import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { siteSettingDefaults } from '../settings/site-settings.ts';
import { openReadingStore } from '../store/reading/open-reading-store.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { dropOldReadings } from './drop-old-readings.ts';

const day = 24 * 3_600_000;

test('reading statistics older than the retention the admin set are dropped, newer ones kept', async () => {
  const dir = await tempDir();
  const store = await openSqliteStore(join(dir, 'depesche.sqlite'));
  const reading = await openReadingStore(join(dir, 'lesen.sqlite'));
  after(async () => {
    await reading.close();
    await store.close();
  });
  const now = new Date('2026-11-24T12:00:00Z');
  await store.settings.save({ readingRetentionDays: '7' }, 'admin@example.org');
  await reading.record([
    { articleId: 'alt-artikel', atMs: now.getTime() - 8 * day, previousIds: ['davor'] },
    { articleId: 'neu-artikel', atMs: now.getTime() - 6 * day, previousIds: ['davor'] },
  ]);

  const dropped = await dropOldReadings(store, reading, siteSettingDefaults('Depesche'), now);

  assert.equal(dropped, 2, 'one hour of reads and one day of pairs');
  assert.deepEqual([...(await reading.totals(['alt-artikel', 'neu-artikel']))], [['neu-artikel', 1]]);
  assert.deepEqual(await reading.nextReads('davor', 5), [{ articleId: 'neu-artikel', reads: 1 }]);
});
