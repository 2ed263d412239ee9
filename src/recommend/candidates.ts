import type { Catalog } from './catalog.ts'
import type { ReaderContext, ReaderModel } from './reader-context.ts'
import type { SparseScores } from './sparse-scores.ts'
import { topK } from './top-k.ts'

/**
 * The few hundred articles worth scoring for one request, from every
 * source of the ranking: co-reading neighbours of the page's article and of
 * the history, the articles most similar in content (through the capped
 * posting lists), the most read and the newest articles overall and in the
 * reader's sections. Each source is bounded, so a request's work does not
 * grow with the catalogue.
 *
 * Left out: `blocked` articles (page, history, excluded, pinned) and
 * articles not yet published at `nowMs`.
 */
export function gatherCandidates(
  model: ReaderModel,
  context: ReaderContext,
  nowMs: number,
  blocked: SparseScores,
  content: SparseScores,
  gathered: SparseScores,
): number[] {
  const { catalog, options, reading } = model
  const out: number[] = []
  const take = (i: number) => {
    if (blocked.has(i) || gathered.has(i) || catalog.publishedMs[i]! > nowMs) return
    gathered.set(i, 1)
    out.push(i)
  }

  for (const i of context.coRead.touched()) take(i)

  if (context.current >= 0) context.currentVector.accumulate(model.content, content, options.similarWeight)
  if (!context.profileVector.empty) context.profileVector.accumulate(model.content, content, options.historySimilarWeight)
  // The page's article and the history are surely similar: ranked last, not copied out.
  for (const i of blocked.touched()) if (content.has(i)) content.set(i, -1)
  const similar = topK(content.touched(), (i) => content.values[i]!, options.contentCandidates)
  content.clear()
  for (const i of similar) take(i)

  const firstPublished = firstPublishedBy(catalog, catalog.newest, nowMs)
  const oldestFresh = nowMs - options.freshWindowHours * 3_600_000
  takeFirst(reading.topPopular, 0, options.popularCandidates, take)
  takeFresh(catalog, catalog.newest, firstPublished, oldestFresh, options.popularCandidates, take)
  for (const section of sectionsOfInterest(catalog, context)) {
    takeFirst(reading.sectionTopPopular[section]!, 0, options.sectionCandidates, take)
    const newest = catalog.sectionNewest[section]!
    takeFresh(catalog, newest, firstPublishedBy(catalog, newest, nowMs), oldestFresh, options.sectionCandidates, take)
  }
  gathered.clear()
  return out
}

// The page's section and the reader's two strongest others.
const SECTIONS_OF_INTEREST = 3

function sectionsOfInterest(catalog: Catalog, context: ReaderContext): number[] {
  const sections = [...context.sectionShare.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([section]) => section)
  const own = context.current >= 0 ? catalog.section[context.current]! : -1
  const ordered = own >= 0 ? [own, ...sections.filter((section) => section !== own)] : sections
  return ordered.slice(0, SECTIONS_OF_INTEREST)
}

function takeFirst(list: Int32Array, from: number, count: number, take: (i: number) => void): void {
  for (let k = from; k < Math.min(list.length, from + count); k++) take(list[k]!)
}

function takeFresh(catalog: Catalog, newest: Int32Array, from: number, oldestMs: number, count: number, take: (i: number) => void): void {
  for (let k = from; k < Math.min(newest.length, from + count); k++) {
    if (catalog.publishedMs[newest[k]!]! < oldestMs) break
    take(newest[k]!)
  }
}

/** Position of the first article in a newest-first list published at or before `nowMs` (scheduled ones come first). */
export function firstPublishedBy(catalog: Catalog, newest: Int32Array, nowMs: number): number {
  let low = 0
  let high = newest.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (catalog.publishedMs[newest[middle]!]! > nowMs) low = middle + 1
    else high = middle
  }
  return low
}
