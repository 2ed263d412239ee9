/**
 * Finds the word a reader probably meant: among the words in the index, the
 * most frequent one that is one edit (a letter deleted, inserted, replaced,
 * or two swapped) away from what was typed. Only longer words are corrected:
 * in short ones, one edit is a different word (`Rat`, `Rad`, `Rot`).
 */
import type { SearchRepository } from '../store/search-repository.ts'
import { surfaceKey } from '../text/search-terms.ts'

export const MIN_CORRECTED_LENGTH = 5
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
  /** The surface key typed. */
  typed: string
  /** Words in the index one edit away, most frequent first. */
  candidates: string[]
}

/**
 * Corrections for the words of a query that are rare or absent in the index.
 * A word is corrected only if a neighbour is far more frequent, so names
 * that happen to be rare stay as they are.
 */
export async function corrections(words: readonly string[], repository: SearchRepository): Promise<Map<string, Correction>> {
  const result = new Map<string, Correction>()
  for (const word of words) {
    const typed = surfaceKey(word)
    if (typed.length < MIN_CORRECTED_LENGTH || /\p{N}/u.test(typed)) continue
    const frequencies = await repository.surfaceFrequencies([typed, ...oneEditAway(typed)])
    const own = frequencies.get(typed) ?? 0
    const candidates = [...frequencies]
      .filter(([key, count]) => key !== typed && count > own * 10)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([key]) => key)
    if (candidates.length > 0) result.set(word, { typed, candidates })
  }
  return result
}
