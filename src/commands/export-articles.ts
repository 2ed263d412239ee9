import type { Article, ArticleStatus } from '../article/article.ts';
import type { Store } from '../store/article-repository.ts';

/** Every article (optionally of one status), in the model's JSON form, for backup or migration. */
export async function collectArticles(store: Store, status?: ArticleStatus): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const article of store.articles.all()) {
    if (!status || article.status === status) articles.push(article);
  }
  return articles;
}
