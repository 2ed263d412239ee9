/**
 * Finds the word a reader probably meant: the spelling one edit (a letter
 * deleted, inserted, replaced, or two swapped) away from what was typed whose
 * stem is most frequent in the index, as the articles write it. Only longer
 * words are corrected: in short ones, one edit is a different word (`Rat`,
 * `Rad`, `Rot`).
 */
import { articleStatuses, type Article } from '../article/article.ts'
import { searchableText } from '../article/searchable-text.ts'
import type { MatchQuery, SearchFilters, SearchRepository } from '../store/search-repository.ts'
import { queryStemKeys, searchWords, surfaceKey, wordKeys } from '../text/search-terms.ts'

export const MIN_CORRECTED_LENGTH = 5
// Longer "words" are not typos but noise; each letter adds 54 spellings to look up.
export const MAX_CORRECTED_LENGTH = 40
// Enough for any real query; bounds the work a pasted paragraph can cause.
export const MAX_CORRECTED_WORDS = 4
// Surface keys are folded to these (`ä→ae`, `ß→ss`, no other diacritics).
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'

/** Every string one edit away from a word. */
export function oneEditAway(word: string): string[] {
  const variants = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail.length > 0) variants.add(head + tail.slice(1))
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of ALPHABET) {
      variants.add(head + letter + tail)
      if (tail.length > 0) variants.add(head + letter + tail.slice(1))
    }
  }
  variants.delete(word)
  return [...variants]
}

export interface Correction {
  /** Words of the articles one edit away from what was typed (or from another form of it), most frequent first. */
  candidates: string[]
}

// A typed word whose stem is in at most this many articles is looked up in
// each of them, to count the articles that spell it exactly so: `Munchen`
// shares its stem with `München`, yet as typed it is in none.
const SPELLINGS_COUNTED_UP_TO = 20
// Articles read to find how a corrected stem is spelt, and how much of each.
const ARTICLES_READ_FOR_SPELLING = 5
const CHARACTERS_READ = 20_000
// Stems tried, most frequent first, to find three that readers may see.
const STEMS_TRIED = 10
const CANDIDATES = 3

/**
 * Corrections for the words of a query that are rare or absent in the index.
 * A word is corrected only if a neighbour is far more frequent, so that names
 * which happen to be rare stay as they are.
 *
 * The index holds stems, so neighbours are compared by stem: every spelling
 * one edit away is stemmed (`Sicherheitsgarantei` → the stem of
 * `Sicherheitsgarantie`, which finds `Sicherheitsgarantien` too). Each stem
 * is offered as articles the reader may see write it: their spelling one
 * edit from what was typed, else their most frequent one, else (the stem
 * stands there only inside compounds) the spelling one edit away that led to
 * it. A stem that no such article contains is not offered.
 */
export async function corrections(
  words: readonly string[],
  repository: SearchRepository,
  filters: SearchFilters,
): Promise<Map<string, Correction>> {
  const result = new Map<string, Correction>()
  const correctable = words.filter((word) => {
    const typed = surfaceKey(word)
    return typed.length >= MIN_CORRECTED_LENGTH && typed.length <= MAX_CORRECTED_LENGTH && !/\p{N}/u.test(typed)
  })
  // Spellings are read from any article the reader may see; the section and
  // date filters only slow that down, and `searchArticles` shows a correction
  // only if it finds something under all of the reader's filters.
  const visible: SearchFilters = { statuses: filters.statuses }
  for (const word of correctable.slice(0, MAX_CORRECTED_WORDS)) {
    const typed = surfaceKey(word)
    // Same-length edits (swaps, replacements) first: of the spellings that lead to one stem, the likeliest typo is kept.
    const variants = oneEditAway(typed).sort((a, b) => Math.abs(a.length - typed.length) - Math.abs(b.length - typed.length))
    const spellings = new Set<string>()
    for (const [stem, variant] of await neighbourStems(word, variants, repository)) {
      const spelling = await spellingOf(stem, variant, new Set(variants), repository, visible)
      if (spelling !== null) spellings.add(asTyped(spelling, word))
      if (spellings.size === CANDIDATES) break
    }
    if (spellings.size > 0) result.set(word, { candidates: [...spellings] })
  }
  return result
}

/**
 * Stems of spellings one edit away, each far more frequent than the word as
 * typed, most frequent first, with the first spelling that led to each.
 */
async function neighbourStems(word: string, variants: string[], repository: SearchRepository): Promise<[stem: string, variant: string][]> {
  const own = queryStemKeys(word)
  const neighbours = new Map<string, string>()
  for (const variant of variants) {
    for (const key of queryStemKeys(variant)) if (!own.includes(key) && !neighbours.has(key)) neighbours.set(key, variant)
  }
  const frequencies = await repository.stemFrequencies([...own, ...neighbours.keys()])
  const typedCount = await articlesSpelling(word, own, Math.max(0, ...own.map((key) => frequencies.get(key) ?? 0)), repository)
  return [...neighbours]
    .map(([stem, variant]) => ({ stem, variant, count: frequencies.get(stem) ?? 0 }))
    .filter(({ count }) => count > typedCount * 10)
    .sort((a, b) => b.count - a.count || a.stem.localeCompare(b.stem))
    .slice(0, STEMS_TRIED)
    .map(({ stem, variant }) => [stem, variant])
}

/** Articles that contain the word as typed; for a stem in many articles, the stem's count stands in. */
async function articlesSpelling(word: string, own: string[], stemCount: number, repository: SearchRepository): Promise<number> {
  if (stemCount === 0 || stemCount > SPELLINGS_COUNTED_UP_TO) return stemCount
  const typed = surfaceKey(word)
  const articles = await repository.sample(stemMatch(own), EVERY_ARTICLE, SPELLINGS_COUNTED_UP_TO)
  return articles.filter((article) => articleWords(article).some((candidate) => surfaceKey(candidate) === typed)).length
}

/** How articles the reader may see write a stem (see `corrections`); null when none contains it. */
async function spellingOf(
  stem: string,
  variant: string,
  oneEdit: ReadonlySet<string>,
  repository: SearchRepository,
  visible: SearchFilters,
): Promise<string | null> {
  const articles = await repository.sample(stemMatch([stem]), visible, ARTICLES_READ_FOR_SPELLING)
  if (articles.length === 0) return null
  const counts = new Map<string, number>()
  for (const article of articles) {
    for (const word of articleWords(article)) if (wordKeys(word).stem === stem) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word)
  return ranked.find((word) => oneEdit.has(surfaceKey(word))) ?? ranked[0] ?? variant
}

const EVERY_ARTICLE: SearchFilters = { statuses: articleStatuses }

function stemMatch(stems: readonly string[]): MatchQuery {
  return { clauses: [{ anyOf: stems.map((stem) => ({ phrase: [stem] })), exclude: false }], mode: 'any' }
}

/** The words of an article, its body read up to a bound (as snippets are). */
function articleWords(article: Article): string[] {
  const text = searchableText(article)
  let body = ''
  for (const block of text.body) {
    if (body.length >= CHARACTERS_READ) break
    body += `${block}\n`
  }
  return [text.headline, text.lead, text.keyPoints, body.slice(0, CHARACTERS_READ)].flatMap(searchWords)
}

/** A spelling as the reader would write it: capitalised if they capitalised, else in lower case. */
function asTyped(spelling: string, typed: string): string {
  return /^\p{Lu}/u.test(typed) ? spelling.charAt(0).toUpperCase() + spelling.slice(1) : spelling.toLowerCase()
}
