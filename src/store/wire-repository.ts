import type { Article, ArticleStatus, SourceRef } from '../article/article.ts';

/** A subscription as the newsroom sets it. */
export interface FeedSettings {
  url: string;
  title: string;
  /** Items of a trusted feed are published at once; all others wait as drafts in the inbox. */
  trusted: boolean;
  /** Section for the drafts; null: "Agentur". */
  section: string | null;
  /** Fetch the page each item links to and take its full text. */
  fetchPages: boolean;
  intervalMinutes: number;
}

export type FeedPollStatus = 'new' | 'ok' | 'not-modified' | 'error';

/** A subscription with its polling state, for the status page and the scheduler. */
export interface Feed extends FeedSettings {
  id: string;
  etag: string | null;
  lastModified: string | null;
  /** When the scheduler polls it next (after the interval, or the back-off after errors). */
  nextFetchAt: Date;
  /** Failed polls in a row. */
  failures: number;
  lastFetchAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: FeedPollStatus;
  lastError: string | null;
  /** New items taken by the last successful poll. */
  lastNewItems: number;
  /** Items of the last poll that could not be taken, each with its reason. */
  lastSkipped: string[];
  /** Items ever received from this feed. */
  itemCount: number;
  createdBy: string;
  createdAt: string;
}

/** What one poll came to, written in one go. */
export type PollOutcome =
  | { kind: 'ok'; etag: string | null; lastModified: string | null; newItems: number; skipped: string[] }
  | { kind: 'not-modified' }
  | { kind: 'error'; message: string };

/** An item as the wire desk received it. */
export interface ReceivedItem {
  feedId: string;
  /** The item's identity in its feed (guid, id, link). */
  key: string;
  url: string | null;
  headline: string;
  /** Encoded text fingerprint (src/wire/text-fingerprint.ts). */
  fingerprint: string;
  receivedAt: Date;
}

/** Where a new item's article joins a story, decided before the write; a new story's id is chosen by the caller. */
export type StoryPlacement = { kind: 'join'; storyId: string } | { kind: 'start'; storyId: string; withArticleId: string; title: string };

/**
 * What becomes of a received item: a new article (draft, or published for a
 * trusted feed), a second source of an article another item created, or
 * nothing but the record that it was seen.
 */
export type ItemPlacement =
  | { kind: 'new'; article: Article; story: StoryPlacement | null }
  | {
      kind: 'merge';
      articleId: string;
      source: SourceRef;
      /**
       * A longer version of the text, for a draft no person has touched: it
       * takes the draft's place (headline, lead, body, pictures), provided the
       * draft is still at this version.
       */
      replace?: { article: Article; expectedVersion: number };
    }
  | { kind: 'seen-only' };

/** One source of a wire article: the feed and the item it came from. */
export interface WireOrigin {
  feedId: string;
  feedTitle: string;
  url: string | null;
  headline: string;
  receivedAt: string;
  merged: boolean;
}

export interface InboxEntry {
  articleId: string;
  headline: string;
  status: ArticleStatus;
  section: string;
  receivedAt: string;
  origins: WireOrigin[];
  storyId: string | null;
  /** Articles in the story, this one included; 0 when it is in none. */
  storySize: number;
}

export interface InboxQuery {
  /** Only articles with these statuses (the inbox shows drafts by default). */
  statuses?: readonly ArticleStatus[];
  limit: number;
  offset?: number;
}

/** An article as a story shows it. */
export interface StoryArticle {
  id: string;
  slug: string;
  section: string;
  headline: string;
  status: ArticleStatus;
  publishedAt: string | null;
  addedAt: string;
}

export interface Story {
  id: string;
  title: string;
  createdAt: string;
  /** Oldest first. */
  articles: StoryArticle[];
}

/** Recent text sketches to find near-duplicates among. */
export interface RecentFingerprint {
  articleId: string;
  headline: string;
  fingerprint: string;
}

/** A recent article as story grouping compares it. */
export interface RecentStoryMember {
  id: string;
  storyId: string | null;
  headline: string;
  lead: string;
  entitySlugs: string[];
  /** Publication time, or when the wire received it for drafts. */
  timeMs: number;
}

/**
 * Feeds, the items they brought and the stories that group articles. Every
 * write that touches several tables (an item with its article and story) is
 * one transaction.
 */
export interface WireRepository {
  /** Subscribes; an ended subscription to the same address is taken up again with the new settings. */
  addFeed(settings: FeedSettings, options: { actor: string; now: Date }): Promise<Feed>;
  updateFeed(id: string, settings: FeedSettings): Promise<Feed>;
  /**
   * Ends a subscription: the feed is no longer polled or listed, but the
   * record of its items stays, so its articles keep their origins and a new
   * subscription to the same address goes on where this one stopped.
   */
  removeFeed(id: string, now: Date): Promise<void>;
  feed(id: string): Promise<Feed | undefined>;
  /** A running subscription's settings alone (no counting): what a long poll re-reads before each item. */
  feedSettings(id: string): Promise<FeedSettings | undefined>;
  feedByUrl(url: string): Promise<Feed | undefined>;
  feeds(): Promise<Feed[]>;
  /** Feeds whose next poll is due, the longest waiting first. */
  dueFeeds(now: Date, limit: number): Promise<Feed[]>;
  /** Makes a feed due now ("Jetzt abrufen"). */
  markDue(id: string, now: Date): Promise<void>;
  /** Records a poll's outcome; undefined when the subscription was ended meanwhile (nothing is recorded then). */
  recordPoll(id: string, outcome: PollOutcome, options: { now: Date; nextFetchAt: Date }): Promise<Feed | undefined>;
  /** Which of these item keys the feed has brought before. */
  knownItemKeys(feedId: string, keys: readonly string[]): Promise<Set<string>>;
  /**
   * Records the item and writes its placement, in one transaction. An item
   * the feed's record already holds (another process polled it meanwhile)
   * is left as it is: `taken` is false then.
   */
  receive(item: ReceivedItem, placement: ItemPlacement, options: { actor: string }): Promise<{ articleId: string | null; taken: boolean }>;
  recentFingerprints(sinceMs: number): Promise<RecentFingerprint[]>;
  recentStoryMembers(sinceMs: number): Promise<RecentStoryMember[]>;
  inbox(query: InboxQuery): Promise<InboxEntry[]>;
  inboxCount(query: Omit<InboxQuery, 'limit' | 'offset'>): Promise<number>;
  originsOf(articleId: string): Promise<WireOrigin[]>;
  story(id: string): Promise<Story | undefined>;
  /** The story the article is in, if any. */
  storyOf(articleId: string): Promise<Story | undefined>;
  /** Takes the article out of its story; a story left with one article is dissolved. */
  leaveStory(articleId: string): Promise<void>;
}
