/**
 * The keys a query looks for, as one set, to mark them in a snippet: the
 * stem keys of its words, phrases and compound parts, and its prefixes.
 */
import type { MatchQuery } from '../store/search-repository.ts'
import { wordKeys } from '../text/search-terms.ts'

export interface QueryKeys {
  stems: ReadonlySet<string>
  prefixes: readonly string[]
}

export function queryKeys(query: MatchQuery): QueryKeys {
  const stems = new Set<string>()
  const prefixes: string[] = []
  for (const clause of query.clauses) {
    if (clause.exclude) continue
    for (const alternative of clause.anyOf) {
      if ('prefix' in alternative) prefixes.push(alternative.prefix)
      else for (const key of 'phrase' in alternative ? alternative.phrase : alternative.allOf) stems.add(key)
    }
  }
  return { stems, prefixes }
}

/** Whether a word of a text is one the query looks for. */
export function wordMatches(word: string, keys: QueryKeys): boolean {
  if (cannotMatch(word, keys)) return false
  const { stem, parts } = wordKeys(word)
  return (
    keys.stems.has(stem) ||
    parts.some((part) => keys.stems.has(part)) ||
    keys.prefixes.some((prefix) => stem.startsWith(prefix) || parts.some((part) => part.startsWith(prefix)))
  )
}

/**
 * A cheap test that rules out most words of a text before the full analysis
 * (stemming, compound splitting): stems and compound parts keep the letters
 * of the plain-folded word, so a word that contains none of the query's keys
 * or prefixes cannot match. Words with other letters than ASCII and umlauts
 * always get the full analysis.
 */
function cannotMatch(word: string, keys: QueryKeys): boolean {
  const plain = word.toLowerCase().replace(/[äöüß]/g, (ch) => PLAIN[ch]!)
  if (!/^[a-z0-9]*$/.test(plain)) return false
  for (const key of keys.stems) if (plain.includes(key)) return false
  for (const prefix of keys.prefixes) if (plain.includes(prefix)) return false
  return true
}

const PLAIN: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' }
