/**
 * What the recommender knows of a published article: enough to find similar
 * articles and to explain a pick, never its body. Built from the store's
 * published articles (headline, lead, tags, entities, section, date).
 */
export interface RecommendableArticle {
  id: string;
  headline: string;
  /** '' for an article without a section: it then counts for no section's share of the block or of the reader's interests. */
  sectionSlug: string;
  /** The section's display name, for reasons like „Meistgelesen in Politik“. */
  sectionName: string;
  /** Publication time, milliseconds since the epoch. */
  publishedMs: number;
  /** Slugs of the entities the article is about. */
  entities: readonly string[];
  /**
   * Content terms of headline, lead and tags, analysed by `text/search-terms` (stem keys, stop words dropped):
   * `recommendableTerms` (recommend/recommendable-terms.ts) makes them. Repeats count as term frequency.
   */
  terms: readonly string[];
}
