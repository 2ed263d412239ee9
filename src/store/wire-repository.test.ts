import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { sampleArticle } from '../../test/helpers/sample-article.ts';
import type { Store } from './article-repository.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';
import type { Feed, FeedSettings, ReceivedItem } from './wire-repository.ts';

const engines: { name: string; open: () => Promise<Store> }[] = [
  { name: 'SQLite', open: async () => openSqliteStore(join(await tempDir(), 'test.sqlite')) },
];

const settings = (overrides: Partial<FeedSettings> = {}): FeedSettings => ({
  url: 'https://agentur.example/nachrichten.xml',
  title: 'Agentur Nachrichten',
  trusted: false,
  section: null,
  fetchPages: false,
  intervalMinutes: 15,
  ...overrides,
});

const t0 = new Date('2026-11-24T08:00:00Z');

async function recorded(poll: Promise<Feed | undefined>): Promise<Feed> {
  const feed = await poll;
  assert.ok(feed, 'the poll was recorded');
  return feed;
}
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

for (const engine of engines) {
  describe(`WireRepository on ${engine.name}`, async () => {
    const store = await engine.open();
    after(() => store.close());
    const item = (feedId: string, key: string, overrides: Partial<ReceivedItem> = {}): ReceivedItem => ({
      feedId,
      key,
      url: `https://agentur.example/${key}`,
      headline: `Meldung ${key}`,
      fingerprint: 'AAAA',
      receivedAt: minutes(1),
      ...overrides,
    });

    test('a feed is added once, due at once, and keeps its settings', async () => {
      const feed = await store.wire.addFeed(settings(), { actor: 'redaktion@example.org', now: t0 });
      assert.equal(feed.lastStatus, 'new');
      assert.equal(feed.nextFetchAt.getTime(), t0.getTime());
      assert.equal(feed.itemCount, 0);
      assert.deepEqual((await store.wire.dueFeeds(t0, 10)).map((f) => f.id), [feed.id]);
      await assert.rejects(store.wire.addFeed(settings({ title: 'Doppelt' }), { actor: 'x', now: t0 }), /schon abonniert.*Agentur Nachrichten/);
      const changed = await store.wire.updateFeed(feed.id, settings({ trusted: true, section: 'Politik', intervalMinutes: 30 }));
      assert.deepEqual(await store.wire.feedSettings(feed.id), settings({ trusted: true, section: 'Politik', intervalMinutes: 30 }));
      assert.equal(changed.trusted, true);
      assert.equal(changed.section, 'Politik');
      assert.equal(changed.intervalMinutes, 30);
    });

    test('polls are recorded: success resets the failures, errors count them', async () => {
      const feed = await store.wire.addFeed(settings({ url: 'https://b.example/feed' }), { actor: 'x', now: t0 });
      let after = await recorded(store.wire.recordPoll(feed.id, { kind: 'error', message: 'Zeitüberschreitung' }, { now: t0, nextFetchAt: minutes(30) }));
      after = await recorded(store.wire.recordPoll(feed.id, { kind: 'error', message: 'Zeitüberschreitung' }, { now: t0, nextFetchAt: minutes(60) }));
      assert.equal(after.failures, 2);
      assert.equal(after.lastStatus, 'error');
      assert.equal(after.lastError, 'Zeitüberschreitung');
      assert.equal(after.lastSuccessAt, null);
      assert.deepEqual(await store.wire.dueFeeds(minutes(59), 10).then((f) => f.filter((x) => x.id === feed.id)), []);
      after = await recorded(
        store.wire.recordPoll(
          feed.id,
          { kind: 'ok', etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT', newItems: 3, skipped: ['„X“: keine Überschrift'] },
          { now: minutes(61), nextFetchAt: minutes(76) },
        ),
      );
      assert.equal(after.failures, 0);
      assert.equal(after.etag, '"v1"');
      assert.equal(after.lastNewItems, 3);
      assert.deepEqual(after.lastSkipped, ['„X“: keine Überschrift']);
      after = await recorded(store.wire.recordPoll(feed.id, { kind: 'not-modified' }, { now: minutes(80), nextFetchAt: minutes(95) }));
      assert.equal(after.lastStatus, 'not-modified');
      assert.equal(after.etag, '"v1"', 'a 304 keeps the validators');
      await store.wire.markDue(feed.id, minutes(81));
      assert.ok((await store.wire.dueFeeds(minutes(81), 10)).some((f) => f.id === feed.id));
    });

    test('an item becomes a draft; a duplicate adds its source; both are the article’s origins', async () => {
      const one = await store.wire.addFeed(settings({ url: 'https://one.example/feed', title: 'Eins' }), { actor: 'x', now: t0 });
      const two = await store.wire.addFeed(settings({ url: 'https://two.example/feed', title: 'Zwei' }), { actor: 'x', now: t0 });
      const article = sampleArticle({ status: 'draft', publishedAt: null, sources: [{ name: 'Eins', url: 'https://one.example/a' }] });
      const received = await store.wire.receive(item(one.id, 'a', { fingerprint: 'FP1' }), { kind: 'new', article, story: null }, { actor: 'agentur' });
      assert.deepEqual(received, { articleId: article.id, taken: true });
      await store.wire.receive(
        item(two.id, 'b', { receivedAt: minutes(2) }),
        { kind: 'merge', articleId: article.id, source: { name: 'Zwei', url: 'https://two.example/b' } },
        { actor: 'agentur' },
      );
      const stored = await store.articles.get(article.id);
      assert.deepEqual(stored?.article.sources.map((s) => s.name), ['Eins', 'Zwei']);
      assert.equal(stored?.version, 2, 'the merge is a revision');
      const origins = await store.wire.originsOf(article.id);
      assert.deepEqual(origins.map((o) => [o.feedTitle, o.merged]), [['Eins', false], ['Zwei', true]]);
      assert.deepEqual(await store.wire.knownItemKeys(one.id, ['a', 'z']), new Set(['a']));
      assert.deepEqual((await store.wire.recentFingerprints(t0.getTime())).filter((f) => f.articleId === article.id).map((f) => f.fingerprint), ['FP1']);
      const inbox = await store.wire.inbox({ limit: 10 });
      const entry = inbox.find((e) => e.articleId === article.id);
      assert.equal(entry?.origins.length, 2);
      assert.equal(entry?.receivedAt, minutes(2).toISOString());
    });

    test('a failing placement leaves no trace: neither the item nor the article', async () => {
      const feed = await store.wire.addFeed(settings({ url: 'https://c.example/feed' }), { actor: 'x', now: t0 });
      await assert.rejects(
        store.wire.receive(item(feed.id, 'lost'), { kind: 'merge', articleId: 'gibt-es-nicht', source: { name: 'C' } }, { actor: 'agentur' }),
        /keinen Artikel/,
      );
      assert.deepEqual(await store.wire.knownItemKeys(feed.id, ['lost']), new Set());
      const article = sampleArticle({ status: 'draft', publishedAt: null });
      await store.wire.receive(item(feed.id, 'first'), { kind: 'new', article, story: null }, { actor: 'agentur' });
      // The same item again (another process polled it meanwhile): left as it is, no second article.
      const second = sampleArticle({ status: 'draft', publishedAt: null });
      assert.deepEqual(await store.wire.receive(item(feed.id, 'first'), { kind: 'new', article: second, story: null }, { actor: 'agentur' }), {
        articleId: article.id,
        taken: false,
      });
      assert.equal(await store.articles.get(second.id), undefined);
    });

    test('stories group articles; leaving a story of two dissolves it', async () => {
      const feed = await store.wire.addFeed(settings({ url: 'https://d.example/feed' }), { actor: 'x', now: t0 });
      const first = sampleArticle({ status: 'draft', publishedAt: null, headline: 'Sturm über Hamburg' });
      await store.wire.receive(item(feed.id, 's1'), { kind: 'new', article: first, story: null }, { actor: 'agentur' });
      const second = sampleArticle({ status: 'draft', publishedAt: null, headline: 'Orkan trifft Hamburg' });
      await store.wire.receive(
        item(feed.id, 's2', { receivedAt: minutes(5) }),
        { kind: 'new', article: second, story: { kind: 'start', storyId: 'sturm', withArticleId: first.id, title: first.headline } },
        { actor: 'agentur' },
      );
      const story = await store.wire.storyOf(second.id);
      assert.equal(story?.id, 'sturm');
      assert.equal(story?.title, 'Sturm über Hamburg');
      assert.deepEqual(story?.articles.map((a) => a.id), [first.id, second.id]);
      const third = sampleArticle({ status: 'draft', publishedAt: null, headline: 'Hamburg räumt nach dem Orkan auf' });
      await store.wire.receive(
        item(feed.id, 's3', { receivedAt: minutes(9) }),
        { kind: 'new', article: third, story: { kind: 'join', storyId: story!.id } },
        { actor: 'agentur' },
      );
      assert.equal((await store.wire.story(story!.id))?.articles.length, 3);
      const members = await store.wire.recentStoryMembers(t0.getTime());
      assert.equal(members.find((m) => m.id === third.id)?.storyId, story!.id);
      assert.equal((await store.wire.inbox({ limit: 50 })).find((e) => e.articleId === third.id)?.storySize, 3);
      assert.equal(await store.wire.inboxCount({}), (await store.wire.inbox({ limit: 100 })).length);
      assert.equal(await store.wire.inboxCount({ statuses: ['published'] }), 0);
      await store.wire.leaveStory(third.id);
      await store.wire.leaveStory(second.id);
      assert.equal(await store.wire.story(story!.id), undefined);
      assert.equal(await store.wire.storyOf(first.id), undefined);
      await assert.rejects(store.wire.leaveStory(first.id), /keiner Geschichte/);
    });

    test('deleting a draft keeps its item seen; ending a feed keeps the articles and their origins; subscribing again takes it up', async () => {
      const feed = await store.wire.addFeed(settings({ url: 'https://e.example/feed' }), { actor: 'x', now: t0 });
      const article = sampleArticle({ status: 'draft', publishedAt: null });
      await store.wire.receive(item(feed.id, 'weg'), { kind: 'new', article, story: null }, { actor: 'agentur' });
      await store.articles.delete(article.id, {});
      assert.deepEqual(await store.wire.knownItemKeys(feed.id, ['weg']), new Set(['weg']));
      const kept = sampleArticle({ status: 'draft', publishedAt: null });
      await store.wire.receive(item(feed.id, 'bleibt'), { kind: 'new', article: kept, story: null }, { actor: 'agentur' });
      await store.wire.removeFeed(feed.id, minutes(10));
      assert.ok(await store.articles.get(kept.id));
      assert.equal(await store.wire.feed(feed.id), undefined);
      assert.equal(await store.wire.feedSettings(feed.id), undefined, 'a poll under way stops taking items');
      assert.equal(await store.wire.feedByUrl('https://e.example/feed'), undefined);
      assert.ok(!(await store.wire.feeds()).some((f) => f.id === feed.id));
      assert.ok(!(await store.wire.dueFeeds(minutes(60), 100)).some((f) => f.id === feed.id), 'an ended feed is not polled');
      assert.deepEqual((await store.wire.originsOf(kept.id)).map((o) => o.feedTitle), ['Agentur Nachrichten']);
      await assert.rejects(store.wire.removeFeed(feed.id, minutes(11)), /keinen abonnierten Feed/);
      await assert.rejects(store.wire.markDue(feed.id, minutes(11)), /keinen abonnierten Feed/);
      // A poll that ends after the subscription did records nothing.
      assert.equal(await store.wire.recordPoll(feed.id, { kind: 'not-modified' }, { now: minutes(12), nextFetchAt: minutes(30) }), undefined);

      const again = await store.wire.addFeed(settings({ url: 'https://e.example/feed', title: 'Wieder da' }), { actor: 'y', now: minutes(20) });
      assert.equal(again.id, feed.id);
      assert.equal(again.title, 'Wieder da');
      assert.equal(again.lastStatus, 'new');
      assert.equal(again.nextFetchAt.getTime(), minutes(20).getTime());
      assert.deepEqual(await store.wire.knownItemKeys(feed.id, ['weg', 'bleibt', 'neu']), new Set(['weg', 'bleibt']));
      const other = await store.wire.addFeed(settings({ url: 'https://f.example/feed' }), { actor: 'x', now: t0 });
      await store.wire.removeFeed(other.id, minutes(21));
      await assert.rejects(store.wire.updateFeed(again.id, settings({ url: 'https://f.example/feed' })), /schon einmal abonniert/);
    });
  });
}
