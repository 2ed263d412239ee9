import type { Article, Block, Image, SourceRef } from '../../article/article.ts';
import { sectionOf, type Section } from '../../article/section.ts';
import { formatGermanDate, formatGermanDateTime } from './german-date.ts';
import type { SiteContext } from './site-context.ts';

/**
 * Presenters turn stored articles into the plain values pages render: URLs
 * resolved, dates formatted, nothing a page would have to compute.
 */
export interface DateView {
  iso: string;
  text: string;
}

export interface ImageView {
  src: string | null;
  alt: string;
  caption: string;
  credit: string;
  /** For uploaded images (see presenters/media-lookup.ts): the widths on disk and the original's size. */
  responsive?: ResponsiveImage;
}

export interface ResponsiveImage {
  /** Smallest first; each exists as AVIF, WebP and JPEG. */
  widths: number[];
  width: number;
  height: number;
}

export type BlockView =
  | { type: 'paragraph' | 'subheading'; text: string }
  | { type: 'quote'; text: string; attribution: string | null }
  | { type: 'list'; text: string; items: string[]; ordered: boolean }
  | { type: 'image'; image: ImageView };

export interface TeaserView {
  id: string;
  path: string;
  headline: string;
  lead: string;
  section: Section;
  published: DateView | null;
  image: ImageView | null;
}

export interface EntityLink {
  name: string;
  path: string;
}

export interface ArticleView extends TeaserView {
  keyPoints: string[];
  /** People, places and organisations the article is about, each with its topic page. */
  entities: EntityLink[];
  body: BlockView[];
  sources: SourceRef[];
  authors: string[];
  tags: string[];
  language: string;
  updated: DateView;
  /** Shown only when the article changed noticeably after publication. */
  wasUpdated: boolean;
}

export function articlePath(article: Pick<Article, 'section' | 'slug'>): string {
  return `/${sectionOf(article.section).slug}/${article.slug}`;
}

export function presentTeaser(article: Article, site: SiteContext): TeaserView {
  return {
    id: article.id,
    path: articlePath(article),
    headline: article.headline,
    lead: article.lead,
    section: sectionOf(article.section),
    published: article.publishedAt ? dateView(article.publishedAt, site, 'date') : null,
    image: article.heroImage && presentImage(article.heroImage),
  };
}

const updateThresholdMs = 5 * 60 * 1000;

export function presentArticle(article: Article, site: SiteContext): ArticleView {
  const teaser = presentTeaser(article, site);
  const published = article.publishedAt ? dateView(article.publishedAt, site, 'dateTime') : null;
  return {
    ...teaser,
    published,
    keyPoints: article.keyPoints.map((point) => point.text),
    entities: article.entities.map((entity) => ({ name: entity.name, path: `/thema/${entity.slug}` })),
    body: article.body.map(presentBlock),
    sources: article.sources,
    authors: article.authors,
    tags: article.tags,
    language: article.language,
    updated: dateView(article.updatedAt, site, 'dateTime'),
    wasUpdated:
      article.publishedAt !== null && Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > updateThresholdMs,
  };
}

function presentBlock(block: Block): BlockView {
  switch (block.type) {
    case 'paragraph':
    case 'subheading':
      return { type: block.type, text: block.text };
    case 'quote':
      return { type: 'quote', text: block.text, attribution: block.attribution ?? null };
    case 'list':
      return { type: 'list', text: block.text, items: block.items, ordered: block.ordered ?? false };
    case 'image':
      return { type: 'image', image: presentImage(block.image) };
  }
}

function presentImage(image: Image): ImageView {
  return { src: image.src ?? null, alt: image.alt || image.caption, caption: image.caption, credit: image.credit };
}

function dateView(iso: string, site: SiteContext, precision: 'date' | 'dateTime'): DateView {
  return {
    iso,
    text: precision === 'date' ? formatGermanDate(iso, site.timeZone) : formatGermanDateTime(iso, site.timeZone),
  };
}
