/**
 * Finds the first byte that breaks UTF-8 (Unicode table 3-7, the same rules as
 * the WHATWG decoder: no overlongs, no surrogates, nothing above U+10FFFF).
 * Also notes whether stray bytes 0x80–0x9F occur: in Windows-1252 they are
 * „ “ – € and friends, while Latin-1 would turn them into control characters.
 */
export function scanUtf8(bytes: Uint8Array): { firstInvalid: number; windows1252Only: boolean } {
  let firstInvalid = -1;
  let windows1252Only = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, low] = [2, 0xa0];
    else if (b === 0xed) [need, high] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, low] = [3, 0x90];
    else if (b === 0xf4) [need, high] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    let valid = need > 0 && i + need < bytes.length;
    if (valid) {
      const second = bytes[i + 1]!;
      valid = second >= low && second <= high;
      for (let k = 2; valid && k <= need; k++) valid = bytes[i + k]! >= 0x80 && bytes[i + k]! <= 0xbf;
    }
    if (valid) {
      i += need + 1;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = i;
    if (b <= 0x9f) windows1252Only = true;
    i++;
  }
  return { firstInvalid, windows1252Only };
}

/**
 * The offset of the first byte that breaks UTF-8, or -1 when all are valid.
 * TextDecoder only says *that* a text is broken; a person asking for a fix
 * wants to say *where*.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  return scanUtf8(bytes).firstInvalid;
}

/** The 1-based line of a byte offset. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
