import type { RecommendableArticle } from './recommendable-article.ts'

/**
 * The articles as the recommender handles them inside: an integer per
 * article (its position in the input, the first of a repeated id wins) and
 * typed arrays per field, so that a request touches numbers, not strings.
 */
export interface Catalog {
  readonly articles: readonly RecommendableArticle[]
  readonly count: number
  readonly indexOf: ReadonlyMap<string, number>
  /** Index into `sectionSlugs`, or -1 for an article without a section (slug ''). */
  readonly section: Int32Array
  readonly sectionSlugs: readonly string[]
  readonly publishedMs: Float64Array
  /** Every article, newest first (ties: input order). */
  readonly newest: Int32Array
  /** Per section, its articles newest first. */
  readonly sectionNewest: readonly Int32Array[]
}

export function buildCatalog(input: readonly RecommendableArticle[]): Catalog {
  const indexOf = new Map<string, number>()
  const articles: RecommendableArticle[] = []
  for (const article of input) {
    if (indexOf.has(article.id)) continue
    indexOf.set(article.id, articles.length)
    articles.push(article)
  }
  const count = articles.length
  const sectionIndex = new Map<string, number>()
  const section = new Int32Array(count)
  const publishedMs = new Float64Array(count)
  articles.forEach((article, i) => {
    publishedMs[i] = Number.isFinite(article.publishedMs) ? article.publishedMs : Number.NEGATIVE_INFINITY
    if (article.sectionSlug === '') {
      section[i] = -1
      return
    }
    let s = sectionIndex.get(article.sectionSlug)
    if (s === undefined) {
      s = sectionIndex.size
      sectionIndex.set(article.sectionSlug, s)
    }
    section[i] = s
  })
  const newest = Int32Array.from({ length: count }, (_, i) => i).sort((a, b) => publishedMs[b]! - publishedMs[a]! || a - b)
  const perSection: number[][] = Array.from({ length: sectionIndex.size }, () => [])
  for (const i of newest) if (section[i]! >= 0) perSection[section[i]!]!.push(i)
  return {
    articles,
    count,
    indexOf,
    section,
    sectionSlugs: [...sectionIndex.keys()],
    publishedMs,
    newest,
    sectionNewest: perSection.map((list) => Int32Array.from(list)),
  }
}
