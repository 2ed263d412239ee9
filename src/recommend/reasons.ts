import type { QueryVector } from './content-index.ts'
import { CO_READ, FRESH, HISTORY_SIMILAR, POPULAR, SIMILAR } from './ranking.ts'
import type { ReaderContext, ReaderModel } from './reader-context.ts'
import type { RecommendableArticle } from './recommendable-article.ts'
import type { Reason } from './recommendation.ts'

/**
 * Why an article was picked: the part of its score that sets it furthest
 * above the other candidates of the block (`typical`: each part's mean over
 * the ranked pool), so that a part every candidate has alike (all equally
 * new, say) never explains a pick. When no part rises above the typical, the
 * largest part says it. A co-read or similar pick names the article that
 * brought it (the page's article or one of the history), so that the page
 * can say „Weil Sie … gelesen haben“. The section part is never a reason on
 * its own: „you read a lot of Politik“ is what popular and fresh picks of
 * the section say already.
 */
export function reasonFor(
  model: ReaderModel,
  context: ReaderContext,
  i: number,
  parts: Float64Array,
  typical: Float64Array,
  pickVector: QueryVector,
): Reason {
  const sectionSlug = model.catalog.articles[i]!.sectionSlug
  const id = (index: number) => model.catalog.articles[index]!.id
  let best = strongest(parts, (kind) => parts[kind]! - typical[kind]!)
  if (best < 0) best = strongest(parts, (kind) => parts[kind]!)
  if (best === SIMILAR || best === HISTORY_SIMILAR) {
    const source = best === SIMILAR ? context.current : mostSimilarRead(model, context, i, pickVector)
    // „Zum selben Thema“ only for a shared topic, not for a shared section alone.
    if (sharesTopic(model.catalog.articles[source]!, model.catalog.articles[i]!)) return { kind: 'similar', becauseOf: id(source) }
    best = parts[POPULAR]! > parts[FRESH]! ? POPULAR : FRESH
  }
  switch (best) {
    case CO_READ:
      return { kind: 'co-read', becauseOf: id(context.coReadSource[i]!) }
    case POPULAR:
      return { kind: 'popular', sectionSlug }
    default:
      return { kind: 'fresh', sectionSlug }
  }
}

/** A shared entity, or at least two shared content terms (one alone is often a word like „Jahr“). */
function sharesTopic(a: RecommendableArticle, b: RecommendableArticle): boolean {
  if (a.entities.some((entity) => b.entities.includes(entity))) return true
  const terms = new Set(a.terms)
  let shared = 0
  for (const term of b.terms) if (terms.has(term) && ++shared >= 2) return true
  return false
}

// In order of precedence when two parts give the same.
const KINDS = [CO_READ, SIMILAR, HISTORY_SIMILAR, POPULAR, FRESH] as const

/** The kind with the largest positive `value` among the parts the article has at all; -1 when none. */
function strongest(parts: Float64Array, value: (kind: number) => number): number {
  let best = -1
  let bestValue = 0
  for (const kind of KINDS) {
    if (parts[kind]! > 0 && value(kind) > bestValue) {
      best = kind
      bestValue = value(kind)
    }
  }
  return best
}

/** The history article most like article `i` (the newest of equals). */
function mostSimilarRead(model: ReaderModel, context: ReaderContext, i: number, pickVector: QueryVector): number {
  pickVector.setArticle(model.content, i)
  let best = context.history[0]!
  let bestSimilarity = -1
  for (const read of context.history) {
    const similarity = pickVector.dot(model.content, read)
    if (similarity > bestSimilarity) {
      best = read
      bestSimilarity = similarity
    }
  }
  pickVector.clear()
  return best
}
