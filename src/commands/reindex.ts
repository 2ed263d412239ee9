import type { Store } from '../store/article-repository.ts';
import { enrichArticle } from './enrich-draft.ts';

export interface ReindexProgress {
  done: number;
  total: number;
  changed: number;
}

/**
 * Runs the enrichment again over every article, e.g. after its rules
 * improved. Enrichment only adds, so what editors wrote stays; an article
 * whose enrichment finds nothing new is not written at all.
 */
export async function reindexArticles(
  store: Store,
  options: { autoKeyPoints: boolean; now: Date; onProgress?: (progress: ReindexProgress) => void },
): Promise<ReindexProgress> {
  const total = await store.articles.count({});
  const progress: ReindexProgress = { done: 0, total, changed: 0 };
  const ids: string[] = [];
  for await (const article of store.articles.all()) ids.push(article.id);
  for (const id of ids) {
    const stored = await store.articles.get(id);
    if (stored) {
      const enriched = enrichArticle(stored.article, { autoKeyPoints: options.autoKeyPoints });
      if (JSON.stringify(enriched) !== JSON.stringify(stored.article)) {
        await store.articles.update(
          { ...enriched, updatedAt: options.now.toISOString() },
          { actor: 'Neuindizierung', expectedVersion: stored.version },
        );
        progress.changed++;
      }
    }
    progress.done++;
    options.onProgress?.({ ...progress });
  }
  return progress;
}
