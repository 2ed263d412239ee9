import type { Article, ArticleStatus } from '../article/article.ts';

/**
 * The search index's contract, the same for every database engine. A query
 * arrives already analysed (keys from `text/search-terms.ts`); each engine
 * turns it into its own syntax, so reader input never reaches SQL or FTS.
 */

/** One way a clause can match: a phrase of stem keys, all of some stem keys (compound parts), or a prefix of stem keys. */
export type MatchAlternative = { phrase: readonly string[] } | { allOf: readonly string[] } | { prefix: string };

export interface MatchClause {
  /** The clause matches when any alternative does. */
  anyOf: readonly MatchAlternative[];
  /** Articles matching an excluded clause are left out. */
  exclude: boolean;
}

export interface MatchQuery {
  clauses: readonly MatchClause[];
  /** `all`: every included clause must match; `any`: at least one. */
  mode: 'all' | 'any';
}

export interface SearchFilters {
  statuses: readonly ArticleStatus[];
  /** Section slug. */
  section?: string;
  /** Published at or after. */
  from?: Date;
  /** Published before. */
  until?: Date;
  /** Entity slug. */
  entity?: string;
  /** Author name as written in `authors`. */
  author?: string;
}

export interface SearchRanking {
  /** How much a brand-new article is lifted: 0.2 = its score times 1.2. */
  freshness: number;
  /** After this many days the lift is half as large. */
  halfLifeDays: number;
  now: Date;
  /** `relevance` (with the freshness lift) or `newest` first. */
  order: 'relevance' | 'newest';
}

export interface SearchPage {
  /** All matching articles, not just this page. */
  total: number;
  articles: Article[];
}

export interface SearchRepository {
  search(match: MatchQuery, filters: SearchFilters, ranking: SearchRanking, page: { limit: number; offset: number }): Promise<SearchPage>;
  count(match: MatchQuery, filters: SearchFilters): Promise<number>;
  /** Up to `limit` matching articles, in no particular order: a quick look at which words the articles use. */
  sample(match: MatchQuery, filters: SearchFilters, limit: number): Promise<Article[]>;
  /** How many articles contain each of these stem keys (keys in no article are left out). */
  stemFrequencies(keys: readonly string[]): Promise<Map<string, number>>;
  /** Indexes every article anew, in one transaction; reports progress after each batch. */
  rebuild(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Articles in the index. */
  size(): Promise<number>;
}
