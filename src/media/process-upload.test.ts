import assert from 'node:assert/strict';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { processUpload } from './process-upload.ts';

/** Test images are made here, small, rather than kept as binary files. */
function solid(width: number, height: number, colour: string | { r: number; g: number; b: number; alpha: number }, channels: 3 | 4 = 3) {
  return sharp({ create: { width, height, channels, background: colour } });
}

/** Left half red, right half blue: which side ends up on top shows the rotation. */
async function redBlue(width: number, height: number) {
  const half = await solid(width / 2, height, '#0000ff').png().toBuffer();
  return solid(width, height, '#ff0000').composite([{ input: half, left: width / 2, top: 0 }]);
}

/** Pixels that do not compress away, so the scan data is most of the file. */
function noise(width: number, height: number) {
  const data = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < data.length; i++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    data[i] = seed >>> 24;
  }
  return sharp(data, { raw: { width, height, channels: 3 } });
}

/** A valid PNG header declaring width × height, with a token of pixel data: a decompression bomb's shape. */
function pngDeclaring(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(width * 3 + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + info.channels)];
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).map(String).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const near = (actual: number[], expected: number[], tolerance = 12) =>
  actual.length >= expected.length && expected.every((value, i) => Math.abs((actual[i] ?? -999) - value) <= tolerance);

describe('processUpload: derivatives', () => {
  test('turns a photo upright by its EXIF orientation and strips EXIF, GPS, XMP and the ICC profile', async () => {
    const mediaDir = await tempDir();
    const photo = await (await redBlue(600, 300))
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Erika Muster' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .withIccProfile('p3')
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
      .toBuffer();
    const input = await sharp(photo).metadata();
    assert.equal(input.orientation, 6, 'the test photo carries orientation 6');
    assert.ok(input.exif?.includes('N\0'), 'the test photo carries a GPS latitude');
    assert.ok(input.hasProfile && input.xmp, 'the test photo carries an ICC profile and XMP');

    const image = await processUpload(photo, 'urlaub.jpg', { mediaDir });
    // Orientation 6 means "turn 90° clockwise to show": 600 × 300 stored, 300 × 600 shown.
    assert.deepEqual([image.width, image.height, image.widths], [300, 600, [300]]);
    assert.equal(image.src, `/media/bilder/${image.id}/300.jpg`);
    for (const extension of ['jpg', 'webp', 'avif']) {
      const file = join(mediaDir, 'bilder', image.id, `300.${extension}`);
      const meta = await sharp(file).metadata();
      assert.deepEqual([meta.width, meta.height], [300, 600], `${extension}: upright`);
      assert.equal(meta.orientation, undefined, `${extension}: no orientation tag`);
      assert.equal(meta.exif, undefined, `${extension}: no EXIF (and so no GPS)`);
      assert.equal(meta.xmp, undefined, `${extension}: no XMP`);
      assert.equal(meta.iptc, undefined, `${extension}: no IPTC`);
      assert.equal(meta.hasProfile, false, `${extension}: no ICC profile`);
      // The left half (red) is on top now, the right half (blue) below.
      assert.ok(near(await pixel(file, 150, 100), [255, 0, 0], 40), `${extension}: red on top`);
      assert.ok(near(await pixel(file, 150, 500), [0, 0, 255], 40), `${extension}: blue below`);
    }
    const jpeg = await sharp(join(mediaDir, 'bilder', image.id, '300.jpg')).metadata();
    assert.equal(jpeg.isProgressive, true);
  });

  test('a PNG with transparency: JPEG on white, WebP and AVIF keep the alpha channel', async () => {
    const mediaDir = await tempDir();
    const green = await solid(300, 300, '#00ff00').png().toBuffer();
    const png = await solid(600, 300, { r: 0, g: 0, b: 0, alpha: 0 }, 4)
      .composite([{ input: green, left: 300, top: 0 }])
      .png()
      .toBuffer();
    const image = await processUpload(png, 'logo.png', { mediaDir });
    assert.deepEqual(image.widths, [480]);
    const file = (extension: string) => join(mediaDir, 'bilder', image.id, `480.${extension}`);
    assert.ok(near(await pixel(file('jpg'), 50, 100), [255, 255, 255]), 'transparent turns white in JPEG');
    assert.ok(near(await pixel(file('jpg'), 400, 100), [0, 255, 0]), 'opaque stays green in JPEG');
    for (const extension of ['webp', 'avif']) {
      assert.equal((await sharp(file(extension)).metadata()).hasAlpha, true, `${extension} keeps alpha`);
      assert.ok((await pixel(file(extension), 50, 100))[3]! < 10, `${extension}: transparent stays transparent`);
    }
  });

  test('16-bit, CMYK and grey-with-alpha uploads all become 8-bit sRGB', async () => {
    const mediaDir = await tempDir();
    const orange = { width: 500, height: 300, channels: 3, background: '#ff8000' } as const;
    const cases = [
      ['16bit.png', await sharp({ create: orange }).toColourspace('rgb16').png().toBuffer(), [255, 128, 0]],
      ['cmyk.jpg', await sharp({ create: orange }).toColourspace('cmyk').jpeg().toBuffer(), [255, 128, 0]],
      ['grau.png', await sharp({ create: { ...orange, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).greyscale().png().toBuffer(), [128, 128, 128]],
    ] as const;
    for (const [name, bytes, expected] of cases) {
      const image = await processUpload(bytes, name, { mediaDir });
      const file = join(mediaDir, 'bilder', image.id, '480.jpg');
      const meta = await sharp(file).metadata();
      assert.deepEqual([meta.space, meta.depth, meta.channels], ['srgb', 'uchar', 3], name);
      assert.ok(near(await pixel(file, 10, 10), [...expected], 16), `${name}: ${await pixel(file, 10, 10)}`);
    }
  });

  test('a 300 px image gets one width, its own; nothing is ever upscaled', async () => {
    const mediaDir = await tempDir();
    const image = await processUpload(await solid(300, 200, '#336699').png().toBuffer(), 'klein.png', { mediaDir });
    assert.deepEqual([image.width, image.height, image.widths], [300, 200, [300]]);
    assert.deepEqual(await filesUnder(join(mediaDir, 'bilder', image.id)), ['300.avif', '300.jpg', '300.webp']);
  });

  test('a 3000 px image gets 480, 800, 1200 and 1600 in AVIF, WebP and JPEG', async () => {
    const mediaDir = await tempDir();
    const image = await processUpload(await solid(3000, 2000, '#884422').jpeg().toBuffer(), 'gross.jpg', { mediaDir });
    assert.deepEqual([image.width, image.height, image.widths], [3000, 2000, [480, 800, 1200, 1600]]);
    assert.equal(image.src, `/media/bilder/${image.id}/1600.jpg`);
    assert.match(image.id, /^[0-9a-f]{32}$/);
    const folder = join(mediaDir, 'bilder', image.id);
    assert.equal((await filesUnder(folder)).length, 12);
    for (const width of [480, 800, 1200, 1600]) {
      for (const [extension, format] of [['avif', 'heif'], ['webp', 'webp'], ['jpg', 'jpeg']] as const) {
        const meta = await sharp(join(folder, `${width}.${extension}`)).metadata();
        assert.deepEqual([meta.format, meta.width, meta.height], [format, width, Math.round((width * 2) / 3)]);
      }
    }
    assert.deepEqual(await filesUnder(join(mediaDir, 'bilder')), [image.id, ...(await filesUnder(folder)).map((f) => join(image.id, f))].sort(), 'no temporary folder is left');
  });

  test('an image between two steps gets the steps below its width', async () => {
    const mediaDir = await tempDir();
    const image = await processUpload(await solid(1000, 500, '#000').webp().toBuffer(), 'mittel.webp', { mediaDir });
    assert.deepEqual(image.widths, [480, 800]);
  });

  test('content decides, not the name: a PNG named .jpg, a WebP named .png and an AVIF are accepted', async () => {
    const mediaDir = await tempDir();
    const cases = [
      [await solid(500, 300, '#123456').png().toBuffer(), 'foto.jpg', 'png'],
      [await solid(500, 300, '#654321').webp().toBuffer(), 'bild.png', 'webp'],
      [await solid(500, 300, '#abcdef').avif().toBuffer(), 'bild', 'avif'],
    ] as const;
    for (const [bytes, name, format] of cases) {
      const image = await processUpload(bytes, name, { mediaDir });
      assert.equal(image.format, format, name);
      assert.deepEqual(image.widths, [480]);
    }
  });

  test('the same image uploaded twice gets the same id and is not written again', async () => {
    const mediaDir = await tempDir();
    const bytes = await solid(900, 600, '#445566').jpeg().toBuffer();
    const first = await processUpload(bytes, 'a.jpg', { mediaDir });
    const file = join(mediaDir, 'bilder', first.id, '800.avif');
    const written = (await stat(file)).mtimeMs;
    const second = await processUpload(bytes, 'anderer-name.jpg', { mediaDir });
    assert.equal(second.id, first.id);
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal((await stat(file)).mtimeMs, written);
    assert.deepEqual(await filesUnder(join(mediaDir, 'bilder')).then((f) => f.filter((name) => !name.includes('/'))), [first.id]);
    const other = await processUpload(await solid(900, 600, '#445567').jpeg().toBuffer(), 'a.jpg', { mediaDir });
    assert.notEqual(other.id, first.id, 'different content, different id');
  });

  test('two uploads of the same image at once both succeed with one folder', async () => {
    const mediaDir = await tempDir();
    const bytes = await solid(500, 500, '#778899').png().toBuffer();
    const [a, b] = await Promise.all([processUpload(bytes, 'a.png', { mediaDir }), processUpload(bytes, 'b.png', { mediaDir })]);
    assert.equal(a.id, b.id);
    assert.deepEqual(await readdir(join(mediaDir, 'bilder')), [a.id]);
    assert.deepEqual(await readdir(join(mediaDir, 'bilder', a.id)).then((f) => f.sort()), ['480.avif', '480.jpg', '480.webp']);
  });

  test('the cleaned name: no folders, no control characters', async () => {
    const mediaDir = await tempDir();
    const image = await processUpload(await solid(100, 100, '#000').png().toBuffer(), 'C:\\fakepath\\Bild\u0007 1.png', { mediaDir });
    assert.equal(image.originalName, 'Bild 1.png');
  });
});

describe('processUpload: refused uploads', () => {
  const refuses = async (bytes: Uint8Array, name: string, code: string, message: RegExp, options: { maxBytes?: number } = {}) => {
    const mediaDir = await tempDir();
    await assert.rejects(processUpload(bytes, name, { mediaDir, ...options }), (error: Error & { code?: string; status?: number }) => {
      assert.equal(error.name, 'DepescheError');
      assert.equal(error.code, code);
      assert.match(error.message, message);
      assert.ok(error.message.startsWith(`${name}: `), `the message names the file: ${error.message}`);
      return true;
    });
    const left = (await filesUnder(mediaDir)).filter((file) => file !== 'bilder');
    assert.deepEqual(left, [], 'a refused upload leaves nothing behind');
  };

  test('an empty file', () => refuses(new Uint8Array(0), 'leer.jpg', 'empty_file', /leer/));

  test('a text file named .jpg', () =>
    refuses(new TextEncoder().encode('Das ist kein Bild, nur Text.\n'), 'notiz.jpg', 'unsupported_media', /kein Bild.*erlaubt sind JPEG, PNG, WebP und AVIF/));

  test('an SVG, even with an XML declaration, a comment and a BOM', () =>
    refuses(
      new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<!-- Grafik -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
      'grafik.svg',
      'unsupported_media',
      /SVG-Bilder werden nicht angenommen; erlaubt sind JPEG, PNG, WebP und AVIF/,
    ));

  test('a GIF, also when named .png', async () =>
    refuses(await solid(20, 20, '#f00').gif().toBuffer(), 'animiert.png', 'unsupported_media', /GIF-Bilder werden nicht angenommen; erlaubt sind JPEG, PNG, WebP und AVIF/));

  test('a file over the size limit, with both sizes in the message', async () => {
    const bytes = await noise(200, 200).png().toBuffer();
    assert.ok(bytes.length > 100_000, `the test image is ${bytes.length} bytes`);
    await refuses(bytes, 'riesig.png', 'file_too_large', /ist 0,\d MB groß, erlaubt sind höchstens 0,1 MB/, { maxBytes: 100_000 });
  });

  test('the default size limit is 20 MB', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    await refuses(bytes, 'gross.jpg', 'file_too_large', /20,1 MB groß, erlaubt sind höchstens 20 MB/);
  });

  test('a pixel bomb: a small PNG declaring 30,000 × 30,000 pixels', async () => {
    const bomb = pngDeclaring(30_000, 30_000);
    assert.ok(bomb.length < 100_000, `the bomb is small (${bomb.length} bytes)`);
    await refuses(bomb, 'bombe.png', 'file_too_large', /30\.000 × 30\.000 Pixel groß; erlaubt sind höchstens 12\.000 Pixel je Seite und 50 Megapixel/);
  });

  test('too many pixels although no side is too long', () =>
    refuses(pngDeclaring(10_000, 8_000), 'breit.png', 'file_too_large', /10\.000 × 8\.000 Pixel/));

  test('a truncated JPEG, and no folder is left behind', async () => {
    const jpeg = await noise(640, 480).jpeg({ quality: 90 }).toBuffer();
    await refuses(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'abgebrochen.jpg', 'invalid_input', /beschädigt oder unvollständig/);
  });

  test('a JPEG header followed by garbage', () =>
    refuses(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('kein jpeg '.repeat(50))]), 'kaputt.jpg', 'invalid_input', /beschädigt/));

  test('an HEIC-branded file', () => {
    const box = Buffer.alloc(24);
    box.writeUInt32BE(24, 0);
    box.write('ftypheic', 4, 'latin1');
    box.write('mif1heic', 16, 'latin1');
    return refuses(box, 'iphone.heic', 'unsupported_media', /HEIC-Bilder werden nicht angenommen/);
  });
});

describe('processUpload: atomic writes', () => {
  test('when the final move fails, the written derivatives are removed with their temporary folder', async () => {
    const mediaDir = await tempDir();
    const bytes = await solid(600, 400, '#202020').jpeg().toBuffer();
    const probe = await processUpload(bytes, 'probe.jpg', { mediaDir: await tempDir() });
    // A plain file where the image's folder would go makes the rename fail after every derivative was written.
    await processUpload(await solid(10, 10, '#fff').png().toBuffer(), 'x.png', { mediaDir }); // creates bilder/
    await writeFile(join(mediaDir, 'bilder', probe.id), 'im Weg');
    const before = await filesUnder(join(mediaDir, 'bilder'));
    await assert.rejects(processUpload(bytes, 'foto.jpg', { mediaDir }));
    assert.deepEqual(await filesUnder(join(mediaDir, 'bilder')), before, 'nothing was added');
  });
});
