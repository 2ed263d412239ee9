import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sampleArticle } from '../../test/helpers/sample-article.ts';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { openReadingStore } from '../store/reading/open-reading-store.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { LiveRecommender } from './live-recommender.ts';

const minute = 60_000;

test('the model takes in new content at once and new reading statistics once they are old, in the background', async () => {
  const dir = await tempDir();
  const store = await openSqliteStore(join(dir, 'depesche.sqlite'));
  const reading = await openReadingStore(join(dir, 'lesen.sqlite'));
  after(async () => {
    await reading.close();
    await store.close();
  });
  const clock = { ms: Date.parse('2026-11-24T12:00:00Z') };
  const articles = ['live-a', 'live-b', 'live-c'].map((id) =>
    sampleArticle({ id, slug: id, section: 'Politik', publishedAt: '2026-11-20T08:00:00Z', entities: [], tags: [] }),
  );
  await store.articles.saveAll(articles, { actor: 'test' });
  const live = new LiveRecommender(
    {
      outlines: () => store.articles.publishedOutlines(),
      signals: (sinceMs) => reading.signals(sinceMs),
      rules: () => store.recommendationRules.all(),
      changeToken: () => store.changeToken(),
      windowDays: async () => 90,
      now: () => new Date(clock.ms),
    },
    { signalRefreshMs: 5 * minute },
  );

  const first = await live.recommend({ currentId: 'live-a', history: [], limit: 5 });
  assert.deepEqual(first.picks.map((p) => p.articleId).sort(), ['live-b', 'live-c']);
  assert.equal(first.headlineOf('live-b'), articles[1]!.headline);
  const built = live.generation();

  // Many readers of live-a went on to live-c; the model does not know yet.
  await reading.record(Array.from({ length: 20 }, () => ({ articleId: 'live-c', atMs: clock.ms - minute, previousIds: ['live-a'] })));
  live.keepCurrent();
  assert.equal(live.generation(), built, 'statistics younger than the refresh interval are not reread');

  clock.ms += 5 * minute;
  live.keepCurrent();
  for (let i = 0; i < 100 && live.generation() === built; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(live.generation(), built + 1, 'old statistics are reread in the background');
  const learnt = await live.recommend({ currentId: 'live-a', history: [], limit: 5 });
  assert.deepEqual(learnt.picks[0], { ...learnt.picks[0], articleId: 'live-c', reason: { kind: 'co-read', becauseOf: 'live-a' } });

  // A new article is there on the next request: a cheap rebuild is waited for.
  await store.articles.insert(sampleArticle({ id: 'live-d', slug: 'live-d', section: 'Politik', publishedAt: '2026-11-24T11:00:00Z' }), { actor: 'test' });
  const withNew = await live.recommend({ currentId: 'live-a', history: [], limit: 5 });
  assert.ok(withNew.picks.some((p) => p.articleId === 'live-d'));
  assert.equal(live.generation(), built + 2);
});
