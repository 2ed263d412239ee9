import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { join } from 'node:path';
import { isDepescheError } from '../../errors.ts';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store.ts';
import { sampleArticle } from '../../../test/helpers/sample-article.ts';
import { tempDir } from '../../../test/helpers/temp-dir.ts';
import { checkRuleTarget, findArticle, parseArticleRef, parseRuleKind, resolveRuleTarget } from './article-target.ts';

const own = ['https://www.zeitung.de', 'http://127.0.0.1:3000'];

/** The error's code and message, for asserting both. */
function refusal(run: () => unknown): { code: string; status: number; message: string } {
  try {
    run();
  } catch (error) {
    assert.ok(isDepescheError(error), String(error));
    return { code: error.code, status: error.status, message: error.message };
  }
  assert.fail('expected a refusal');
}

describe('what an editor typed, read as a reference to an article', () => {
  test('a full address of the reader site, with or without scheme, query or fragment', () => {
    for (const typed of [
      'https://www.zeitung.de/nachrichten/usa-bieten-hilfe',
      'http://www.zeitung.de/nachrichten/usa-bieten-hilfe?utm_source=x#kommentare',
      '  www.zeitung.de/nachrichten/usa-bieten-hilfe  ',
      'http://127.0.0.1:3000/nachrichten/usa-bieten-hilfe',
      '127.0.0.1:3000/nachrichten/usa-bieten-hilfe',
    ]) {
      assert.deepEqual(parseArticleRef(typed, own), { by: 'slug', value: 'usa-bieten-hilfe' }, typed);
    }
  });

  test('a path, a section and slug, a bare slug or id', () => {
    assert.deepEqual(parseArticleRef('/politik/wahl-2025', own), { by: 'slug', value: 'wahl-2025' });
    assert.deepEqual(parseArticleRef('politik/wahl-2025/', own), { by: 'slug', value: 'wahl-2025' });
    assert.deepEqual(parseArticleRef('/wahl-2025', own), { by: 'slug', value: 'wahl-2025' });
    assert.deepEqual(parseArticleRef('wahl-2025', own), { by: 'id-or-slug', value: 'wahl-2025' });
    assert.deepEqual(parseArticleRef('/politik/stra%C3%9Fe', own), { by: 'slug', value: 'straße' });
  });

  test('the newsroom\'s own address of an article (editor, versions, this page) names it by id', () => {
    assert.deepEqual(parseArticleRef('https://www.zeitung.de/redaktion/artikel/abc123', own), { by: 'id', value: 'abc123' });
    assert.deepEqual(parseArticleRef('/redaktion/artikel/abc123/leserschaft', own), { by: 'id', value: 'abc123' });
  });

  test('refused, each with a message naming what was wrong', () => {
    const cases: [string, RegExp][] = [
      ['', /Bitte geben Sie an, welcher Artikel/],
      ['   ', /Bitte geben Sie an/],
      ['https://www.spiegel.de/politik/wahl-2025', /gehört nicht zu dieser Website \(www\.zeitung\.de\)/],
      ['javascript:alert(1)', /keine Adresse einer Website/],
      ['ftp://www.zeitung.de/politik/x', /keine Adresse einer Website/],
      ['https://www.zeitung.de/', /die Startseite, kein Artikel/],
      ['/redaktion/benutzer', /keine Seite eines Artikels in der Redaktion/],
      ['/redaktion/artikel/neu', /keine Seite eines Artikels in der Redaktion/],
      ['/a/b/c', /keine Artikeladresse: Artikel stehen unter \/ressort\/artikel-slug/],
      ['/politik/%E0%A4%A', /keine gültige Adresse/],
      ['x'.repeat(2001), /zu lang/],
    ];
    for (const [typed, message] of cases) {
      const refused = refusal(() => parseArticleRef(typed, own));
      assert.equal(refused.status, 400, typed);
      assert.match(refused.message, message, typed);
    }
  });
});

describe('whether an article fits as a pin or exclusion', () => {
  const article = { id: 'a' };
  test('a published article may be pinned or excluded; an unpublished one only excluded', () => {
    checkRuleTarget(article, { id: 'b', headline: 'B', status: 'published' }, 'pin');
    checkRuleTarget(article, { id: 'b', headline: 'B', status: 'draft' }, 'exclude');
    const refused = refusal(() => checkRuleTarget(article, { id: 'b', headline: 'Noch geheim', status: 'draft' }, 'pin'));
    assert.equal(refused.status, 400);
    assert.equal(refused.message, '„Noch geheim“ ist nicht veröffentlicht (Entwurf); anheften lassen sich nur veröffentlichte Artikel.');
  });

  test('never the article itself', () => {
    for (const kind of ['pin', 'exclude'] as const) {
      const refused = refusal(() => checkRuleTarget(article, { id: 'a', headline: 'A', status: 'published' }, kind));
      assert.equal(refused.status, 400);
      assert.match(refused.message, /unter sich selbst/);
    }
  });

  test('the kind is one of the two', () => {
    assert.equal(parseRuleKind('pin'), 'pin');
    assert.equal(parseRuleKind('exclude'), 'exclude');
    assert.match(refusal(() => parseRuleKind('delete')).message, /„Anheften“ oder „Ausschließen“/);
  });
});

describe('looked up in a real store', async () => {
  const store = await openSqliteStore(join(await tempDir(), 'ziel.sqlite'));
  after(() => store.close());
  const current = sampleArticle({ headline: 'Der Artikel selbst' });
  const live = sampleArticle({ headline: 'Ein veröffentlichter Nachbar', section: 'Nachrichten' });
  const draft = sampleArticle({ headline: 'Ein Entwurf', status: 'draft', publishedAt: null });
  for (const article of [current, live, draft]) await store.articles.insert(article, { actor: 'test' });

  test('by id, by slug, by address', async () => {
    for (const typed of [live.id, live.slug, `/nachrichten/${live.slug}`, `https://www.zeitung.de/nachrichten/${live.slug}`, `/redaktion/artikel/${live.id}`]) {
      const found = await resolveRuleTarget(store.articles, { typed, kind: 'pin', article: current, ownOrigins: own });
      assert.equal(found.article.id, live.id, typed);
    }
  });

  test('an address in another section still finds the article by its slug (the site redirects there too)', async () => {
    assert.equal((await findArticle(store.articles, parseArticleRef(`/sport/${live.slug}`, own), '')).article.id, live.id);
  });

  test('an unknown article is a 404 that repeats what was typed', async () => {
    await assert.rejects(
      resolveRuleTarget(store.articles, { typed: '/politik/gibt-es-nicht', kind: 'exclude', article: current, ownOrigins: own }),
      (error) => isDepescheError(error) && error.status === 404 && /Unter „\/politik\/gibt-es-nicht“ gibt es keinen Artikel/.test(error.message),
    );
    await assert.rejects(
      resolveRuleTarget(store.articles, { typed: `/redaktion/artikel/${live.slug}`, kind: 'exclude', article: current, ownOrigins: own }),
      (error) => isDepescheError(error) && error.status === 404,
      'a slug in the newsroom address is no id',
    );
  });

  test('itself and unpublished pins are refused after the lookup', async () => {
    await assert.rejects(
      resolveRuleTarget(store.articles, { typed: current.slug, kind: 'exclude', article: current, ownOrigins: own }),
      /unter sich selbst/,
    );
    await assert.rejects(resolveRuleTarget(store.articles, { typed: draft.id, kind: 'pin', article: current, ownOrigins: own }), /nicht veröffentlicht/);
    assert.equal((await resolveRuleTarget(store.articles, { typed: draft.id, kind: 'exclude', article: current, ownOrigins: own })).article.id, draft.id);
  });
});
