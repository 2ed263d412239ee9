/**
 * The search analysis: how a German word becomes the keys that the search
 * index stores and that a query looks up. Index and query both call these
 * functions, so the two sides can never drift apart.
 *
 * Every word has three kinds of key:
 * - its **stem key**: plain-folded (`ä→a`, `ß→ss`) and Snowball-stemmed, so
 *   `Garantien` and `Garantie`, `Straßen` and `Strasse` meet;
 * - its **surface key**: the umlaut-folded word unstemmed (`ä→ae`), for prefix
 *   searches (`Sicherheits*`) and for finding the word meant by a typo;
 * - its **part keys**: the stem keys of its compound parts, indexed beside the
 *   whole word, so `Garantie` finds `Sicherheitsgarantien`.
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
  surface: string
  /** Stem keys of the compound parts; empty when the word is not a compound. */
  parts: readonly string[]
}

// Compounds are not split below this length: no German compound of two
// three-letter parts is worth the lookup.
const MIN_COMPOUND = 7
// The analysis cache. Vocabularies are Zipf-shaped: a bounded cache of
// recently used words catches most lookups, and the first 4,096 words used
// 32 times (about seven tokens in ten of the benchmark's articles) sit in a
// small table of their own that stays in the processor's cache.
// The large table has two generations of up to 300,000 words: a word is
// looked up in the young one, then in the old one (and moved up); when the
// young one is full, the old one is dropped and the young one becomes old,
// so words in use survive every rotation. (The cache before dropped the
// first-inserted words, the most common ones first. With both changes a
// fresh-process rebuild of the 100,000 benchmark articles took 66–68 s
// instead of 75 s.)
const GENERATION_LIMIT = 300_000
const FREQUENT_LIMIT = 4096
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
    if (young.size >= GENERATION_LIMIT) {
      old = young
      young = new Map()
    }
    young.set(keys.word, keys)
  }
  if (++keys.uses === FREQUENT_AFTER_USES && frequent.size < FREQUENT_LIMIT) frequent.set(keys.word, keys)
  return keys
}

function analyse(word: string): CachedKeys {
  const parts = word.length >= MIN_COMPOUND ? splitCompound(word) : [word]
  return {
    word,
    stop: isStopword(word),
    stem: stemKey(word),
    surface: surfaceKey(word),
    parts: parts.length > 1 ? parts.map(stemKey).filter((key) => key !== '') : NO_PARTS,
    uses: 0,
  }
}

const NO_PARTS: readonly string[] = Object.freeze([])

export interface IndexedText {
  /** Stem keys in reading order, stop words left out (phrases match here), then the compounds' part keys. */
  stems: string
  /**
   * Surface keys for prefixes and typo correction, each word once: every
   * token indexed costs, and this column would otherwise double them.
   */
  surfaces: string
}

/** One field of a document (headline, lead, body …) as index terms. */
export function indexTerms(text: string): IndexedText {
  const { stems, surfaces } = documentTerms([text])
  return { stems: stems[0]!, surfaces }
}

export interface DocumentTerms {
  /** Per field, as `IndexedText.stems`. */
  stems: string[]
  /** Each word's surface key once for the whole document, in reading order. */
  surfaces: string
}

/** A document's fields as index terms, its surface keys once for all fields. */
export function documentTerms(fields: readonly string[]): DocumentTerms {
  const surfaces = new Set<string>()
  const stems = fields.map((text) => {
    const fieldStems: string[] = []
    const parts: string[] = []
    for (const word of searchWords(text)) {
      const keys = wordKeys(word)
      // Stop words are left out as Lucene's German analyser does: they are
      // about half of all words, and a phrase query leaves them out alike.
      if (keys.stem === '' || keys.stop) continue
      fieldStems.push(keys.stem)
      if (keys.parts.length > 0) parts.push(...keys.parts)
      surfaces.add(keys.surface)
    }
    return (parts.length > 0 ? [...fieldStems, ...parts] : fieldStems).join(' ')
  })
  return { stems, surfaces: [...surfaces].join(' ') }
}

/**
 * The stem keys a query word may mean. A word typed with an umlaut also
 * finds texts that spell it `ae` (`München` → `Muenchen`), and a word typed
 * with `ae`, `oe`, `ue` also finds the umlaut (`Muenchen` → `München`).
 */
export function queryStemKeys(word: string): string[] {
  const keys = new Set([stemKey(word)])
  if (/[äöüÄÖÜ]/u.test(word)) keys.add(stemKey(normalize(word)))
  if (/[aou]e/iu.test(word)) keys.add(stemKey(word.replace(/([aouAOU])[eE]/gu, (_, vowel: string) => UMLAUTS[vowel] ?? vowel)))
  keys.delete('')
  return [...keys]
}

const UMLAUTS: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' }
