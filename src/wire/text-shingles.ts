/**
 * The words of an agency text as near-duplicate detection compares them:
 * what two copies of one dpa story share survives, what feeds and desks
 * change on the way is gone.
 *
 * - Unicode compatibility forms, soft hyphens and zero-width characters
 *   (RND breaks long words with `&shy;`) are folded away.
 * - Agency datelines and tags (`Berlin (dpa) -`, `(AFP)`, `(dpa/AFP)`) and
 *   credit lines (`© dpa-infocom, dpa:241221-930-123456/1`, `Foto: …`) are
 *   dropped: one feed adds them, the other does not.
 * - Lower case by German rules, `ß` as `ss` (Swiss copies), hyphens split
 *   (`Ukraine-Krieg` = `Ukraine Krieg`), punctuation and quotes gone: quote
 *   style, dashes and line wrapping never reach a word.
 */
import { tokenize } from '../text/tokens.ts';
import { dropInvisible } from '../text/invisible-characters.ts';

/** Agencies whose tag is stripped wherever it stands. Lower case. */
const agencies = [
  'dpa', 'dpa-afx', 'afp', 'ap', 'apa', 'reuters', 'rtr', 'kna', 'epd', 'sid', 'dts', 'sda', 'ddp', 'ots', 'afx', 'ansa', 'efe', 'ka', 'red',
];
const agency = `(?:${agencies.join('|')})`;
const agencyList = `${agency}(?:\\s*[/,]\\s*${agency})*`;

/** `Berlin (dpa) -`, `WASHINGTON (AP) —`, `Frankfurt/Main (dpa-AFX):` at the start of a paragraph. */
const dateline = new RegExp(`(^|\\n)[ \\t]*\\p{Lu}[\\p{L}\\p{M}.'/ -]{0,40}?[ \\t]*\\(${agencyList}\\)[ \\t]*[-–—:][ \\t]*`, 'giu');
/** A bare tag anywhere: `(dpa)`, `(dpa/AFP)`. */
const agencyTag = new RegExp(`\\(${agencyList}\\)`, 'giu');
/** dpa's story key, `dpa:241221-930-123456/1`. */
const storyKey = /\bdpa:\d{6}-\d{2,4}-\d+(?:\/\d+)?/giu;
/** A copyright notice to the end of its line. */
const copyright = /©[^\n]*/gu;
/** A short credit line of its own: `Foto: dpa`, `Mitarbeit: Anna Muster`, `Quelle: AFP`. */
const creditLine = /^[ \t]*(?:quelle|quellen|foto|fotos|bild|bilder|mitarbeit|text|redaktion|grafik)[ \t]*:[^\n]{0,80}$/gimu;
/** Agency initials closing a text: `dpa/AFP/rtr`, `red, APA`. */
const closingAgencies = new RegExp(`[ \\t\\n]${agencyList}[ \\t]*$`, 'iu');

const apostrophes = /[’‘`´ʼ]/gu;
const dashes = /[‐‑‒–—―−]/gu;
const notKeyCharacter = /[^\p{L}\p{N}]/gu;

/** The compared words of a text, in reading order. */
export function textWords(text: string): string[] {
  return textParagraphs(text).flat();
}

const paragraphBreak = /\n[ \t]*\n/u;

/** The compared words of a text, paragraph by paragraph (paragraphs are separated by a blank line). */
export function textParagraphs(text: string): string[][] {
  return cleanText(text)
    .split(paragraphBreak)
    .map(paragraphWords)
    .filter((words) => words.length > 0);
}

function cleanText(text: string): string {
  return dropInvisible(text.normalize('NFKC'))
    .replace(dateline, '$1')
    .replace(agencyTag, ' ')
    .replace(storyKey, ' ')
    .replace(copyright, ' ')
    .replace(creditLine, ' ')
    .trimEnd()
    .replace(closingAgencies, ' ')
    .toLocaleLowerCase('de-DE')
    .replace(/ß/gu, 'ss')
    .replace(apostrophes, "'")
    .replace(dashes, '-');
}

function paragraphWords(paragraph: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(paragraph, { splitHyphens: true })) {
    // `1.000` and `1000`, `geht's` and `gehts` are the same word to a reader.
    const word = token.replace(notKeyCharacter, '');
    if (word !== '') words.push(word);
  }
  return words;
}

/** FNV-1a over the UTF-16 code units: fast, and good enough before the shingle mix. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The distinct hashes of the runs of `size` consecutive words within each
 * paragraph, sorted. Shingles do not cross paragraphs: a new headline or a
 * paragraph cut then changes only its own shingles. A paragraph shorter
 * than a shingle (a link text like `[mehr]`, a one-word line) joins the one
 * before it; a whole text shorter than a shingle is one shingle of all its
 * words, so that two equal short texts still meet.
 */
export function shingleHashes(paragraphs: readonly (readonly string[])[], size: number): Uint32Array {
  const runs: string[][] = [];
  for (const words of paragraphs) {
    const previous = runs.at(-1);
    if (previous && (words.length < size || previous.length < size)) previous.push(...words);
    else runs.push([...words]);
  }
  let total = 0;
  for (const words of runs) if (words.length > 0) total += Math.max(1, words.length - size + 1);
  const shingles = new Uint32Array(total);
  let at = 0;
  for (const words of runs) {
    if (words.length === 0) continue;
    const hashes = words.map(wordHash);
    const count = Math.max(1, words.length - size + 1);
    for (let start = 0; start < count; start++) {
      let h = size;
      const end = Math.min(words.length, start + size);
      for (let i = start; i < end; i++) h = Math.imul((h << 5) | (h >>> 27), 0x9e3779b1) ^ (hashes[i] ?? 0);
      shingles[at++] = mix32(h);
    }
  }
  shingles.sort();
  let distinct = 0;
  for (let i = 0; i < shingles.length; i++) {
    if (i === 0 || shingles[i] !== shingles[i - 1]) shingles[distinct++] = shingles[i] ?? 0;
  }
  return shingles.slice(0, distinct);
}
