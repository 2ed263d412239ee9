import type { FetchPolicy } from '../fetch/fetch-policy.ts';
import { safeFetch } from '../fetch/safe-fetch.ts';
import type { FeedItem } from '../ingest/feed/feed-item.ts';
import { parseFeed } from '../ingest/feed/parse-feed.ts';
import type { ExtractedPage } from '../ingest/html/extract-article.ts';
import { isDepescheError } from '../errors.ts';
import type { Store } from '../store/article-repository.ts';
import type { Feed, PollOutcome } from '../store/wire-repository.ts';
import { itemArticle } from './item-article.ts';
import { PlacementContext, placementWindowMs } from './place-item.ts';
import { nextPollAt } from './poll-schedule.ts';

/** Who the wire desk's writes are recorded as. */
export const wireActor = 'Agentur';

/** New items taken in one poll; the rest follow in the next (a feed that suddenly lists thousands stays harmless). */
const maxNewItemsPerPoll = 200;

export const feedAccept = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface PollDeps {
  store: Store;
  policy: FetchPolicy;
  now: () => Date;
  autoKeyPoints: () => Promise<boolean>;
  fetchPage: (url: string) => Promise<ExtractedPage>;
}

/**
 * One poll of one feed: a conditional fetch, the new items as articles
 * (each with its item record in one transaction), and the outcome on the
 * feed's status. Never throws for what the feed or its server did wrong:
 * that is the feed's status, and the other feeds go on.
 */
export async function pollFeed(feed: Feed, deps: PollDeps): Promise<Feed> {
  const startedAt = deps.now();
  const finish = (outcome: PollOutcome) => {
    const failures = outcome.kind === 'error' ? feed.failures + 1 : 0;
    return deps.store.wire.recordPoll(feed.id, outcome, { now: startedAt, nextFetchAt: nextPollAt(deps.now(), feed.intervalMinutes, failures) });
  };

  let items: FeedItem[];
  let validators: { etag: string | null; lastModified: string | null };
  try {
    const fetched = await safeFetch(feed.url, deps.policy, { conditional: { etag: feed.etag, lastModified: feed.lastModified }, accept: feedAccept });
    if (fetched.kind === 'not-modified') return finish({ kind: 'not-modified' });
    items = parseFeed(fetched.body, { contentType: fetched.contentType, url: fetched.url }).items;
    validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  } catch (error) {
    if (!isDepescheError(error)) throw error;
    return finish({ kind: 'error', message: error.message });
  }

  const { newItems, skipped } = await takeNewItems(feed, items, deps);
  return finish({ kind: 'ok', ...validators, newItems, skipped });
}

async function takeNewItems(feed: Feed, items: readonly FeedItem[], deps: PollDeps): Promise<{ newItems: number; skipped: string[] }> {
  const known = await deps.store.wire.knownItemKeys(feed.id, items.map((item) => item.key));
  // Feeds list the newest first; taking the oldest first keeps the inbox in the agency's order.
  const unseen = new Map<string, FeedItem>();
  for (const item of [...items].reverse()) if (!known.has(item.key) && !unseen.has(item.key)) unseen.set(item.key, item);
  const fresh = [...unseen.values()].slice(0, maxNewItemsPerPoll);
  if (fresh.length === 0) return { newItems: 0, skipped: [] };

  const sinceMs = deps.now().getTime() - placementWindowMs;
  const context = new PlacementContext(await deps.store.wire.recentFingerprints(sinceMs), await deps.store.wire.recentStoryMembers(sinceMs));
  const autoKeyPoints = await deps.autoKeyPoints();
  const skipped: string[] = [];
  let newItems = 0;
  for (const item of fresh) {
    const receivedAt = deps.now();
    const record = { feedId: feed.id, key: item.key, url: item.url, headline: item.headline || '(ohne Überschrift)', receivedAt };
    try {
      const { article, notes } = await itemArticle(item, feed, { now: receivedAt, autoKeyPoints, fetchPage: feed.fetchPages ? deps.fetchPage : undefined });
      skipped.push(...notes);
      const source = { name: feed.title, ...(item.url ? { url: item.url } : {}) };
      const { placement, fingerprint } = context.place(article, source, receivedAt);
      await deps.store.wire.receive({ ...record, fingerprint }, placement, { actor: wireActor });
      context.remember(placement, fingerprint, receivedAt);
      newItems++;
    } catch (error) {
      if (!isDepescheError(error) || error.status >= 500) throw error;
      // An item that cannot become an article never will: it is recorded as
      // seen, so that it is reported once and not on every poll.
      skipped.push(`„${record.headline}“: ${error.message}`);
      await deps.store.wire.receive({ ...record, fingerprint: '' }, { kind: 'seen-only' }, { actor: wireActor });
    }
  }
  return { newItems, skipped };
}
