import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { sampleArticle } from '../../test/helpers/sample-article.ts';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { publishDueArticles } from './publish-due.ts';

test('publishes scheduled articles whose time has come, and only those', async () => {
  const store = await openSqliteStore(join(await tempDir(), 'due.sqlite'));
  const due = sampleArticle({ status: 'scheduled', publishedAt: '2025-05-01T08:00:00+02:00' });
  const later = sampleArticle({ status: 'scheduled', publishedAt: '2025-05-01T12:00:00+02:00' });
  const draft = sampleArticle({ status: 'draft', publishedAt: '2025-04-01T08:00:00+02:00' });
  await store.articles.saveAll([due, later, draft], { actor: 'test' });

  const now = new Date('2025-05-01T06:30:00Z'); // 08:30 in Berlin
  assert.equal(await publishDueArticles(store, now), 1);
  assert.equal((await store.articles.get(due.id))?.article.status, 'published');
  assert.equal((await store.articles.get(due.id))?.article.publishedAt, '2025-05-01T08:00:00+02:00', 'keeps its planned time');
  assert.equal((await store.articles.get(later.id))?.article.status, 'scheduled');
  assert.equal((await store.articles.get(draft.id))?.article.status, 'draft');
  assert.equal((await store.articles.revisions(due.id))[0]?.actor, 'Zeitplan');

  assert.equal(await publishDueArticles(store, now), 0, 'a second run finds nothing more');
  assert.equal(await publishDueArticles(store, new Date('2025-05-01T10:00:00Z')), 1, 'catches up later ones');
  await store.close();
});

test('an incomplete scheduled article is not published by the scheduler, and says why', async () => {
  const store = await openSqliteStore(join(await tempDir(), 'due-incomplete.sqlite'));
  const empty = sampleArticle({ status: 'scheduled', publishedAt: '2025-05-01T08:00:00+02:00', lead: '', body: [] });
  await store.articles.insert(empty, { actor: 'test' });
  const lines: string[] = [];
  assert.equal(await publishDueArticles(store, new Date('2025-05-01T07:00:00Z'), (line) => lines.push(line)), 0);
  assert.equal((await store.articles.get(empty.id))?.article.status, 'scheduled');
  assert.match(lines.join('\n'), /wird nicht veröffentlicht – .*Vorspann/);
  await store.close();
});
