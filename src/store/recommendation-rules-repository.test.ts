import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { sampleArticle } from '../../test/helpers/sample-article.ts';
import type { Store } from './article-repository.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';

const engines: { name: string; open: () => Promise<Store> }[] = [
  { name: 'SQLite', open: async () => openSqliteStore(join(await tempDir(), 'test.sqlite')) },
];

for (const engine of engines) {
  describe(`RecommendationRulesRepository on ${engine.name}`, async () => {
    const store = await engine.open();
    after(() => store.close());
    const ids = ['regel-basis', 'regel-pin-1', 'regel-pin-2', 'regel-raus'];
    for (const id of ids) await store.articles.insert(sampleArticle({ id, slug: id }), { actor: 'test' });
    const [base = '', pin1 = '', pin2 = '', out = ''] = ids;

    test('pins keep the order they were added in; exclusions are listed apart', async () => {
      await store.recommendationRules.set({ articleId: base, targetId: pin2, kind: 'pin', createdBy: 'redaktion@example.org' });
      await store.recommendationRules.set({ articleId: base, targetId: pin1, kind: 'pin', createdBy: 'redaktion@example.org' });
      await store.recommendationRules.set({ articleId: base, targetId: out, kind: 'exclude', createdBy: 'redaktion@example.org' });
      const rules = await store.recommendationRules.forArticle(base);
      assert.deepEqual(rules.map((r) => `${r.kind}:${r.targetId}`), [`pin:${pin2}`, `pin:${pin1}`, `exclude:${out}`]);
      assert.equal(rules[0]?.createdBy, 'redaktion@example.org');
      assert.deepEqual(await store.recommendationRules.all(), new Map([[base, { pinned: [pin2, pin1], excluded: [out] }]]));
    });

    test('setting a pair again replaces its rule', async () => {
      await store.recommendationRules.set({ articleId: base, targetId: pin2, kind: 'exclude', createdBy: 'x@example.org' });
      assert.deepEqual((await store.recommendationRules.all()).get(base), { pinned: [pin1], excluded: [out, pin2] });
      await store.recommendationRules.remove(base, pin2);
      assert.deepEqual((await store.recommendationRules.all()).get(base), { pinned: [pin1], excluded: [out] });
    });

    test('an article cannot rule on itself, nor on an article that does not exist', async () => {
      await assert.rejects(store.recommendationRules.set({ articleId: base, targetId: base, kind: 'pin', createdBy: 'x' }), /nicht selbst/);
      await assert.rejects(
        store.recommendationRules.set({ articleId: base, targetId: 'gibt-es-nicht', kind: 'pin', createdBy: 'x' }),
        /gibt-es-nicht gibt es nicht/,
      );
    });

    test('a rule changes the change token, since it changes article pages', async () => {
      const before = store.changeToken();
      await store.recommendationRules.set({ articleId: base, targetId: pin2, kind: 'pin', createdBy: 'x' });
      assert.notEqual(store.changeToken(), before);
    });

    test('deleting either article removes its rules', async () => {
      const stored = await store.articles.get(out);
      await store.articles.delete(out, { expectedVersion: stored?.version });
      assert.deepEqual((await store.recommendationRules.forArticle(base)).map((r) => r.targetId), [pin1, pin2]);
      const baseStored = await store.articles.get(base);
      await store.articles.delete(base, { expectedVersion: baseStored?.version });
      assert.deepEqual(await store.recommendationRules.all(), new Map());
    });
  });
}
