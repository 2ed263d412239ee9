import { sectionOf } from '../article/section.ts';
import type { ArticleOutline } from '../store/article-repository.ts';
import type { RecommendableArticle } from './recommendable-article.ts';
import { recommendableTerms } from './recommendable-terms.ts';

/** A published article's outline as the recommender sees it (terms as the benchmark builds them, too). */
export function outlineToRecommendable(outline: ArticleOutline): RecommendableArticle {
  const section = sectionOf(outline.section);
  return {
    id: outline.id,
    headline: outline.headline,
    sectionSlug: section.slug,
    sectionName: section.name,
    publishedMs: Date.parse(outline.publishedAt),
    entities: outline.entities.map((entity) => entity.slug),
    terms: recommendableTerms(outline),
  };
}
