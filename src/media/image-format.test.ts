import assert from 'node:assert/strict';
import { test } from 'node:test';
import { derivativeWidths } from './derivative-widths.ts';
import { sniffImageFormat } from './image-format.ts';
import { derivativeUrl, mediaIdFromUrl } from './media-paths.ts';
import { cleanUploadName } from './upload-name.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (ch) => ch.charCodeAt(0)) : part)));

/** An ISO media `ftyp` box with a major brand and compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 0]);
};

test('recognises the accepted formats by their first bytes', () => {
  assert.equal(sniffImageFormat(bytes([0xff, 0xd8, 0xff, 0xe1])), 'jpeg');
  assert.equal(sniffImageFormat(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a])), 'png');
  assert.equal(sniffImageFormat(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')), 'webp');
  assert.equal(sniffImageFormat(ftyp('avif', 'mif1', 'miaf')), 'avif');
  assert.equal(sniffImageFormat(ftyp('mif1', 'avif')), 'avif', 'AVIF as a compatible brand');
  assert.equal(sniffImageFormat(ftyp('avis', 'msf1')), 'avif', 'an AVIF image sequence');
});

test('recognises the refused image formats, to name them', () => {
  assert.equal(sniffImageFormat(bytes('GIF89a', [1, 0, 1, 0])), 'gif');
  assert.equal(sniffImageFormat(bytes('GIF87a')), 'gif');
  assert.equal(sniffImageFormat(ftyp('heic', 'mif1', 'heic')), 'heic');
  assert.equal(sniffImageFormat(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')), 'svg');
  assert.equal(sniffImageFormat(bytes('  \n<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg>')), 'svg');
});

test('anything else is unknown, whatever it is called', () => {
  assert.equal(sniffImageFormat(bytes()), 'unknown');
  assert.equal(sniffImageFormat(bytes('Hallo Welt')), 'unknown');
  assert.equal(sniffImageFormat(bytes('<html><body><svg></svg></body></html>')), 'unknown');
  assert.equal(sniffImageFormat(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')), 'unknown');
  assert.equal(sniffImageFormat(ftyp('isom', 'mp41')), 'unknown', 'an MP4 video');
  assert.equal(sniffImageFormat(bytes([0xff, 0xd8])), 'unknown', 'too short to be a JPEG');
});

test('derivative widths: the steps the original fills, never upscaled', () => {
  const ladder = [480, 800, 1200, 1600];
  assert.deepEqual(derivativeWidths(300, ladder), [300]);
  assert.deepEqual(derivativeWidths(480, ladder), [480]);
  assert.deepEqual(derivativeWidths(1199, ladder), [480, 800]);
  assert.deepEqual(derivativeWidths(6000, ladder), [480, 800, 1200, 1600]);
});

test('media URLs: made and read back; other paths have no media id', () => {
  const id = '0123456789abcdef0123456789abcdef';
  assert.equal(derivativeUrl(id, 800, 'webp'), `/media/bilder/${id}/800.webp`);
  assert.equal(mediaIdFromUrl(derivativeUrl(id, 800, 'avif')), id);
  for (const other of [null, undefined, '', '/media/demo/x.svg', `/media/bilder/${id}/800.png`, `/media/bilder/${id}/../x.jpg`,
    `https://example.org/media/bilder/${id}/800.jpg`, `/media/bilder/${id.toUpperCase()}/800.jpg`, `/media/bilder/.upload-${id}-x/800.jpg`]) {
    assert.equal(mediaIdFromUrl(other), null, String(other));
  }
});

test('upload names: no folders, no control characters, never empty', () => {
  assert.equal(cleanUploadName('C:\\fakepath\\Foto 1.jpg'), 'Foto 1.jpg');
  assert.equal(cleanUploadName('../../etc/passwd'), 'passwd');
  assert.equal(cleanUploadName('a\nb\u0000c.png'), 'abc.png');
  assert.equal(cleanUploadName('  '), 'Bild');
  assert.equal(cleanUploadName('x'.repeat(500)).length, 200);
});
