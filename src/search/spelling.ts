/**
 * Finds the word a reader probably meant: the spelling one edit (a letter
 * deleted, inserted, replaced, or two swapped) away from what was typed whose
 * stem is most frequent in the index, as the articles write it. Only longer words are corrected:
 * in short ones, one edit is a different word (`Rat`, `Rad`, `Rot`).
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
// Articles read to find how a corrected stem is spelt.
const ARTICLES_READ_FOR_SPELLING = 5

/**
 * Corrections for the words of a query that are rare or absent in the index.
 * A word is corrected only if a neighbour is far more frequent, so that names
 * which happen to be rare stay as they are.
 *
 * The index holds stems, so neighbours are compared by stem: every spelling
 * one edit away is stemmed (`Sicherheitsgarantei` → the stem of
 * `Sicherheitsgarantie`, which finds `Sicherheitsgarantien` too). Each stem
 * chosen is offered as it is written in articles the reader may see: the
 * spelling there that is one edit from what was typed, else their most
 * frequent one. A stem that no such article contains is not offered.
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
  for (const word of correctable.slice(0, MAX_CORRECTED_WORDS)) {
    const typed = surfaceKey(word)
    // Same-length edits (swaps, replacements) first: the likelier typos win ties.
    const variants = oneEditAway(typed).sort((a, b) => Math.abs(a.length - typed.length) - Math.abs(b.length - typed.length))
    const stems = await neighbourStems(word, variants, repository)
    const spellings: string[] = []
    for (const stem of stems) {
      const spelling = await spellingOf(stem, new Set(variants), repository, filters)
      if (spelling !== null) spellings.push(asTyped(spelling, word))
    }
    if (spellings.length > 0) result.set(word, { candidates: [...new Set(spellings)] })
  }
  return result
}

/** Up to three stems of spellings one edit away, each far more frequent than the word as typed, most frequent first. */
async function neighbourStems(word: string, variants: string[], repository: SearchRepository): Promise<string[]> {
  const own = queryStemKeys(word)
  const neighbours = new Set<string>()
  for (const variant of variants) for (const key of queryStemKeys(variant)) if (!own.includes(key)) neighbours.add(key)
  const frequencies = await repository.stemFrequencies([...own, ...neighbours])
  const typedCount = await articlesSpelling(word, own, Math.max(0, ...own.map((key) => frequencies.get(key) ?? 0)), repository)
  return [...neighbours]
    .map((stem) => [stem, frequencies.get(stem) ?? 0] as const)
    .filter(([, count]) => count > typedCount * 10)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([stem]) => stem)
}

/** Articles that contain the word as typed; for a stem in many articles, the stem's count stands in. */
async function articlesSpelling(word: string, own: string[], stemCount: number, repository: SearchRepository): Promise<number> {
  if (stemCount === 0 || stemCount > SPELLINGS_COUNTED_UP_TO) return stemCount
  const typed = surfaceKey(word)
  const articles = await repository.sample(stemMatch(own), EVERY_ARTICLE, SPELLINGS_COUNTED_UP_TO)
  return articles.filter((article) => articleWords(article).some((candidate) => surfaceKey(candidate) === typed)).length
}

/** How articles the reader may see write a stem: the spelling one edit from the typed word, else the most frequent. */
async function spellingOf(stem: string, oneEdit: ReadonlySet<string>, repository: SearchRepository, filters: SearchFilters): Promise<string | null> {
  const counts = new Map<string, number>()
  for (const article of await repository.sample(stemMatch([stem]), filters, ARTICLES_READ_FOR_SPELLING)) {
    for (const word of articleWords(article)) if (wordKeys(word).stem === stem) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word)
  return ranked.find((word) => oneEdit.has(surfaceKey(word))) ?? ranked[0] ?? null
}

const EVERY_ARTICLE: SearchFilters = { statuses: articleStatuses }

function stemMatch(stems: readonly string[]): MatchQuery {
  return { clauses: [{ anyOf: stems.map((stem) => ({ phrase: [stem] })), exclude: false }], mode: 'any' }
}

function articleWords(article: Article): string[] {
  const text = searchableText(article)
  return [text.headline, text.lead, text.keyPoints, ...text.body].flatMap(searchWords)
}

/** A spelling as the reader would write it: capitalised if they capitalised, else in lower case. */
function asTyped(spelling: string, typed: string): string {
  return /^\p{Lu}/u.test(typed) ? spelling.charAt(0).toUpperCase() + spelling.slice(1) : spelling.toLowerCase()
}
