import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstInvalidUtf8Byte, lineOfByte } from './utf8-scan.ts';

describe('firstInvalidUtf8Byte', () => {
  test('agrees with TextDecoder on what is valid', () => {
    const valid = Buffer.from('Grüße „aus“ Köln – 12 € 🙂 \u{10FFFF}');
    assert.equal(firstInvalidUtf8Byte(valid), -1);
    assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(valid));
  });

  const broken: [string, number[], number][] = [
    ['a Latin-1 ü', [0x47, 0x72, 0xfc, 0xdf, 0x65], 2],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['0xFF', [0x61, 0xff], 1],
  ];
  for (const [what, bytes, offset] of broken) {
    test(`finds ${what} at byte ${offset}`, () => {
      const body = new Uint8Array(bytes);
      assert.equal(firstInvalidUtf8Byte(body), offset);
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(body));
    });
  }

  test('lineOfByte counts line feeds before the offset', () => {
    const body = Buffer.from('eins\nzwei\ndrei');
    assert.equal(lineOfByte(body, 0), 1);
    assert.equal(lineOfByte(body, 5), 2);
    assert.equal(lineOfByte(body, 12), 3);
  });
});
