import type { Catalog } from './catalog.ts'
import { QueryVector, type ContentIndex } from './content-index.ts'
import type { ReadingModel } from './reading-model.ts'
import type { RecommenderOptions } from './recommender-options.ts'
import { SparseScores } from './sparse-scores.ts'
import { topK } from './top-k.ts'

/**
 * What one request knows about the reader, worked out once and then looked
 * up for every candidate: the article on the page and the recent history as
 * integer ids with their weights, the co-reading evidence they give each
 * article (and which of them gave the most), the content vectors of the
 * page's article and of the history, and the reader's sections.
 *
 * The buffers are the recommender's and reused request after request
 * (`release` resets what a request touched); requests run one at a time.
 */
export interface ReaderContext {
  /** The page's article, or -1. */
  current: number
  /** The known articles of the history that count, newest first, without repeats. */
  history: number[]
  /** Weight of each history article (same order), the newest `historyWeight`, halving every `historyHalfLife` places. */
  historyWeights: number[]
  /** Co-reading evidence per article, a weighted sum of neighbour strengths. */
  coRead: SparseScores
  /** The source (page article or history article) that gave an article the most co-reading evidence. */
  coReadSource: Int32Array
  coReadBest: Float32Array
  currentVector: QueryVector
  profileVector: QueryVector
  /** Share of the reader's (weighted) reads per section index. */
  sectionShare: Map<number, number>
}

export class ContextBuffers {
  readonly coRead: SparseScores
  readonly coReadSource: Int32Array
  readonly coReadBest: Float32Array
  readonly currentVector: QueryVector
  readonly profileVector: QueryVector
  readonly profile: SparseScores

  constructor(articleCount: number, featureCount: number) {
    this.coRead = new SparseScores(articleCount)
    this.coReadSource = new Int32Array(articleCount)
    this.coReadBest = new Float32Array(articleCount)
    this.currentVector = new QueryVector(featureCount)
    this.profileVector = new QueryVector(featureCount)
    this.profile = new SparseScores(featureCount)
  }
}

export interface ReaderModel {
  catalog: Catalog
  content: ContentIndex
  reading: ReadingModel
  options: RecommenderOptions
}

export function readerContext(model: ReaderModel, buffers: ContextBuffers, currentId: string | null, historyIds: readonly string[]): ReaderContext {
  const { catalog, options } = model
  const current = currentId === null ? -1 : (catalog.indexOf.get(currentId) ?? -1)
  const history: number[] = []
  const historyWeights: number[] = []
  const seen = new Set<number>()
  for (let k = historyIds.length - 1; k >= 0 && history.length < options.historyLimit; k--) {
    const i = catalog.indexOf.get(historyIds[k]!)
    if (i === undefined || seen.has(i)) continue
    seen.add(i)
    history.push(i)
    historyWeights.push(options.historyWeight * 2 ** (-(history.length - 1) / options.historyHalfLife))
  }
  const context: ReaderContext = {
    current,
    history,
    historyWeights,
    coRead: buffers.coRead,
    coReadSource: buffers.coReadSource,
    coReadBest: buffers.coReadBest,
    currentVector: buffers.currentVector,
    profileVector: buffers.profileVector,
    sectionShare: new Map(),
  }
  if (current >= 0) addCoReads(model, context, current, 1)
  history.forEach((i, k) => addCoReads(model, context, i, historyWeights[k]!))
  if (current >= 0) context.currentVector.setArticle(model.content, current)
  setProfile(model, buffers, context)
  setSectionShare(catalog, context)
  return context
}

export function releaseContext(context: ReaderContext): void {
  context.coRead.clear()
  context.currentVector.clear()
  context.profileVector.clear()
}

function addCoReads(model: ReaderModel, context: ReaderContext, source: number, weight: number): void {
  const { neighbourStart, neighbourArticle, neighbourStrength } = model.reading
  for (let k = neighbourStart[source]!; k < neighbourStart[source + 1]!; k++) {
    const b = neighbourArticle[k]!
    const evidence = weight * neighbourStrength[k]!
    if (!context.coRead.has(b) || evidence > context.coReadBest[b]!) {
      context.coReadSource[b] = source
      context.coReadBest[b] = evidence
    }
    context.coRead.add(b, evidence)
  }
}

/** The history's content: the weighted sum of its articles' vectors, cut to its heaviest features. */
function setProfile(model: ReaderModel, buffers: ContextBuffers, context: ReaderContext): void {
  if (context.history.length === 0) return
  const { content, options } = model
  const profile = buffers.profile
  context.history.forEach((i, k) => {
    for (let at = content.vectorStart[i]!; at < content.vectorStart[i + 1]!; at++) {
      profile.add(content.vectorFeature[at]!, context.historyWeights[k]! * content.vectorWeight[at]!)
    }
  })
  const features = topK(profile.touched(), (f) => profile.values[f]!, options.profileFeatures)
  context.profileVector.setFeatures(features, features.map((f) => profile.values[f]!))
  profile.clear()
}

function setSectionShare(catalog: Catalog, context: ReaderContext): void {
  let total = 0
  const add = (i: number, weight: number) => {
    const s = catalog.section[i]!
    if (s < 0) return
    context.sectionShare.set(s, (context.sectionShare.get(s) ?? 0) + weight)
    total += weight
  }
  if (context.current >= 0) add(context.current, 1)
  context.history.forEach((i, k) => add(i, context.historyWeights[k]!))
  for (const [s, weight] of context.sectionShare) context.sectionShare.set(s, weight / total)
}
