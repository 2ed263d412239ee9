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
  const { stem, surface, parts } = wordKeys(word)
  return (
    keys.stems.has(stem) ||
    parts.some((part) => keys.stems.has(part)) ||
    keys.prefixes.some((prefix) => surface.startsWith(prefix))
  )
}
