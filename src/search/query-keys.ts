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
  const { stem, surface, parts } = wordKeys(word)
  return (
    keys.stems.has(stem) ||
    parts.some((part) => keys.stems.has(part)) ||
    keys.prefixes.some((prefix) => surface.startsWith(prefix))
  )
}

/**
 * A cheap test that rules out most words of a text before the full analysis
 * (stemming, compound splitting) runs: stems and compound parts keep the
 * letters of the folded word, so a word that contains none of the query's
 * keys (and starts with none of its prefixes) cannot match. Words with other
 * letters than ASCII and umlauts always get the full analysis.
 */
function cannotMatch(word: string, keys: QueryKeys): boolean {
  const lower = word.toLowerCase()
  const plain = lower.replace(/[äöüß]/g, (ch) => PLAIN[ch]!)
  if (!/^[a-z0-9]*$/.test(plain)) return false
  for (const key of keys.stems) if (plain.includes(key)) return false
  if (keys.prefixes.length === 0) return true
  const surface = lower.replace(/[äöüß]/g, (ch) => SURFACE[ch]!)
  return !keys.prefixes.some((prefix) => surface.startsWith(prefix))
}

const PLAIN: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' }
const SURFACE: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }
