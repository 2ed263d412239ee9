import type { Article } from '../article/article.ts';
import { sectionOf, type Section } from '../article/section.ts';
import type { Store } from '../store/article-repository.ts';
import type { SectionTeasers } from './pages/home-page.ts';
import type { SectionPageData } from './pages/section-page.ts';
import { presentArticle, presentTeaser, type ArticleView, type TeaserView } from './presenters/article-view.ts';
import { mediaIdsIn, withMediaInfo, type MediaInfo } from './presenters/media-lookup.ts';
import type { SiteContext } from './presenters/site-context.ts';

/**
 * What the reader pages show, read from the store and presented as plain
 * values. Only published articles ever reach a reader.
 */
export const sectionPageSize = 12;
const teasersPerSection = 4;
const recommendationCount = 4;

export async function homeData(store: Store, site: SiteContext): Promise<{ topStory: TeaserView | null; sections: SectionTeasers[] }> {
  const [top] = await store.articles.list({ status: 'published', limit: 1 });
  const topStory = top ? presentTeaser(top, site) : null;
  const sections = await Promise.all(
    site.sections.map(async (section) => ({
      section,
      items: await withMedia(store, (
        await store.articles.list({
          status: 'published',
          section: section.slug,
          excludeIds: top ? [top.id] : [],
          limit: teasersPerSection,
        })
      ).map((article) => presentTeaser(article, site))),
    })),
  );
  return {
    topStory: topStory && withMediaInfo(topStory, await mediaFor(store, [topStory])),
    sections: sections.filter((block) => block.items.length > 0),
  };
}

export async function sectionData(
  store: Store,
  site: SiteContext,
  section: Section,
  page: number,
): Promise<SectionPageData | null> {
  const total = await store.articles.count({ status: 'published', section: section.slug });
  const pages = Math.max(1, Math.ceil(total / sectionPageSize));
  if (total === 0 || page > pages) return null;
  const articles = await store.articles.list({
    status: 'published',
    section: section.slug,
    limit: sectionPageSize,
    offset: (page - 1) * sectionPageSize,
  });
  return { section, items: await withMedia(store, articles.map((article) => presentTeaser(article, site))), page, pages };
}

export interface ArticlePageData {
  article: ArticleView;
  recommendations: TeaserView[];
}

export async function articleData(store: Store, site: SiteContext, slug: string): Promise<ArticlePageData | null> {
  const stored = await store.articles.getBySlug(slug);
  if (!stored || stored.article.status !== 'published') return null;
  const article = stored.article;
  const view = presentArticle(article, site);
  const recommendations = (await recentAlongside(store, article)).map((item) => presentTeaser(item, site));
  const media = await mediaFor(store, [view, ...recommendations]);
  return {
    article: withMediaInfo(view, media),
    recommendations: recommendations.map((item) => withMediaInfo(item, media)),
  };
}

/** The stored sizes and widths of the uploaded images these views show, in one query (none without uploads). */
async function mediaFor(store: Store, views: readonly TeaserView[]): Promise<ReadonlyMap<string, MediaInfo>> {
  const ids = mediaIdsIn(views);
  return ids.length === 0 ? new Map() : store.media.getMany(ids);
}

/** Teasers with the responsive sources of their uploaded images filled in. */
async function withMedia(store: Store, views: TeaserView[]): Promise<TeaserView[]> {
  const media = await mediaFor(store, views);
  return views.map((view) => withMediaInfo(view, media));
}

/**
 * "Für Sie ausgewählt" for now: the newest articles of the same section,
 * topped up from other sections so the block is never empty on a small site.
 */
async function recentAlongside(store: Store, article: Article): Promise<Article[]> {
  const sameSection = await store.articles.list({
    status: 'published',
    section: sectionOf(article.section).slug,
    excludeIds: [article.id],
    limit: recommendationCount,
  });
  if (sameSection.length >= recommendationCount) return sameSection;
  const others = await store.articles.list({
    status: 'published',
    excludeIds: [article.id, ...sameSection.map((a) => a.id)],
    limit: recommendationCount - sameSection.length,
  });
  return [...sameSection, ...others];
}
