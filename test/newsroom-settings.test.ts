import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AccountService } from '../src/accounts/account-service.ts';
import { signedIn, type Visitor } from './helpers/http-visitor.ts';
import { startTestServer } from './helpers/test-server.ts';
import { sampleArticle } from './helpers/sample-article.ts';

/** The admin's site settings reach every reader page at once; only admins may change them. */
const { server } = await startTestServer();
const accounts = new AccountService({ repository: server.store.accounts });
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const save = (visitor: Visitor, fields: Record<string, string>) =>
  visitor.send('/redaktion/einstellungen', new URLSearchParams({ _csrf: visitor.csrf, ...fields }));

test('an admin renames the site and describes it; readers see it on the next request', async () => {
  const admin = await signedIn(server.url, accounts, 'admin', 'Ada Admin');
  const form = await admin.send('/redaktion/einstellungen');
  assert.equal(form.status, 200);
  assert.equal(form.document.querySelector('#siteName')?.getAttribute('value'), 'Depesche', 'the configured name is the default');

  const before = await fetch(server.url + '/');
  assert.match(await before.text(), /<title>Depesche<\/title>/);

  const saved = await save(admin, { siteName: 'Kieler Abendblatt', siteDescription: 'Nachrichten aus Kiel & der Welt' });
  assert.equal(saved.status, 303);
  const home = await (await fetch(server.url + '/')).text();
  assert.match(home, /<title>Kieler Abendblatt<\/title>/, 'the cached front page was rendered again');
  assert.match(home, /<meta name="description" content="Nachrichten aus Kiel &amp; der Welt">/);
  assert.match(home, /<a class="brand" href="\/">Kieler Abendblatt<\/a>/);
  assert.equal((await server.store.settings.all()).siteName, 'Kieler Abendblatt');
});

test('bad values are explained at their field and nothing is saved', async () => {
  const admin = await signedIn(server.url, accounts, 'admin', 'Anton Admin');
  const before = await server.store.settings.all();
  const refused = await save(admin, { siteName: '   ', siteDescription: 'x'.repeat(201) });
  assert.equal(refused.status, 422);
  assert.match(text(refused.document.querySelector('#fehler-siteName')), /darf nicht leer sein/);
  assert.match(text(refused.document.querySelector('#fehler-siteDescription')), /200 Zeichen/);
  assert.deepEqual(await server.store.settings.all(), before);
});

test('only admins reach the settings', async () => {
  for (const role of ['autor', 'redakteur'] as const) {
    const visitor = await signedIn(server.url, accounts, role, `Nicht ${role}`);
    assert.equal((await visitor.send('/redaktion/einstellungen')).status, 403, role);
    assert.equal((await save(visitor, { siteName: 'Gekapert', siteDescription: '' })).status, 403, role);
  }
  assert.notEqual((await server.store.settings.all()).siteName, 'Gekapert');
});

test('the search freshness is set by an admin, checked, and changes the order of equal hits', async () => {
  const admin = await signedIn(server.url, accounts, 'admin', 'Frida Frische');
  const page = await admin.send('/redaktion/einstellungen');
  assert.equal(page.document.querySelector('#searchFreshness')?.getAttribute('value'), '20', 'the default lift is 20 %');
  assert.equal(page.document.querySelector('#searchHalfLifeDays')?.getAttribute('value'), '30');

  const refused = await save(admin, { siteName: 'Depesche', siteDescription: '', searchFreshness: '250', searchHalfLifeDays: 'bald' });
  assert.equal(refused.status, 422);
  assert.match(text(refused.document.querySelector('#fehler-searchFreshness')), /ganze Zahl von 0 bis 200/);
  assert.match(text(refused.document.querySelector('#fehler-searchHalfLifeDays')), /ganze Zahl von 1 bis 3650/);

  // Two articles that differ only in age: which comes first is the freshness setting's doing.
  const now = Date.now();
  const make = (id: string, daysOld: number, extraBody: string) => {
    const published = new Date(now - daysOld * 86_400_000).toISOString();
    return sampleArticle({
      id,
      slug: id,
      headline: `Zitronenfalter ${id}`,
      body: [{ type: 'paragraph' as const, text: `Der Zitronenfalter fliegt früh im Jahr. ${extraBody}` }],
      status: 'published' as const,
      publishedAt: published,
      updatedAt: published,
    });
  };
  // The old one mentions the word once more, so it is a little more relevant.
  await server.store.articles.saveAll([make('falter-alt', 400, 'Zitronenfalter überwintern.'), make('falter-neu', 1, 'Sie überwintern.')], { actor: 'test' });
  const order = async () =>
    ((await (await fetch(`${server.url}/api/v1/search?q=Zitronenfalter`)).json()) as { results: { id: string }[] }).results.map((r) => r.id);

  assert.equal((await save(admin, { siteName: 'Depesche', siteDescription: '', searchFreshness: '0', searchHalfLifeDays: '30' })).status, 303);
  assert.deepEqual(await order(), ['falter-alt', 'falter-neu'], 'without a lift, relevance alone decides');
  assert.equal((await save(admin, { siteName: 'Depesche', siteDescription: '', searchFreshness: '200', searchHalfLifeDays: '7' })).status, 303);
  assert.deepEqual(await order(), ['falter-neu', 'falter-alt'], 'with a strong lift, the fresh article comes first');
});
