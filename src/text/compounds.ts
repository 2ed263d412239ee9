/**
 * Splits German compounds into known parts: `Sicherheitsgarantien` →
 * `Sicherheit`, `Garantien`.
 *
 * Every part must be a word of the lexicon (`compound-lexicon.ts`) of at least
 * three letters. Between parts a linking element may stand (Fugen-s, -es, -n,
 * -en, -er, -e), and a part ending in -e may lose it (`Schulbuch` → `Schule`).
 * Of all splits, the one with the fewest parts wins, then the one with the
 * least linking material, then the one with the longest parts. A word in the
 * lexicon, or one that cannot be covered entirely by known parts, stays whole.
 *
 * Output forms: the parts before the last are given as their lexicon form,
 * without linking elements (`Waffenstillstand` → `Waffe`, `Stillstand`;
 * `Bundesverteidigungsministerium` → `Bund`, `Verteidigung`, `Ministerium`),
 * because that is the form a search for the part uses. The last part keeps the
 * word's own ending (`Garantien`), as it carries the inflection of the whole.
 * Parts are capitalised when the word is. Hyphenated words are split at the
 * hyphens first (`Nato-Gipfel` → `Nato`, `Gipfel`).
 */
import { LEXICON } from './compound-lexicon.ts'

const MIN_PART = 3
// Longer words are not German compounds but noise; the search is quadratic.
const MAX_WORD = 64
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e', 'ns']
// Endings the last part may add to its lexicon form: plural and case endings,
// and the feminine -in/-innen (`Kanzlerin`).
const ENDINGS = ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', 'nen', 'se', 'sen', 'in', 'innen']
const MAX_ENDING = Math.max(...ENDINGS.map((ending) => ending.length))

interface Split {
  parts: string[]
  glue: number
  weight: number
}

export function splitCompound(word: string): string[] {
  if (/[-‐‑]/u.test(word)) {
    return word.split(/[-‐‑]/u).filter((piece) => piece !== '').flatMap(splitCompound)
  }
  const lower = word.toLowerCase()
  if (lower.length > MAX_WORD || LEXICON.has(lower)) return [word]
  const best = bestSplit(lower)
  if (!best || best.parts.length < 2) return [word]
  const capitalise = /^\p{Lu}/u.test(word)
  return best.parts.map((part) => (capitalise ? part.charAt(0).toUpperCase() + part.slice(1) : part))
}

/**
 * The lexicon as a letter tree: a piece of the word is walked letter by
 * letter from its start, and the walk ends where no lexicon word goes on, so
 * most pieces are never cut out or looked up (indexing splits every new word).
 */
interface LetterNode {
  isWord: boolean
  next: Map<string, LetterNode>
}

const LETTER_TREE = letterTree(LEXICON)

function letterTree(words: Iterable<string>): LetterNode {
  const root: LetterNode = { isWord: false, next: new Map() }
  for (const word of words) {
    let node = root
    // By UTF-16 unit, as the walk reads the word (`word[j]`).
    for (let k = 0; k < word.length; k++) {
      const letter = word[k]!
      let child = node.next.get(letter)
      if (!child) node.next.set(letter, (child = { isWord: false, next: new Map() }))
      node = child
    }
    node.isWord = true
  }
  return root
}

/** Dynamic programme from the end of the word: best[i] covers word[i..]. */
function bestSplit(word: string): Split | undefined {
  const n = word.length
  const best: (Split | undefined)[] = new Array(n + 1)
  for (let i = n - MIN_PART; i >= 0; i--) {
    let winner: Split | undefined
    let node: LetterNode | undefined = LETTER_TREE
    for (let j = i + 1; j <= n; j++) {
      // Past this letter no lexicon word (nor one that lost its -e) goes on.
      node = node.next.get(word[j - 1]!)
      if (!node) break
      if (j - i < MIN_PART) continue
      const known = node.isWord
      if (!known && node.next.get('e')?.isWord !== true) continue
      const piece = word.slice(i, j)
      // The last part: a lexicon word and one of its endings close the word.
      if (known && n - j <= MAX_ENDING && ENDINGS.includes(word.slice(j))) {
        winner = better(winner, { parts: [piece + word.slice(j)], glue: n - j, weight: piece.length ** 2 })
      }
      if (j === n) continue
      const lemma = known ? piece : piece + 'e'
      for (const link of LINKS) {
        if (!word.startsWith(link, j)) continue
        const tail = best[j + link.length]
        if (!tail) continue
        const glue = link.length + (lemma === piece ? 0 : 1)
        winner = better(winner, {
          parts: [lemma, ...tail.parts],
          glue: glue + tail.glue,
          weight: piece.length ** 2 + tail.weight,
        })
      }
    }
    best[i] = winner
  }
  return best[0]
}

function better(a: Split | undefined, b: Split): Split {
  if (!a) return b
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length ? b : a
  if (b.glue !== a.glue) return b.glue < a.glue ? b : a
  return b.weight > a.weight ? b : a
}
