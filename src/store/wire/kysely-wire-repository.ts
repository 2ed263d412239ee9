import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ArticleStatus, Entity, SourceRef } from '../../article/article.ts';
import { DepescheError } from '../../errors.ts';
import { insertIn, updateIn, type SearchIndexWriter } from '../kysely-article-repository.ts';
import { rowToArticle } from '../article-row.ts';
import type { DatabaseSchema } from '../schema.ts';
import type {
  Feed,
  FeedSettings,
  InboxEntry,
  InboxQuery,
  ItemPlacement,
  PollOutcome,
  ReceivedItem,
  RecentFingerprint,
  RecentStoryMember,
  Story,
  StoryPlacement,
  WireOrigin,
  WireRepository,
} from '../wire-repository.ts';
import { rowToFeed, rowToSettings, settingsToRow } from './feed-row.ts';

type Db = Kysely<DatabaseSchema>;
type Tx = Transaction<DatabaseSchema>;

const defaultStatuses: readonly ArticleStatus[] = ['draft'];

/**
 * The wire desk's store in Kysely. `onWrite` tells the store that a commit
 * may have changed reader pages (a trusted feed publishes; a story links
 * pages); feed bookkeeping alone does not call it.
 */
export class KyselyWireRepository implements WireRepository {
  readonly #db: Db;
  readonly #onWrite: () => void;
  readonly #index: SearchIndexWriter;

  constructor(db: Db, onWrite: () => void, index: SearchIndexWriter) {
    this.#db = db;
    this.#onWrite = onWrite;
    this.#index = index;
  }

  async addFeed(settings: FeedSettings, options: { actor: string; now: Date }): Promise<Feed> {
    const fresh = {
      ...settingsToRow(settings),
      // Polled at once, and read whole: validators from an earlier subscription are not trusted.
      etag: null,
      last_modified: null,
      next_fetch_ms: options.now.getTime(),
      failures: 0,
      last_fetch_at: null,
      last_success_at: null,
      last_status: 'new' as const,
      last_error: null,
      last_new_items: 0,
      last_skipped: null,
      created_by: options.actor,
      created_at: options.now.toISOString(),
      ended_at: null,
    };
    const id = await this.#db.transaction().execute(async (tx) => {
      const taken = await tx.selectFrom('feeds').select(['id', 'title', 'ended_at']).where('url', '=', settings.url).executeTakeFirst();
      if (taken && taken.ended_at === null) throw subscribed(settings.url, taken.title);
      if (taken) {
        // Taken up again: the items it brought before stay known, so they do not come twice.
        await tx.updateTable('feeds').set(fresh).where('id', '=', taken.id).execute();
        return taken.id;
      }
      const newId = randomUUID().replaceAll('-', '').slice(0, 12);
      await tx.insertInto('feeds').values({ id: newId, ...fresh }).execute();
      return newId;
    });
    return (await this.feed(id))!;
  }

  async updateFeed(id: string, settings: FeedSettings): Promise<Feed> {
    await this.#db.transaction().execute(async (tx) => {
      const other = await tx
        .selectFrom('feeds')
        .select(['title', 'ended_at'])
        .where('url', '=', settings.url)
        .where('id', '!=', id)
        .executeTakeFirst();
      if (other?.ended_at === null) throw subscribed(settings.url, other.title);
      if (other) {
        throw new DepescheError(
          'conflict',
          `Der Feed ${settings.url} war schon einmal abonniert (als „${other.title}“). Abonnieren Sie ihn neu, statt diesen Feed umzustellen: dann kennt er seine Meldungen noch.`,
        );
      }
      const current = await tx.selectFrom('feeds').select('url').where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
      if (!current) throw noFeed(id);
      // Validators belong to the old address: sent to a new one they could earn a 304 for a feed never read.
      const moved = current.url === settings.url ? {} : { etag: null, last_modified: null };
      await tx.updateTable('feeds').set({ ...settingsToRow(settings), ...moved }).where('id', '=', id).execute();
    });
    return (await this.feed(id))!;
  }

  async removeFeed(id: string, now: Date): Promise<void> {
    const result = await this.#db
      .updateTable('feeds')
      .set({ ended_at: now.toISOString() })
      .where('id', '=', id)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw noFeed(id);
  }

  async feed(id: string): Promise<Feed | undefined> {
    return (await this.#feedsWhere((query) => query.where('feeds.id', '=', id)))[0];
  }

  async feedSettings(id: string): Promise<FeedSettings | undefined> {
    const row = await this.#db
      .selectFrom('feeds')
      .select(['url', 'title', 'trusted', 'section', 'fetch_pages', 'interval_minutes'])
      .where('id', '=', id)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return row && rowToSettings(row);
  }

  async feedByUrl(url: string): Promise<Feed | undefined> {
    return (await this.#feedsWhere((query) => query.where('feeds.url', '=', url)))[0];
  }

  async feeds(): Promise<Feed[]> {
    return this.#feedsWhere((query) => query.orderBy('feeds.title'));
  }

  async dueFeeds(now: Date, limit: number): Promise<Feed[]> {
    return this.#feedsWhere((query) => query.where('feeds.next_fetch_ms', '<=', now.getTime()).orderBy('feeds.next_fetch_ms').limit(limit));
  }

  async markDue(id: string, now: Date): Promise<void> {
    const result = await this.#db
      .updateTable('feeds')
      .set({ next_fetch_ms: now.getTime() })
      .where('id', '=', id)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw noFeed(id);
  }

  async recordPoll(id: string, outcome: PollOutcome, options: { now: Date; nextFetchAt: Date }): Promise<Feed | undefined> {
    const at = options.now.toISOString();
    const common = { last_fetch_at: at, next_fetch_ms: options.nextFetchAt.getTime() };
    const changes =
      outcome.kind === 'error'
        ? { ...common, last_status: 'error' as const, last_error: outcome.message, failures: sql<number>`failures + 1` }
        : outcome.kind === 'not-modified'
          ? { ...common, last_status: 'not-modified' as const, last_error: null, failures: 0, last_success_at: at }
          : {
              ...common,
              last_status: 'ok' as const,
              last_error: null,
              failures: 0,
              last_success_at: at,
              etag: outcome.etag,
              last_modified: outcome.lastModified,
              last_new_items: outcome.newItems,
              last_skipped: outcome.skipped.length > 0 ? outcome.skipped.join('\n') : null,
            };
    await this.#db.updateTable('feeds').set(changes).where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
    return this.feed(id);
  }

  async knownItemKeys(feedId: string, keys: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    // In slices: SQLite limits the number of bound parameters.
    for (let start = 0; start < keys.length; start += 500) {
      const rows = await this.#db
        .selectFrom('wire_items')
        .select('item_key')
        .where('feed_id', '=', feedId)
        .where('item_key', 'in', keys.slice(start, start + 500))
        .execute();
      for (const row of rows) known.add(row.item_key);
    }
    return known;
  }

  async receive(item: ReceivedItem, placement: ItemPlacement, options: { actor: string }): Promise<{ articleId: string | null; taken: boolean }> {
    const result = await this.#db.transaction().execute(async (tx) => {
      const known = await tx
        .selectFrom('wire_items')
        .select('article_id')
        .where('feed_id', '=', item.feedId)
        .where('item_key', '=', item.key)
        .executeTakeFirst();
      if (known) return { articleId: known.article_id, taken: false };
      const target = await this.#place(tx, placement, item.receivedAt, options.actor);
      await tx
        .insertInto('wire_items')
        .values({
          feed_id: item.feedId,
          item_key: item.key,
          article_id: target,
          url: item.url,
          headline: item.headline,
          fingerprint: item.fingerprint,
          received_ms: item.receivedAt.getTime(),
          // A replacing item carries the article's text now: its sketch is compared like a first item's.
          merged: placement.kind === 'merge' && !placement.replace ? 1 : 0,
        })
        .execute();
      return { articleId: target, taken: true };
    });
    if (result.taken && placement.kind !== 'seen-only') this.#onWrite();
    return result;
  }

  async #place(tx: Tx, placement: ItemPlacement, at: Date, actor: string): Promise<string | null> {
    if (placement.kind === 'seen-only') return null;
    if (placement.kind === 'merge') {
      await addSource(tx, placement, actor, this.#index);
      return placement.articleId;
    }
    const stored = await insertIn(tx, placement.article, { actor, makeSlugUnique: true });
    await this.#index.indexIn(tx, stored.article);
    if (placement.story) await joinStory(tx, stored.article.id, placement.story, at);
    return stored.article.id;
  }

  async recentFingerprints(sinceMs: number): Promise<RecentFingerprint[]> {
    const rows = await this.#db
      .selectFrom('wire_items')
      .innerJoin('articles', 'articles.id', 'wire_items.article_id')
      .select(['wire_items.article_id as articleId', 'articles.headline', 'wire_items.fingerprint'])
      .where('wire_items.received_ms', '>=', sinceMs)
      .where('wire_items.merged', '=', 0)
      .orderBy('wire_items.received_ms')
      .execute();
    return rows.map((row) => ({ articleId: row.articleId!, headline: row.headline, fingerprint: row.fingerprint }));
  }

  async recentStoryMembers(sinceMs: number): Promise<RecentStoryMember[]> {
    const received = this.#db
      .selectFrom('wire_items')
      .select(['article_id', sql<number>`max(received_ms)`.as('received_ms')])
      .where('received_ms', '>=', sinceMs)
      .where('article_id', 'is not', null)
      .groupBy('article_id');
    const rows = await this.#db
      .selectFrom('articles')
      .leftJoin(received.as('received'), 'received.article_id', 'articles.id')
      .leftJoin('story_articles', 'story_articles.article_id', 'articles.id')
      .select([
        'articles.id',
        'articles.headline',
        'articles.lead',
        'articles.entities',
        'articles.published_ms',
        'received.received_ms',
        'story_articles.story_id',
      ])
      .where('articles.status', '!=', 'archived')
      .where((eb) => eb.or([eb('articles.published_ms', '>=', sinceMs), eb('received.received_ms', 'is not', null)]))
      .execute();
    return rows.map((row) => ({
      id: row.id,
      storyId: row.story_id,
      headline: row.headline,
      lead: row.lead,
      entitySlugs: (JSON.parse(row.entities) as Entity[]).map((entity) => entity.slug),
      timeMs: row.published_ms ?? row.received_ms ?? sinceMs,
    }));
  }

  async inbox(query: InboxQuery): Promise<InboxEntry[]> {
    const rows = await this.#inboxArticles(query.statuses ?? defaultStatuses)
      .orderBy('received_ms', 'desc')
      .orderBy('articles.id')
      .limit(query.limit)
      .offset(query.offset ?? 0)
      .execute();
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const origins = await this.#origins(ids);
    const stories = await this.#db
      .selectFrom('story_articles as mine')
      .innerJoin('story_articles as all', 'all.story_id', 'mine.story_id')
      .select(['mine.article_id', 'mine.story_id', sql<number>`count(*)`.as('size')])
      .where('mine.article_id', 'in', ids)
      .groupBy(['mine.article_id', 'mine.story_id'])
      .execute();
    const storyById = new Map(stories.map((row) => [row.article_id, row]));
    return rows.map((row) => ({
      articleId: row.id,
      headline: row.headline,
      status: row.status as ArticleStatus,
      section: row.section,
      receivedAt: new Date(row.received_ms).toISOString(),
      origins: origins.get(row.id) ?? [],
      storyId: storyById.get(row.id)?.story_id ?? null,
      storySize: Number(storyById.get(row.id)?.size ?? 0),
    }));
  }

  async inboxCount(query: Omit<InboxQuery, 'limit' | 'offset'>): Promise<number> {
    const row = await this.#db
      .selectFrom(this.#inboxArticles(query.statuses ?? defaultStatuses).as('inbox'))
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  #inboxArticles(statuses: readonly ArticleStatus[]) {
    return this.#db
      .selectFrom('articles')
      .innerJoin(
        this.#db
          .selectFrom('wire_items')
          .select(['article_id', sql<number>`max(received_ms)`.as('received_ms')])
          .where('article_id', 'is not', null)
          .groupBy('article_id')
          .as('received'),
        'received.article_id',
        'articles.id',
      )
      .select(['articles.id', 'articles.headline', 'articles.status', 'articles.section', 'received.received_ms'])
      .where('articles.status', 'in', statuses.length > 0 ? [...statuses] : ['draft']);
  }

  async originsOf(articleId: string): Promise<WireOrigin[]> {
    return (await this.#origins([articleId])).get(articleId) ?? [];
  }

  async #origins(articleIds: readonly string[]): Promise<Map<string, WireOrigin[]>> {
    const rows = await this.#db
      .selectFrom('wire_items')
      .innerJoin('feeds', 'feeds.id', 'wire_items.feed_id')
      .select(['wire_items.article_id', 'wire_items.feed_id', 'feeds.title', 'wire_items.url', 'wire_items.headline', 'wire_items.received_ms', 'wire_items.merged'])
      .where('wire_items.article_id', 'in', [...articleIds])
      .orderBy('wire_items.received_ms')
      .execute();
    const byArticle = new Map<string, WireOrigin[]>();
    for (const row of rows) {
      const list = byArticle.get(row.article_id!) ?? [];
      list.push({
        feedId: row.feed_id,
        feedTitle: row.title,
        url: row.url,
        headline: row.headline,
        receivedAt: new Date(row.received_ms).toISOString(),
        merged: row.merged === 1,
      });
      byArticle.set(row.article_id!, list);
    }
    return byArticle;
  }

  async story(id: string): Promise<Story | undefined> {
    const story = await this.#db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
    if (!story) return undefined;
    const articles = await this.#db
      .selectFrom('story_articles')
      .innerJoin('articles', 'articles.id', 'story_articles.article_id')
      .select(['articles.id', 'articles.slug', 'articles.section', 'articles.headline', 'articles.status', 'articles.published_at', 'story_articles.added_ms'])
      .where('story_articles.story_id', '=', id)
      .orderBy('story_articles.added_ms')
      .orderBy('articles.id')
      .execute();
    return {
      id: story.id,
      title: story.title,
      createdAt: story.created_at,
      articles: articles.map((row) => ({
        id: row.id,
        slug: row.slug,
        section: row.section,
        headline: row.headline,
        status: row.status as ArticleStatus,
        publishedAt: row.published_at,
        addedAt: new Date(row.added_ms).toISOString(),
      })),
    };
  }

  async storyOf(articleId: string): Promise<Story | undefined> {
    const row = await this.#db.selectFrom('story_articles').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
    return row ? this.story(row.story_id) : undefined;
  }

  async leaveStory(articleId: string): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('story_articles').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
      if (!row) throw new DepescheError('not_found', 'Der Artikel gehört zu keiner Geschichte.');
      await tx.deleteFrom('story_articles').where('article_id', '=', articleId).execute();
      const left = await tx.selectFrom('story_articles').select('article_id').where('story_id', '=', row.story_id).execute();
      // A story of one is no story.
      if (left.length < 2) await tx.deleteFrom('stories').where('id', '=', row.story_id).execute();
    });
    this.#onWrite();
  }

  async #feedsWhere(
    refine: (query: ReturnType<KyselyWireRepository['feedQuery']>) => ReturnType<KyselyWireRepository['feedQuery']>,
  ): Promise<Feed[]> {
    const rows = await refine(this.feedQuery()).execute();
    return rows.map(({ item_count, ...row }) => rowToFeed(row, Number(item_count)));
  }

  /** Running subscriptions with their item counts; public only so that its type can be named. */
  feedQuery() {
    return this.#db
      .selectFrom('feeds')
      .selectAll('feeds')
      .where('feeds.ended_at', 'is', null)
      .select((eb) =>
        eb.selectFrom('wire_items').select(sql<number>`count(*)`.as('n')).whereRef('wire_items.feed_id', '=', 'feeds.id').as('item_count'),
      );
  }
}

async function addSource(tx: Tx, placement: Extract<ItemPlacement, { kind: 'merge' }>, actor: string, index: SearchIndexWriter): Promise<void> {
  const { articleId, source, replace } = placement;
  const row = await tx.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirst();
  if (!row) throw new DepescheError('not_found', `Es gibt keinen Artikel mit der ID ${articleId}.`);
  const current = rowToArticle(row);
  const known = current.sources.some((existing) => existing.name === source.name && existing.url === source.url);
  const sources = known ? current.sources : [...current.sources, source];
  if (known && !replace) return;
  // The longer text takes the draft's content; its identity and workflow stay.
  const content = replace
    ? (({ headline, lead, heroImage, keyPoints, body, entities, tags, authors }) => ({ headline, lead, heroImage, keyPoints, body, entities, tags, authors }))(replace.article)
    : {};
  const updated = await updateIn(tx, { ...current, ...content, sources }, { actor, expectedVersion: replace?.expectedVersion });
  await index.indexIn(tx, updated.article);
}

async function joinStory(tx: Tx, articleId: string, placement: StoryPlacement, at: Date): Promise<void> {
  const storyId = placement.storyId;
  // A story to join may have been dissolved by an editor since the poll looked: then it starts anew.
  const exists = placement.kind === 'join' && (await tx.selectFrom('stories').select('id').where('id', '=', storyId).executeTakeFirst());
  if (placement.kind === 'join' && !exists) {
    const title = await tx.selectFrom('articles').select('headline').where('id', '=', articleId).executeTakeFirst();
    await tx.insertInto('stories').values({ id: storyId, title: title?.headline ?? '', created_at: at.toISOString() }).execute();
  }
  if (placement.kind === 'start') {
    await tx.insertInto('stories').values({ id: storyId, title: placement.title, created_at: at.toISOString() }).execute();
    // The article it was found to match may have been deleted since; then the story starts with the new one alone.
    const partner = await tx.selectFrom('articles').select('id').where('id', '=', placement.withArticleId).executeTakeFirst();
    if (partner) {
      await tx
        .insertInto('story_articles')
        .values({ article_id: placement.withArticleId, story_id: storyId, added_ms: at.getTime() - 1 })
        .onConflict((oc) => oc.column('article_id').doNothing())
        .execute();
    }
  }
  await tx.insertInto('story_articles').values({ article_id: articleId, story_id: storyId, added_ms: at.getTime() }).execute();
}

function subscribed(url: string, title: string): DepescheError {
  return new DepescheError('conflict', `Der Feed ${url} ist schon abonniert (als „${title}“).`);
}

function noFeed(id: string): DepescheError {
  return new DepescheError('not_found', `Es gibt keinen abonnierten Feed mit der ID ${id}.`);
}
