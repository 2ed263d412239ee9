import type { Article } from '../article/article.ts';
import type { ArticleDraft } from '../article/draft.ts';
import { articleFromDraft } from '../article/from-draft.ts';
import { enrichDraft } from '../commands/enrich-draft.ts';
import { publishingProblems } from '../commands/workflow.ts';
import { feedItemToDraft } from '../ingest/feed/feed-item-to-draft.ts';
import type { FeedItem } from '../ingest/feed/feed-item.ts';
import type { ExtractedPage } from '../ingest/html/extract-article.ts';
import type { FeedSettings } from '../store/wire-repository.ts';

/** The section of wire drafts whose feed names none. */
export const wireSection = 'Agentur';

export interface ItemArticleOptions {
  now: Date;
  autoKeyPoints: boolean;
  /** Fetches and extracts the item's page; given only for feeds that want full texts. */
  fetchPage?: (url: string) => Promise<ExtractedPage>;
}

export interface ItemArticle {
  article: Article;
  /** What the newsroom should know: a page that could not be read, a trusted item kept back. */
  notes: string[];
}

/**
 * Turns a feed item into an article: a draft in the inbox, or published at
 * once when the feed is trusted and the article is complete enough to go out
 * (the same rules as the "Veröffentlichen" button).
 */
export async function itemArticle(item: FeedItem, feed: Pick<FeedSettings, 'title' | 'section' | 'trusted'>, options: ItemArticleOptions): Promise<ItemArticle> {
  const notes: string[] = [];
  let draft = feedItemToDraft(item, { title: feed.title });
  if (options.fetchPage && item.url) {
    try {
      draft = withPage(draft, await options.fetchPage(item.url));
    } catch (error) {
      notes.push(`„${item.headline}“: Seite nicht übernommen (${error instanceof Error ? error.message : String(error)}); der Text stammt aus dem Feed.`);
    }
  }
  const enriched = enrichDraft({ ...draft, section: draft.section ?? feed.section ?? wireSection }, { autoKeyPoints: options.autoKeyPoints });
  const where = `Feed „${feed.title}“, Eintrag „${item.headline}“`;
  const asDraft = articleFromDraft({ ...enriched, publishedAt: null }, { where, now: options.now, status: 'draft', defaultSection: wireSection });
  if (!feed.trusted) return { article: asDraft, notes };

  // An agency's own time stamp, unless it lies ahead: a published article cannot.
  const stated = enriched.publishedAt === null ? NaN : Date.parse(enriched.publishedAt);
  const publishedAt = Number.isFinite(stated) && stated <= options.now.getTime() ? enriched.publishedAt : options.now.toISOString();
  const published: Article = { ...asDraft, status: 'published', publishedAt };
  const problems = publishingProblems(published, 'publish', options.now);
  if (problems.length === 0) return { article: published, notes };
  notes.push(`„${item.headline}“ blieb Entwurf: ${problems.map((problem) => problem.message).join(' ')}`);
  return { article: asDraft, notes };
}

/**
 * The page's full text with the feed's headline and teaser: the agency's
 * wording of those is what the feed promised; the page adds body, picture,
 * key points and authors.
 */
function withPage(fromFeed: ArticleDraft, page: ExtractedPage): ArticleDraft {
  const fromPage = page.draft;
  return {
    ...fromFeed,
    lead: fromFeed.lead || fromPage.lead,
    body: fromPage.body.length > 0 ? fromPage.body : fromFeed.body,
    heroImage: fromPage.heroImage ?? fromFeed.heroImage,
    keyPoints: fromPage.keyPoints.length > 0 ? fromPage.keyPoints : fromFeed.keyPoints,
    authors: fromFeed.authors.length > 0 ? fromFeed.authors : fromPage.authors,
    tags: fromFeed.tags.length > 0 ? fromFeed.tags : fromPage.tags,
    publishedAt: fromFeed.publishedAt ?? fromPage.publishedAt,
  };
}
