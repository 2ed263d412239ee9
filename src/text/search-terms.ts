/**
 * The search analysis: how a German word becomes the keys that the search
 * index stores and that a query looks up. Index and query both call these
 * functions, so the two sides can never drift apart.
 *
 * The index holds two kinds of key for a word:
 * - its **stem key**: plain-folded (`ä→a`, `ß→ss`) and Snowball-stemmed, so
 *   `Garantien` and `Garantie`, `Straßen` and `Strasse` meet; prefix
 *   searches (`Sicherheits*`) look among the stem keys too;
 * - its **part keys**: the stem keys of its compound parts, indexed beside the
 *   whole word, so `Garantie` finds `Sicherheitsgarantien`.
 * The **surface key**, the umlaut-folded word unstemmed (`ä→ae`), is not
 * indexed; spelling corrections compare it.
 *
 * A key is one run of letters and digits (`1.000` → `1000`, `geht's` →
 * `gehts`), so that the index's tokenizer never cuts it again.
 */
import { splitCompound } from './compounds.ts'
import { stem } from './stem.ts'
import { isStopword } from './stopwords.ts'
import { normalize, normalizePlain, tokenize } from './tokens.ts'

export interface WordKeys {
  /** A stop word (`der`, `und`, `sich`) is not indexed: it is in every text and finds nothing. */
  stop: boolean
  stem: string
  /** Stem keys of the compound parts; empty when the word is not a compound. */
  parts: readonly string[]
}

// Compounds are not split below this length: no German compound of two
// three-letter parts is worth the lookup.
const MIN_COMPOUND = 7
// The analysis cache. Vocabularies are Zipf-shaped: a bounded cache of
// recently used words catches most lookups, and the first 16,384 words used
// 32 times sit in a small table of their own, whose lookups are cheaper than
// the large one's (counted once by hand on 20,000 benchmark articles: the
// 16,384 most frequent words are 83 % of all tokens; a lookup took 44 ns in
// such a table against 123 ns in one of 200,000 words).
// The large table has two generations of up to 600,000 words each: a word
// is looked up in the young one, then in the old one (and moved up); when
// the young one is full, the old one is dropped and the young one becomes
// old, so words in use survive every rotation. A generation holds every
// distinct word of the 100,000 benchmark articles (580,000): with 300,000, a
// rebuild of them rotated nine times, moved 1.5 million words up from the
// old generation, analysed 620,000 words a second time and took 44–45 s
// instead of 39–41 s (counted by replaying the rebuild's words through the
// cache by hand). A cached word costs about 200 bytes, so the cache stays
// under 250 MB. Timings: bench/RESULTS.md, "Search".
export const CACHE_GENERATION_WORDS = 600_000
const FREQUENT_LIMIT = 16_384
// Uses before a word counts as frequent; the first words to get there fill the small table for good.
const FREQUENT_AFTER_USES = 32
let young = new Map<string, CachedKeys>()
let old = new Map<string, CachedKeys>()
const frequent = new Map<string, CachedKeys>()

interface CachedKeys extends WordKeys {
  /** The word as first seen; the key under which it is cached. */
  word: string
  uses: number
}

const NOT_KEY_CHARACTER = /[^\p{L}\p{N}]/gu

/**
 * The words of a text as the index sees them: hyphenated words in pieces,
 * compatibility characters unfolded (the ligature `ﬁ` → `fi`, full-width
 * letters), so that what looks the same is found the same.
 */
export function searchWords(text: string): string[] {
  return tokenize(text.normalize('NFKC'), { splitHyphens: true })
}

export function stemKey(word: string): string {
  const plain = normalizePlain(word)
  const stemmed = stem(plain)
  // Snowball cuts derivational suffixes too, and sometimes lands on a
  // function word: `Sicherheit` → `sich`. Such a key would match every text,
  // so these words keep their whole form and lose only an inflection.
  const key = isStopword(stemmed) && !isStopword(plain) ? withoutInflection(plain) : stemmed
  return key.replace(NOT_KEY_CHARACTER, '')
}

const INFLECTIONS = ['ern', 'en', 'er', 'es', 'e', 'n', 's']

function withoutInflection(word: string): string {
  const ending = INFLECTIONS.find((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 4)
  return ending ? word.slice(0, -ending.length) : word
}

export function surfaceKey(word: string): string {
  return normalize(word).replace(NOT_KEY_CHARACTER, '')
}

export function wordKeys(word: string): WordKeys {
  const common = frequent.get(word)
  if (common) return common
  let keys = young.get(word)
  if (!keys) {
    keys = old.get(word) ?? analyse(word)
    if (young.size >= CACHE_GENERATION_WORDS) {
      old = young
      young = new Map()
    }
    young.set(keys.word, keys)
  }
  if (frequent.size < FREQUENT_LIMIT && ++keys.uses === FREQUENT_AFTER_USES) frequent.set(keys.word, keys)
  return keys
}

/** Empties the analysis cache (after a rebuild that read the whole archive). */
export function forgetAnalysedWords(): void {
  young = new Map()
  old = new Map()
  frequent.clear()
}

function analyse(token: string): CachedKeys {
  const word = detached(token)
  const parts = word.length >= MIN_COMPOUND ? splitCompound(word) : [word]
  return {
    word,
    stop: isStopword(word),
    stem: stemKey(word),
    parts: parts.length > 1 ? parts.map(stemKey).filter((key) => key !== '') : NO_PARTS,
    uses: 0,
  }
}

const NO_PARTS: readonly string[] = Object.freeze([])

/**
 * The word as a string of its own. A token that a regular expression cut
 * from a text may be a view into that text (V8 does so from 13 characters
 * on), and the cache would then keep every text alive that a cached word or
 * its stem came from: measured on 20,000 benchmark articles, the cache held
 * 137 MB instead of 80 MB. Prefixing a character makes V8 copy the word
 * into a new string, and the slice is a view into that copy only.
 */
function detached(token: string): string {
  return (' ' + token).slice(1)
}

export interface IndexedText {
  /** Stem keys in reading order, stop words left out (phrases match here), then the compounds' part keys. */
  stems: string
}

/** One field of a document (headline, lead, body …) as index terms. */
export function indexTerms(text: string): IndexedText {
  return { stems: documentTerms([text])[0]! }
}

/** A document's fields as index terms: per field, as `IndexedText.stems`. */
export function documentTerms(fields: readonly string[]): string[] {
  return fields.map((text) => {
    const fieldStems: string[] = []
    const parts: string[] = []
    for (const word of searchWords(text)) {
      const keys = wordKeys(word)
      // Stop words are left out as Lucene's German analyser does: they are
      // about half of all words, and a phrase query leaves them out alike.
      if (keys.stem === '' || keys.stop) continue
      fieldStems.push(keys.stem)
      if (keys.parts.length > 0) parts.push(...keys.parts)
    }
    return (parts.length > 0 ? [...fieldStems, ...parts] : fieldStems).join(' ')
  })
}

/**
 * The stem keys a query word may mean. A word typed with an umlaut also
 * finds texts that spell it `ae` (`München` → `Muenchen`), and a word typed
 * with `ae`, `oe`, `ue` also finds the umlaut (`Muenchen` → `München`).
 */
export function queryStemKeys(word: string): string[] {
  return distinctKeys(spellings(word).map(stemKey))
}

/**
 * The keys a prefix query looks for among the stem keys: the prefix folded
 * like a stem key but not stemmed (`Straß*` → `strass`), in each spelling of
 * its umlauts as in `queryStemKeys` (`Münch*` → `munch`, `muench`).
 */
export function queryPrefixKeys(prefix: string): string[] {
  return distinctKeys(spellings(prefix).map(plainKey)).filter((key) => key.length >= MIN_PREFIX_KEY)
}

/** The shortest prefix searched: one letter would match half the index. */
export const MIN_PREFIX_KEY = 3

/** Folded like a stem key (`ä→a`, `ß→ss`, lower-case), not stemmed. */
function plainKey(word: string): string {
  return normalizePlain(word).replace(NOT_KEY_CHARACTER, '')
}

function spellings(word: string): string[] {
  const variants = [word]
  if (/[äöüÄÖÜ]/u.test(word)) variants.push(normalize(word))
  const umlauted = word.replace(SPELLED_OUT_UMLAUT, (_, before: string, vowel: string) => before + (UMLAUTS[vowel] ?? vowel))
  if (umlauted !== word) variants.push(umlauted)
  return variants
}

// `ae`, `oe`, `ue` after a consonant (or at the start) may stand for an
// umlaut (`Muenchen`, `Goethe`, `Aerger`); after a vowel or `q` they are a
// diphthong or `qu` and a vowel (`Bauer`, `neue`, `Steuer`, `Quelle`).
const SPELLED_OUT_UMLAUT = /(^|[^aeiouäöüyqAEIOUÄÖÜYQ])([aouAOU])[eE]/gu

function distinctKeys(keys: string[]): string[] {
  return [...new Set(keys)].filter((key) => key !== '')
}

const UMLAUTS: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' }
