import type { Article } from '../article/article.ts';
import { sectionOf, type Section } from '../article/section.ts';
import type { Store } from '../store/article-repository.ts';
import type { SectionTeasers } from './pages/home-page.ts';
import type { SectionPageData } from './pages/section-page.ts';
import { presentArticle, presentTeaser, type ArticleView, type TeaserView } from './presenters/article-view.ts';
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
  const sections = await Promise.all(
    site.sections.map(async (section) => ({
      section,
      items: (
        await store.articles.list({
          status: 'published',
          section: section.slug,
          excludeIds: top ? [top.id] : [],
          limit: teasersPerSection,
        })
      ).map((article) => presentTeaser(article, site)),
    })),
  );
  return {
    topStory: top ? presentTeaser(top, site) : null,
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
  return { section, items: articles.map((article) => presentTeaser(article, site)), page, pages };
}

export interface ArticlePageData {
  article: ArticleView;
  recommendations: TeaserView[];
}

export async function articleData(store: Store, site: SiteContext, slug: string): Promise<ArticlePageData | null> {
  const stored = await store.articles.getBySlug(slug);
  if (!stored || stored.article.status !== 'published') return null;
  const article = stored.article;
  return {
    article: presentArticle(article, site),
    recommendations: (await recentAlongside(store, article)).map((item) => presentTeaser(item, site)),
  };
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
