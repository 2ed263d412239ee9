/**
 * The search every surface uses (reader page, newsroom, API): parse what was
 * typed, analyse it like the index, and rank every article that has any of
 * the words by BM25, so articles with more (and rarer) query words come
 * first. That is the default of Lucene and Elasticsearch, and in our
 * known-item benchmark it ranks the wanted article better than requiring
 * every word (see bench/RESULTS.md, “Search”). Words the index does not know
 * are checked for typos: when nothing was found the likeliest correction is
 * searched instead, otherwise it is offered (“Meinten Sie …?”).
 */
import type { Article } from '../article/article.ts'
import { searchableText } from '../article/searchable-text.ts'
import type { MatchQuery, SearchFilters, SearchRepository } from '../store/search-repository.ts'
import { matchQuery } from './match-query.ts'
import { formatQuery, parseQuery, type ParsedQuery } from './parse-query.ts'
import { queryKeys } from './query-keys.ts'
import { snippet, type SnippetPart } from './snippet.ts'
import { corrections, MAX_CORRECTED_LENGTH, MIN_CORRECTED_LENGTH, type Correction } from './spelling.ts'
import { queryStemKeys, surfaceKey } from '../text/search-terms.ts'
import { isStopword } from '../text/stopwords.ts'

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
  /** “Meinten Sie …?”: a corrected query that finds more. */
  suggestion?: { query: string; total: number }
}

export async function searchArticles(repository: SearchRepository, request: SearchRequest): Promise<SearchResult> {
  const parsed = parseQuery(request.text)
  const base = { query: formatQuery(parsed), truncated: parsed.truncated }
  const shown = matchQuery(parsed, 'any')
  if (!shown.clauses.some((clause) => !clause.exclude)) return { ...base, empty: true, total: 0, hits: [] }
  const frequencies = await wordFrequencies(repository, parsed)
  const match = matchQuery(await withoutUbiquitousWords(repository, parsed, frequencies), 'any')

  const run = (query: MatchQuery) =>
    repository.search(
      query,
      request.filters,
      { freshness: request.freshness.percent / 100, halfLifeDays: request.freshness.halfLifeDays, now: request.now, order: request.order },
      { limit: request.pageSize, offset: (request.page - 1) * request.pageSize },
    )
  // Snippets mark every word of the query, also those left out of the matching.
  const hitsOf = (articles: Article[], query: MatchQuery) => articles.map((article) => hitOf(article, query === match ? shown : query))

  const found = await run(match)
  const unknown = rareWords(frequencies)
  if (unknown.length === 0) return { ...base, empty: false, total: found.total, hits: hitsOf(found.articles, match) }

  const fixes = await corrections(unknown, repository, request.filters)
  // Candidates are ranked by counts over the whole index; each corrected
  // query is tried under the reader's filters, so only one that finds
  // something here is ever shown (a word only in drafts never is).
  const attempts = correctedQueries(parsed, fixes)
  if (found.total > 0) {
    for (const corrected of attempts) {
      // Measured like the query as typed, or a common word would make any correction look better.
      const total = await repository.count(await matched(repository, corrected), request.filters)
      if (total > found.total) {
        return { ...base, empty: false, total: found.total, hits: hitsOf(found.articles, match), suggestion: { query: formatQuery(corrected), total } }
      }
    }
    return { ...base, empty: false, total: found.total, hits: hitsOf(found.articles, match) }
  }
  // Nothing as typed: accept one typo in each longer word.
  for (const corrected of attempts) {
    const correctedMatch = matchQuery(corrected, 'any')
    const result = await run(await matched(repository, corrected))
    if (result.total > 0) {
      return { ...base, empty: false, total: result.total, hits: hitsOf(result.articles, correctedMatch), correctedTo: formatQuery(corrected) }
    }
  }
  return { ...base, empty: false, total: 0, hits: [] }
}

/** How many articles contain each searched word (by its likeliest stem): one lookup for the whole query. */
async function wordFrequencies(repository: SearchRepository, parsed: ParsedQuery): Promise<Map<string, number>> {
  const words = parsed.clauses.flatMap((clause) => (clause.kind === 'word' && !clause.exclude && !isStopword(clause.text) ? [clause.text] : []))
  if (words.length === 0) return new Map()
  const frequencies = await repository.stemFrequencies(words.flatMap(queryStemKeys))
  return new Map(words.map((word) => [word, Math.max(0, ...queryStemKeys(word).map((key) => frequencies.get(key) ?? 0))]))
}

/**
 * Leaves out words that more than half of all articles contain, when the
 * query has other words: BM25 gives such a word an inverse document
 * frequency of about zero, so it hardly moves the ranking, yet scoring every
 * article that contains it was what made the slowest queries slow
 * (`Jahre belegt`: 77,000 of 100,000 articles). A query of only such words
 * is searched as typed, and so is every query on a small site, where
 * scoring costs nothing and "half of all articles" says little.
 */
const UBIQUITY_MIN_ARTICLES = 1000

async function withoutUbiquitousWords(repository: SearchRepository, parsed: ParsedQuery, frequencies: Map<string, number>): Promise<ParsedQuery> {
  const positive = parsed.clauses.filter((clause) => !clause.exclude && !(clause.kind === 'word' && isStopword(clause.text)))
  // Below this no word can be in half of a site large enough for the rule; the article count is then not needed.
  if (positive.length < 2 || Math.max(0, ...frequencies.values()) <= UBIQUITY_MIN_ARTICLES / 2) return parsed
  const articles = await repository.size()
  const ubiquitous = new Set([...frequencies].filter(([, count]) => count > articles / 2).map(([word]) => word))
  if (articles < UBIQUITY_MIN_ARTICLES || ubiquitous.size === 0 || ubiquitous.size === positive.length) return parsed
  return { ...parsed, clauses: parsed.clauses.filter((clause) => !(clause.kind === 'word' && !clause.exclude && ubiquitous.has(clause.text))) }
}

/** The query as it is matched: without the words in most articles. */
async function matched(repository: SearchRepository, parsed: ParsedQuery): Promise<MatchQuery> {
  return matchQuery(await withoutUbiquitousWords(repository, parsed, await wordFrequencies(repository, parsed)), 'any')
}

// A word in this few articles may be a typo worth checking; a common one is not.
const RARE = 3

function rareWords(frequencies: Map<string, number>): string[] {
  return [...frequencies]
    .filter(([word, count]) => count < RARE && surfaceKey(word).length >= MIN_CORRECTED_LENGTH && surfaceKey(word).length <= MAX_CORRECTED_LENGTH)
    .map(([word]) => word)
}

function hitOf(article: Article, query: MatchQuery): SearchHit {
  const text = searchableText(article)
  return { article, snippet: snippet([text.lead, ...text.body], queryKeys(query)) }
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
