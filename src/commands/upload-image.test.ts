import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { uploadImage } from './upload-image.ts';

const dir = await tempDir();
const mediaDir = join(dir, 'media');
const store = await openSqliteStore(join(dir, 'test.sqlite'));
after(() => store.close());

const png = (colour: string) => sharp({ create: { width: 1000, height: 750, channels: 3, background: colour } }).png().toBuffer();

test('an upload is written and recorded; the same image again is neither written nor recorded twice', async () => {
  const bytes = await png('#123456');
  const first = await uploadImage(store, { bytes, originalName: 'hafen.png', createdBy: 'user-1' }, { mediaDir });
  assert.equal(first.created, true);
  assert.equal(first.src, `/media/bilder/${first.media.id}/800.jpg`);
  assert.deepEqual(
    { ...first.media, createdAt: undefined },
    { id: first.media.id, originalName: 'hafen.png', width: 1000, height: 750, widths: [480, 800], createdBy: 'user-1', createdAt: undefined },
  );

  const second = await uploadImage(store, { bytes, originalName: 'kopie.png', createdBy: 'user-2' }, { mediaDir });
  assert.equal(second.created, false);
  assert.deepEqual(second.media, first.media, 'the first upload’s record stays');
  assert.equal(second.src, first.src);
  assert.deepEqual(await readdir(join(mediaDir, 'bilder')), [first.media.id]);
  assert.equal((await store.media.list({ limit: 10 })).length, 1);
});

test('a refused upload records nothing', async () => {
  await assert.rejects(
    uploadImage(store, { bytes: new TextEncoder().encode('kein Bild'), originalName: 'x.jpg', createdBy: null }, { mediaDir }),
    { code: 'unsupported_media', status: 415 },
  );
  assert.equal((await store.media.list({ limit: 10 })).length, 1);
});
