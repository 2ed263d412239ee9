import type { Article } from '../article/article.ts';
import { slugify } from '../article/slug.ts';
import type { ArticleRow, NewArticleRow } from './schema.ts';

/**
 * The columns every listing and search filters and sorts by, derived from
 * the article. The articles table and the search index's `search_documents`
 * both store them, and a rebuild copies them from one to the other.
 */
export function filterColumns(article: Article): Pick<NewArticleRow, 'status' | 'section_slug' | 'published_ms'> {
  return {
    status: article.status,
    section_slug: slugify(article.section),
    published_ms: article.publishedAt === null ? null : Date.parse(article.publishedAt),
  };
}

/** Maps between the model and the table, field by field. */
export function articleToRow(article: Article, version: number): NewArticleRow {
  return {
    ...filterColumns(article),
    id: article.id,
    slug: article.slug,
    section: article.section,
    headline: article.headline,
    lead: article.lead,
    hero_image: article.heroImage === null ? null : JSON.stringify(article.heroImage),
    key_points: JSON.stringify(article.keyPoints),
    body: JSON.stringify(article.body),
    sources: JSON.stringify(article.sources),
    entities: JSON.stringify(article.entities),
    tags: JSON.stringify(article.tags),
    authors: JSON.stringify(article.authors),
    language: article.language,
    published_at: article.publishedAt,
    updated_at: article.updatedAt,
    version,
  };
}

/** Rows were validated on the way in, so they are trusted on the way out. */
export function rowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    slug: row.slug,
    section: row.section,
    headline: row.headline,
    lead: row.lead,
    heroImage: row.hero_image === null ? null : JSON.parse(row.hero_image),
    keyPoints: JSON.parse(row.key_points),
    body: JSON.parse(row.body),
    sources: JSON.parse(row.sources),
    entities: JSON.parse(row.entities),
    tags: JSON.parse(row.tags),
    authors: JSON.parse(row.authors),
    language: row.language,
    status: row.status as Article['status'],
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}
