import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AccountService } from '../src/accounts/account-service.ts';
import type { Article } from '../src/article/article.ts';
import type { ReadEvent } from '../src/store/reading-repository.ts';
import { articlePath } from '../src/web/presenters/article-view.ts';
import { signedIn, type Exchange } from './helpers/http-visitor.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The newsroom's per-article reading view over a real server: reads written
 * through the server's own ReadingRepository (its `lesen.sqlite`), pins and
 * exclusions through the form, every refusal with its status and message.
 */
const { server } = await startTestServer();
const accounts = new AccountService({ repository: server.store.accounts });
const autor = await signedIn(server.url, accounts, 'autor', 'Anna Autorin');
const redakteur = await signedIn(server.url, accounts, 'redakteur', 'Rita Redakteurin');

async function insert(overrides: Partial<Article>): Promise<Article> {
  const article = sampleArticle({ section: 'Nachrichten', publishedAt: new Date().toISOString(), updatedAt: new Date().toISOString(), ...overrides });
  await server.store.articles.insert(article, { actor: 'test' });
  return article;
}

const current = await insert({ headline: 'Der gelesene Artikel' });
const second = await insert({ headline: 'Danach am häufigsten gelesen' });
const third = await insert({ headline: 'Danach seltener gelesen' });
const draft = await insert({ headline: 'Ein Entwurf, den es schon gab', status: 'draft', publishedAt: null });
const doomed = await insert({ headline: 'Bald gelöscht' });
const quiet = await insert({ headline: 'Noch ungelesen' });

const hour = 3_600_000;
const nowMs = Date.now();
const reads = (articleId: string, count: number, atMs: number, previousIds: string[] = []): ReadEvent[] =>
  Array.from({ length: count }, () => ({ articleId, atMs, previousIds }));
await server.reading.record([
  ...reads(current.id, 3, nowMs),
  ...reads(current.id, 2, nowMs - 25 * hour),
  ...reads(current.id, 4, nowMs - 10 * 24 * hour),
  ...reads(current.id, 1, nowMs - 40 * 24 * hour),
  // What readers of `current` opened afterwards.
  ...reads(second.id, 5, nowMs, [current.id]),
  ...reads(third.id, 3, nowMs, [current.id]),
  ...reads(doomed.id, 2, nowMs, [current.id]),
  ...reads(draft.id, 1, nowMs - 30 * 24 * hour, [current.id]),
]);

const page = `/redaktion/artikel/${current.id}/leserschaft`;
const rulesPath = `${page}/regeln`;
const removePath = `${page}/regeln/entfernen`;

const labels = (exchange: Exchange, selector: string) => [...exchange.document.querySelectorAll(selector)].map((node) => node.getAttribute('aria-label'));
const text = (exchange: Exchange, selector: string) =>
  [...exchange.document.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());

async function rules() {
  const all = await server.store.recommendationRules.forArticle(current.id);
  return all.map((r) => `${r.kind}:${r.targetId}`);
}

function post(visitor: typeof redakteur, path: string, fields: Record<string, string>, csrf: string | null = visitor.csrf) {
  return visitor.send(path, new URLSearchParams({ ...(csrf === null ? {} : { _csrf: csrf }), ...fields }));
}

describe('the reading view', () => {
  test('the editor links to it', async () => {
    const editor = await autor.send(`/redaktion/artikel/${current.id}`);
    assert.ok(editor.document.querySelector(`a[href="${page}"]`), 'a link from the editor');
  });

  test('an Autor sees reads over time as charts with tables, totals and what was read next, but no buttons', async () => {
    const view = await autor.send(page);
    assert.equal(view.status, 200);
    assert.match(text(view, 'h1')[0]!, /^Leserschaft und Empfehlungen: Der gelesene Artikel/);
    assert.deepEqual(text(view, '.nr-reading-totals dd'), ['10', '9', '5']);

    const charts = [...view.document.querySelectorAll('svg[role="img"]')];
    assert.equal(charts.length, 2, 'per day and per hour');
    for (const svg of charts) {
      const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
      assert.ok(view.document.getElementById(titleId!)?.textContent, 'the chart has a title');
      assert.match(view.document.getElementById(descId!)?.textContent ?? '', /Aufrufe vom/);
    }
    assert.equal(view.document.querySelectorAll('details table')[0]!.querySelectorAll('tbody tr').length, 30);
    assert.equal(view.document.querySelectorAll('details table')[1]!.querySelectorAll('tbody tr').length, 48);
    const dayCounts = [...view.document.querySelectorAll('details table')[0]!.querySelectorAll('tbody td:last-child')].map((td) => Number(td.textContent));
    assert.equal(dayCounts.reduce((a, b) => a + b, 0), 9);

    const rows = [...view.document.querySelectorAll('section[aria-labelledby="danach"] tbody tr')];
    assert.deepEqual(
      rows.map((row) => [row.querySelector('a')?.textContent, row.querySelector('td:nth-child(3)')?.textContent]),
      [
        [second.headline, '5'],
        [third.headline, '3'],
        [doomed.headline, '2'],
        [draft.headline, '1'],
      ],
    );
    assert.equal(rows[0]!.querySelector('a')!.getAttribute('href'), `/redaktion/artikel/${second.id}`);
    assert.equal(view.document.querySelectorAll(`form[action^="${rulesPath}"]`).length, 0, 'no rule forms for an Autor');
    assert.match(view.body, /Anheften und ausschließen können Redakteurinnen, Redakteure und Admins/);
  });

  test('an article nobody has read yet says so instead of drawing empty charts', async () => {
    const view = await autor.send(`/redaktion/artikel/${quiet.id}/leserschaft`);
    assert.equal(view.status, 200);
    assert.equal(view.document.querySelectorAll('svg').length, 0);
    assert.match(view.body, /Noch keine Aufrufe gezählt/);
    assert.match(view.body, /Noch keine Daten/);
    assert.match(view.body, /Kein Artikel angeheftet/);
  });

  test('an unknown article is a 404', async () => {
    assert.equal((await autor.send('/redaktion/artikel/gibtesnicht/leserschaft')).status, 404);
  });
});

describe('pins and exclusions', () => {
  test('an Autor may not change them (403), and nothing changes', async () => {
    const refused = await post(autor, rulesPath, { ziel: second.id, art: 'pin' });
    assert.equal(refused.status, 403);
    assert.match(refused.body, /Rolle Redakteur/);
    assert.equal((await post(autor, removePath, { ziel: second.id })).status, 403);
    assert.deepEqual(await rules(), []);
  });

  test('without the CSRF token, or with another session\'s, the change is refused', async () => {
    assert.equal((await post(redakteur, rulesPath, { ziel: second.id, art: 'pin' }, null)).status, 403);
    assert.equal((await post(redakteur, rulesPath, { ziel: second.id, art: 'pin' }, autor.csrf)).status, 403);
    assert.deepEqual(await rules(), []);
  });

  test('a Redakteur pins from the "read next" list (by id) and by the address of the reader site; pins keep their order', async () => {
    const view = await redakteur.send(page);
    const pinButton = view.document.querySelector(`section[aria-labelledby="danach"] form input[name="ziel"][value="${second.id}"]`);
    assert.ok(pinButton, 'the row has a form');
    assert.deepEqual(labels(view, 'section[aria-labelledby="danach"] tbody tr:first-child button'), [
      `Anheften: ${second.headline}`,
      `Ausschließen: ${second.headline}`,
    ]);
    // The draft can be excluded, not pinned.
    assert.deepEqual(labels(view, 'section[aria-labelledby="danach"] tbody tr:last-child button'), [`Ausschließen: ${draft.headline}`]);

    const pinned = await post(redakteur, rulesPath, { ziel: second.id, art: 'pin' });
    assert.equal(pinned.status, 303);
    assert.equal(pinned.location, `${page}?erledigt=angeheftet#regeln`);
    const byAddress = await post(redakteur, rulesPath, { ziel: `${server.url}${articlePath(third)}`, art: 'pin' });
    assert.equal(byAddress.status, 303);
    assert.deepEqual(await rules(), [`pin:${second.id}`, `pin:${third.id}`]);

    const after = await redakteur.send(pinned.location!);
    assert.match(text(after, '.nr-notice')[0]!, /^Angeheftet\./);
    assert.deepEqual(text(after, 'ol.nr-rule-list > li > a'), [second.headline, third.headline]);
    assert.match(text(after, 'ol.nr-rule-list > li')[0]!, /von Rita Redakteurin/);
    assert.deepEqual(text(after, 'section[aria-labelledby="danach"] tbody tr:first-child .nr-rule-mark'), ['angeheftet']);
  });

  test('pinning a pinned article again changes nothing, not even its place', async () => {
    const again = await post(redakteur, rulesPath, { ziel: second.slug, art: 'pin' });
    assert.equal(again.location, `${page}?erledigt=unveraendert#regeln`);
    assert.deepEqual(await rules(), [`pin:${second.id}`, `pin:${third.id}`]);
  });

  test('an unpublished article can be excluded by its path', async () => {
    const excluded = await post(redakteur, rulesPath, { ziel: `/nachrichten/${draft.slug}`, art: 'exclude' });
    assert.equal(excluded.status, 303);
    assert.equal(excluded.location, `${page}?erledigt=ausgeschlossen#regeln`);
    const view = await redakteur.send(page);
    assert.deepEqual(text(view, 'ul.nr-rule-list > li > a'), [draft.headline]);
  });

  test('each kind of bad input is refused on the page, with its status, a German message and what was typed', async () => {
    const before = await rules();
    const cases: { ziel: string; art?: string; status: number; message: RegExp }[] = [
      { ziel: '', status: 400, message: /Bitte geben Sie an, welcher Artikel/ },
      { ziel: '/nachrichten/gibt-es-nicht', status: 404, message: /Unter „\/nachrichten\/gibt-es-nicht“ gibt es keinen Artikel/ },
      { ziel: 'gibtesnicht', status: 404, message: /gibt es keinen Artikel/ },
      { ziel: draft.id, art: 'pin', status: 400, message: /„Ein Entwurf, den es schon gab“ ist nicht veröffentlicht \(Entwurf\); anheften lassen sich nur veröffentlichte Artikel/ },
      { ziel: current.id, art: 'pin', status: 400, message: /nicht unter sich selbst angeheftet/ },
      { ziel: `${server.url}${articlePath(current)}`, art: 'exclude', status: 400, message: /unter sich selbst/ },
      { ziel: `https://www.anderezeitung.de${articlePath(second)}`, status: 400, message: /gehört nicht zu dieser Website/ },
      { ziel: '/a/b/c', status: 400, message: /keine Artikeladresse/ },
      { ziel: second.id, art: 'loeschen', status: 400, message: /Bitte wählen Sie „Anheften“ oder „Ausschließen“/ },
    ];
    for (const { ziel, art = 'pin', status, message } of cases) {
      const refused = await post(redakteur, rulesPath, { ziel, art });
      assert.equal(refused.status, status, `${ziel} (${art})`);
      assert.match(text(refused, '#fehler-ziel')[0] ?? '', message, `${ziel} (${art})`);
      assert.match(text(refused, '.nr-error-summary')[0] ?? '', message, `${ziel}: summarised at the top`);
      const input = refused.document.querySelector('#ziel')!;
      assert.equal(input.getAttribute('value'), ziel, 'what was typed stays in the field');
      assert.equal(input.getAttribute('aria-invalid'), 'true');
      assert.match(input.getAttribute('aria-describedby') ?? '', /fehler-ziel/);
      assert.match(refused.headers.get('cache-control') ?? '', /^no-store/);
    }
    assert.deepEqual(await rules(), before);
  });

  test('a rule is removed; removing one that is gone is a 404', async () => {
    const removed = await post(redakteur, removePath, { ziel: third.id });
    assert.equal(removed.status, 303);
    assert.equal(removed.location, `${page}?erledigt=entfernt#regeln`);
    assert.deepEqual(await rules(), [`pin:${second.id}`, `exclude:${draft.id}`]);
    const again = await post(redakteur, removePath, { ziel: third.id });
    assert.equal(again.status, 404);
    assert.match(again.body, /Diese Regel gibt es nicht \(mehr\)/);
  });

  test('a deleted article disappears from the "read next" list and from the rules', async () => {
    assert.equal((await post(redakteur, rulesPath, { ziel: doomed.id, art: 'pin' })).status, 303);
    const stored = await server.store.articles.get(doomed.id);
    await server.store.articles.delete(doomed.id, { expectedVersion: stored!.version });
    const view = await redakteur.send(page);
    assert.equal(view.status, 200);
    assert.doesNotMatch(view.body, /Bald gelöscht/);
    assert.deepEqual(text(view, 'section[aria-labelledby="danach"] tbody tr td:first-child a'), [second.headline, third.headline, draft.headline]);
    assert.deepEqual(await rules(), [`pin:${second.id}`, `exclude:${draft.id}`]);
  });
});
