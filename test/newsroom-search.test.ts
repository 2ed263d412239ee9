import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AccountService } from '../src/accounts/account-service.ts';
import type { Article } from '../src/article/article.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { csrfOf, signedIn, type Exchange } from './helpers/http-visitor.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The newsroom's full-text search (drafts too, signed-in users only) and
 * deleting an article, which takes it out of the site and the search at once.
 */
const { server } = await startTestServer();
const { store } = server;
const accounts = new AccountService({ repository: store.accounts });
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headlines = (page: Exchange) => [...page.document.querySelectorAll('.nr-table tbody tr td:first-child a')].map((a) => text(a));
const readerIds = async (q: string) =>
  ((await (await fetch(`${server.url}/api/v1/search?q=${encodeURIComponent(q)}`)).json()) as { results: { id: string }[] }).results.map((r) => r.id);

const paragraph = (words: string) => [{ type: 'paragraph' as const, text: words }];
const draft = sampleArticle({
  headline: 'Entwurf über Windräder im Wattenmeer',
  section: 'Wirtschaft',
  body: paragraph('Die Windräder vor der Küste sollen 2030 Strom für eine Million Haushalte liefern.'),
  status: 'draft',
  publishedAt: null,
});
const live = sampleArticle({
  headline: 'Hafenfest in Kiel eröffnet',
  section: 'Politik',
  body: paragraph('Zum Hafenfest kamen mehr Besucher als je zuvor; auch Windräder waren Thema.'),
});
const doomed = sampleArticle({ headline: 'Falschmeldung über Kormorane', section: 'Nachrichten', body: paragraph('Kormorane brüten im Frühjahr an der Schlei.') });
await store.articles.saveAll([draft, live, doomed], { actor: 'test' });

test('the newsroom searches the full text of every article, drafts too, with snippets', async () => {
  const autor = await signedIn(server.url, accounts, 'autor', 'Anna Autorin');
  const page = await autor.send(`/redaktion?suche=${encodeURIComponent('Windrad')}`);
  assert.equal(page.status, 200);
  assert.deepEqual(headlines(page).sort(), [draft.headline, live.headline].sort(), 'the draft is found by its body, the live article too');
  assert.match(text(page.document.querySelector('.nr-search-summary')), /2 Treffer für „Windrad“/);
  assert.ok(page.document.querySelector('.nr-snippet mark'), 'the matched word is marked');
  // Readers never see the draft.
  assert.deepEqual(await readerIds('Windrad'), [live.id]);
});

test('the filters narrow the newsroom search; a typo finds the word meant', async () => {
  const autor = await signedIn(server.url, accounts, 'autor', 'Bernd Autor');
  const drafts = await autor.send(`/redaktion?suche=Windräder&status=draft`);
  assert.deepEqual(headlines(drafts), [draft.headline]);
  const politics = await autor.send(`/redaktion?suche=Windräder&section=politik`);
  assert.deepEqual(headlines(politics), [live.headline]);
  const typo = await autor.send(`/redaktion?suche=${encodeURIComponent('Kormorahne')}`);
  assert.deepEqual(headlines(typo), [doomed.headline]);
  assert.match(text(typo.document.querySelector('.nr-search-summary')), /keine Treffer für „Kormorahne“/);
});

test('bad search input in the newsroom gets a page, not an error', async () => {
  const autor = await signedIn(server.url, accounts, 'autor', 'Carla Autorin');
  for (const input of ['"', 'NEAR(', '-', '*', ':^', '"unbalanced', "'; DROP TABLE articles; --", 'x'.repeat(10_000), '\u0000\u0007']) {
    const page = await autor.send(`/redaktion?suche=${encodeURIComponent(input)}`);
    assert.equal(page.status, 200, JSON.stringify(input.slice(0, 20)));
    assert.doesNotMatch(page.body, /fts5|syntax error|SQLITE/i);
  }
});

test('without a session the newsroom search sends to the sign-in page', async () => {
  const response = await fetch(`${server.url}/redaktion?suche=Windrad`, { redirect: 'manual' });
  assert.equal(response.status, 303);
  assert.match(response.headers.get('location') ?? '', /\/redaktion\/anmelden/);
});

test('a Redakteur deletes an article after confirming; it leaves the site and the search at once', async () => {
  assert.deepEqual(await readerIds('Kormorane'), [doomed.id]);
  const editor = await signedIn(server.url, accounts, 'redakteur', 'Rita Redakteurin');
  const editorPage = await editor.send(`/redaktion/artikel/${doomed.id}`);
  const link = editorPage.document.querySelector('a.nr-danger-link');
  assert.equal(link?.getAttribute('href'), `/redaktion/artikel/${doomed.id}/loeschen`);
  const confirm = await editor.send(link!.getAttribute('href')!);
  assert.equal(confirm.status, 200);
  assert.match(text(confirm.document.querySelector('main')), /endgültig gelöscht/);
  const version = confirm.document.querySelector('input[name="version"]')?.getAttribute('value') ?? '';

  const deleted = await editor.send(`/redaktion/artikel/${doomed.id}/loeschen`, new URLSearchParams({ _csrf: csrfOf(confirm), version }));
  assert.equal(deleted.status, 303);
  assert.equal(await store.articles.get(doomed.id), undefined);
  assert.deepEqual(await store.articles.revisions(doomed.id), [], 'its versions are gone too');
  assert.deepEqual(await readerIds('Kormorane'), [], 'the reader search no longer finds it');
  assert.equal((await fetch(`${server.url}/nachrichten/${doomed.slug}`)).status, 404);
});

test('deleting refuses an Autor, a stale version and a missing version, and then deletes nothing', async () => {
  const target: Article = sampleArticle({ headline: 'Streit um Seehunde', body: paragraph('Seehunde liegen auf der Sandbank.') });
  await store.articles.insert(target, { actor: 'test' });
  const autor = await signedIn(server.url, accounts, 'autor', 'Dora Autorin');
  assert.equal((await autor.send(`/redaktion/artikel/${target.id}`)).document.querySelector('a.nr-danger-link'), null, 'no link for an Autor');
  const refused = await autor.send(`/redaktion/artikel/${target.id}/loeschen`, new URLSearchParams({ _csrf: autor.csrf, version: '1' }));
  assert.equal(refused.status, 403);

  const editor = await signedIn(server.url, accounts, 'redakteur', 'Egon Redakteur');
  const confirm = await editor.send(`/redaktion/artikel/${target.id}/loeschen`);
  const current = (await store.articles.get(target.id))!;
  await store.articles.update({ ...current.article, lead: 'Inzwischen geändert.' }, { actor: 'test', expectedVersion: current.version });
  const stale = await editor.send(`/redaktion/artikel/${target.id}/loeschen`, new URLSearchParams({ _csrf: csrfOf(confirm), version: '1' }));
  assert.equal(stale.status, 409);
  assert.match(stale.body, /inzwischen geändert/);
  const missing = await editor.send(`/redaktion/artikel/${target.id}/loeschen`, new URLSearchParams({ _csrf: csrfOf(confirm) }));
  assert.equal(missing.status, 400);
  assert.ok(await store.articles.get(target.id), 'the article is still there');
  assert.deepEqual(await readerIds('Seehunde'), [target.id], 'and still found');
});
