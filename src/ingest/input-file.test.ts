import assert from 'node:assert/strict';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DepescheError, type ErrorCode } from '../errors.ts';
import { decodeInput, maxInputBytes, readInputFile } from './input-file.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

/** Asserts a DepescheError with this code whose message contains every fragment. */
function rejects(code: ErrorCode, ...fragments: (string | RegExp)[]): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof DepescheError, `expected DepescheError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    for (const fragment of fragments) {
      if (typeof fragment === 'string') assert.ok(error.message.includes(fragment), `"${error.message}" lacks "${fragment}"`);
      else assert.match(error.message, fragment);
    }
    return true;
  };
}

describe('decodeInput', () => {
  test('decodes UTF-8, strips the BOM, normalises line ends and NFC', () => {
    const decomposed = 'Gru\u0308\u00dfe'; // ü as u + combining diaeresis
    const input = utf8(`\uFEFFZeile 1: „${decomposed}“ 🙂\r\nZeile 2\rZeile 3\n`);
    const text = decodeInput(input, 'gruss.txt');
    assert.equal(text, 'Zeile 1: „Grüße“ 🙂\nZeile 2\nZeile 3\n');
    assert.equal(text, text.normalize('NFC'));
    assert.ok(!text.startsWith('\uFEFF'));
  });

  test('keeps tabs and form feeds, and a few stray control characters', () => {
    assert.equal(decodeInput(utf8('a\tb\fc\n'), 'x.txt'), 'a\tb\fc\n');
    const mostlyText = utf8(`${'Text ohne Probleme. '.repeat(10)}\x1b[0m`);
    assert.ok(decodeInput(mostlyText, 'log.txt').endsWith('\x1b[0m'));
  });

  test('refuses an empty file', () => {
    assert.throws(() => decodeInput(new Uint8Array(0), 'leer.txt'), rejects('empty_file', 'leer.txt: die Datei ist leer'));
  });

  test('refuses a file with only whitespace or only a BOM', () => {
    assert.throws(() => decodeInput(utf8(' \n\t\r\n  '), 'blank.txt'), rejects('empty_file', 'blank.txt:', 'nur Leerzeichen'));
    assert.throws(() => decodeInput(utf8('\uFEFF\n'), 'bom.txt'), rejects('empty_file', 'bom.txt:'));
  });

  test('refuses more than maxInputBytes and says the size and the limit in MB', () => {
    const big = new Uint8Array(maxInputBytes + 1).fill(0x61);
    assert.throws(() => decodeInput(big, 'gross.txt'), rejects('file_too_large', 'gross.txt:', '5,1 MB', 'höchstens 5 MB'));
    const huge = new Uint8Array(Math.round(7.25 * 1024 * 1024)).fill(0x61);
    assert.throws(() => decodeInput(huge, 'riesig.txt'), rejects('file_too_large', '7,3 MB'));
    assert.equal(decodeInput(new Uint8Array(maxInputBytes).fill(0x61), 'genau.txt').length, maxInputBytes);
  });

  test('names common binary formats', () => {
    const cases: [string, Uint8Array, string][] = [
      ['bild.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'sieht aus wie ein PNG-Bild'],
      ['foto.jpg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46), 'sieht aus wie ein JPEG-Bild'],
      ['doc.pdf', utf8('%PDF-1.7\n%âãÏÓ\n'), 'sieht aus wie ein PDF-Dokument'],
      ['text.docx', bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0), 'sieht aus wie ein ZIP-Archiv'],
      ['text.txt.gz', bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0), 'gzip'],
      ['anim.gif', utf8('GIF89a\x01\x00'), 'GIF-Bild'],
      ['alt.doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'Microsoft-Office-Dokument'],
    ];
    for (const [name, input, fragment] of cases) {
      assert.throws(() => decodeInput(input, name), rejects('binary_file', `${name}:`, fragment));
    }
  });

  test('does not mistake text that starts like a signature for binary', () => {
    assert.equal(decodeInput(utf8('BZh, sagte er.'), 'bzh.txt'), 'BZh, sagte er.');
  });

  test('refuses NUL bytes and says where the first one is', () => {
    const input = utf8('Hallo Welt, hier kommt\0 ein NUL');
    assert.throws(() => decodeInput(input, 'nul.bin'), rejects('binary_file', 'nul.bin:', 'NUL', 'Byte-Position 22'));
  });

  test('refuses a high share of control characters', () => {
    const input = bytes(0x41, 0x01, 0x02, 0x03, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49);
    assert.throws(() => decodeInput(input, 'steuer.dat'), rejects('binary_file', 'steuer.dat:', 'Steuerzeichen'));
  });

  test('recognises UTF-16 with and without BOM and suggests iconv', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('Hallo Welt', (ch) => [ch.charCodeAt(0), 0]).flat()]);
    assert.throws(() => decodeInput(le, 'utf16.txt'), rejects('not_utf8', 'utf16.txt:', 'UTF-16', 'iconv -f utf-16 -t utf-8 utf16.txt'));
    const be = new Uint8Array(Array.from('Guten Morgen', (ch) => [0, ch.charCodeAt(0)]).flat());
    assert.throws(() => decodeInput(be, 'be.txt'), rejects('not_utf8', 'UTF-16BE', 'iconv -f utf-16be'));
  });

  test('refuses Latin-1 with the offset, the line and an iconv command', () => {
    // "Zeile eins\nGrüße" in ISO-8859-1: ü = 0xFC at offset 14, ß = 0xDF.
    const input = new Uint8Array([...utf8('Zeile eins\nGr'), 0xfc, 0xdf, 0x65]);
    assert.throws(
      () => decodeInput(input, 'alt.txt'),
      rejects('not_utf8', 'alt.txt:', 'UTF-8', '0xFC', 'Byte-Position 13', 'Zeile 2', '„ü“', 'Windows-1252', 'iconv -f latin1 -t utf-8 alt.txt > alt-utf8.txt'),
    );
  });

  test('suggests windows-1252 when typographic quotes from Windows-1252 are present', () => {
    const input = new Uint8Array([...utf8('Er sagte '), 0x84, ...utf8('Hallo'), 0x93, ...utf8('.')]);
    assert.throws(() => decodeInput(input, 'mein text.txt'), rejects('not_utf8', 'Byte-Position 9', '„„“', "iconv -f windows-1252 -t utf-8 'mein text.txt'"));
  });

  test('finds invalid UTF-8 the decoder refuses: overlong, surrogate, truncated', () => {
    const cases: [Uint8Array, number][] = [
      [new Uint8Array([0x61, 0xc0, 0xaf]), 1], // overlong "/"
      [new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]), 2], // UTF-16 surrogate D800
      [new Uint8Array([0x61, 0x62, 0x63, 0xe2, 0x82]), 3], // "€" cut short at the end
      [new Uint8Array([0x61, 0xf4, 0x90, 0x80, 0x80]), 1], // above U+10FFFF
    ];
    for (const [input, offset] of cases) {
      assert.throws(() => decodeInput(input, 'kaputt.txt'), rejects('not_utf8', `Byte-Position ${offset} `));
    }
  });
});

describe('readInputFile', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'depesche-input-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('reads and decodes a UTF-8 file', async () => {
    const path = join(dir, 'artikel.txt');
    await writeFile(path, '\uFEFFÜberschrift\r\n\r\nText.\r\n');
    assert.equal(await readInputFile(path), 'Überschrift\n\nText.\n');
  });

  test('names the path as given in errors', async () => {
    const path = join(dir, 'leer.txt');
    await writeFile(path, '');
    await assert.rejects(readInputFile(path), rejects('empty_file', `${path}: die Datei ist leer`));
  });

  test('refuses a missing file', async () => {
    const path = join(dir, 'gibt-es-nicht.txt');
    await assert.rejects(readInputFile(path), rejects('invalid_input', `${path}: die Datei gibt es nicht`));
    await assert.rejects(readInputFile(join(dir, 'artikel.txt', 'x')), rejects('invalid_input', 'gibt es nicht'));
  });

  test('refuses a directory', async () => {
    await assert.rejects(readInputFile(dir), rejects('invalid_input', `${dir}: das ist ein Verzeichnis`));
  });

  test('refuses an oversized file from its size, before reading it', async () => {
    const path = join(dir, 'gross.txt');
    await writeFile(path, new Uint8Array(maxInputBytes + 300 * 1024).fill(0x61));
    await assert.rejects(readInputFile(path), rejects('file_too_large', `${path}:`, '5,3 MB', 'höchstens 5 MB'));
    // A sparse 8 GiB file: reading it would take far longer than this test allows.
    const sparse = join(dir, 'riesig.txt');
    await writeFile(sparse, '');
    await truncate(sparse, 8 * 1024 ** 3);
    const started = performance.now();
    await assert.rejects(readInputFile(sparse), rejects('file_too_large', '8.192 MB'));
    assert.ok(performance.now() - started < 1000);
  });

  test('refuses binary files by content', async () => {
    const path = join(dir, 'bild.txt');
    await writeFile(path, bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52));
    await assert.rejects(readInputFile(path), rejects('binary_file', `${path}: das ist keine Textdatei, sie sieht aus wie ein PNG-Bild`));
  });
});
