import { sectionOf, type Section } from '../article/section.ts';
import type { LiveRecommender } from '../recommend/live-recommender.ts';
import type { Store } from '../store/article-repository.ts';
import type { SectionTeasers } from './pages/home-page.ts';
import type { SectionPageData } from './pages/section-page.ts';
import { presentArticle, presentTeaser, type ArticleView, type TeaserView } from './presenters/article-view.ts';
import { mediaIdsIn, withMediaInfo, type MediaInfo } from './presenters/media-lookup.ts';
import type { SiteContext } from './presenters/site-context.ts';
import { reasonText, type RecommendationView } from './presenters/recommendation-view.ts';
import { formatGermanDate } from './presenters/german-date.ts';
import { articlePath } from './presenters/article-view.ts';
import type { StoryLinkView } from './pages/story-block.ts';

/**
 * What the reader pages show, read from the store and presented as plain
 * values. Only published articles ever reach a reader.
 */
export const sectionPageSize = 12;
const teasersPerSection = 4;
const recommendationCount = 4;
const storyLinkCount = 5;

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
  /** With the other published articles of its story („Mehr zu dieser Geschichte“). */
  article: ArticleView & { moreInStory: StoryLinkView[] };
  /** The picks every reader gets (personal ones replace them in the browser). */
  recommendations: RecommendationView[];
}

export async function articleData(
  store: Store,
  recommender: LiveRecommender,
  site: SiteContext,
  slug: string,
): Promise<ArticlePageData | null> {
  const stored = await store.articles.getBySlug(slug);
  if (!stored || stored.article.status !== 'published') return null;
  const view = presentArticle(stored.article, site);
  const [media, recommendations, moreInStory] = await Promise.all([
    mediaFor(store, [view]),
    recommendationsFor(store, recommender, site, stored.article.id, []),
    storyLinks(store, site, stored.article.id),
  ]);
  return { article: { ...withMediaInfo(view, media), moreInStory }, recommendations };
}

/**
 * The other published articles of the article's story, newest first. A
 * story changes only with a commit (a new report, an article taken out, a
 * publication), so the cached page follows it.
 */
async function storyLinks(store: Store, site: SiteContext, articleId: string): Promise<StoryLinkView[]> {
  const story = await store.wire.storyOf(articleId);
  if (!story) return [];
  return story.articles
    .filter((other) => other.id !== articleId && other.status === 'published' && other.publishedAt !== null)
    .sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!))
    .slice(0, storyLinkCount)
    .map((other) => ({
      path: articlePath(other),
      headline: other.headline,
      section: sectionOf(other.section),
      published: { iso: other.publishedAt!, text: formatGermanDate(other.publishedAt!, site.timeZone) },
    }));
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
 * "Für Sie ausgewählt" under an article: the recommender's picks, read back
 * from the store so that only articles published right now are shown (the
 * model may be a moment behind an unpublish), in the recommender's order.
 * Without a history the picks are the same for every reader, which is what
 * the cached page carries; with one they are the reader's own.
 */
export async function recommendationsFor(
  store: Store,
  recommender: LiveRecommender,
  site: SiteContext,
  currentId: string,
  history: readonly string[],
): Promise<RecommendationView[]> {
  // A few more than shown, for picks that turn out unpublished.
  const { picks, headlineOf } = await recommender.recommend({ currentId, history, limit: recommendationCount + 2 });
  const articles = await store.articles.list({ status: 'published', ids: picks.map((pick) => pick.articleId), limit: picks.length });
  const byId = new Map(articles.map((article) => [article.id, article]));
  const context = { site, currentId, headlineOf };
  const views: RecommendationView[] = [];
  for (const pick of picks) {
    const article = byId.get(pick.articleId);
    if (!article || views.length === recommendationCount) continue;
    const teaser = presentTeaser(article, site);
    views.push({ ...teaser, reason: reasonText(pick.reason, teaser, context) });
  }
  const media = await mediaFor(store, views);
  return views.map((view) => withMediaInfo(view, media));
}
