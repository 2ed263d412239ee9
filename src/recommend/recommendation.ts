import type { RecommendationRules } from '../store/recommendation-rules-repository.ts';

/**
 * Why an article was picked, so that the page can say it: the view turns a
 * reason into German („Weil Sie „…“ gelesen haben“, „Meistgelesen in Politik“).
 * `becauseOf` is the current article or one from the reader's history.
 */
export type Reason =
  | { kind: 'pinned' }
  | { kind: 'co-read'; becauseOf: string }
  | { kind: 'similar'; becauseOf: string }
  | { kind: 'popular'; sectionSlug: string }
  | { kind: 'fresh'; sectionSlug: string };

export interface Recommendation {
  articleId: string;
  reason: Reason;
  score: number;
}

export type { RecommendationRules } from '../store/recommendation-rules-repository.ts';

export interface RecommendationRequest {
  /** The article being read; null where there is none (a section front). */
  currentId: string | null;
  /** The reader's recent reads, oldest first; empty when personalisation is off. */
  history: readonly string[];
  limit: number;
  /** Milliseconds since the epoch, for recency. */
  nowMs: number;
  rules: RecommendationRules;
}
