import type { Catalog } from './catalog.ts'
import type { ReadingSignals } from './reading-signals.ts'
import type { RecommenderOptions } from './recommender-options.ts'
import { SparseScores } from './sparse-scores.ts'
import { topK } from './top-k.ts'

/**
 * What readers did, learnt once when the recommender is built: how popular
 * each article is now, and which articles readers read together. Signals
 * for articles the catalogue does not know are ignored.
 */
export interface ReadingModel {
  /** Popularity in [0, 1]: log of the decayed reads, over the log of the most read article's. */
  readonly popularity: Float32Array
  /** The most read articles overall and per section, most read first; only articles with reads. */
  readonly topPopular: Int32Array
  readonly sectionTopPopular: readonly Int32Array[]
  /** Per article, its co-reading neighbours (CSR), strongest first, with a strength in [0, 1]. */
  readonly neighbourStart: Int32Array
  readonly neighbourArticle: Int32Array
  readonly neighbourStrength: Float32Array
}

const HOUR_MS = 3_600_000
// How many most-read articles are kept per section and overall; a request
// takes at most `popularCandidates` of them.
const TOP_POPULAR_KEPT = 200

export function buildReadingModel(catalog: Catalog, signals: ReadingSignals, nowMs: number, options: RecommenderOptions): ReadingModel {
  const popularity = decayedPopularity(catalog, signals, nowMs, options)
  const all = Int32Array.from({ length: catalog.count }, (_, i) => i).filter((i) => popularity[i]! > 0)
  const byScore = (i: number) => popularity[i]!
  const topPopular = Int32Array.from(topK(all, byScore, TOP_POPULAR_KEPT))
  const perSection: number[][] = catalog.sectionSlugs.map(() => [])
  for (const i of all) if (catalog.section[i]! >= 0) perSection[catalog.section[i]!]!.push(i)
  const sectionTopPopular = perSection.map((list) => Int32Array.from(topK(list, byScore, TOP_POPULAR_KEPT)))
  return { popularity, topPopular, sectionTopPopular, ...coReadNeighbours(catalog, signals, options) }
}

/**
 * Reads weighted by 2^(−age / half-life) at `nowMs` (reads in the future
 * count as now). Exponential decay keeps the order of articles as time goes
 * on, so a model built a few minutes before a request still ranks right.
 */
function decayedPopularity(catalog: Catalog, signals: ReadingSignals, nowMs: number, options: RecommenderOptions): Float32Array {
  const decayed = new Float64Array(catalog.count)
  const halfLifeMs = options.popularityHalfLifeHours * HOUR_MS
  for (const read of signals.reads) {
    const i = catalog.indexOf.get(read.articleId)
    if (i === undefined || !(read.reads > 0)) continue
    // The hour's reads are spread over it: take its middle.
    const ageMs = Math.max(0, nowMs - (read.hourMs + HOUR_MS / 2))
    decayed[i]! += read.reads * 2 ** (-ageMs / halfLifeMs)
  }
  let max = 0
  for (const value of decayed) if (value > max) max = value
  const popularity = new Float32Array(catalog.count)
  if (max === 0) return popularity
  // The log keeps the long tail apart: read counts are Zipf-shaped, and one
  // runaway article would otherwise press every other one to zero.
  const scale = Math.log1p(max)
  for (let i = 0; i < catalog.count; i++) popularity[i] = Math.log1p(decayed[i]!) / scale
  return popularity
}

/**
 * Each article's strongest co-reading neighbours. Strength is the cosine of
 * the two articles' co-reading counts, count / √(reads of A · reads of B),
 * so that an article everybody reads is not everybody's neighbour, damped
 * by count / (count + shrinkage) so that a pair read together once does not
 * outweigh one read together a hundred times.
 */
function coReadNeighbours(
  catalog: Catalog,
  signals: ReadingSignals,
  options: RecommenderOptions,
): Pick<ReadingModel, 'neighbourStart' | 'neighbourArticle' | 'neighbourStrength'> {
  const n = catalog.count
  const pairs = signals.coReads.length
  const from = new Int32Array(pairs)
  const to = new Int32Array(pairs)
  const count = new Float32Array(pairs)
  const degree = new Float64Array(n)
  const edgesOf = new Int32Array(n + 1)
  let kept = 0
  for (const pair of signals.coReads) {
    const a = catalog.indexOf.get(pair.fromId)
    const b = catalog.indexOf.get(pair.toId)
    if (a === undefined || b === undefined || a === b || !(pair.reads > 0)) continue
    from[kept] = a
    to[kept] = b
    count[kept] = pair.reads
    degree[a]! += pair.reads
    degree[b]! += pair.reads
    // Both ends list the pair: A → B read forwards, B → A read backwards.
    edgesOf[a + 1]!++
    edgesOf[b + 1]!++
    kept++
  }
  for (let i = 0; i < n; i++) edgesOf[i + 1]! += edgesOf[i]!
  const edgeOther = new Int32Array(edgesOf[n]!)
  const edgeWeight = new Float32Array(edgesOf[n]!)
  const fill = edgesOf.slice(0, n)
  for (let p = 0; p < kept; p++) {
    const a = from[p]!
    const b = to[p]!
    let at = fill[a]!++
    edgeOther[at] = b
    edgeWeight[at] = count[p]!
    at = fill[b]!++
    edgeOther[at] = a
    edgeWeight[at] = count[p]! * options.coReadReverseWeight
  }

  const neighbourStart = new Int32Array(n + 1)
  const neighbourArticle: number[] = []
  const neighbourStrength: number[] = []
  const sum = new SparseScores(n)
  const strength = (b: number) => sum.values[b]!
  for (let a = 0; a < n; a++) {
    for (let k = edgesOf[a]!; k < edgesOf[a + 1]!; k++) sum.add(edgeOther[k]!, edgeWeight[k]!)
    if (sum.size > 0) {
      for (const b of sum.touched()) {
        const together = sum.values[b]!
        sum.values[b] = (together / Math.sqrt(degree[a]! * degree[b]!)) * (together / (together + options.coReadShrinkage))
      }
      for (const b of topK(sum.touched(), strength, options.coReadNeighbours)) {
        neighbourArticle.push(b)
        neighbourStrength.push(Math.min(1, sum.values[b]!))
      }
      sum.clear()
    }
    neighbourStart[a + 1] = neighbourArticle.length
  }
  return { neighbourStart, neighbourArticle: Int32Array.from(neighbourArticle), neighbourStrength: Float32Array.from(neighbourStrength) }
}
