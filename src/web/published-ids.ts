import type { Store } from '../store/article-repository.ts';

const maxRemembered = 10_000;

/**
 * Whether an id names a published article, asked by every counted read.
 * Answers are remembered until the content changes, so a busy article costs
 * one lookup per edit rather than one per read.
 */
export class PublishedIds {
  readonly #store: Store;
  readonly #known = new Map<string, Promise<boolean>>();
  #token = '';

  constructor(store: Store) {
    this.#store = store;
  }

  has(id: string): Promise<boolean> {
    const token = this.#store.changeToken();
    if (token !== this.#token) {
      this.#known.clear();
      this.#token = token;
    }
    let answer = this.#known.get(id);
    if (!answer) {
      answer = this.#store.articles.get(id).then((stored) => stored?.article.status === 'published');
      // Bounded: ids come from readers and may be made up.
      if (this.#known.size >= maxRemembered) this.#known.clear();
      this.#known.set(id, answer);
      answer.catch(() => this.#known.delete(id));
    }
    return answer;
  }
}
