/**
 * Word tokens and search keys for German text.
 *
 * A token is a run of letters and digits. Kept together: hyphenated compounds
 * (`Ukraine-Krieg`, `Covid-19`), numbers with thousands or decimal marks
 * (`1.000`, `3,5`) and elisions (`geht's`). Punctuation is never a token.
 */

export interface TokenizeOptions {
  /** Split `Ukraine-Krieg` into `Ukraine`, `Krieg` (default: keep it whole). */
  splitHyphens?: boolean
}

const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?(?:[-‐‑][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?)*/gu
const HYPHEN = /[-‐‑]/u

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const tokens = text.match(TOKEN) ?? []
  if (!options.splitHyphens) return tokens
  // Few tokens have a hyphen; only those are taken apart (indexing tokenizes every text).
  const pieces: string[] = []
  for (const token of tokens) {
    if (HYPHEN.test(token)) pieces.push(...splitHyphenated(token))
    else pieces.push(token)
  }
  return pieces
}

/** `Ukraine-Krieg` → `Ukraine`, `Krieg`; a word without a hyphen stays as it is. */
export function splitHyphenated(token: string): string[] {
  return token.split(HYPHEN).filter((part) => part !== '')
}

/**
 * The search key of a word, so that both spellings of an umlaut meet:
 * lower-case; `ä→ae`, `ö→oe`, `ü→ue`, `ß`/`ẞ→ss`; every other diacritic
 * dropped (`é→e`, `ç→c`). `Straße` and `Strasse` give `strasse`; `München` and
 * `Muenchen` give `muenchen`.
 */
export function normalize(word: string): string {
  return stripDiacritics(word.toLowerCase().replace(/[äöüßẞ]/gu, (ch) => UMLAUT_FOLDS[ch] ?? ch))
}

/**
 * The plain key, for text typed without umlauts at all (`Munchen`): lower-case;
 * `ä→a`, `ö→o`, `ü→u`, `ß`/`ẞ→ss`, every other diacritic dropped. Index and
 * query both keys: `Muenchen` and `Munchen` meet `München` only through
 * different ones.
 */
export function normalizePlain(word: string): string {
  // Most words are plain already; Unicode normalization is the costly part.
  if (PLAIN_ALREADY.test(word)) return word
  return stripDiacritics(word.toLowerCase().replace(/[ßẞ]/gu, 'ss'))
}

const PLAIN_ALREADY = /^[a-z0-9]*$/

const UMLAUT_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' }

function stripDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}
