import type { Store } from '../store/article-repository.ts';
import { publishingProblems } from './workflow.ts';

/**
 * Publishes every scheduled article whose time has come. Run by the server
 * every few seconds and once at start, so articles due while it was down are
 * published as soon as it is back.
 */
export async function publishDueArticles(store: Store, now: Date, log: (line: string) => void = () => {}): Promise<number> {
  const due = await store.articles.listStored({ status: 'scheduled', publishedUntil: now, limit: 100 });
  let published = 0;
  for (const { article, version } of due) {
    // The same rules as a click on "Veröffentlichen": nothing incomplete goes out unseen.
    const problems = publishingProblems({ ...article, status: 'published' }, 'publish', now);
    if (problems.length > 0) {
      log(`Zeitplan: „${article.headline}“ wird nicht veröffentlicht – ${problems.map((p) => p.message).join(' ')}`);
      continue;
    }
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
