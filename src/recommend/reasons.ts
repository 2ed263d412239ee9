import type { QueryVector } from './content-index.ts'
import { CO_READ, FRESH, HISTORY_SIMILAR, POPULAR, SECTION, SIMILAR } from './ranking.ts'
import type { ReaderContext, ReaderModel } from './reader-context.ts'
import type { Reason } from './recommendation.ts'

/**
 * Why an article was picked: the part of its score that gave the most.
 * A co-read or similar pick names the article that brought it (the page's
 * article or one of the history), so that the page can say „Weil Sie … gelesen
 * haben“. The section part has no words of its own: it goes to popularity
 * when the article is read at all, otherwise to freshness.
 */
export function reasonFor(model: ReaderModel, context: ReaderContext, i: number, parts: Float64Array, pickVector: QueryVector): Reason {
  const sectionSlug = model.catalog.articles[i]!.sectionSlug
  const id = (index: number) => model.catalog.articles[index]!.id
  // In order of precedence when two parts give the same.
  const kinds = [CO_READ, SIMILAR, HISTORY_SIMILAR, POPULAR, FRESH] as const
  let best: number = FRESH
  let bestValue = 0
  for (const kind of kinds) {
    let value = parts[kind]!
    if (kind === POPULAR && parts[POPULAR]! > 0) value += parts[SECTION]!
    if (kind === FRESH && parts[POPULAR]! === 0) value += parts[SECTION]!
    if (value > bestValue) {
      best = kind
      bestValue = value
    }
  }
  switch (best) {
    case CO_READ:
      return { kind: 'co-read', becauseOf: id(context.coReadSource[i]!) }
    case SIMILAR:
      return { kind: 'similar', becauseOf: id(context.current) }
    case HISTORY_SIMILAR:
      return { kind: 'similar', becauseOf: id(mostSimilarRead(model, context, i, pickVector)) }
    case POPULAR:
      return { kind: 'popular', sectionSlug }
    default:
      return { kind: 'fresh', sectionSlug }
  }
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
