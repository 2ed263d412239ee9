/**
 * The search every surface uses (reader page, newsroom, API): parse what was
 * typed, analyse it like the index, rank, and, when that finds little, try
 * the spelling the index suggests and then any of the words.
 */
import type { Article } from '../article/article.ts'
import { searchableText } from '../article/searchable-text.ts'
import type { MatchQuery, SearchFilters, SearchRepository } from '../store/search-repository.ts'
import { matchQuery } from './match-query.ts'
import { formatQuery, parseQuery, type ParsedQuery } from './parse-query.ts'
import { queryKeys } from './query-keys.ts'
import { snippet, type SnippetPart } from './snippet.ts'
import { corrections, type Correction } from './spelling.ts'

export interface SearchRequest {
  /** As typed. */
  text: string
  filters: SearchFilters
  order: 'relevance' | 'newest'
  /** 1-based. */
  page: number
  pageSize: number
  /** Percent lift for a brand-new article, and the days after which it is half. */
  freshness: { percent: number; halfLifeDays: number }
  now: Date
}

export interface SearchHit {
  article: Article
  snippet: SnippetPart[]
}

export interface SearchResult {
  /** The query as read: invisible characters gone, cut to its maximum length. */
  query: string
  /** Nothing searchable was typed (only punctuation, say). */
  empty: boolean
  /** The input was longer than the search reads. */
  truncated: boolean
  total: number
  hits: SearchHit[]
  /** Nothing matched as typed; these hits are for this corrected query. */
  correctedTo?: string
  /** Nothing matched all the words; these hits match some of them. */
  relaxed: boolean
  /** “Meinten Sie …?”: a corrected query that finds more. */
  suggestion?: { query: string; total: number }
}

export async function searchArticles(repository: SearchRepository, request: SearchRequest): Promise<SearchResult> {
  const parsed = parseQuery(request.text)
  const base = { query: formatQuery(parsed), truncated: parsed.truncated, relaxed: false }
  const match = matchQuery(parsed)
  if (!match.clauses.some((clause) => !clause.exclude)) return { ...base, empty: true, total: 0, hits: [] }

  const run = (query: MatchQuery) =>
    repository.search(
      query,
      request.filters,
      { freshness: request.freshness.percent / 100, halfLifeDays: request.freshness.halfLifeDays, now: request.now, order: request.order },
      { limit: request.pageSize, offset: (request.page - 1) * request.pageSize },
    )
  const hitsOf = (articles: Article[], query: MatchQuery) => articles.map((article) => hitOf(article, query))

  const found = await run(match)
  if (found.total >= request.pageSize) return { ...base, empty: false, total: found.total, hits: hitsOf(found.articles, match) }

  // Comparing by stem is slow; it is worth it only when nothing was found.
  const fixes = await corrections(correctableWords(parsed), repository, { byStem: found.total === 0 })
  // Candidates are ranked by counts over the whole index; each corrected
  // query is tried under the reader's filters, so only one that finds
  // something here is ever shown (a word only in drafts never is).
  const attempts = correctedQueries(parsed, fixes)
  if (found.total > 0) {
    for (const corrected of attempts) {
      const total = await repository.count(matchQuery(corrected), request.filters)
      if (total > found.total) {
        return { ...base, empty: false, total: found.total, hits: hitsOf(found.articles, match), suggestion: { query: formatQuery(corrected), total } }
      }
    }
    return { ...base, empty: false, total: found.total, hits: hitsOf(found.articles, match) }
  }
  // Nothing as typed: accept one typo in each longer word.
  for (const corrected of attempts) {
    const correctedMatch = matchQuery(corrected)
    const result = await run(correctedMatch)
    if (result.total > 0) {
      return { ...base, empty: false, total: result.total, hits: hitsOf(result.articles, correctedMatch), correctedTo: formatQuery(corrected) }
    }
  }

  if (match.clauses.filter((clause) => !clause.exclude).length > 1) {
    const some = matchQuery(parsed, 'any')
    const relaxed = await run(some)
    if (relaxed.total > 0) return { ...base, empty: false, relaxed: true, total: relaxed.total, hits: hitsOf(relaxed.articles, some) }
  }
  return { ...base, empty: false, total: 0, hits: [] }
}

function hitOf(article: Article, query: MatchQuery): SearchHit {
  const text = searchableText(article)
  return { article, snippet: snippet([text.lead, ...text.body], queryKeys(query)) }
}

function correctableWords(parsed: ParsedQuery): string[] {
  return parsed.clauses.flatMap((clause) => (clause.kind === 'word' && !clause.exclude ? [clause.text] : []))
}

/**
 * The query with its words corrected: first each word's best candidate, then
 * its second, its third (a word with fewer keeps its last).
 */
function correctedQueries(parsed: ParsedQuery, fixes: Map<string, Correction>): ParsedQuery[] {
  const rounds = Math.max(0, ...[...fixes.values()].map((fix) => fix.candidates.length))
  return Array.from({ length: rounds }, (_, round) => ({
    ...parsed,
    clauses: parsed.clauses.map((clause) => {
      const fix = clause.kind === 'word' && !clause.exclude ? fixes.get(clause.text) : undefined
      return fix && clause.kind === 'word' ? { ...clause, text: fix.candidates[Math.min(round, fix.candidates.length - 1)]! } : clause
    }),
  }))
}
