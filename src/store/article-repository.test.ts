import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { sampleArticle } from '../../test/helpers/sample-article.ts';
import type { Store } from './article-repository.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';

/**
 * The repository contract. Written against the Store interface so the same
 * suite runs on every engine; for now SQLite, in a real file.
 */
const engines: { name: string; open: () => Promise<{ store: Store; file?: string }> }[] = [
  {
    name: 'SQLite',
    open: async () => {
      const file = join(await tempDir(), 'test.sqlite');
      return { store: await openSqliteStore(file), file };
    },
  },
];

for (const engine of engines) {
  describe(`ArticleRepository on ${engine.name}`, async () => {
    const { store, file } = await engine.open();
    after(() => store.close());

    test('insert then read back returns the same article, field for field', async () => {
      const article = sampleArticle();
      const saved = await store.articles.insert(article, { actor: 'test' });
      assert.equal(saved.version, 1);
      assert.deepEqual((await store.articles.get(article.id))?.article, article);
      assert.deepEqual((await store.articles.getBySlug(article.slug))?.article, article);
    });

    test('update keeps every earlier version as a revision', async () => {
      const article = sampleArticle();
      await store.articles.insert(article, { actor: 'erika' });
      const edited = { ...article, headline: 'Geänderte Überschrift', updatedAt: '2025-04-26T08:00:00+02:00' };
      const saved = await store.articles.update(edited, { actor: 'max', expectedVersion: 1 });
      assert.equal(saved.version, 2);
      const revisions = await store.articles.revisions(article.id);
      assert.deepEqual(revisions.map((r) => [r.version, r.actor, r.article.headline]), [
        [2, 'max', 'Geänderte Überschrift'],
        [1, 'erika', article.headline],
      ]);
    });

    test('a save based on an old version is refused as a conflict and changes nothing', async () => {
      const article = sampleArticle();
      await store.articles.insert(article, { actor: 'a' });
      await store.articles.update({ ...article, lead: 'zweite Fassung' }, { actor: 'a', expectedVersion: 1 });
      await assert.rejects(
        store.articles.update({ ...article, lead: 'dritte Fassung' }, { actor: 'b', expectedVersion: 1 }),
        (error: Error & { code?: string }) => error.code === 'conflict' && /Version 2/.test(error.message),
      );
      assert.equal((await store.articles.get(article.id))?.article.lead, 'zweite Fassung');
      assert.equal((await store.articles.revisions(article.id)).length, 2);
    });

    test('a taken slug is refused, or made unique on request', async () => {
      const first = sampleArticle({ headline: 'Gleiche Überschrift' });
      await store.articles.insert(first, { actor: 't' });
      const second = sampleArticle({ headline: 'Gleiche Überschrift' });
      await assert.rejects(store.articles.insert(second, { actor: 't' }), { code: 'conflict' });
      const saved = await store.articles.insert(second, { actor: 't', makeSlugUnique: true });
      assert.equal(saved.article.slug, 'gleiche-ueberschrift-2');
    });

    test('saveAll writes all articles or none', async () => {
      const good = sampleArticle();
      const clash = sampleArticle({ slug: good.slug });
      await assert.rejects(store.articles.saveAll([good, clash], { actor: 't' }), { code: 'conflict' });
      assert.equal(await store.articles.get(good.id), undefined, 'the first article must be rolled back too');
      const results = await store.articles.saveAll([good], { actor: 't' });
      assert.equal(results[0]?.action, 'created');
      const again = await store.articles.saveAll([{ ...good, lead: 'neu' }], { actor: 't' });
      assert.equal(again[0]?.action, 'updated');
      assert.equal(again[0]?.version, 2);
    });

    test('lists published articles newest first, by section, and counts them', async () => {
      const older = sampleArticle({ section: 'Kultur', publishedAt: '2025-04-20T10:00:00+02:00' });
      // Later in absolute time although its local clock time is earlier: sorting must use instants.
      const newer = sampleArticle({ section: 'Kultur', publishedAt: '2025-04-20T09:30:00Z' });
      const draft = sampleArticle({ section: 'Kultur', status: 'draft', publishedAt: null });
      await store.articles.saveAll([older, newer, draft], { actor: 't' });
      const listed = await store.articles.list({ status: 'published', section: 'kultur', limit: 10 });
      assert.deepEqual(listed.map((a) => a.id), [newer.id, older.id]);
      assert.equal(await store.articles.count({ status: 'published', section: 'kultur' }), 2);
      assert.equal(await store.articles.count({ status: 'draft', section: 'kultur' }), 1);
      const sections = await store.articles.sections('published');
      assert.ok(sections.some((s) => s.slug === 'kultur' && s.name === 'Kultur'));
      const onlyDrafts = sampleArticle({ section: 'Entwurfsressort', status: 'draft', publishedAt: null });
      await store.articles.insert(onlyDrafts, { actor: 't' });
      assert.ok(!(await store.articles.sections('published')).some((s) => s.slug === 'entwurfsressort'));
      assert.ok((await store.articles.sections()).some((s) => s.slug === 'entwurfsressort'), 'without a status: every section');
    });

    test('lists only the given ids, and published outlines without bodies', async () => {
      const a = sampleArticle({ section: 'Umriss', entities: [{ name: 'Berlin', slug: 'berlin', kind: 'place' }], tags: ['Verkehr'] });
      const b = sampleArticle({ section: 'Umriss' });
      const hidden = sampleArticle({ section: 'Umriss', status: 'draft', publishedAt: null });
      await store.articles.saveAll([a, b, hidden], { actor: 't' });
      assert.deepEqual((await store.articles.list({ ids: [a.id, hidden.id], limit: 10 })).map((x) => x.id).sort(), [a.id, hidden.id].sort());
      assert.deepEqual(await store.articles.list({ ids: [], limit: 10 }), []);
      const outlines = await store.articles.publishedOutlines();
      const outline = outlines.find((o) => o.id === a.id);
      assert.deepEqual(outline, {
        id: a.id,
        slug: a.slug,
        section: 'Umriss',
        headline: a.headline,
        lead: a.lead,
        entities: a.entities,
        tags: ['Verkehr'],
        publishedAt: a.publishedAt,
      });
      assert.ok(outlines.some((o) => o.id === b.id));
      assert.ok(!outlines.some((o) => o.id === hidden.id), 'drafts have no outline');
    });

    test('all() pages through every article', async () => {
      let n = 0;
      for await (const article of store.articles.all()) {
        assert.ok(article.id);
        n++;
      }
      assert.equal(n, await store.articles.count({}));
    });

    test('sitemap entries: only what is published by then, pictures without bodies, pages that neither overlap nor skip', async () => {
      // In a month of their own, so the other tests' articles stay out of the window.
      const from = new Date('2031-01-01T00:00:00Z');
      const until = new Date('2031-02-01T00:00:00Z');
      const at = (day: number, hour = 8) => `2031-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`;
      const withPictures = sampleArticle({
        section: 'Karte',
        publishedAt: at(3),
        updatedAt: at(4),
        body: [
          { type: 'paragraph', text: 'Ein Text mit "type":"image" in Anführungszeichen.' },
          { type: 'image', text: 'Erstes', image: { src: '/media/demo/a.svg', alt: '', caption: 'Erstes Bild', credit: '© A' } },
          { type: 'image', text: 'Ohne Datei', image: { alt: '', caption: 'Nur Text', credit: '© B' } },
          { type: 'image', text: 'Zweites', image: { src: 'https://bilder.example/b.jpg', alt: '', caption: 'Zweites Bild', credit: '© C' } },
        ],
      });
      const textOnly = sampleArticle({ section: 'Karte', heroImage: null, publishedAt: at(5), updatedAt: at(5), body: [{ type: 'paragraph', text: '"type":"image"' }] });
      // Same instant: the id decides, in both directions.
      const twinA = sampleArticle({ id: 'sitemap-twin-a', section: 'Karte', publishedAt: at(7), updatedAt: at(7) });
      const twinB = sampleArticle({ id: 'sitemap-twin-b', section: 'Karte', publishedAt: at(7), updatedAt: at(7) });
      const hidden = [
        sampleArticle({ status: 'draft', publishedAt: null }),
        sampleArticle({ status: 'review', publishedAt: null }),
        sampleArticle({ status: 'scheduled', publishedAt: at(10) }),
        sampleArticle({ status: 'unpublished', publishedAt: at(10) }),
        sampleArticle({ status: 'archived', publishedAt: at(10) }),
        // Published, but its time is still ahead.
        sampleArticle({ publishedAt: '2031-03-01T08:00:00+01:00' }),
      ];
      await store.articles.saveAll([withPictures, textOnly, twinB, twinA, ...hidden], { actor: 't' });

      const entries = await store.articles.sitemapEntries({ publishedUntil: until, publishedFrom: from, limit: 100 });
      assert.deepEqual(entries.map((e) => e.id), [withPictures.id, textOnly.id, twinA.id, twinB.id]);
      assert.deepEqual(entries[0], {
        id: withPictures.id,
        slug: withPictures.slug,
        sectionSlug: 'karte',
        headline: withPictures.headline,
        language: 'de',
        publishedAt: at(3),
        updatedAt: at(4),
        images: [
          { src: '/media/demo/test.svg', caption: 'Die Bildunterschrift', credit: '© Depesche' },
          { src: '/media/demo/a.svg', caption: 'Erstes Bild', credit: '© A' },
          { src: 'https://bilder.example/b.jpg', caption: 'Zweites Bild', credit: '© C' },
        ],
      });
      assert.deepEqual(entries[1]?.images, [], 'no hero, and a text that only quotes the marker has no picture');

      const newest = await store.articles.sitemapEntries({ publishedUntil: until, publishedFrom: from, order: 'newest', limit: 100 });
      assert.deepEqual(newest.map((e) => e.id), entries.map((e) => e.id).reverse());
      const paged = [];
      for (let offset = 0; offset < 6; offset += 2) {
        paged.push(...(await store.articles.sitemapEntries({ publishedUntil: until, publishedFrom: from, limit: 2, offset })));
      }
      assert.deepEqual(paged.map((e) => e.id), entries.map((e) => e.id));
      const later = await store.articles.sitemapEntries({ publishedUntil: new Date('2031-04-01T00:00:00Z'), publishedFrom: from, limit: 100 });
      assert.equal(later.length, 5, 'once its time has come, the published article is in');

      const names = await store.articles.publishedAuthorNames(until);
      const drafter = sampleArticle({ status: 'draft', publishedAt: null, authors: ['Nur Entwürfe'] });
      await store.articles.insert(drafter, { actor: 't' });
      assert.ok(names.includes('Erika Musterfrau'));
      assert.ok(!(await store.articles.publishedAuthorNames(until)).includes('Nur Entwürfe'));
      assert.ok((await store.articles.authorNames()).includes('Nur Entwürfe'), 'the newsroom still sees every name');
    });

    if (file) {
      test('runs in WAL mode, and another connection\'s write changes the change token', async () => {
        const before = store.changeToken();
        const other = new DatabaseSync(file);
        assert.equal((other.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
        other.exec(`UPDATE articles SET lead = 'von außen' WHERE rowid = 1`);
        other.close();
        assert.notEqual(store.changeToken(), before);
      });
    }
  });
}
