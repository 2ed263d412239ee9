/**
 * Analyses a parsed query with the same functions that built the index
 * (`text/search-terms.ts`) and states it as the store's `MatchQuery`.
 */
import type { MatchAlternative, MatchClause, MatchQuery } from '../store/search-repository.ts'
import { shorterStems } from '../text/prefix-stems.ts'
import { queryPrefixKeys, queryStemKeys, wordKeys } from '../text/search-terms.ts'
import { isStopword } from '../text/stopwords.ts'
import type { ParsedQuery, QueryClause } from './parse-query.ts'

// Spelling variants multiply across a phrase's words; beyond this, the phrase
// is searched as typed.
const MAX_PHRASE_VARIANTS = 8

export function matchQuery(query: ParsedQuery, mode: MatchQuery['mode'] = 'all'): MatchQuery {
  // Stop words are not in the index (text/search-terms.ts): `die Grünen`
  // searches `Grünen`, the phrase "Koalition der Willigen" the phrase `Koalition Willigen`.
  const clauses = query.clauses
    .filter((clause) => !(clause.kind === 'word' && isStopword(clause.text)))
    .map(matchClause)
    .filter((clause) => clause.anyOf.length > 0)
  return { clauses, mode }
}

function matchClause(clause: QueryClause): MatchClause {
  switch (clause.kind) {
    case 'word':
      return { anyOf: wordAlternatives(clause.text), exclude: clause.exclude }
    case 'prefix':
      return { anyOf: prefixAlternatives(clause.text), exclude: clause.exclude }
    case 'phrase':
      return { anyOf: phraseVariants(clause.words).map((phrase) => ({ phrase })), exclude: clause.exclude }
  }
}

/** The word's stem keys, and, for a compound, all of its parts together. */
function wordAlternatives(word: string): MatchAlternative[] {
  const alternatives: MatchAlternative[] = queryStemKeys(word).map((key) => ({ phrase: [key] }))
  const { parts } = wordKeys(word)
  if (parts.length > 1) alternatives.push({ allOf: parts })
  return alternatives
}

/**
 * Stem keys that begin with the prefix, and the shorter stems that words
 * beginning with it are cut to (`text/prefix-stems.ts`): `Politi*` finds
 * `Politikerin` (stem `politikerin`) and `Politik` (stem `polit`), and with
 * the stem every other form of the word the prefix ends in (`Straßen*` also
 * finds `Straße`). Compound parts are stem keys too, so a prefix also finds
 * the compounds that contain a word beginning so (`Garanti*` finds
 * `Sicherheitsgarantien`), as a word does.
 */
function prefixAlternatives(prefix: string): MatchAlternative[] {
  const keys = queryPrefixKeys(prefix)
  // The prefix's own stem too, for what is no plain ending (`Ergebnisse` → `ergebnis`).
  const ownStems = queryStemKeys(prefix).filter((stem) => !isStopword(stem) && keys.some((key) => key.length > stem.length && key.startsWith(stem)))
  const shorter = new Set([...keys.flatMap((key) => shorterStems(key)), ...ownStems])
  return [...keys.map((key) => ({ prefix: key })), ...[...shorter].map((stem) => ({ phrase: [stem] }))]
}

function phraseVariants(words: readonly string[]): string[][] {
  let variants: string[][] = [[]]
  for (const word of words.filter((w) => !isStopword(w))) {
    const keys = queryStemKeys(word)
    if (keys.length === 0) continue
    const next = variants.flatMap((variant) => keys.map((key) => [...variant, key]))
    variants = next.length <= MAX_PHRASE_VARIANTS ? next : variants.map((variant) => [...variant, keys[0]!])
  }
  return variants.filter((variant) => variant.length > 0)
}
