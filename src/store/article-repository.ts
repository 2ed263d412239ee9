import type { Article, ArticleStatus, Entity } from '../article/article.ts';
import type { Section } from '../article/section.ts';
import type { AccountRepository } from './account-repository.ts';
import type { SettingsRepository } from './settings-repository.ts';
import type { MediaRepository } from './media-repository.ts';
import type { SearchRepository } from './search-repository.ts';
import type { RecommendationRulesRepository } from './recommendation-rules-repository.ts';
import type { WireRepository } from './wire-repository.ts';

/**
 * The store's contract, the same for every database engine. Everything above
 * the store sees Articles, never rows or SQL.
 */
export interface ArticleQuery {
  status?: ArticleStatus;
  /** Any of these statuses (combined with `status` if both are given). */
  statuses?: readonly ArticleStatus[];
  /** Newsroom user id of the creator. */
  createdBy?: string;
  /** Case-insensitive part of the headline. */
  headlineContains?: string;
  /** Articles whose publication time is at or before this instant. */
  publishedUntil?: Date;
  /** An author's name as it stands in `authors`. */
  author?: string;
  /** The slug of an entity the article is about (topic pages). */
  entity?: string;
  /** Section slug (`nachrichten`). */
  section?: string;
  excludeIds?: readonly string[];
  /** Only these articles (an empty list finds none). */
  ids?: readonly string[];
  limit: number;
  offset?: number;
}

export interface Revision {
  articleId: string;
  version: number;
  actor: string;
  createdAt: string;
  article: Article;
}

export interface StoredArticle {
  article: Article;
  /** Increases by one on every save; used to detect concurrent edits. */
  version: number;
  /** Newsroom user who created it; null for imports and demo content. */
  createdBy: string | null;
}

export interface SaveOptions {
  /** Who saved: a user's e-mail, `import`, `seed`. Kept with the revision. */
  actor: string;
  /** When the slug is taken by another article, append -2, -3 … instead of failing. */
  makeSlugUnique?: boolean;
  /** Newsroom user id recorded as the creator of a new article. */
  createdBy?: string;
}

export interface UpdateOptions {
  actor: string;
  /** The version the editor started from; a different stored version is a conflict. */
  expectedVersion?: number;
  /** The status the caller's permission check saw; a different stored status is a conflict. */
  expectedStatus?: ArticleStatus;
}

export interface DeleteOptions {
  /** The version the person deleting saw; a different stored version is a conflict. */
  expectedVersion?: number;
}

/** A published article without its body and pictures: what recommendations are computed from. */
export interface ArticleOutline {
  id: string;
  slug: string;
  section: string;
  headline: string;
  lead: string;
  entities: Entity[];
  tags: string[];
  publishedAt: string;
}

export interface SaveResult extends StoredArticle {
  action: 'created' | 'updated';
}

export interface ArticleRepository {
  /** Inserts a new article and its first revision in one transaction; returns it as stored. */
  insert(article: Article, options: SaveOptions): Promise<StoredArticle>;
  /** Replaces an article and records a revision, in one transaction. */
  update(article: Article, options: UpdateOptions): Promise<StoredArticle>;
  /**
   * Inserts new and updates existing articles (matched by id), all in one
   * transaction: either every article is saved or none is.
   */
  saveAll(articles: readonly Article[], options: SaveOptions): Promise<SaveResult[]>;
  /** Removes an article with its revisions and its search entry, in one transaction. */
  delete(id: string, options: DeleteOptions): Promise<void>;
  get(id: string): Promise<StoredArticle | undefined>;
  getBySlug(slug: string): Promise<StoredArticle | undefined>;
  /** Newest first by publication time (articles without one first, by last update). */
  list(query: ArticleQuery): Promise<Article[]>;
  /** Like list, with version and creator, for the newsroom. */
  listStored(query: ArticleQuery): Promise<StoredArticle[]>;
  /** Names in the authors lists of all articles, for the newsroom's filter. */
  authorNames(): Promise<string[]>;
  count(query: Omit<ArticleQuery, 'limit' | 'offset'>): Promise<number>;
  /** The entity with this slug as named in the newest article about it. */
  entityNamed(slug: string): Promise<Entity | undefined>;
  /** Sections that have at least one article (with the given status, if one is given). */
  sections(status?: ArticleStatus): Promise<Section[]>;
  revisions(id: string): Promise<Revision[]>;
  /** Every published article's outline, in one pass that never reads bodies. */
  publishedOutlines(): Promise<ArticleOutline[]>;
  /** Every article, oldest first, in pages, for export. */
  all(): AsyncIterable<Article>;
  /**
   * Published articles as sitemaps and the news sitemap need them: address,
   * dates, headline and pictures, never the text. Only articles published at
   * or before `publishedUntil` (the clock's now).
   */
  sitemapEntries(query: SitemapQuery): Promise<SitemapEntry[]>;
  /** Names in the authors lists of articles published at or before `publishedUntil`, for author pages and feeds. */
  publishedAuthorNames(publishedUntil: Date): Promise<string[]>;
}

export interface Store {
  articles: ArticleRepository;
  accounts: AccountRepository;
  /** Uploaded images' sizes and widths; the files are in the media folder. */
  media: MediaRepository;
  settings: SettingsRepository;
  /** Full-text search over all articles; the article writes keep it current. */
  search: SearchRepository;
  /** Editors' pins and exclusions for "Für Sie ausgewählt". */
  recommendationRules: RecommendationRulesRepository;
  /** The wire desk: feeds, the items they brought, stories. */
  wire: WireRepository;
  /**
   * Changes whenever any connection, in this process or another, committed a
   * write. Render caches compare it to know when they went stale. Cheap enough
   * to call on every request.
   */
  changeToken(): string;
  close(): Promise<void>;
}

export interface SitemapQuery {
  /** Only articles published at or before this instant: a publication time still ahead keeps an article out. */
  publishedUntil: Date;
  /** Only articles published at or after this instant (the news sitemap's window). */
  publishedFrom?: Date;
  /**
   * `oldest` first (the default) keeps every sitemap chunk's articles where
   * they are as new ones arrive at the end; `newest` first for the news sitemap.
   */
  order?: 'oldest' | 'newest';
  limit: number;
  offset?: number;
}

/** A picture of an article that has a file: the hero image or one of the body's. */
export interface SitemapImage {
  src: string;
  caption: string;
  credit: string;
}

export interface SitemapEntry {
  id: string;
  slug: string;
  /** Section slug (`nachrichten`): with `slug`, the article's address. */
  sectionSlug: string;
  headline: string;
  language: string;
  publishedAt: string;
  updatedAt: string;
  /** The hero image first, then the body's images in their order; pictures without a file are left out. */
  images: SitemapImage[];
}
