import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import type { Store } from './article-repository.ts';
import type { NewMediaRecord } from './media-repository.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';

/** The media repository contract, written against the Store interface so it runs on every engine. */
const engines: { name: string; open: () => Promise<Store> }[] = [
  { name: 'SQLite', open: async () => openSqliteStore(join(await tempDir(), 'test.sqlite')) },
];

let counter = 0;
function sampleMedia(overrides: Partial<NewMediaRecord> = {}): NewMediaRecord {
  counter++;
  return {
    id: counter.toString(16).padStart(32, 'a'),
    originalName: `foto-${counter}.jpg`,
    width: 3000,
    height: 2000,
    widths: [480, 800, 1200, 1600],
    createdBy: 'user-1',
    ...overrides,
  };
}

for (const engine of engines) {
  describe(`MediaRepository on ${engine.name}`, async () => {
    const store = await engine.open();
    after(() => store.close());

    test('save then read back, field for field', async () => {
      const media = sampleMedia({ createdAt: '2025-04-25T08:00:00.000Z' });
      const { record, created } = await store.media.save(media);
      assert.equal(created, true);
      assert.deepEqual(record, media);
      assert.deepEqual(await store.media.get(media.id), media);
      assert.equal(await store.media.get('0'.repeat(32)), undefined);
    });

    test('the same image saved twice is one row; the first name, uploader and time stay', async () => {
      const first = sampleMedia({ createdAt: '2025-04-25T08:00:00.000Z' });
      await store.media.save(first);
      const tokenBefore = store.changeToken();
      const again = await store.media.save({ ...first, originalName: 'kopie.jpg', createdBy: 'user-2', createdAt: '2025-05-01T08:00:00.000Z' });
      assert.equal(again.created, false);
      assert.deepEqual(again.record, first);
      assert.equal(store.changeToken(), tokenBefore, 'a repeated upload changes nothing, so no page goes stale');
      const listed = await store.media.list({ limit: 1000 });
      assert.equal(listed.filter((m) => m.id === first.id).length, 1);
    });

    test('a re-upload processed with other widths updates the widths', async () => {
      const media = sampleMedia({ widths: [480, 800] });
      await store.media.save(media);
      const { record, created } = await store.media.save({ ...media, widths: [480, 800, 1200] });
      assert.equal(created, false);
      assert.deepEqual(record.widths, [480, 800, 1200]);
    });

    test('getMany returns known ids only, and handles more ids than one query may bind', async () => {
      const a = sampleMedia();
      const b = sampleMedia();
      await store.media.save(a);
      await store.media.save(b);
      const unknown = Array.from({ length: 1200 }, (_, i) => i.toString(16).padStart(32, 'f'));
      const found = await store.media.getMany([a.id, ...unknown, b.id, a.id]);
      assert.deepEqual([...found.keys()].sort(), [a.id, b.id].sort());
      assert.deepEqual(found.get(b.id)?.widths, b.widths);
      assert.equal((await store.media.getMany([])).size, 0);
    });

    test('list: newest first, by uploader, in pages', async () => {
      const older = sampleMedia({ createdBy: 'list-user', createdAt: '2030-01-01T00:00:00.000Z' });
      const newer = sampleMedia({ createdBy: 'list-user', createdAt: '2030-01-02T00:00:00.000Z' });
      await store.media.save(older);
      await store.media.save(newer);
      assert.deepEqual((await store.media.list({ limit: 10, createdBy: 'list-user' })).map((m) => m.id), [newer.id, older.id]);
      assert.deepEqual((await store.media.list({ limit: 1, offset: 1, createdBy: 'list-user' })).map((m) => m.id), [older.id]);
      assert.equal((await store.media.list({ limit: 1 }))[0]?.id, newer.id);
    });

    test('a nullable uploader', async () => {
      const media = sampleMedia({ createdBy: null });
      assert.equal((await store.media.save(media)).record.createdBy, null);
    });
  });
}
