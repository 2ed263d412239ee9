import type { Article } from '../../article/article.ts';
import { slugify } from '../../article/slug.ts';
import type { Store } from '../../store/article-repository.ts';

/** An author as an address knows them: `/autor/jana-wilke`. */
export interface Author {
  slug: string;
  /** The name to show: the first, in German order, of the names with this slug. */
  name: string;
  /** Every spelling that has this slug (`Müller`, `Mueller`): one person to a reader. */
  names: string[];
}

export function authorSlug(name: string): string {
  return slugify(name);
}

/** The author with this slug among the names of published articles; null when there is none. */
export function findAuthor(authorNames: readonly string[], slug: string): Author | null {
  const names = authorNames.filter((name) => authorSlug(name) === slug);
  const [name] = names;
  return name === undefined ? null : { slug, name, names };
}

/** The author's newest articles published by `until`, newest first. */
export async function authorArticles(store: Store, author: Author, until: Date, limit: number): Promise<Article[]> {
  const lists = await Promise.all(
    author.names.map((name) => store.articles.list({ status: 'published', author: name, publishedUntil: until, limit })),
  );
  if (lists.length === 1) return lists[0] ?? [];
  const byId = new Map(lists.flat().map((article) => [article.id, article]));
  return [...byId.values()]
    .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? '') || a.id.localeCompare(b.id))
    .slice(0, limit);
}
