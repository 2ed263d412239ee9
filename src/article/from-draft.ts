import { randomUUID } from 'node:crypto';
import { DepescheError } from '../errors.ts';
import type { Article, ArticleStatus } from './article.ts';
import type { ArticleDraft } from './draft.ts';
import { slugify } from './slug.ts';
import { validateArticle } from './validate.ts';

export interface IdentityOptions {
  /** Where the draft came from, named in every error (`seed.txt`). */
  where: string;
  now: Date;
  status: ArticleStatus;
  /** Used when the draft names no section. */
  defaultSection: string;
  id?: string;
}

/** Gives a draft its identity and workflow state and validates the result. */
export function articleFromDraft(draft: ArticleDraft, options: IdentityOptions): Article {
  const slug = slugify(draft.headline);
  if (slug === '') {
    throw new DepescheError('no_headline', `${options.where}: die Überschrift enthält keine Buchstaben oder Ziffern`);
  }
  const now = options.now.toISOString();
  const isPublic = options.status === 'published' || options.status === 'scheduled';
  return validateArticle(
    {
      id: options.id ?? newArticleId(),
      slug,
      section: draft.section ?? options.defaultSection,
      headline: draft.headline,
      lead: draft.lead,
      heroImage: draft.heroImage,
      keyPoints: draft.keyPoints,
      body: draft.body,
      sources: draft.sources,
      entities: draft.entities,
      tags: draft.tags,
      authors: draft.authors,
      language: draft.language,
      status: options.status,
      publishedAt: draft.publishedAt ?? (isPublic ? now : null),
      updatedAt: now,
    },
    options.where,
  );
}

export function newArticleId(): string {
  return randomUUID().replaceAll('-', '').slice(0, 16);
}
