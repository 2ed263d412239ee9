/**
 * Finds the word a reader probably meant: the spelling one edit (a letter
 * deleted, inserted, replaced, or two swapped) away from what was typed whose
 * stem is most frequent in the index. Only longer words are corrected:
 * in short ones, one edit is a different word (`Rat`, `Rad`, `Rot`).
 */
import type { SearchRepository } from '../store/search-repository.ts'
import { queryStemKeys, surfaceKey } from '../text/search-terms.ts'

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
  /** Spellings one edit away that the index knows, most frequent first. */
  candidates: string[]
}

/**
 * Corrections for the words of a query that are rare or absent in the index.
 * A word is corrected only if a neighbour is far more frequent, so that names
 * which happen to be rare stay as they are.
 *
 * First the words of the index one edit away (`Starmr` → `Starmer`): one
 * lookup. With `byStem`, a word that has none is compared by stem instead,
 * so a typo in an inflected form still finds every form
 * (`Sicherheitsgarantei` → `Sicherheitsgarantie`, which finds
 * `Sicherheitsgarantien`); that stems a thousand spellings, so it is kept for
 * queries that found nothing at all.
 */
export async function corrections(
  words: readonly string[],
  repository: SearchRepository,
  options: { byStem: boolean },
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
    const candidates = (await bySurface(typed, variants, repository)) ?? (options.byStem ? await byStem(word, variants, repository) : [])
    if (candidates.length > 0) result.set(word, { candidates: candidates.map((spelling) => asTyped(spelling, word)) })
  }
  return result
}

async function bySurface(typed: string, variants: string[], repository: SearchRepository): Promise<string[] | null> {
  const frequencies = await repository.surfaceFrequencies([typed, ...variants])
  const found = mostFrequent(variants.map((variant) => [variant, frequencies.get(variant) ?? 0]), frequencies.get(typed) ?? 0)
  return found.length > 0 ? found : null
}

async function byStem(word: string, variants: string[], repository: SearchRepository): Promise<string[]> {
  const own = queryStemKeys(word)
  // Each stem once, with the first spelling that led to it.
  const spellingOf = new Map<string, string>()
  for (const variant of variants) {
    for (const key of queryStemKeys(variant)) if (!own.includes(key) && !spellingOf.has(key)) spellingOf.set(key, variant)
  }
  const frequencies = await repository.stemFrequencies([...own, ...spellingOf.keys()])
  const ownCount = Math.max(0, ...own.map((key) => frequencies.get(key) ?? 0))
  return mostFrequent([...spellingOf].map(([key, spelling]) => [spelling, frequencies.get(key) ?? 0]), ownCount)
}

/** Up to three spellings, each far more frequent than what was typed, most frequent first. */
function mostFrequent(counted: [string, number][], typedCount: number): string[] {
  const best = new Map<string, number>()
  for (const [spelling, count] of counted) if (count > typedCount * 10) best.set(spelling, Math.max(best.get(spelling) ?? 0, count))
  return [...best].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([spelling]) => spelling)
}

/** A folded spelling as the reader would write it: capitalised if they capitalised. */
function asTyped(spelling: string, typed: string): string {
  return /^\p{Lu}/u.test(typed) ? spelling.charAt(0).toUpperCase() + spelling.slice(1) : spelling
}
