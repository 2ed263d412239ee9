import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, test } from 'node:test';
import { articleStatuses, type Article, type ArticleStatus } from '../src/article/article.ts';
import { searchArticles } from '../src/search/search-articles.ts';
import type { Store } from '../src/store/article-repository.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { stemKey } from '../src/text/search-terms.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { tempDir } from './helpers/temp-dir.ts';

/**
 * "Always current": every article write changes the search index in the same
 * transaction. Checked with a real SQLite file, searching right after each
 * write, and by writes that fail half-way.
 */
const file = join(await tempDir(), 'index.sqlite');
const store = await openSqliteStore(file);
after(() => store.close());

const PUBLIC: readonly ArticleStatus[] = ['published'];
let counter = 0;

function article(headline: string, text: string, overrides: Partial<Article> = {}): Article {
  counter++;
  return sampleArticle({
    id: `index${String(counter).padStart(5, '0')}`,
    headline,
    lead: '',
    keyPoints: [],
    tags: [],
    body: [{ type: 'paragraph', text }],
    publishedAt: '2025-04-20T10:00:00+02:00',
    ...overrides,
  });
}

/** The ids a search finds, as a reader (published only) or as the newsroom (every status). */
async function found(query: string, statuses: readonly ArticleStatus[] = PUBLIC, on: Store = store): Promise<string[]> {
  const result = await searchArticles(on.search, {
    text: query,
    filters: { statuses },
    order: 'relevance',
    page: 1,
    pageSize: 50,
    freshness: { percent: 0, halfLifeDays: 30 },
    now: new Date('2025-05-01T12:00:00Z'),
  });
  return result.hits.map((hit) => hit.article.id).sort();
}

async function stored(id: string) {
  const current = await store.articles.get(id);
  assert.ok(current, `article ${id} is stored`);
  return current;
}

async function save(changed: Article): Promise<void> {
  const current = await stored(changed.id);
  await store.articles.update(changed, { actor: 'test', expectedVersion: current.version });
}

async function indexMatchesArticles(): Promise<void> {
  assert.equal(await store.search.size(), await store.articles.count({}), 'one index entry per article');
}

describe('writes change the results at once', () => {
  test('publishing a draft makes it findable for readers; before, only the newsroom finds it', async () => {
    const draft = article('Kormoranzählung am Deich', 'Die Kormoranzählung beginnt.', { status: 'draft', publishedAt: null });
    await store.articles.insert(draft, { actor: 'test' });
    assert.deepEqual(await found('Kormoranzählung'), [], 'a draft is not found by readers');
    assert.deepEqual(await found('Kormoranzählung', articleStatuses), [draft.id], 'but it is indexed');

    await save({ ...draft, status: 'published', publishedAt: '2025-04-30T10:00:00+02:00' });
    assert.deepEqual(await found('Kormoranzählung'), [draft.id]);
    await indexMatchesArticles();
  });

  test('editing the headline: the old word no longer finds it, the new word does', async () => {
    const item = article('Seehundstation eröffnet', 'Ein Bericht von der Küste.');
    await store.articles.insert(item, { actor: 'test' });
    assert.deepEqual(await found('Seehundstation'), [item.id]);

    await save({ ...item, headline: 'Robbenstation eröffnet' });
    assert.deepEqual(await found('Seehundstation'), [], 'the old headline word is gone');
    assert.deepEqual(await found('Robbenstation'), [item.id], 'the new one is found');
    assert.deepEqual(await found('Küste'), [item.id], 'the unchanged text is still found');
    await indexMatchesArticles();
  });

  test('editing the body, the lead, key points and tags', async () => {
    const item = article('Bericht aus dem Watt', 'Die Wattwanderung fiel aus.');
    await store.articles.insert(item, { actor: 'test' });
    await save({
      ...item,
      body: [{ type: 'paragraph', text: 'Die Austernbank wurde vermessen.' }],
      lead: 'Ein Muschelsucher erzählt.',
      keyPoints: [{ text: 'Der Priel ist verschlickt.', origin: 'editor' }],
      tags: ['Sandbank'],
    });
    assert.deepEqual(await found('Wattwanderung'), []);
    for (const word of ['Austernbank', 'Muschelsucher', 'Priel', 'Sandbank']) assert.deepEqual(await found(word), [item.id], word);
  });

  test('unpublishing takes it out of the readers’ results, not out of the newsroom’s', async () => {
    const item = article('Leuchtfeuer erneuert', 'Das Leuchtfeuer blinkt wieder.');
    await store.articles.insert(item, { actor: 'test' });
    assert.deepEqual(await found('Leuchtfeuer'), [item.id]);

    await save({ ...item, status: 'unpublished' });
    assert.deepEqual(await found('Leuchtfeuer'), []);
    assert.deepEqual(await found('Leuchtfeuer', articleStatuses), [item.id]);

    await save({ ...item, status: 'published' });
    assert.deepEqual(await found('Leuchtfeuer'), [item.id], 'published again, found again');
  });

  test('deleting takes it out of the index', async () => {
    const item = article('Strandkorbvermietung startet', 'Die Strandkorbvermietung öffnet.');
    const neighbour = article('Strandkorbvermietung im Norden', 'Auch hier beginnt die Strandkorbvermietung.');
    await store.articles.saveAll([item, neighbour], { actor: 'test' });
    const sizeBefore = await store.search.size();
    assert.deepEqual(await found('Strandkorbvermietung'), [item.id, neighbour.id].sort());

    await store.articles.delete(item.id, {});
    assert.deepEqual(await found('Strandkorbvermietung', articleStatuses), [neighbour.id]);
    assert.equal(await store.search.size(), sizeBefore - 1);
    await indexMatchesArticles();
    // Its words are no longer counted for spelling corrections either.
    const frequencies = await store.search.stemFrequencies([stemKey('Strandkorbvermietung')]);
    assert.equal(frequencies.get(stemKey('Strandkorbvermietung')), 1);
  });

  test('an import (saveAll) indexes new and updated articles alike', async () => {
    const existing = article('Fischkutter im Hafen', 'Der Fischkutter legt an.');
    await store.articles.insert(existing, { actor: 'test' });
    const added = article('Krabbenfang gut', 'Der Krabbenfang war gut.');
    const changed = { ...existing, headline: 'Krabbenkutter im Hafen', body: [{ type: 'paragraph' as const, text: 'Der Kutter legt an.' }] };
    const results = await store.articles.saveAll([changed, added], { actor: 'import' });
    assert.deepEqual(results.map((result) => result.action), ['updated', 'created']);
    assert.deepEqual(await found('Fischkutter'), [], 'the replaced word is gone');
    assert.deepEqual(await found('Krabbenkutter'), [existing.id]);
    assert.deepEqual(await found('Krabbenfang'), [added.id]);
  });

  test('a write by another connection to the same file is found at once', async () => {
    const other = await openSqliteStore(file);
    try {
      const item = article('Wattenmeer-Konferenz tagt', 'Die Wattenmeerkonferenz beginnt.');
      await other.articles.insert(item, { actor: 'cli' });
      assert.deepEqual(await found('Wattenmeerkonferenz'), [item.id]);
      await other.articles.delete(item.id, {});
      assert.deepEqual(await found('Wattenmeerkonferenz'), []);
    } finally {
      await other.close();
    }
  });
});

describe('a failed write leaves the index as it was', () => {
  test('an update with a wrong expected version changes nothing', async () => {
    const item = article('Sturmflutwarnung aufgehoben', 'Die Sturmflutwarnung gilt nicht mehr.');
    await store.articles.insert(item, { actor: 'test' });
    const current = await stored(item.id);
    await assert.rejects(
      store.articles.update({ ...item, headline: 'Hochwasserwarnung aufgehoben' }, { actor: 'test', expectedVersion: current.version + 5 }),
      (error: Error) => /geändert/.test(error.message),
    );
    assert.deepEqual(await found('Sturmflutwarnung'), [item.id]);
    assert.deepEqual(await found('Hochwasserwarnung'), []);
    assert.equal((await stored(item.id)).version, current.version);
    await indexMatchesArticles();
  });

  test('an import that fails on its second article does not index its first', async () => {
    const first = article('Buhnenbau beginnt', 'Der Buhnenbau schützt den Strand.');
    const taken = article('Dünenpflege im Herbst', 'Die Dünenpflege ist Handarbeit.');
    await store.articles.saveAll([first, taken], { actor: 'test' });
    const sizeBefore = await store.search.size();

    // The first is changed, the second is new but takes the slug of an existing article.
    const clash = article('Salzwiesenschutz', 'Der Salzwiesenschutz wird ausgeweitet.', { slug: taken.slug });
    await assert.rejects(
      store.articles.saveAll([{ ...first, headline: 'Deichverstärkung beginnt' }, clash], { actor: 'import' }),
      (error: Error) => /Slug/.test(error.message),
    );
    assert.deepEqual(await found('Deichverstärkung'), [], 'the first article’s new headline is not in the index');
    assert.deepEqual(await found('Buhnenbau'), [first.id], 'its old text still is');
    assert.deepEqual(await found('Salzwiesenschutz', articleStatuses), [], 'the second is not in the index');
    assert.equal(await store.search.size(), sizeBefore);
    await indexMatchesArticles();
  });

  test('inserting an id that exists changes nothing', async () => {
    const item = article('Möwenplage am Kai', 'Die Möwenplage nimmt zu.');
    await store.articles.insert(item, { actor: 'test' });
    await assert.rejects(store.articles.insert({ ...item, slug: 'andere-moewen', headline: 'Taubenplage am Kai' }, { actor: 'test' }));
    assert.deepEqual(await found('Möwenplage'), [item.id]);
    assert.deepEqual(await found('Taubenplage', articleStatuses), []);
    await indexMatchesArticles();
  });

  test('a delete with a wrong expected version, or of an unknown id, changes nothing', async () => {
    const item = article('Kutterregatta abgesagt', 'Die Kutterregatta fällt aus.');
    await store.articles.insert(item, { actor: 'test' });
    await assert.rejects(store.articles.delete(item.id, { expectedVersion: 99 }));
    await assert.rejects(store.articles.delete('gibtesnicht', {}));
    assert.deepEqual(await found('Kutterregatta'), [item.id]);
    await indexMatchesArticles();
  });
});

describe('rebuilding the index', () => {
  const queries = ['Kormoranzählung', 'Robbenstation', 'Leuchtfeuer', 'Strandkorbvermietung', 'Krabben*', 'Buhnenbau Dünenpflege', 'Küste -Robbe', 'Sicherheitsgarantie'];

  test('rebuild gives the same results as before, and one entry per article', async () => {
    const before = await Promise.all(queries.map((query) => found(query, articleStatuses)));
    const progress: [number, number][] = [];
    const rebuilt = await store.search.rebuild((done, total) => progress.push([done, total]));
    const articles = await store.articles.count({});
    assert.equal(rebuilt, articles);
    assert.equal(await store.search.size(), articles);
    assert.deepEqual(progress.at(-1), [articles, articles], 'progress ends at the total');
    const afterwards = await Promise.all(queries.map((query) => found(query, articleStatuses)));
    assert.deepEqual(afterwards, before);
    assert.ok(before.some((ids) => ids.length > 0), 'the queries find something at all');
  });

  test('a rebuild gives FTS5 its default settings back for the saves that follow', async () => {
    await store.search.rebuild();
    const raw = new DatabaseSync(file, { readOnly: true });
    try {
      const config = Object.fromEntries((raw.prepare("SELECT k, v FROM search_index_config WHERE k IN ('automerge', 'hashsize')").all() as { k: string; v: number }[]).map(({ k, v }) => [k, v]));
      assert.deepEqual(config, { automerge: 4, hashsize: 1024 * 1024 }, 'the bulk settings do not outlive the rebuild');
    } finally {
      raw.close();
    }
  });

  test('writes after a rebuild keep the index current', async () => {
    await store.search.rebuild();
    const item = article('Seebrücke gesperrt', 'Die Seebrücke ist marode.');
    await store.articles.insert(item, { actor: 'test' });
    assert.deepEqual(await found('Seebrücke'), [item.id]);
    await save({ ...item, headline: 'Landungsbrücke gesperrt', body: [{ type: 'paragraph', text: 'Sie ist marode.' }] });
    assert.deepEqual(await found('Seebrücke'), []);
    assert.deepEqual(await found('Landungsbrücke'), [item.id]);
    await indexMatchesArticles();
  });

  test('rebuild sets right filter columns that another writer left wrong, and an article that had no index row gets one', async () => {
    const item = article('Wattwanderung abgesagt', 'Die Wattwanderung fällt aus.', { status: 'draft', publishedAt: null });
    const other = article('Wattführer gesucht', 'Gesucht wird ein Wattführer.');
    await store.articles.saveAll([item, other], { actor: 'test' });
    const raw = new DatabaseSync(file);
    try {
      raw.prepare("UPDATE search_documents SET status = 'published' WHERE article_id = ?").run(item.id);
      const { doc_id: docId } = raw.prepare('SELECT doc_id FROM search_documents WHERE article_id = ?').get(other.id) as { doc_id: number };
      raw.prepare('DELETE FROM search_index WHERE rowid = ?').run(docId);
      raw.prepare('DELETE FROM search_documents WHERE doc_id = ?').run(docId);
    } finally {
      raw.close();
    }
    assert.deepEqual(await found('Wattwanderung'), [item.id], 'the draft shows to readers while its index row says published');
    assert.deepEqual(await found('Wattführer'), [], 'the article without an index row is not found');
    await store.search.rebuild();
    assert.deepEqual(await found('Wattwanderung'), [], 'a draft again after the rebuild');
    assert.deepEqual(await found('Wattwanderung', articleStatuses), [item.id]);
    assert.deepEqual(await found('Wattführer'), [other.id]);
    await indexMatchesArticles();
  });

  test('rebuild reads and indexes page after page: every article of a store larger than a page is found', async () => {
    const bigFile = join(await tempDir(), 'pages.sqlite');
    const big = await openSqliteStore(bigFile);
    try {
      const articles = Array.from({ length: 1203 }, (_, i) =>
        sampleArticle({ id: `page${String(i).padStart(5, '0')}`, slug: `seite-${i}`, headline: `Pegelstand ${i}`, lead: '', keyPoints: [], tags: [], body: [{ type: 'paragraph', text: `Messpunkt${i} meldet Hochwasser.` }] }),
      );
      await big.articles.saveAll(articles, { actor: 'test' });
      const progress: number[] = [];
      assert.equal(await big.search.rebuild((done) => progress.push(done)), articles.length);
      assert.deepEqual(progress, [500, 1000, 1203]);
      for (const i of [0, 499, 500, 1000, 1202]) assert.deepEqual(await found(`Messpunkt${i}`, PUBLIC, big), [articles[i]!.id], `article ${i}`);
      assert.equal(await big.search.size(), articles.length);
      assert.equal(segmentsIn(bigFile), 1, 'the pages, one segment each, are merged into one at the end');
    } finally {
      await big.close();
    }
  });
});

/** How many segments the FTS5 index is made of (each INSERT statement writes one). */
function segmentsIn(databaseFile: string): number {
  const raw = new DatabaseSync(databaseFile, { readOnly: true });
  try {
    return (raw.prepare('SELECT count(DISTINCT segid) AS segments FROM search_index_idx').get() as { segments: number }).segments;
  } finally {
    raw.close();
  }
}

describe('upgrading from the index with a surface column (migration 0009)', () => {
  test('the old table is replaced and every article indexed again when the store opens', async () => {
    const oldFile = join(await tempDir(), 'before-0009.sqlite');
    const first = await openSqliteStore(oldFile);
    const kept = article('Deichbau an der Küste', 'Der Deichbau geht voran.');
    await first.articles.saveAll([kept], { actor: 'test' });
    await first.close();

    // The database as the version before left it: five columns, migration 0009 not run.
    const raw = new DatabaseSync(oldFile);
    raw.exec(`DROP TABLE search_vocabulary; DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5(headline_terms, lead_terms, key_point_terms, body_terms, surface_terms,
        tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
      CREATE VIRTUAL TABLE search_vocabulary USING fts5vocab(search_index, 'col');
      DELETE FROM depesche_migrations WHERE name = '0009-stems-only-index'`);
    raw.close();

    const upgraded = await openSqliteStore(oldFile);
    after(() => upgraded.close());
    assert.deepEqual(await found('Deichbau', PUBLIC, upgraded), [kept.id]);
    assert.deepEqual(await found('Deich*', PUBLIC, upgraded), [kept.id], 'prefixes match the stem keys');
    const check = new DatabaseSync(oldFile, { readOnly: true });
    const { sql: tableSql } = check.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").get() as { sql: string };
    check.close();
    assert.doesNotMatch(tableSql, /surface_terms/);
  });
});
