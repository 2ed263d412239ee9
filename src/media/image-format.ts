/**
 * What an uploaded file is, judged by its first bytes alone: the name and the
 * type a browser declares are whatever the sender wants them to be.
 */
export const acceptedFormats = ['jpeg', 'png', 'webp', 'avif'] as const;
export type AcceptedFormat = (typeof acceptedFormats)[number];

/** Formats we recognise only to refuse them with a precise reason. */
export type RefusedFormat = 'gif' | 'svg' | 'heic';

export type SniffedFormat = AcceptedFormat | RefusedFormat | 'unknown';

/** For messages: "erlaubt sind JPEG, PNG, WebP und AVIF". */
export const formatLabels: Record<AcceptedFormat | RefusedFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  gif: 'GIF',
  svg: 'SVG',
  heic: 'HEIC',
};

export function isAcceptedFormat(format: SniffedFormat): format is AcceptedFormat {
  return (acceptedFormats as readonly string[]).includes(format);
}

export function sniffImageFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return 'webp';
  if (startsWith(bytes, 0, 'GIF87a') || startsWith(bytes, 0, 'GIF89a')) return 'gif';
  const isobmff = isobmffBrands(bytes);
  if (isobmff) {
    if (isobmff.includes('avif') || isobmff.includes('avis')) return 'avif';
    if (isobmff.some((brand) => heicBrands.has(brand))) return 'heic';
    return 'unknown';
  }
  if (looksLikeSvg(bytes)) return 'svg';
  return 'unknown';
}

const heicBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/**
 * AVIF and HEIC are ISO base media files: a `ftyp` box first, holding the
 * major brand and the compatible brands. Null when the file has no such box.
 */
function isobmffBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || !startsWith(bytes, 4, 'ftyp')) return null;
  const boxSize = ((bytes[0] ?? 0) << 24 | (bytes[1] ?? 0) << 16 | (bytes[2] ?? 0) << 8 | (bytes[3] ?? 0)) >>> 0;
  const end = Math.min(boxSize, bytes.length, 4096);
  if (end < 16) return null;
  const brands = [latin1(bytes, 8, 4)];
  // Offset 12 is the minor version; compatible brands follow, four bytes each.
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(latin1(bytes, offset, 4));
  return brands;
}

/** An SVG is text: an optional BOM, XML declaration, comments or doctype, then `<svg`. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const withoutProlog = head
    .replace(/^\s*<\?xml[\s\S]*?\?>/, '')
    .replace(/^(?:\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*/i, '')
    .trimStart();
  return /^<svg[\s>]/i.test(withoutProlog);
}

function startsWith(bytes: Uint8Array, offset: number, expected: readonly number[] | string): boolean {
  const wanted = typeof expected === 'string' ? Array.from(expected, (ch) => ch.charCodeAt(0)) : expected;
  return bytes.length >= offset + wanted.length && wanted.every((byte, i) => bytes[offset + i] === byte);
}

function latin1(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}
