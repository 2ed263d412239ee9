/**
 * German stems from the Snowball German stemmer (the `snowball-stemmers`
 * package, a port of the reference Snowball algorithms), so that `Garantie`
 * and `Garantien` share a search key.
 *
 * Snowball is a rule set, not a dictionary: it folds umlauts (`Streitkräfte` →
 * `streitkraft`) but does not know strong verbs (`läuft` → `lauft`, `laufen` →
 * `lauf`) and over-stems some nouns (`Sicherheit` → `sich`).
 */
import { createRequire } from 'node:module'

interface SnowballStemmer {
  stem(word: string): string
}

// The package is CommonJS without type declarations; this is the part we use.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as {
  newStemmer(language: 'german'): SnowballStemmer
}
const german = snowball.newStemmer('german')

/** Lower-cases first: the Snowball rules are written for lower-case input. */
export function stem(word: string): string {
  return german.stem(word.toLowerCase())
}
