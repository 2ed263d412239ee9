import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AccountTables } from './account-schema.ts';
import type { MediaTables } from './media-schema.ts';
import type { WireTables } from './wire/wire-schema.ts';

/**
 * The tables, written once; select/insert/update shapes are derived from them.
 * JSON columns hold text so that SQLite and PostgreSQL store them alike.
 */
export interface ArticlesTable {
  id: string;
  slug: string;
  section: string;
  section_slug: string;
  headline: string;
  lead: string;
  hero_image: string | null;
  key_points: string;
  body: string;
  sources: string;
  entities: string;
  tags: string;
  authors: string;
  language: string;
  status: string;
  /** As written in the model (ISO 8601 with offset), for lossless round trips. */
  published_at: string | null;
  /** Milliseconds since the epoch: ISO strings with different offsets do not sort. */
  published_ms: number | null;
  updated_at: string;
  version: number;
  /** Newsroom user who created the article; null for imports. Not part of the model's JSON. */
  created_by: Generated<string | null>;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: string;
  version: number;
  /** The whole article as its JSON form. */
  snapshot: string;
  actor: string;
  created_at: string;
}

export interface SiteSettingsTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

/** Gives each article a stable integer id for the full-text index (an FTS5 rowid), with copies of what search filters by. */
export interface SearchDocumentsTable {
  doc_id: Generated<number>;
  article_id: string;
  status: string;
  section_slug: string;
  published_ms: number | null;
}

/** Editors' pins and exclusions for the recommendations under one article. */
export interface RecommendationRulesTable {
  article_id: string;
  target_id: string;
  kind: 'pin' | 'exclude';
  /** Order of pins under their article; exclusions have one too, unused. */
  position: number;
  created_by: string;
  created_at: string;
}

export interface DatabaseSchema extends AccountTables, MediaTables, WireTables {
  articles: ArticlesTable;
  article_revisions: ArticleRevisionsTable;
  site_settings: SiteSettingsTable;
  search_documents: SearchDocumentsTable;
  recommendation_rules: RecommendationRulesTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleRowUpdate = Updateable<ArticlesTable>;
export type ArticleRevisionRow = Selectable<ArticleRevisionsTable>;
