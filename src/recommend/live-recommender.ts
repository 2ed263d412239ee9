import type { ArticleOutline } from '../store/article-repository.ts';
import type { ReadingSignals } from '../store/reading-repository.ts';
import type { RecommendationRules } from '../store/recommendation-rules-repository.ts';
import { outlineToRecommendable } from './outline-to-recommendable.ts';
import type { RecommendableArticle } from './recommendable-article.ts';
import type { Recommendation, RecommendationRequest } from './recommendation.ts';
import { buildRecommender, type Recommender } from './recommender.ts';

const dayMs = 24 * 3_600_000;

/** Where the model's inputs come from (the store and the reading statistics, passed in). */
export interface LiveRecommenderSources {
  outlines(): Promise<ArticleOutline[]>;
  signals(sinceMs: number): Promise<ReadingSignals>;
  rules(): Promise<Map<string, RecommendationRules>>;
  /** Changes whenever content changed: the store's change token. */
  changeToken(): string;
  /** Days of statistics to learn from: everything that is kept. */
  windowDays(): Promise<number>;
  now(): Date;
}

export interface LiveRecommenderOptions {
  /** How often new reading statistics are taken in when nothing else changed. */
  signalRefreshMs: number;
  /**
   * After a content change, a rebuild that took less than this is waited for,
   * so that a small site shows a new pin or article at once; a larger one is
   * rebuilt in the background while the previous model keeps answering.
   */
  waitForRebuildBelowMs: number;
  /** Where a background rebuild's failure is reported; the previous model keeps answering. */
  logError: (error: unknown) => void;
}

interface Model {
  recommender: Recommender;
  articles: ReadonlyMap<string, RecommendableArticle>;
  rules: ReadonlyMap<string, RecommendationRules>;
  token: string;
  builtAtMs: number;
  buildMs: number;
}

const noRules: RecommendationRules = { pinned: [], excluded: [] };

export interface RecommendedPicks {
  picks: Recommendation[];
  /** Headlines of published articles (for reasons like „Weil Sie „…“ gelesen haben“). */
  headlineOf: (id: string) => string | undefined;
}

/**
 * Keeps a recommender model current: rebuilt when the content changes (a
 * new article, an edit, a pin) and when the reading statistics are older
 * than the refresh interval. One rebuild runs at a time; requests never wait
 * for one except the very first and cheap ones after a content change.
 */
export class LiveRecommender {
  readonly #sources: LiveRecommenderSources;
  readonly #options: LiveRecommenderOptions;
  #model: Model | null = null;
  #building: Promise<Model> | null = null;
  #generation = 0;

  constructor(sources: LiveRecommenderSources, options: Partial<LiveRecommenderOptions> = {}) {
    this.#sources = sources;
    this.#options = {
      signalRefreshMs: 5 * 60_000,
      waitForRebuildBelowMs: 250,
      logError: (error) => console.error(error),
      ...options,
    };
  }

  /** Changes whenever a new model answers; pages that show picks are re-rendered then. */
  generation(): number {
    return this.#generation;
  }

  /**
   * Starts a rebuild in the background when the reading statistics are old.
   * Pages served from a cache call it on every request, since they would
   * otherwise never ask for picks; it reads only the clock. (A content change
   * needs no check here: it empties the page cache, and the new render asks.)
   */
  keepCurrent(): void {
    const model = this.#model;
    if (model && !this.#signalsOld(model)) return;
    this.#current().catch(this.#options.logError);
  }

  /** The picks, and the headlines of the articles their reasons may name, from one model. */
  async recommend(request: Omit<RecommendationRequest, 'rules' | 'nowMs'>): Promise<RecommendedPicks> {
    const model = await this.#current();
    const rules = (request.currentId && model.rules.get(request.currentId)) || noRules;
    return {
      picks: model.recommender.recommend({ ...request, rules, nowMs: this.#sources.now().getTime() }),
      headlineOf: (id) => model.articles.get(id)?.headline,
    };
  }

  #signalsOld(model: Model): boolean {
    return this.#sources.now().getTime() - model.builtAtMs >= this.#options.signalRefreshMs;
  }

  async #current(): Promise<Model> {
    const model = this.#model;
    if (!model) return this.#rebuild();
    const contentChanged = model.token !== this.#sources.changeToken();
    if (!contentChanged && !this.#signalsOld(model)) return model;
    const rebuilding = this.#rebuild();
    if (contentChanged && model.buildMs < this.#options.waitForRebuildBelowMs) return rebuilding;
    rebuilding.catch(this.#options.logError);
    return model;
  }

  #rebuild(): Promise<Model> {
    if (this.#building) return this.#building;
    const building = this.#build().finally(() => {
      if (this.#building === building) this.#building = null;
    });
    this.#building = building;
    return building;
  }

  async #build(): Promise<Model> {
    const started = performance.now();
    // Read the token first: a change during the build is then seen as a change by the next request.
    const token = this.#sources.changeToken();
    const nowMs = this.#sources.now().getTime();
    const windowDays = await this.#sources.windowDays();
    const [outlines, signals, rules] = await Promise.all([
      this.#sources.outlines(),
      this.#sources.signals(nowMs - windowDays * dayMs),
      this.#sources.rules(),
    ]);
    const articles = outlines.map(outlineToRecommendable);
    const recommender = buildRecommender({ articles, signals, nowMs });
    const model: Model = {
      recommender,
      articles: new Map(articles.map((article) => [article.id, article])),
      rules,
      token,
      builtAtMs: nowMs,
      buildMs: performance.now() - started,
    };
    this.#model = model;
    this.#generation++;
    return model;
  }
}
