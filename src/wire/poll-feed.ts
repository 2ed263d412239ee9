import type { FetchPolicy } from '../fetch/fetch-policy.ts';
import { safeFetch } from '../fetch/safe-fetch.ts';
import type { FeedItem } from '../ingest/feed/feed-item.ts';
import { parseFeed } from '../ingest/feed/parse-feed.ts';
import type { ExtractedPage } from '../ingest/html/extract-article.ts';
import { isDepescheError } from '../errors.ts';
import type { Store } from '../store/article-repository.ts';
import type { Feed, ItemPlacement, PollOutcome } from '../store/wire-repository.ts';
import { itemArticle } from './item-article.ts';
import { takePictures, type TakePicture } from './take-pictures.ts';
import { PlacementContext, placementWindowMs, type Placed } from './place-item.ts';
import type { Article } from '../article/article.ts';
import { nextPollAt } from './poll-schedule.ts';

/** Who the wire desk's writes are recorded as. */
export const wireActor = 'Agentur';

/** New items taken in one poll; the rest follow in the next (a feed that suddenly lists thousands stays harmless). */
export const maxNewItemsPerPoll = 200;

/** When a poll could not take every new item, the next one comes this soon. */
const catchUpMs = 60_000;

export const feedAccept = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface PollDeps {
  store: Store;
  policy: FetchPolicy;
  now: () => Date;
  autoKeyPoints: () => Promise<boolean>;
  fetchPage: (url: string) => Promise<ExtractedPage>;
  takePicture: TakePicture;
}

/** What taking the new items came to; `complete` is false when items are left for the next poll. */
interface Taken {
  newItems: number;
  notes: string[];
  complete: boolean;
}

/**
 * One poll of one feed: a conditional fetch, the new items as articles
 * (each with its item record in one transaction), and the outcome on the
 * feed's status. Whatever goes wrong — the feed, its server, one broken item,
 * even an error of our own — ends as the feed's status with back-off, so the
 * other feeds go on. Returns undefined when the subscription was ended
 * meanwhile.
 */
export async function pollFeed(feed: Feed, deps: PollDeps): Promise<Feed | undefined> {
  const startedAt = deps.now();
  const finish = async (outcome: PollOutcome, soon = false) => {
    // Counted from the stored value: another process may have polled meanwhile.
    const failures = outcome.kind === 'error' ? ((await deps.store.wire.feed(feed.id))?.failures ?? feed.failures) + 1 : 0;
    const nextFetchAt = soon ? new Date(deps.now().getTime() + catchUpMs) : nextPollAt(deps.now(), feed.intervalMinutes, failures);
    return deps.store.wire.recordPoll(feed.id, outcome, { now: startedAt, nextFetchAt });
  };

  let items: FeedItem[];
  let parseNotes: string[];
  let validators: { etag: string | null; lastModified: string | null };
  try {
    const fetched = await safeFetch(feed.url, deps.policy, { conditional: { etag: feed.etag, lastModified: feed.lastModified }, accept: feedAccept });
    if (fetched.kind === 'not-modified') return await finish({ kind: 'not-modified' });
    const parsed = parseFeed(fetched.body, { contentType: fetched.contentType, url: fetched.url });
    items = parsed.items;
    parseNotes = parsed.notes ?? [];
    validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  } catch (error) {
    return finish({ kind: 'error', message: problemOf(error, 'Beim Lesen des Feeds') });
  }

  let taken: Taken;
  try {
    taken = await takeNewItems(feed, items, deps);
  } catch (error) {
    // The store failed (the items taken so far are complete): try again soon, with the whole feed.
    return finish({ kind: 'error', message: problemOf(error, 'Beim Speichern der Meldungen') });
  }
  // Validators only for a feed read to the end: a 304 must not hide items left for later.
  const kept = taken.complete ? validators : { etag: null, lastModified: null };
  return finish({ kind: 'ok', ...kept, newItems: taken.newItems, skipped: [...parseNotes, ...taken.notes] }, !taken.complete);
}

async function takeNewItems(polled: Feed, items: readonly FeedItem[], deps: PollDeps): Promise<Taken> {
  const known = await deps.store.wire.knownItemKeys(polled.id, items.map((item) => item.key));
  // Feeds list the newest first; taking the oldest first keeps the inbox in the agency's order.
  const unseen = new Map<string, FeedItem>();
  for (const item of [...items].reverse()) if (!known.has(item.key) && !unseen.has(item.key)) unseen.set(item.key, item);
  const fresh = [...unseen.values()].slice(0, maxNewItemsPerPoll);
  const notes: string[] = [];
  if (fresh.length < unseen.size) notes.push(`${unseen.size - fresh.length} weitere neue Meldungen folgen beim nächsten Abruf in einer Minute.`);
  if (fresh.length === 0) return { newItems: 0, notes, complete: true };

  const sinceMs = deps.now().getTime() - placementWindowMs;
  const context = new PlacementContext(await deps.store.wire.recentFingerprints(sinceMs), await deps.store.wire.recentStoryMembers(sinceMs));
  const autoKeyPoints = await deps.autoKeyPoints();
  let newItems = 0;
  for (const item of fresh) {
    // Settings as they are now: an editor may untick „Vertrauenswürdig“ or end the subscription while a long poll runs.
    const feed = await deps.store.wire.feedSettings(polled.id);
    if (!feed || feed.url !== polled.url) return { newItems, notes, complete: false };
    const receivedAt = deps.now();
    const record = { feedId: polled.id, key: item.key, url: item.url, headline: item.headline || '(ohne Überschrift)', receivedAt };
    let placed: Placed;
    try {
      const built = await itemArticle(item, feed, { now: receivedAt, autoKeyPoints, fetchPage: feed.fetchPages ? deps.fetchPage : undefined });
      notes.push(...built.notes);
      const source = { name: feed.title, ...(item.url ? { url: item.url } : {}) };
      placed = context.place(built.article, source, receivedAt);
      if (placed.longer) placed = await longerVersion(placed, built.article, deps.store, context);
      placed = { ...placed, placement: await withLocalPictures(placed.placement, deps.takePicture, record.headline, notes) };
    } catch (error) {
      // An item that cannot become an article never will: it is recorded as
      // seen, so that it is reported once and not on every poll.
      notes.push(`„${record.headline}“: ${problemOf(error, 'Beim Übernehmen')}`);
      await deps.store.wire.receive({ ...record, fingerprint: '' }, { kind: 'seen-only' }, { actor: wireActor });
      continue;
    }
    if (placed.note) notes.push(placed.note);
    const stored = await deps.store.wire.receive({ ...record, fingerprint: placed.fingerprint }, placed.placement, { actor: wireActor });
    if (stored.taken) {
      context.remember(placed.placement, placed.fingerprint, receivedAt);
      newItems++;
    }
  }
  return { newItems, notes, complete: fresh.length === unseen.size };
}

/**
 * A longer version of a text already in the inbox replaces that draft's text
 * while no person has touched it (its last revision is the wire desk's);
 * once someone has edited or published it, nothing is overwritten: the
 * longer version becomes a draft of its own in the same story.
 */
async function longerVersion(placed: Placed, article: Article, store: Store, context: PlacementContext): Promise<Placed> {
  if (placed.placement.kind !== 'merge') return placed;
  const { articleId } = placed.placement;
  const stored = await store.articles.get(articleId);
  const [latest] = stored ? await store.articles.revisions(articleId) : [];
  if (!stored || stored.article.status !== 'draft' || latest?.actor !== wireActor) return context.ownVersion(placed, article);
  return {
    ...placed,
    placement: { ...placed.placement, replace: { article, expectedVersion: stored.version } },
    note: `„${article.headline}“ ist eine längere Fassung von „${stored.article.headline}“ und ersetzt dessen Text im noch unbearbeiteten Entwurf.`,
  };
}

/**
 * Copies the pictures of the article the item becomes into the media library
 * (see take-pictures.ts), once its place is known: a duplicate merged into an
 * earlier draft brings no pictures, so none are fetched for it.
 */
async function withLocalPictures(placement: ItemPlacement, take: TakePicture, headline: string, notes: string[]): Promise<ItemPlacement> {
  const local = async (article: Article) => {
    const taken = await takePictures(article, take);
    notes.push(...taken.notes.map((note) => `„${headline}“: ${note}`));
    return taken.draft;
  };
  if (placement.kind === 'new') return { ...placement, article: await local(placement.article) };
  if (placement.kind === 'merge' && placement.replace) return { ...placement, replace: { ...placement.replace, article: await local(placement.replace.article) } };
  return placement;
}

/** A message for the feed's page: ours as it is, anything unexpected named as such. */
function problemOf(error: unknown, when: string): string {
  if (isDepescheError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `${when} trat ein unerwarteter Fehler auf (${detail}). Der nächste Abruf versucht es wieder; bleibt der Fehler, melden Sie ihn bitte der Technik.`;
}
