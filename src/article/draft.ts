import type { Block, Entity, Image, KeyPoint, SourceRef } from './article.ts';

/**
 * What every importer produces: the article's content before it has an
 * identity (id, slug), a workflow status or a time stamp. Enrichers take a
 * draft and return a draft; the store turns it into an Article.
 */
export interface ArticleDraft {
  /** Section display name as found (`Nachrichten`), or null when the input names none. */
  section: string | null;
  headline: string;
  lead: string;
  heroImage: Image | null;
  keyPoints: KeyPoint[];
  body: Block[];
  sources: SourceRef[];
  entities: Entity[];
  tags: string[];
  authors: string[];
  language: string;
  /** Publication time if the input states one (ISO 8601), else null. */
  publishedAt: string | null;
}

export function emptyDraft(headline: string): ArticleDraft {
  return {
    section: null,
    headline,
    lead: '',
    heroImage: null,
    keyPoints: [],
    body: [],
    sources: [],
    entities: [],
    tags: [],
    authors: [],
    language: 'de',
    publishedAt: null,
  };
}
