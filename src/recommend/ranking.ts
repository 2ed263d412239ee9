import type { ReaderContext, ReaderModel } from './reader-context.ts'

/**
 * The ranking: one score per article for one reader, the weighted sum of
 * six parts, each in [0, 1]:
 *
 * - co-read: how strongly readers of the page's article and of the
 *   reader's recent reads went on to read it (co-reading neighbours),
 *   saturating, so that a few strong neighbours count nearly in full;
 * - similar: cosine similarity of its entities, terms and section with the
 *   page's article;
 * - history-similar: the same with the reader's recent reads taken together;
 * - popular: its recency-weighted reads, on a log scale;
 * - fresh: 2^(−age / fresh half-life);
 * - section: the share of the reader's reads in its section.
 *
 * `recommend` and `score` both rank with exactly this function.
 */
export const CO_READ = 0
export const SIMILAR = 1
export const HISTORY_SIMILAR = 2
export const POPULAR = 3
export const FRESH = 4
export const SECTION = 5
export const PART_COUNT = 6

const HOUR_MS = 3_600_000

/** The weighted parts of article `i`'s score, written into `parts`; returns their sum. */
export function scoreParts(model: ReaderModel, context: ReaderContext, i: number, nowMs: number, parts: Float64Array): number {
  const { options, catalog, content, reading } = model
  const evidence = context.coRead.has(i) ? context.coRead.get(i) : 0
  parts[CO_READ] = options.coReadWeight * (evidence / (evidence + options.coReadSaturation))
  parts[SIMILAR] = context.current >= 0 ? options.similarWeight * Math.max(0, context.currentVector.dot(content, i)) : 0
  parts[HISTORY_SIMILAR] = context.profileVector.empty ? 0 : options.historySimilarWeight * Math.max(0, context.profileVector.dot(content, i))
  parts[POPULAR] = options.popularWeight * reading.popularity[i]!
  const ageHours = Math.max(0, nowMs - catalog.publishedMs[i]!) / HOUR_MS
  parts[FRESH] = options.freshWeight * 2 ** (-ageHours / options.freshHalfLifeHours)
  const section = catalog.section[i]!
  parts[SECTION] = section < 0 ? 0 : options.sectionWeight * (context.sectionShare.get(section) ?? 0)
  let sum = 0
  for (let p = 0; p < PART_COUNT; p++) sum += parts[p]!
  return sum
}
