import type { Article } from '../../article/article.ts';
import type { Store } from '../../store/article-repository.ts';
import { presentArticle } from '../presenters/article-view.ts';
import { mediaIdsIn, withMediaInfo } from '../presenters/media-lookup.ts';
import { absoluteUrl, type SiteContext } from '../presenters/site-context.ts';
import { authorArticles, findAuthor } from './author-names.ts';
import { presentFeedEntry, type FeedChannel } from './feed-entry.ts';
import { authorFeed, sectionFeed, siteFeed, topicFeed, type FeedRef } from './feed-links.ts';
import { feedPath, feedSize } from './feed-paths.ts';

/** What a feed is about: the whole site, a section, a topic (entity) or an author. */
export type FeedSubject =
  | { kind: 'site' }
  | { kind: 'section'; slug: string }
  | { kind: 'topic'; slug: string }
  | { kind: 'author'; slug: string };

export interface FeedSourceOptions {
  store: Store;
  site: SiteContext;
  mediaDir: string;
  /** Articles published after this instant stay out (their time has not come). */
  now: Date;
  /** The names in the authors of articles published by `now` (kept by the caller). */
  authorNames: () => Promise<readonly string[]>;
}

interface ResolvedSubject {
  ref: FeedRef;
  description: string;
  homePath: string;
  articles: Article[];
}

/**
 * The feed of a subject with its newest published articles, as plain values;
 * null when there is no such section, topic or author (a 404).
 */
export async function loadFeedChannel(options: FeedSourceOptions, subject: FeedSubject): Promise<FeedChannel | null> {
  const resolved = await resolveSubject(options, subject);
  if (!resolved) return null;
  const { store, site, mediaDir } = options;
  const views = resolved.articles.map((article) => presentArticle(article, site));
  const ids = mediaIdsIn(views);
  const media = ids.length === 0 ? new Map() : await store.media.getMany(ids);
  const entries = await Promise.all(views.map((view) => presentFeedEntry(withMediaInfo(view, media), site, mediaDir)));
  const newest = entries.reduce<string | null>((latest, entry) => (latest === null || Date.parse(entry.updated) > Date.parse(latest) ? entry.updated : latest), null);
  const url = (format: 'rss' | 'atom' | 'json') => absoluteUrl(site, feedPath(resolved.ref.basePath, format));
  return {
    title: resolved.ref.title,
    description: resolved.description,
    homeUrl: absoluteUrl(site, resolved.homePath),
    feedUrls: { rss: url('rss'), atom: url('atom'), json: url('json') },
    language: site.messages.languageTag,
    siteName: site.name,
    iconUrl: absoluteUrl(site, site.iconPath),
    updated: newest ?? options.now.toISOString(),
    entries,
  };
}

async function resolveSubject(options: FeedSourceOptions, subject: FeedSubject): Promise<ResolvedSubject | null> {
  const { store, site, now } = options;
  const m = site.messages;
  const newest = { status: 'published', publishedUntil: now, limit: feedSize } as const;
  switch (subject.kind) {
    case 'site':
      return {
        ref: siteFeed(site),
        description: site.description || `${site.name}: ${m.latest}`,
        homePath: '/',
        articles: await store.articles.list(newest),
      };
    case 'section': {
      const section = site.sections.find((s) => s.slug === subject.slug);
      if (!section) return null;
      return {
        ref: sectionFeed(site, section),
        description: m.feedSectionDescription(section.name),
        homePath: `/${section.slug}`,
        articles: await store.articles.list({ ...newest, section: section.slug }),
      };
    }
    case 'topic': {
      const entity = await store.articles.entityNamed(subject.slug);
      if (!entity) return null;
      const ref = topicFeed(site, entity);
      return {
        ref,
        description: m.feedTopicDescription(entity.name),
        homePath: ref.basePath,
        articles: await store.articles.list({ ...newest, entity: entity.slug }),
      };
    }
    case 'author': {
      const author = findAuthor(await options.authorNames(), subject.slug);
      if (!author) return null;
      const ref = authorFeed(site, author);
      return {
        ref,
        description: m.authorPageDescription(author.name),
        homePath: ref.basePath,
        articles: await authorArticles(store, author, now, feedSize),
      };
    }
  }
}
