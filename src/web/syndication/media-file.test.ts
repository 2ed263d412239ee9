import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../test/helpers/temp-dir.ts';
import { imageMediaType, mediaFileSize } from './media-file.ts';

test('the media type by file extension, null when the name does not tell', () => {
  assert.equal(imageMediaType('/media/bilder/0123/1200.jpg'), 'image/jpeg');
  assert.equal(imageMediaType('/media/demo/karte.SVG'), 'image/svg+xml');
  assert.equal(imageMediaType('https://bilder.example/foto.webp?breite=800#x'), 'image/webp');
  assert.equal(imageMediaType('https://bilder.example/foto?id=3'), null);
});

test('the size of a file in the media folder; 0 for other URLs, missing files and paths that leave the folder', async () => {
  const root = await tempDir();
  const mediaDir = join(root, 'media');
  await mkdir(join(mediaDir, 'demo'), { recursive: true });
  await writeFile(join(mediaDir, 'demo', 'bild mit leerzeichen.svg'), 'x'.repeat(1234));
  await writeFile(join(root, 'geheim.txt'), 'nicht für Feeds');
  assert.equal(await mediaFileSize(mediaDir, '/media/demo/bild%20mit%20leerzeichen.svg'), 1234);
  assert.equal(await mediaFileSize(mediaDir, '/media/demo/fehlt.svg'), 0);
  assert.equal(await mediaFileSize(mediaDir, '/media/demo'), 0, 'a folder is no file');
  assert.equal(await mediaFileSize(mediaDir, '/media/../geheim.txt'), 0);
  assert.equal(await mediaFileSize(mediaDir, '/media/%2e%2e/geheim.txt'), 0);
  assert.equal(await mediaFileSize(mediaDir, '/media/%E0%A4%A'), 0, 'a broken escape');
  assert.equal(await mediaFileSize(mediaDir, 'https://bilder.example/foto.jpg'), 0);
});
