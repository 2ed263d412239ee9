import type { Catalog } from './catalog.ts'
import type { RecommenderOptions } from './recommender-options.ts'
import { SparseScores } from './sparse-scores.ts'

/**
 * What articles are about, as weighted features: their entities, their
 * terms and their section, each weighted by its rarity (IDF) and every
 * article's vector scaled to length 1, so that the dot product of two
 * articles is their cosine similarity in [0, 1].
 *
 * Posting lists (the articles of each feature, newest first) find the
 * similar articles of a request. They are capped: a feature shared by
 * thousands of articles is a weak one, and only its newest articles are
 * worth recommending. The cap bounds a request's work at any catalogue size.
 */
export interface ContentIndex {
  readonly featureCount: number
  /** Per article, its features and weights (CSR: article i owns [vectorStart[i], vectorStart[i + 1])). */
  readonly vectorStart: Int32Array
  readonly vectorFeature: Int32Array
  readonly vectorWeight: Float32Array
  /** Per feature, its articles newest first and their weights, at most `maxPostings`. */
  readonly postingStart: Int32Array
  readonly postingArticle: Int32Array
  readonly postingWeight: Float32Array
}

// Below this many articles no feature is too common to keep: a small site's
// articles share words because they are few, not because the words are empty.
const MIN_DROPPED_DF = 100

export function buildContentIndex(catalog: Catalog, options: RecommenderOptions): ContentIndex {
  const features = new FeatureNumbers()

  // Pass 1: each article's features with their raw weight (1 + ln of the
  // term's frequency, or the kind's factor), and how many articles have each.
  const rawStart = new Int32Array(catalog.count + 1)
  const rawFeature: number[] = []
  const rawWeight: number[] = []
  const add = (f: number, i: number, weight: number, accumulate: boolean) => {
    if (features.lastArticle[f] === i) {
      const at = features.slot[f]!
      rawWeight[at] = accumulate ? rawWeight[at]! + weight : weight
      return
    }
    features.lastArticle[f] = i
    features.slot[f] = rawFeature.length
    features.df[f]!++
    rawFeature.push(f)
    rawWeight.push(weight)
  }
  catalog.articles.forEach((article, i) => {
    const start = rawFeature.length
    for (const term of article.terms) if (term !== '') add(features.of(features.terms, term), i, 1, true)
    for (let k = start; k < rawFeature.length; k++) rawWeight[k] = 1 + Math.log(rawWeight[k]!)
    for (const entity of article.entities) if (entity !== '') add(features.of(features.entities, entity), i, options.entityWeight, false)
    if (article.sectionSlug !== '') add(features.of(features.sections, article.sectionSlug), i, options.sectionFeatureWeight, false)
    rawStart[i + 1] = rawFeature.length
  })

  const featureCount = features.count
  const idf = new Float64Array(featureCount)
  const dropAbove = Math.max(MIN_DROPPED_DF, options.maxFeatureShare * catalog.count)
  for (let f = 0; f < featureCount; f++) idf[f] = features.df[f]! > dropAbove ? 0 : Math.log(1 + catalog.count / features.df[f]!)

  // Pass 2: tf-idf, the heaviest features of each article, unit length.
  const vectorStart = new Int32Array(catalog.count + 1)
  const keptFeature: number[] = []
  const keptWeight: number[] = []
  const max = options.maxFeaturesPerArticle
  for (let i = 0; i < catalog.count; i++) {
    let positive = 0
    for (let k = rawStart[i]!; k < rawStart[i + 1]!; k++) {
      rawWeight[k] = rawWeight[k]! * idf[rawFeature[k]!]!
      if (rawWeight[k]! > 0) positive++
    }
    // Over the limit: the weight of the last one kept; of equal ones, the first met are kept.
    let threshold = Number.MIN_VALUE
    if (positive > max) {
      const weights = Float64Array.from(rawWeight.slice(rawStart[i]!, rawStart[i + 1]!)).sort().reverse()
      threshold = max > 0 ? weights[max - 1]! : Number.POSITIVE_INFINITY
    }
    let above = 0
    for (let k = rawStart[i]!; k < rawStart[i + 1]!; k++) if (rawWeight[k]! > threshold) above++
    let equalLeft = max - above
    const start = keptFeature.length
    let norm = 0
    for (let k = rawStart[i]!; k < rawStart[i + 1]!; k++) {
      const w = rawWeight[k]!
      if (w < threshold || w <= 0 || (w === threshold && equalLeft-- <= 0)) continue
      keptFeature.push(rawFeature[k]!)
      keptWeight.push(w)
      norm += w * w
    }
    norm = Math.sqrt(norm)
    for (let k = start; k < keptWeight.length; k++) keptWeight[k] = keptWeight[k]! / norm
    vectorStart[i + 1] = keptFeature.length
  }
  const vectorFeature = Int32Array.from(keptFeature)
  const vectorWeight = Float32Array.from(keptWeight)

  // Posting lists, newest article first, capped.
  const postingCount = new Int32Array(featureCount)
  for (const i of catalog.newest) {
    for (let k = vectorStart[i]!; k < vectorStart[i + 1]!; k++) {
      const f = vectorFeature[k]!
      if (postingCount[f]! < options.maxPostings) postingCount[f]!++
    }
  }
  const postingStart = new Int32Array(featureCount + 1)
  for (let f = 0; f < featureCount; f++) postingStart[f + 1] = postingStart[f]! + postingCount[f]!
  const postingArticle = new Int32Array(postingStart[featureCount]!)
  const postingWeight = new Float32Array(postingStart[featureCount]!)
  const fill = new Int32Array(featureCount)
  for (const i of catalog.newest) {
    for (let k = vectorStart[i]!; k < vectorStart[i + 1]!; k++) {
      const f = vectorFeature[k]!
      if (fill[f]! >= postingCount[f]!) continue
      const at = postingStart[f]! + fill[f]!++
      postingArticle[at] = i
      postingWeight[at] = vectorWeight[k]!
    }
  }
  return { featureCount, vectorStart, vectorFeature, vectorWeight, postingStart, postingArticle, postingWeight }
}

/**
 * Numbers for features, one space for all kinds (a term and an entity
 * spelled alike stay two features), with per-feature counters that grow
 * as features are met.
 */
class FeatureNumbers {
  readonly terms = new Map<string, number>()
  readonly entities = new Map<string, number>()
  readonly sections = new Map<string, number>()
  count = 0
  df = new Int32Array(1024)
  /** The article that last added the feature, and where its weight is, to fold a repeated term into one. */
  lastArticle = new Int32Array(1024).fill(-1)
  slot = new Int32Array(1024)

  of(kind: Map<string, number>, key: string): number {
    const known = kind.get(key)
    if (known !== undefined) return known
    const f = this.count++
    kind.set(key, f)
    if (f >= this.df.length) {
      this.df = grown(this.df, 0)
      this.lastArticle = grown(this.lastArticle, -1)
      this.slot = grown(this.slot, 0)
    }
    return f
  }
}

function grown(array: Int32Array, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2).fill(fill)
  bigger.set(array)
  return bigger
}

/**
 * A request's query vector (the article on the page, or the reader's
 * profile) spread over all features, so that its dot product with an
 * article costs one look-up per feature of the article.
 */
export class QueryVector {
  readonly #weights: SparseScores

  constructor(featureCount: number) {
    this.#weights = new SparseScores(featureCount)
  }

  get empty(): boolean {
    return this.#weights.size === 0
  }

  /** Sets the vector to article `i`'s. */
  setArticle(index: ContentIndex, i: number): void {
    this.clear()
    for (let k = index.vectorStart[i]!; k < index.vectorStart[i + 1]!; k++) this.#weights.set(index.vectorFeature[k]!, index.vectorWeight[k]!)
  }

  /** Sets the vector to the given features, scaled to unit length. */
  setFeatures(features: readonly number[], weights: readonly number[]): void {
    this.clear()
    let norm = 0
    for (const w of weights) norm += w * w
    if (norm === 0) return
    norm = Math.sqrt(norm)
    features.forEach((f, k) => this.#weights.set(f, weights[k]! / norm))
  }

  /** Cosine similarity with article `i`. */
  dot(index: ContentIndex, i: number): number {
    const values = this.#weights.values
    let sum = 0
    for (let k = index.vectorStart[i]!; k < index.vectorStart[i + 1]!; k++) sum += values[index.vectorFeature[k]!]! * index.vectorWeight[k]!
    return sum
  }

  /** Adds every article that shares a feature (within the posting caps), with the dot product over those features. */
  accumulate(index: ContentIndex, into: SparseScores, factor: number): void {
    for (const f of this.#weights.touched()) {
      const q = this.#weights.values[f]! * factor
      for (let k = index.postingStart[f]!; k < index.postingStart[f + 1]!; k++) into.add(index.postingArticle[k]!, q * index.postingWeight[k]!)
    }
  }

  clear(): void {
    this.#weights.clear()
  }
}
