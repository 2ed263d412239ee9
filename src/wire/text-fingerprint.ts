/**
 * Text fingerprints for the wire desk: a MinHash sketch of a text's word
 * shingles, so that two copies of one agency story (another headline, a
 * paragraph cut, a dateline added) are found among thousands of recent items
 * by comparing 128 numbers, not texts.
 *
 * The share of equal positions in two sketches estimates the Jaccard
 * resemblance of the two shingle sets (Broder 1997), with a standard error
 * of at most 0.045 at 128 positions. Shingles are runs of four words of
 * the normalised text (see text-shingles.ts), each hashed to 32 bits; every
 * position of the sketch is the least shingle hash under its own fixed
 * permutation, so a fingerprint is the same in every process and can be
 * stored.
 */
import { DepescheError } from '../errors.ts';
import { mix32, shingleHashes, textParagraphs } from './text-shingles.ts';

/** A compact sketch of a text's word shingles (MinHash), comparable in constant time and storable. */
export interface TextFingerprint {
  readonly values: Uint32Array;
  /** How many distinct shingles the text has: 0 for a text without words. Needed to tell short texts and containment. */
  readonly size: number;
}

/** Words per shingle. Four: one changed word touches four shingles, two different sentences share none. */
export const shingleSize = 4;
/** Positions per sketch. */
export const sketchLength = 128;

// One fixed "permutation" per position: the shingle hash XOR a seed, mixed.
// The seeds are derived, not drawn, so every build computes the same ones.
const seeds = Uint32Array.from({ length: sketchLength }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9) ^ 0x5eed));

/** text = headline + lead + body as plain text. */
export function fingerprintText(text: string): TextFingerprint {
  const shingles = shingleHashes(textParagraphs(text), shingleSize);
  const values = new Uint32Array(sketchLength).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < sketchLength; i++) {
      const value = mix32(shingle ^ (seeds[i] ?? 0));
      if (value < (values[i] ?? 0)) values[i] = value;
    }
  }
  return { values, size: shingles.length };
}

/** Estimated Jaccard resemblance 0..1 of the two texts' shingle sets; 0 when either text has no words. */
export function resemblance(a: TextFingerprint, b: TextFingerprint): number {
  if (a.values.length !== b.values.length) {
    throw new DepescheError(
      'invalid_input',
      `Textfingerabdrücke verschiedener Länge (${a.values.length} und ${b.values.length} Werte) sind nicht vergleichbar: beide mit fingerprintText neu berechnen.`,
    );
  }
  if (a.size === 0 || b.size === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.values.length; i++) if (a.values[i] === b.values[i]) equal++;
  return equal / a.values.length;
}

// Stored form: a version prefix (it names shingle size, sketch length and
// seeds: a change of any of them needs a new prefix), then base64 of the
// shingle count and the values, little-endian 32-bit each.
const prefix = 'mh1:';
const byteLength = 4 * (1 + sketchLength);
const encodedLength = prefix.length + Math.ceil(byteLength / 3) * 4;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Compact (base64, 692 characters) for a TEXT column. */
export function encodeFingerprint(f: TextFingerprint): string {
  if (f.values.length !== sketchLength) {
    throw new DepescheError('invalid_input', `Ein Textfingerabdruck hat ${sketchLength} Werte, dieser ${f.values.length}: mit fingerprintText berechnen.`);
  }
  const view = new DataView(new ArrayBuffer(byteLength));
  view.setUint32(0, f.size, true);
  for (let i = 0; i < sketchLength; i++) view.setUint32(4 * (i + 1), f.values[i] ?? 0, true);
  return prefix + Buffer.from(view.buffer).toString('base64');
}

/** The fingerprint a stored string holds; a clear error for anything else. */
export function decodeFingerprint(s: string): TextFingerprint {
  const unreadable = (why: string) =>
    new DepescheError(
      'invalid_input',
      `Gespeicherter Textfingerabdruck unlesbar (${why}; erwartet „${prefix}“ und ${encodedLength - prefix.length} Base64-Zeichen, ` +
        `erhalten „${String(s).slice(0, 24)}${String(s).length > 24 ? '…' : ''}“): den Fingerabdruck mit fingerprintText aus dem Text neu berechnen.`,
    );
  if (typeof s !== 'string' || !s.startsWith(prefix)) throw unreadable('unbekanntes Format');
  const body = s.slice(prefix.length);
  if (s.length !== encodedLength) throw unreadable(`${s.length} statt ${encodedLength} Zeichen`);
  if (!base64.test(body)) throw unreadable('kein Base64');
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length !== byteLength) throw unreadable(`${bytes.length} statt ${byteLength} Bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(0, true);
  const values = new Uint32Array(sketchLength);
  for (let i = 0; i < sketchLength; i++) values[i] = view.getUint32(4 * (i + 1), true);
  // A text without shingles leaves every position at its start value; anything else there is damage.
  if (size === 0 && values.some((value) => value !== 0xffffffff)) throw unreadable('leerer Text mit Werten');
  return { values, size };
}
