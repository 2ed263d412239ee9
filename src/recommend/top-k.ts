/**
 * The `k` best of `indices` by `score`, best first; equal scores keep the
 * lower index first, so that every run picks the same. A bounded min-heap:
 * O(n log k), and no copy of a large candidate list.
 */
export function topK(indices: ArrayLike<number>, score: (index: number) => number, k: number): number[] {
  if (k <= 0) return []
  const heapIndex: number[] = []
  const heapScore: number[] = []
  // `a` ranks below `b`: lower score, or the same score and a higher index.
  const below = (sa: number, ia: number, sb: number, ib: number) => sa < sb || (sa === sb && ia > ib)
  const swap = (a: number, b: number) => {
    const i = heapIndex[a]!
    heapIndex[a] = heapIndex[b]!
    heapIndex[b] = i
    const s = heapScore[a]!
    heapScore[a] = heapScore[b]!
    heapScore[b] = s
  }
  for (let n = 0; n < indices.length; n++) {
    const index = indices[n]!
    const s = score(index)
    if (heapIndex.length < k) {
      heapIndex.push(index)
      heapScore.push(s)
      let c = heapIndex.length - 1
      while (c > 0) {
        const p = (c - 1) >> 1
        if (!below(heapScore[c]!, heapIndex[c]!, heapScore[p]!, heapIndex[p]!)) break
        swap(c, p)
        c = p
      }
    } else if (below(heapScore[0]!, heapIndex[0]!, s, index)) {
      heapIndex[0] = index
      heapScore[0] = s
      let p = 0
      for (;;) {
        const l = 2 * p + 1
        const r = l + 1
        let m = p
        if (l < heapIndex.length && below(heapScore[l]!, heapIndex[l]!, heapScore[m]!, heapIndex[m]!)) m = l
        if (r < heapIndex.length && below(heapScore[r]!, heapIndex[r]!, heapScore[m]!, heapIndex[m]!)) m = r
        if (m === p) break
        swap(p, m)
        p = m
      }
    }
  }
  const order = heapIndex.map((_, n) => n).sort((a, b) => heapScore[b]! - heapScore[a]! || heapIndex[a]! - heapIndex[b]!)
  return order.map((n) => heapIndex[n]!)
}
