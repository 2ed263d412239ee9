/**
 * Reads what a person typed into the search box. The syntax is the one
 * readers know from web search: words, `"a phrase"`, `-excluded`, and
 * `prefix*`. Anything else (FTS operators, `NEAR(`, `:`, `^`, SQL, control
 * characters) is just a separator between words: nothing typed here can
 * reach the index as syntax.
 */
import { MIN_PREFIX_KEY } from '../text/search-terms.ts'
import { tokenize } from '../text/tokens.ts'

export type QueryClause =
  | { kind: 'word'; text: string; exclude: boolean }
  | { kind: 'prefix'; text: string; exclude: boolean }
  | { kind: 'phrase'; words: string[]; exclude: boolean }

export interface ParsedQuery {
  clauses: QueryClause[]
  /** The input was longer than the search reads; the rest was left out. */
  truncated: boolean
}

/** Longer input is cut here; no real search needs more. */
export const MAX_QUERY_CHARACTERS = 500
export const MAX_CLAUSES = 12

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu
// A quoted phrase (an unbalanced quote runs to the end), or a run of non-space.
const SEGMENT = /(-?)(?:["„“”]([^"„“”]*)["„“”]?|(\S+))/gu

export function parseQuery(input: string): ParsedQuery {
  // NFKC as in the index (`text/search-terms.ts`): `ﬁnden` is `finden`.
  const cleaned = input.normalize('NFKC').replace(INVISIBLE, ' ').trim()
  let truncated = cleaned.length > MAX_QUERY_CHARACTERS
  const text = truncated ? cleaned.slice(0, MAX_QUERY_CHARACTERS) : cleaned
  const clauses: QueryClause[] = []
  const seen = new Set<string>()
  for (const match of text.matchAll(SEGMENT)) {
    const exclude = match[1] === '-'
    for (const clause of segmentClauses(match[2], match[3], exclude)) {
      const key = JSON.stringify(clause)
      if (seen.has(key)) continue
      if (clauses.length === MAX_CLAUSES) {
        truncated = true
        break
      }
      seen.add(key)
      clauses.push(clause)
    }
  }
  return { clauses, truncated }
}

function segmentClauses(phrase: string | undefined, bare: string | undefined, exclude: boolean): QueryClause[] {
  if (phrase !== undefined) {
    const words = tokenize(phrase, { splitHyphens: true })
    if (words.length === 0) return []
    return [words.length === 1 ? { kind: 'word', text: words[0]!, exclude } : { kind: 'phrase', words, exclude }]
  }
  const segment = bare ?? ''
  const words = tokenize(segment)
  const clauses: QueryClause[] = words.map((word) => {
    // `Ukraine-Krieg` is the phrase of its parts, as the index holds it.
    const pieces = tokenize(word, { splitHyphens: true })
    return pieces.length > 1 ? { kind: 'phrase', words: pieces, exclude } : { kind: 'word', text: word, exclude }
  })
  const last = clauses.at(-1)
  if (last?.kind === 'word' && segment.endsWith('*') && segment.endsWith(`${last.text}*`) && last.text.length >= MIN_PREFIX_KEY) {
    clauses[clauses.length - 1] = { kind: 'prefix', text: last.text, exclude }
  }
  return clauses
}

/** The query written back as text, e.g. for a corrected query's link. */
export function formatQuery(query: ParsedQuery): string {
  return query.clauses
    .map((clause) => {
      const sign = clause.exclude ? '-' : ''
      if (clause.kind === 'phrase') return `${sign}"${clause.words.join(' ')}"`
      return `${sign}${clause.text}${clause.kind === 'prefix' ? '*' : ''}`
    })
    .join(' ')
}
