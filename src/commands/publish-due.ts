import type { Store } from '../store/article-repository.ts';

/**
 * Publishes every scheduled article whose time has come. Run by the server
 * every few seconds and once at start, so articles due while it was down are
 * published as soon as it is back.
 */
export async function publishDueArticles(store: Store, now: Date): Promise<number> {
  const due = await store.articles.listStored({ status: 'scheduled', publishedUntil: now, limit: 100 });
  let published = 0;
  for (const { article, version } of due) {
    try {
      await store.articles.update(
        { ...article, status: 'published', updatedAt: now.toISOString() },
        { actor: 'Zeitplan', expectedVersion: version },
      );
      published++;
    } catch {
      // Changed by an editor in the meantime: the next run looks again.
    }
  }
  return published;
}
