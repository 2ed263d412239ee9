import { buildCatalog, type Catalog } from './catalog.ts'
import { firstPublishedBy, gatherCandidates } from './candidates.ts'
import { buildContentIndex, QueryVector } from './content-index.ts'
import { diversify } from './diversify.ts'
import { PART_COUNT, scoreParts } from './ranking.ts'
import { ContextBuffers, readerContext, releaseContext, type ReaderContext, type ReaderModel } from './reader-context.ts'
import { buildReadingModel } from './reading-model.ts'
import type { ReadingSignals } from './reading-signals.ts'
import { reasonFor } from './reasons.ts'
import type { RecommendableArticle } from './recommendable-article.ts'
import type { Recommendation, RecommendationRequest } from './recommendation.ts'
import { resolveOptions, type RecommenderOptions } from './recommender-options.ts'
import { SparseScores } from './sparse-scores.ts'
import { topK } from './top-k.ts'

/**
 * „Für Sie ausgewählt“: the block of recommendations under an article.
 *
 * Built once from the published articles and the reading signals (rebuild
 * it when they change, e.g. every few minutes: popularity is computed for
 * `nowMs` at build time), then asked per request. Pure: no I/O, no clock —
 * the same input gives the same answer. Requests run one at a time (the
 * recommender reuses its buffers between them).
 */
export interface Recommender {
  /**
   * The block: the editors' pins first and in their order, then the ranking,
   * diversified; never the page's article, an excluded one, one the reader
   * has read, or one not yet published at `nowMs`. Always `limit` articles
   * long when the catalogue has that many left to show.
   */
  recommend(request: RecommendationRequest): Recommendation[]
  /**
   * The ranking's score of each candidate for this reader (≥ 0; 0 for an id
   * the recommender does not know) — exactly what `recommend` ranks by,
   * before diversification.
   */
  score(request: Omit<RecommendationRequest, 'limit' | 'rules'>, candidateIds: readonly string[]): number[]
  has(articleId: string): boolean
  readonly articleCount: number
}

export interface RecommenderInput {
  articles: readonly RecommendableArticle[]
  signals: ReadingSignals
  /** The time popularity is computed for. */
  nowMs: number
  options?: Partial<RecommenderOptions>
}

// The ranked articles diversification chooses from: enough to replace every
// near-duplicate of a block several times over.
const MIN_POOL = 40
const POOL_PER_SLOT = 8

export function buildRecommender(input: RecommenderInput): Recommender {
  const options = resolveOptions(input.options)
  const catalog = buildCatalog(input.articles)
  const content = buildContentIndex(catalog, options)
  const reading = buildReadingModel(catalog, input.signals, input.nowMs, options)
  const model: ReaderModel = { catalog, content, reading, options }
  const buffers = new ContextBuffers(catalog.count, content.featureCount)
  const blocked = new SparseScores(catalog.count)
  const similar = new SparseScores(catalog.count)
  const gathered = new SparseScores(catalog.count)
  const pickVector = new QueryVector(content.featureCount)
  const parts = new Float64Array(PART_COUNT)

  const withContext = <T>(currentId: string | null, history: readonly string[], use: (context: ReaderContext) => T): T => {
    const context = readerContext(model, buffers, currentId, history)
    try {
      return use(context)
    } finally {
      releaseContext(context)
    }
  }

  return {
    articleCount: catalog.count,
    has: (articleId) => catalog.indexOf.has(articleId),

    score(request, candidateIds) {
      return withContext(request.currentId, request.history, (context) =>
        candidateIds.map((id) => {
          const i = catalog.indexOf.get(id)
          return i === undefined ? 0 : scoreParts(model, context, i, request.nowMs, parts)
        }),
      )
    },

    recommend(request) {
      const limit = Number.isFinite(request.limit) ? Math.max(0, Math.floor(request.limit)) : 0
      if (limit === 0 || catalog.count === 0) return []
      return withContext(request.currentId, request.history, (context) => {
        try {
          return block(context, request, limit)
        } finally {
          blocked.clear()
          similar.clear()
          gathered.clear()
        }
      })
    },
  }

  function block(context: ReaderContext, request: RecommendationRequest, limit: number): Recommendation[] {
    const shut = (id: string | null) => {
      const i = id === null ? undefined : catalog.indexOf.get(id)
      if (i !== undefined) blocked.set(i, 1)
    }
    shut(request.currentId)
    for (const id of request.history) shut(id)
    for (const id of request.rules.excluded) shut(id)

    const pinned: number[] = []
    for (const id of request.rules.pinned) {
      const i = catalog.indexOf.get(id)
      if (pinned.length >= limit || i === undefined || blocked.has(i) || catalog.publishedMs[i]! > request.nowMs) continue
      blocked.set(i, 1)
      pinned.push(i)
    }

    const candidates = gatherCandidates(model, context, request.nowMs, blocked, similar, gathered)
    const scoreOf = new Map<number, number>()
    for (const i of candidates) scoreOf.set(i, scoreParts(model, context, i, request.nowMs, parts))
    const pool = topK(candidates, (i) => scoreOf.get(i)!, Math.max(MIN_POOL, POOL_PER_SLOT * limit))
    const picks = diversify(model, pool, pool.map((i) => scoreOf.get(i)!), pinned, limit - pinned.length, limit, pickVector)
    const fill = fillFromNewest(catalog, request.nowMs, limit - pinned.length - picks.length, (i) => blocked.has(i) || picks.includes(i))

    const typical = meanParts(context, pool, request.nowMs)
    const recommendation = (i: number, pin: boolean): Recommendation => {
      const score = scoreParts(model, context, i, request.nowMs, parts)
      return {
        articleId: catalog.articles[i]!.id,
        reason: pin ? { kind: 'pinned' } : reasonFor(model, context, i, parts, typical, pickVector),
        score,
      }
    }
    return [...pinned.map((i) => recommendation(i, true)), ...[...picks, ...fill].map((i) => recommendation(i, false))]
  }

  /** Each part's mean over the ranked pool: what a typical candidate of this block has. */
  function meanParts(context: ReaderContext, pool: readonly number[], nowMs: number): Float64Array {
    const mean = new Float64Array(PART_COUNT)
    for (const i of pool) {
      scoreParts(model, context, i, nowMs, parts)
      for (let p = 0; p < PART_COUNT; p++) mean[p]! += parts[p]! / pool.length
    }
    return mean
  }
}

/** The newest articles left, for the last slots when the ranking's sources ran dry (a tiny or fully read catalogue). */
function fillFromNewest(catalog: Catalog, nowMs: number, count: number, skip: (i: number) => boolean): number[] {
  const out: number[] = []
  for (let k = firstPublishedBy(catalog, catalog.newest, nowMs); k < catalog.count && out.length < count; k++) {
    const i = catalog.newest[k]!
    if (!skip(i)) out.push(i)
  }
  return out
}
