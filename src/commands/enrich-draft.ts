import type { Article } from '../article/article.ts';
import type { ArticleDraft } from '../article/draft.ts';
import { recognizeEntities } from '../enrich/entities.ts';
import { addSuggestedKeyPoints } from '../enrich/key-points.ts';
import { citeSources } from '../enrich/sources.ts';

export interface EnrichOptions {
  /**
   * Put suggested key points into an article that has none. Off by default:
   * suggestions go out only when an editor accepts them, unless the site is
   * set to publish them automatically.
   */
  autoKeyPoints: boolean;
}

/**
 * Every enrichment, in order, on import, on every save and on reindex. Each
 * step only adds: what an editor wrote (sources, key points) is never
 * replaced.
 */
export function enrichDraft(draft: ArticleDraft, options: EnrichOptions): ArticleDraft {
  const cited = recognizeEntities(citeSources(draft));
  return options.autoKeyPoints ? addSuggestedKeyPoints(cited) : cited;
}

/** The same for a stored article (its identity and workflow fields stay as they are). */
export function enrichArticle(article: Article, options: EnrichOptions): Article {
  const enriched = enrichDraft(article, options);
  return { ...article, keyPoints: enriched.keyPoints, sources: enriched.sources, entities: enriched.entities };
}
