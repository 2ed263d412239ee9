/** Editors' rules for the block under one article. */
export interface RecommendationRules {
  /** Shown first, in this order, whatever the ranking says. */
  pinned: readonly string[];
  /** Never shown under this article. */
  excluded: readonly string[];
}

export type RuleKind = 'pin' | 'exclude';

export interface RecommendationRule {
  /** The article under which the rule applies. */
  articleId: string;
  /** The article pinned to, or excluded from, its block. */
  targetId: string;
  kind: RuleKind;
  createdBy: string;
  createdAt: string;
}

/**
 * Editors' pins and exclusions for "Für Sie ausgewählt". Stored with the
 * content (they change what article pages show, so a change empties the page
 * cache); deleting either article removes its rules.
 */
export interface RecommendationRulesRepository {
  forArticle(articleId: string): Promise<RecommendationRule[]>;
  /** Rules of every article, for the recommender's model. */
  all(): Promise<Map<string, RecommendationRules>>;
  /** Sets or replaces the rule for this pair; a pin goes after the article's existing pins. */
  set(rule: Omit<RecommendationRule, 'createdAt'>): Promise<void>;
  remove(articleId: string, targetId: string): Promise<void>;
}
