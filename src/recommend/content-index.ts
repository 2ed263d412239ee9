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
  const featureOf = new Map<string, number>()
  let df = new Int32Array(1024)
  const feature = (key: string): number => {
    let f = featureOf.get(key)
    if (f === undefined) {
      f = featureOf.size
      featureOf.set(key, f)
      if (f >= df.length) {
        const grown = new Int32Array(df.length * 2)
        grown.set(df)
        df = grown
      }
    }
    return f
  }

  // Pass 1: each article's features with their raw weight (term frequency,
  // or the kind's factor), and how many articles have each feature.
  const rawStart = new Int32Array(catalog.count + 1)
  const rawFeature: number[] = []
  const rawWeight: number[] = []
  const local = new Map<number, number>()
  catalog.articles.forEach((article, i) => {
    local.clear()
    for (const term of article.terms) {
      if (term === '') continue
      const f = feature(`t:${term}`)
      local.set(f, (local.get(f) ?? 0) + 1)
    }
    for (const [f, tf] of local) local.set(f, 1 + Math.log(tf))
    for (const entity of article.entities) if (entity !== '') local.set(feature(`e:${entity}`), options.entityWeight)
    if (article.sectionSlug !== '') local.set(feature(`s:${article.sectionSlug}`), options.sectionFeatureWeight)
    for (const [f, w] of local) {
      rawFeature.push(f)
      rawWeight.push(w)
      df[f]!++
    }
    rawStart[i + 1] = rawFeature.length
  })

  const featureCount = featureOf.size
  const idf = new Float64Array(featureCount)
  const dropAbove = Math.max(MIN_DROPPED_DF, options.maxFeatureShare * catalog.count)
  for (let f = 0; f < featureCount; f++) idf[f] = df[f]! > dropAbove ? 0 : Math.log(1 + catalog.count / df[f]!)

  // Pass 2: tf-idf, the heaviest features of each article, unit length.
  const vectorStart = new Int32Array(catalog.count + 1)
  const keptFeature: number[] = []
  const keptWeight: number[] = []
  const order: number[] = []
  for (let i = 0; i < catalog.count; i++) {
    order.length = 0
    for (let k = rawStart[i]!; k < rawStart[i + 1]!; k++) {
      rawWeight[k] = rawWeight[k]! * idf[rawFeature[k]!]!
      if (rawWeight[k]! > 0) order.push(k)
    }
    order.sort((a, b) => rawWeight[b]! - rawWeight[a]! || rawFeature[a]! - rawFeature[b]!)
    if (order.length > options.maxFeaturesPerArticle) order.length = options.maxFeaturesPerArticle
    let norm = 0
    for (const k of order) norm += rawWeight[k]! ** 2
    norm = Math.sqrt(norm)
    for (const k of order) {
      keptFeature.push(rawFeature[k]!)
      keptWeight.push(rawWeight[k]! / norm)
    }
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
