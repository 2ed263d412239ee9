import type { QueryVector } from './content-index.ts'
import type { ReaderModel } from './reader-context.ts'

/**
 * Picks `slots` articles from the ranked pool so that the block is not five
 * articles about one story: greedily, each next pick is the one with the
 * best score × (1 − diversity × its highest content similarity to an
 * article already in the block) — maximal marginal relevance, multiplied
 * so that it needs no common scale of score and similarity. No section may
 * fill more than `sectionShare` of the block while others are left; when
 * nothing else is left, the cap gives way rather than leave a slot empty.
 *
 * `inBlock` are the articles already placed (the editors' pins): new picks
 * are kept apart from them too.
 */
export function diversify(
  model: ReaderModel,
  pool: readonly number[],
  scores: readonly number[],
  inBlock: readonly number[],
  slots: number,
  blockSize: number,
  vector: QueryVector,
): number[] {
  const { catalog, content, options } = model
  const sectionCap = Math.max(1, Math.ceil(blockSize * options.sectionShare))
  const perSection = new Map<number, number>()
  const closest = new Float64Array(pool.length)
  const taken = new Uint8Array(pool.length)
  const place = (i: number) => {
    const section = catalog.section[i]!
    if (section >= 0) perSection.set(section, (perSection.get(section) ?? 0) + 1)
    vector.setArticle(content, i)
    for (let c = 0; c < pool.length; c++) {
      if (taken[c] === 0) closest[c] = Math.max(closest[c]!, vector.dot(content, pool[c]!))
    }
    vector.clear()
  }
  for (const i of inBlock) place(i)

  const picks: number[] = []
  while (picks.length < slots) {
    let best = bestAllowed(true)
    if (best < 0) best = bestAllowed(false)
    if (best < 0) break
    taken[best] = 1
    picks.push(pool[best]!)
    place(pool[best]!)
  }
  return picks

  function bestAllowed(capped: boolean): number {
    let best = -1
    let bestValue = Number.NEGATIVE_INFINITY
    for (let c = 0; c < pool.length; c++) {
      if (taken[c] === 1) continue
      const section = catalog.section[pool[c]!]!
      if (capped && section >= 0 && (perSection.get(section) ?? 0) >= sectionCap) continue
      const value = scores[c]! * (1 - options.diversity * Math.min(1, closest[c]!))
      // The pool is ranked, so the first of equal values is the better-ranked one.
      if (value > bestValue) {
        best = c
        bestValue = value
      }
    }
    return best
  }
}
