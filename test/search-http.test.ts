import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Article } from '../src/article/article.ts';
import { articlePath } from '../src/web/presenters/article-view.ts';
import { textArticle } from './helpers/sample-article.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * Search through the real server: `/suche` (German, server-rendered) and
 * `GET /api/v1/search` (JSON), over the demo content plus articles written
 * for these tests, with words no demo article has.
 */
const { server } = await startTestServer();
const referencePath = '/nachrichten/usa-bieten-unterstuetzung-fuer-koalition-in-ukraine-nach-waffenstillstand';

let counter = 0;
function article(fields: Partial<Article> & { text?: string }): Article {
  counter++;
  return textArticle({ id: `http-suche-${String(counter).padStart(4, '0')}`, section: 'Nachrichten', ...fields });
}

const kormoran = article({
  headline: 'Kormoranzählung an der Schlei',
  lead: 'Ehrenamtliche zählen die Vögel.',
  text: 'Die Kormoranzählung ergab mehr Brutpaare als im Vorjahr.',
  section: 'Wissen',
  publishedAt: '2025-04-22T09:15:00+02:00',
  authors: ['Karla Kranich'],
});
const leuchtturm = Array.from({ length: 13 }, (_, i) =>
  article({
    headline: `Leuchtturmwärter erzählt, Folge ${i + 1}`,
    text: `Der Leuchtturmwärter berichtet zum ${i + 1}. Mal.`,
    publishedAt: `2025-03-${String(i + 10).padStart(2, '0')}T10:00:00+01:00`,
  }),
);
const muenchen = [
  article({ headline: 'Neue Tram für München', text: 'In München fährt bald eine neue Linie.' }),
  article({ headline: 'Messe eröffnet', text: 'Die Messe in Muenchen zieht Besucher an.' }),
];
const gipfel = {
  politik: article({
    section: 'Politik',
    headline: 'Brückengipfel in Berlin',
    text: 'Der Brückengipfel beginnt.',
    publishedAt: '2025-03-05T09:00:00+01:00',
    entities: [{ name: 'Ukraine', slug: 'ukraine', kind: 'place' }],
    authors: ['Anna Beispiel'],
  }),
  wissen: article({
    section: 'Wissen',
    headline: 'Brückengipfel der Ingenieure',
    text: 'Ein Brückengipfel über Statik.',
    publishedAt: '2025-04-02T09:00:00+02:00',
    entities: [{ name: 'Kassel', slug: 'kassel', kind: 'place' }],
    authors: ['Bernd Muster'],
  }),
  wirtschaft: article({
    section: 'Wirtschaft',
    headline: 'Brückengipfel der Banken',
    text: 'Ein Brückengipfel ohne Ergebnis.',
    publishedAt: '2025-04-16T09:00:00+02:00',
    entities: [{ name: 'Ukraine', slug: 'ukraine', kind: 'place' }],
    authors: ['Bernd Muster'],
  }),
};
const draft = article({
  status: 'draft',
  publishedAt: null,
  headline: 'Zwergpudelaffäre im Rathaus',
  lead: 'Vertrauliche Vorabfassung.',
  text: 'Die Zwergpudelaffäre ist noch nicht veröffentlicht, Kormoranzählung hin oder her.',
});
await server.store.articles.saveAll([kormoran, ...leuchtturm, ...muenchen, ...Object.values(gipfel), draft], { actor: 'test' });

// What a page or an API answer must never show: an FTS or SQLite error.
const ENGINE_ERROR = /fts5|syntax error|sqlite|SQL logic|too many SQL|no such (column|table)|malformed MATCH/i;

interface Page {
  status: number;
  headers: Headers;
  body: string;
  document: Document;
}

async function get(path: string): Promise<Page> {
  const response = await fetch(server.url + path, { redirect: 'manual' });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, document: parseHTML(body).document as unknown as Document };
}

function text(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const suche = (params: Record<string, string>) => get(`/suche?${new URLSearchParams(params)}`);
const summaryOf = (page: Page) => text(page.document.querySelector('.search-summary'));
const hitsOf = (page: Page) =>
  [...page.document.querySelectorAll('li.search-hit')].map((hit) => ({
    path: hit.querySelector('h2 a')?.getAttribute('href') ?? '',
    headline: text(hit.querySelector('h2')),
    meta: text(hit.querySelector('.teaser-section')),
    time: hit.querySelector('time')?.getAttribute('datetime') ?? null,
    marks: [...hit.querySelectorAll('.search-snippet mark')].map(text),
    snippet: text(hit.querySelector('.search-snippet')),
  }));

interface ApiResult {
  id: string;
  url: string;
  headline: string;
  lead: string;
  section: string;
  publishedAt: string | null;
  authors: string[];
  snippet: string;
  highlights: [number, number][];
}
interface ApiAnswer {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  truncated: boolean;
  correctedTo: string | null;
  suggestion: { query: string; total: number } | null;
  results: ApiResult[];
}

async function api(params: Record<string, string>): Promise<{ status: number; headers: Headers; json: ApiAnswer }> {
  const page = await get(`/api/v1/search?${new URLSearchParams(params)}`);
  assert.match(page.headers.get('content-type') ?? '', /^application\/json/);
  return { status: page.status, headers: page.headers, json: JSON.parse(page.body) as ApiAnswer };
}

describe('/suche', () => {
  test('is German, server-rendered, noindex, and shows one hit with headline, section, date and a marked snippet', async () => {
    const page = await suche({ q: 'Kormoranzählung' });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/i);
    assert.match(page.headers.get('cache-control') ?? '', /no-cache|no-store/);
    assert.equal(page.document.documentElement.getAttribute('lang'), 'de');
    assert.equal(page.document.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
    assert.equal(page.document.querySelector('link[rel="canonical"]'), null, 'no canonical URL for a search');
    assert.equal(text(page.document.querySelector('h1')), 'Suche');
    assert.match(text(page.document.querySelector('title')), /Kormoranzählung/);
    assert.equal(page.document.querySelector('form[role="search"] input[name="q"]#suchbegriff')?.getAttribute('value'), 'Kormoranzählung');

    assert.match(summaryOf(page), /^1 Treffer für „Kormoranzählung“$/);
    const hits = hitsOf(page);
    assert.equal(hits.length, 1);
    const [hit] = hits;
    assert.equal(hit!.path, articlePath(kormoran));
    assert.equal(hit!.headline, kormoran.headline);
    assert.match(hit!.meta, /^Wissen · 22\. April 2025$/);
    assert.equal(hit!.time, kormoran.publishedAt);
    assert.deepEqual(hit!.marks, ['Kormoranzählung']);
    assert.match(hit!.snippet, /Die Kormoranzählung ergab mehr Brutpaare/);
    assert.doesNotMatch(page.body, /<script/i, 'a page without scripts');
  });

  test('shows the number of hits, ten to a page, and pages with seite', async () => {
    const first = await suche({ q: 'Leuchtturmwärter' });
    assert.equal(first.status, 200);
    assert.match(summaryOf(first), /^13 Treffer für/);
    assert.equal(hitsOf(first).length, 10);
    assert.equal(first.document.querySelector('ol.search-hits')?.getAttribute('start'), '1');
    const nav = first.document.querySelector('nav.pagination');
    assert.ok(nav, 'a pagination');
    assert.match(text(nav), /Seite 1 von 2/);
    const next = nav.querySelector('a[rel="next"]')?.getAttribute('href');
    assert.ok(next, 'a link to the next page');
    assert.equal(nav.querySelector('a[rel="prev"]'), null);

    const second = await get(next);
    assert.equal(second.status, 200);
    assert.equal(new URL(next, server.url).searchParams.get('seite'), '2');
    assert.match(summaryOf(second), /^13 Treffer/);
    assert.equal(hitsOf(second).length, 3);
    assert.equal(second.document.querySelector('ol.search-hits')?.getAttribute('start'), '11');
    assert.ok(second.document.querySelector('nav.pagination a[rel="prev"]'));
    assert.equal(second.document.querySelector('nav.pagination a[rel="next"]'), null);

    const all = [...hitsOf(first), ...hitsOf(second)].map((hit) => hit.path);
    assert.deepEqual(new Set(all), new Set(leuchtturm.map(articlePath)), 'every article once, across the pages');
  });

  test('finds the reference article for Garantien für die Ukraine, and for Sicherheitsgarantie', async () => {
    for (const q of ['Garantien für die Ukraine', 'Sicherheitsgarantie']) {
      const page = await suche({ q });
      assert.equal(page.status, 200);
      assert.ok(hitsOf(page).some((hit) => hit.path === referencePath), q);
    }
  });

  test('shows “Meinten Sie” with a link when a corrected query finds more', async () => {
    const page = await suche({ q: 'Munchen' });
    assert.match(summaryOf(page), /^1 Treffer/);
    const suggestion = page.document.querySelector('.search-suggestion');
    assert.ok(suggestion, 'a suggestion');
    assert.match(text(suggestion), /^Meinten Sie „Muenchen“\? \(2 Treffer\)$/);
    const href = suggestion.querySelector('a')?.getAttribute('href');
    assert.ok(href);
    const followed = await get(href);
    assert.equal(followed.status, 200);
    assert.match(summaryOf(followed), /^2 Treffer für „Muenchen“/);
    assert.deepEqual(new Set(hitsOf(followed).map((hit) => hit.path)), new Set(muenchen.map(articlePath)));
    assert.equal(followed.document.querySelector('.search-suggestion'), null, 'no suggestion when nothing improves');
  });

  test('a typo in a long word shows the hits for the word meant, and says so', async () => {
    const page = await suche({ q: 'Kormoranzählnug' });
    assert.equal(page.status, 200);
    assert.deepEqual(hitsOf(page).map((hit) => hit.path), [articlePath(kormoran)]);
    assert.match(text(page.document.querySelector('.search-results')), /Keine Treffer für „Kormoranzählnug“\. Gezeigt werden Treffer für „Kormoranz(ä|ae)hlung“/i);
  });

  test('an article with some of the words is found', async () => {
    const page = await suche({ q: 'Kormoranzählung Pinguinkolonie' });
    assert.deepEqual(hitsOf(page).map((hit) => hit.path), [articlePath(kormoran)]);
    assert.match(summaryOf(page), /^1 Treffer/);
  });

  test('no hits: says so in German', async () => {
    const page = await suche({ q: 'Pinguinkolonie' });
    assert.equal(page.status, 200);
    assert.match(summaryOf(page), /^0 Treffer/);
    assert.match(page.body, /Keine Treffer\./);
    assert.deepEqual(hitsOf(page), []);
  });

  test('filters: ressort, von, bis, thema, autor, sortierung', async () => {
    const paths = async (params: Record<string, string>) => {
      const page = await suche({ q: 'Brückengipfel', ...params });
      assert.equal(page.status, 200, JSON.stringify(params));
      return hitsOf(page).map((hit) => hit.path);
    };
    const path = (item: Article) => articlePath(item);
    assert.deepEqual(new Set(await paths({})), new Set(Object.values(gipfel).map(path)));
    assert.deepEqual(await paths({ ressort: 'wissen' }), [path(gipfel.wissen)]);
    assert.deepEqual(new Set(await paths({ von: '2025-04-01' })), new Set([path(gipfel.wissen), path(gipfel.wirtschaft)]));
    assert.deepEqual(await paths({ bis: '2025-03-31' }), [path(gipfel.politik)]);
    assert.deepEqual(await paths({ von: '2025-04-02', bis: '2025-04-02' }), [path(gipfel.wissen)], 'one day, both ends inclusive');
    assert.deepEqual(new Set(await paths({ thema: 'ukraine' })), new Set([path(gipfel.politik), path(gipfel.wirtschaft)]));
    assert.deepEqual(new Set(await paths({ autor: 'Bernd Muster' })), new Set([path(gipfel.wissen), path(gipfel.wirtschaft)]));
    assert.deepEqual(await paths({ sortierung: 'neu' }), [path(gipfel.wirtschaft), path(gipfel.wissen), path(gipfel.politik)]);
    assert.deepEqual(await paths({ thema: 'ukraine', autor: 'Bernd Muster' }), [path(gipfel.wirtschaft)]);
  });

  test('the filter form shows the filters it searched with', async () => {
    const page = await suche({ q: 'Brückengipfel', ressort: 'wissen', von: '2025-04-01', sortierung: 'neu', thema: 'kassel' });
    const form = page.document.querySelector('form.search-form');
    assert.ok(form);
    assert.equal(form.querySelector('select[name="ressort"] option[selected]')?.getAttribute('value'), 'wissen');
    assert.equal(form.querySelector('input[name="von"]')?.getAttribute('value'), '2025-04-01');
    assert.equal(form.querySelector('select[name="sortierung"] option[selected]')?.getAttribute('value'), 'neu');
    assert.equal(form.querySelector('input[type="hidden"][name="thema"]')?.getAttribute('value'), 'kassel');
    assert.ok(form.querySelector('details.search-filters[open]'), 'the filters are open when used');
  });

  test('without a query: the form, and no results', async () => {
    const page = await get('/suche');
    assert.equal(page.status, 200);
    assert.ok(page.document.querySelector('form.search-form input[name="q"]'));
    assert.equal(page.document.querySelector('.search-results'), null);
    assert.equal(page.document.querySelector('.search-summary'), null);
  });

  test('the masthead of every reader page has a search form that leads to /suche', async () => {
    for (const path of ['/', referencePath]) {
      const page = await get(path);
      const form = page.document.querySelector('header form[role="search"]');
      assert.equal(form?.getAttribute('action'), '/suche', path);
      assert.equal(form?.getAttribute('method'), 'get', path);
      assert.ok(form?.querySelector('input[name="q"]'), path);
    }
  });
});

describe('GET /api/v1/search', () => {
  test('answers the documented JSON, highlights as offsets into the snippet', async () => {
    const { status, headers, json } = await api({ q: 'Kormoranzählung' });
    assert.equal(status, 200);
    assert.match(headers.get('cache-control') ?? '', /no-cache|no-store/);
    assert.deepEqual(Object.keys(json).sort(), ['correctedTo', 'page', 'pageSize', 'query', 'results', 'suggestion', 'total', 'truncated']);
    assert.equal(json.query, 'Kormoranzählung');
    assert.equal(json.total, 1);
    assert.equal(json.page, 1);
    assert.equal(json.pageSize, 10);
    assert.equal(json.truncated, false);
    assert.equal(json.correctedTo, null);
    assert.equal(json.suggestion, null);
    assert.equal(json.results.length, 1);
    const [result] = json.results;
    assert.deepEqual(Object.keys(result!).sort(), ['authors', 'headline', 'highlights', 'id', 'lead', 'publishedAt', 'section', 'snippet', 'url']);
    assert.equal(result!.id, kormoran.id);
    assert.equal(result!.url, server.url + articlePath(kormoran));
    assert.equal(result!.headline, kormoran.headline);
    assert.equal(result!.lead, kormoran.lead);
    assert.equal(result!.section, 'Wissen');
    assert.equal(result!.publishedAt, kormoran.publishedAt);
    assert.deepEqual(result!.authors, ['Karla Kranich']);
    assert.match(result!.snippet, /Die Kormoranzählung ergab/);
    assert.ok(result!.highlights.length > 0);
    for (const [start, end] of result!.highlights) {
      assert.ok(0 <= start && start < end && end <= result!.snippet.length, `[${start}, ${end})`);
      assert.equal(result!.snippet.slice(start, end), 'Kormoranzählung');
    }
    const url = new URL(result!.url);
    assert.equal((await get(url.pathname)).status, 200, 'the url leads to the article');
  });

  test('highlights cover exactly the words the page marks', async () => {
    const q = 'Garantien für die Ukraine';
    const { json } = await api({ q });
    const page = await suche({ q });
    const reference = json.results.find((result) => result.url.endsWith(referencePath));
    assert.ok(reference, 'the reference article');
    const marked = hitsOf(page).find((hit) => hit.path === referencePath)!.marks;
    assert.deepEqual(reference.highlights.map(([start, end]) => reference.snippet.slice(start, end)), marked);
    const sorted = [...reference.highlights].sort((a, b) => a[0] - b[0]);
    assert.deepEqual(reference.highlights, sorted, 'in order');
    sorted.slice(1).forEach(([start], i) => assert.ok(start >= sorted[i]![1], 'not overlapping'));
  });

  test('filters: section, from, to, entity, author, order, page, limit', async () => {
    const ids = async (params: Record<string, string>) => {
      const { status, json } = await api({ q: 'Brückengipfel', ...params });
      assert.equal(status, 200, JSON.stringify(params));
      return json.results.map((result) => result.id);
    };
    assert.deepEqual(await ids({ section: 'wirtschaft' }), [gipfel.wirtschaft.id]);
    assert.deepEqual(new Set(await ids({ from: '2025-04-01' })), new Set([gipfel.wissen.id, gipfel.wirtschaft.id]));
    assert.deepEqual(await ids({ to: '2025-03-31' }), [gipfel.politik.id]);
    assert.deepEqual(await ids({ from: '2025-04-01', to: '2025-04-10' }), [gipfel.wissen.id]);
    assert.deepEqual(new Set(await ids({ entity: 'ukraine' })), new Set([gipfel.politik.id, gipfel.wirtschaft.id]));
    assert.deepEqual(new Set(await ids({ author: 'Bernd Muster' })), new Set([gipfel.wissen.id, gipfel.wirtschaft.id]));
    assert.deepEqual(await ids({ order: 'newest' }), [gipfel.wirtschaft.id, gipfel.wissen.id, gipfel.politik.id]);
    assert.deepEqual(await ids({ order: 'newest', limit: '2' }), [gipfel.wirtschaft.id, gipfel.wissen.id]);
    assert.deepEqual(await ids({ order: 'newest', limit: '2', page: '2' }), [gipfel.politik.id]);
  });

  test('page and limit: the total stays, the pages add up', async () => {
    const first = await api({ q: 'Leuchtturmwärter', limit: '5' });
    const third = await api({ q: 'Leuchtturmwärter', limit: '5', page: '3' });
    assert.equal(first.json.total, 13);
    assert.equal(first.json.pageSize, 5);
    assert.equal(first.json.results.length, 5);
    assert.equal(third.json.page, 3);
    assert.equal(third.json.total, 13);
    assert.equal(third.json.results.length, 3);
    const big = await api({ q: 'Leuchtturmwärter', limit: '50' });
    assert.equal(big.json.results.length, 13);
  });

  test('correctedTo and suggestion are reported; one of the words is enough', async () => {
    const typo = await api({ q: 'Kormoranzählnug' });
    assert.match(typo.json.correctedTo ?? '', /^Kormoranz(ä|ae)hlung$/i);
    assert.deepEqual(typo.json.results.map((result) => result.id), [kormoran.id]);
    const suggestion = await api({ q: 'Munchen' });
    assert.deepEqual(suggestion.json.suggestion, { query: 'Muenchen', total: 2 });
    const some = await api({ q: 'Kormoranzählung Pinguinkolonie' });
    assert.deepEqual(some.json.results.map((result) => result.id), [kormoran.id]);
  });
});

describe('drafts never reach readers', () => {
  // The query is echoed back to the reader; these are the draft's texts beyond any one query.
  const draftWords = /Zwergpudel|Vorabfassung|noch nicht veröffentlicht/i;
  const draftTexts = ['Zwergpudelaffäre im Rathaus', 'Vertrauliche Vorabfassung', 'ist noch nicht veröffentlicht, Kormoranzählung'];

  test('neither /suche nor the API shows a draft, its headline or its snippet', async () => {
    for (const q of ['Zwergpudelaffäre', 'Zwergpudel*', 'Vorabfassung', '"noch nicht veröffentlicht"', 'Rathaus', 'Kormoranzählung', 'Zwergpudelaffare']) {
      const page = await suche({ q });
      assert.equal(page.status, 200, q);
      assert.ok(!hitsOf(page).some((hit) => hit.path === articlePath(draft)), `${q}: the draft is listed`);
      assert.doesNotMatch(text(page.document.querySelector('main .search-hits')), draftWords, `${q}: the hits show the draft's text`);
      for (const secret of draftTexts) assert.ok(!page.body.includes(secret), `${q}: the page shows “${secret}”`);
      assert.equal(page.document.querySelector('.search-suggestion'), null, `${q}: no suggestion from a draft`);

      const { json } = await api({ q });
      assert.ok(!json.results.some((result) => result.id === draft.id), `${q}: the API lists the draft`);
      assert.doesNotMatch(JSON.stringify(json.results), draftWords, `${q}: the API shows the draft's text`);
      assert.doesNotMatch(`${json.correctedTo ?? ''} ${json.suggestion?.query ?? ''}`, /Zwergpudel/i, q);
    }
    assert.equal((await api({ q: 'Kormoranzählung' })).json.total, 1, 'the draft shares a word with a published article but is not counted');
    assert.match(summaryOf(await suche({ q: 'Zwergpudelaffäre' })), /^0 Treffer/);
  });

  test('a draft published later appears, and disappears again when it is unpublished', async () => {
    const item = article({ status: 'draft', publishedAt: null, headline: 'Austernfischerbrut erfolgreich', text: 'Die Austernfischerbrut war gut.' });
    await server.store.articles.insert(item, { actor: 'test' });
    assert.equal((await api({ q: 'Austernfischerbrut' })).json.total, 0);
    const stored = (await server.store.articles.get(item.id))!;
    await server.store.articles.update({ ...item, status: 'published', publishedAt: '2025-04-25T10:00:00+02:00' }, { actor: 'test', expectedVersion: stored.version });
    assert.equal((await api({ q: 'Austernfischerbrut' })).json.total, 1);
    assert.match(summaryOf(await suche({ q: 'Austernfischerbrut' })), /^1 Treffer/);
    await server.store.articles.update({ ...item, status: 'unpublished', publishedAt: '2025-04-25T10:00:00+02:00' }, { actor: 'test', expectedVersion: stored.version + 1 });
    assert.equal((await api({ q: 'Austernfischerbrut' })).json.total, 0);
    assert.match(summaryOf(await suche({ q: 'Austernfischerbrut' })), /^0 Treffer/);
  });

  test(
    'a spelling correction does not name a word that only drafts contain',
    async () => {
      const published = article({ headline: 'Fest an der Hafenkante', text: 'Die Hafenkante war voll.' });
      const secret = [1, 2].map((n) => article({ status: 'draft', publishedAt: null, headline: `Intern ${n}`, text: `Die Hafenkanne ist Geheimsache ${n}.` }));
      await server.store.articles.saveAll([published, ...secret], { actor: 'test' });
      const page = await suche({ q: 'Hafenkanxe' });
      assert.deepEqual(hitsOf(page).map((hit) => hit.path), [articlePath(published)]);
      assert.ok(!/Hafenkanne/i.test(page.body), `the page names a word of a draft: ${summaryOf(page)}`);
      const { json } = await api({ q: 'Hafenkanxe' });
      assert.doesNotMatch(json.correctedTo ?? '', /Hafenkanne/i, 'the API names a word of a draft');
    },
  );
});

/**
 * Bad input, one class at a time, on both surfaces: query text is answered
 * (200), a bad filter or page is refused (400) with a German message that
 * names the parameter. Never a 500, never an engine error, and the next
 * ordinary search still works.
 */
interface Surface {
  name: string;
  path: string;
  names: { section: string; from: string; to: string; entity: string; author: string; order: string; page: string; limit?: string };
  /** The message of a 400, as the surface shows it. */
  problemOf(page: Page): string;
  /** Checks a 200 is a proper answer of this surface. */
  isAnswer(page: Page): void;
}

const surfaces: Surface[] = [
  {
    name: '/suche',
    path: '/suche',
    names: { section: 'ressort', from: 'von', to: 'bis', entity: 'thema', author: 'autor', order: 'sortierung', page: 'seite' },
    problemOf: (page) => text(page.document.querySelector('.search-problems[role="alert"]')),
    isAnswer: (page) => {
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(text(page.document.querySelector('h1')), 'Suche');
      assert.ok(page.document.querySelector('form.search-form'), 'the search form is shown');
    },
  },
  {
    name: 'API',
    path: '/api/v1/search',
    names: { section: 'section', from: 'from', to: 'to', entity: 'entity', author: 'author', order: 'order', page: 'page', limit: 'limit' },
    problemOf: (page) => {
      const json = JSON.parse(page.body) as { error?: { code: string; message: string } };
      assert.equal(json.error?.code, 'invalid_input');
      return json.error.message;
    },
    isAnswer: (page) => {
      assert.match(page.headers.get('content-type') ?? '', /^application\/json/);
      const json = JSON.parse(page.body) as ApiAnswer;
      assert.equal(typeof json.total, 'number');
      assert.ok(Array.isArray(json.results));
      assert.ok(json.results.every((result) => result.id !== draft.id));
    },
  },
];

/** A raw query string: values are percent-encoded unless given as already encoded. */
function rawQuery(params: [string, string, 'raw'?][]): string {
  return params.map(([name, value, raw]) => `${name}=${raw ? value : encodeURIComponent(value)}`).join('&');
}

async function ordinarySearchWorks(surface: Surface): Promise<void> {
  const page = await get(`${surface.path}?q=Kormoranz%C3%A4hlung`);
  assert.equal(page.status, 200, 'an ordinary search afterwards');
  if (surface.name === 'API') assert.equal((JSON.parse(page.body) as ApiAnswer).total, 1);
  else assert.match(summaryOf(page), /^1 Treffer/);
}

/** Query text that must be answered with 200. */
async function expectAnswered(surface: Surface, queries: string[]): Promise<Page[]> {
  const pages: Page[] = [];
  for (const query of queries) {
    const page = await get(`${surface.path}?${query}`);
    const label = `${surface.name} ?${query.slice(0, 80)}`;
    assert.equal(page.status, 200, `${label}: ${page.body.slice(0, 200)}`);
    assert.doesNotMatch(page.body, ENGINE_ERROR, label);
    surface.isAnswer(page);
    await ordinarySearchWorks(surface);
    pages.push(page);
  }
  return pages;
}

/** Parameters that must be refused with 400, naming the parameter. */
async function expectRefused(surface: Surface, cases: [query: string, parameter: string][]): Promise<void> {
  for (const [query, parameter] of cases) {
    const page = await get(`${surface.path}?${query}`);
    const label = `${surface.name} ?${query.slice(0, 80)}`;
    assert.equal(page.status, 400, `${label}: ${page.body.slice(0, 200)}`);
    assert.doesNotMatch(page.body, ENGINE_ERROR, label);
    const problem = surface.problemOf(page);
    assert.ok(problem.includes(`„${parameter}“`), `${label}: the message names ${parameter}: ${problem}`);
    assert.match(problem, /Parameter|muss|darf|kann/, `${label}: a German message: ${problem}`);
    await ordinarySearchWorks(surface);
  }
}

const FTS_CHARACTERS = ['"', '*', 'NEAR(', '-', ':', '^'];

for (const surface of surfaces) {
  describe(`bad input: ${surface.name}`, () => {
    const q = (value: string) => rawQuery([['q', value]]);

    test('empty query', async () => {
      const [empty, missing] = await expectAnswered(surface, [q(''), '']);
      if (surface.name === 'API') {
        for (const page of [empty!, missing!]) assert.equal((JSON.parse(page.body) as ApiAnswer).total, 0);
      } else {
        assert.equal(empty!.document.querySelector('.search-hits'), null);
      }
    });

    test('whitespace only', async () => {
      const pages = await expectAnswered(surface, [q('   '), q('\t\n'), q('\u00a0\u2003')]);
      for (const page of pages) {
        if (surface.name === 'API') assert.equal((JSON.parse(page.body) as ApiAnswer).total, 0);
        else assert.match(page.body, /Geben Sie ein, wonach Sie suchen/);
      }
    });

    test('a 10,000-character query is searched by its beginning', async () => {
      const words = `Kormoranzählung ${'Meer '.repeat(2_000)}`.slice(0, 10_000);
      const [page] = await expectAnswered(surface, [q(words), q(`${'Leuchtturmwärter '.repeat(600)}`.slice(0, 10_000))]);
      if (surface.name === 'API') {
        const json = JSON.parse(page!.body) as ApiAnswer;
        assert.equal(json.truncated, true);
        assert.ok(json.query.length <= 500);
      } else {
        assert.match(page!.body, /Ihre Suchanfrage war sehr lang/);
        assert.ok((page!.document.querySelector('#suchbegriff')?.getAttribute('value') ?? '').length > 0);
      }
    });

    test(
      'a 10,000-character single word is answered within two seconds',
      async () => {
        const started = performance.now();
        await expectAnswered(surface, [q('x'.repeat(10_000))]);
        const elapsed = performance.now() - started;
        assert.ok(elapsed < 2_000, `took ${Math.round(elapsed)} ms`);
      },
    );

    test(
      'a long word with umlauts or ß is answered, not a 500',
      async () => {
        await expectAnswered(surface, [q('ä'.repeat(600)), q(`Kormoranzählung ${'ß'.repeat(600)}`), q('Straßenbahnüberführung'.repeat(30))]);
      },
    );

    test('each FTS syntax character alone', async () => {
      const pages = await expectAnswered(surface, FTS_CHARACTERS.flatMap((character) => [q(character), q(character.repeat(3))]));
      assert.equal(pages.length, FTS_CHARACTERS.length * 2);
    });

    test('FTS syntax characters mixed into words still find the words', async () => {
      const inputs = [
        '"Kormoranzählung',
        'Kormoranzählung"',
        'Kormoranzählung*',
        'Kormoran*',
        'NEAR(Kormoranzählung',
        'NEAR(Kormoranzählung Schlei)',
        'NEAR(Kormoranzählung Schlei, 2)',
        'Kormoranzählung:',
        'headline_terms:Kormoranzählung',
        '{headline_terms}:Kormoranzählung',
        '^Kormoranzählung',
        'Kormoranzählung^',
        'Kormoranzählung -',
        'Kormoranzählung AND OR NOT',
        'Kormoranzählung -Pinguin',
      ];
      const pages = await expectAnswered(surface, inputs.map(q));
      pages.forEach((page, i) => {
        if (surface.name === 'API') {
          const ids = (JSON.parse(page.body) as ApiAnswer).results.map((result) => result.id);
          assert.ok(ids.includes(kormoran.id), `${inputs[i]}: ${ids.join(', ')}`);
        } else {
          assert.ok(hitsOf(page).some((hit) => hit.path === articlePath(kormoran)), inputs[i]);
        }
      });
      // And the one that excludes it.
      const [excluded] = await expectAnswered(surface, [q('Schlei -Kormoranzählung')]);
      if (surface.name === 'API') assert.ok(!(JSON.parse(excluded!.body) as ApiAnswer).results.some((result) => result.id === kormoran.id));
      else assert.ok(!hitsOf(excluded!).some((hit) => hit.path === articlePath(kormoran)));
    });

    test('unbalanced quotes', async () => {
      await expectAnswered(surface, [q('"Kormoranzählung an der'), q('„Kormoranzählung'), q('Kormoranzählung“'), q('"""'), q('"a" "b'), q('„“„')]);
    });

    test('SQL fragments', async () => {
      const before = await server.store.articles.count({});
      await expectAnswered(surface, [
        q("'; DROP TABLE articles; --"),
        q('1 OR 1=1'),
        q("' OR '1'='1"),
        q('Kormoranzählung\'); DELETE FROM search_index; --'),
        q('UNION SELECT * FROM accounts'),
        rawQuery([['q', 'Kormoranzählung'], [surface.names.section, "' OR 1=1 --"]]),
        rawQuery([['q', 'Kormoranzählung'], [surface.names.author, '%']]),
        rawQuery([['q', 'Kormoranzählung'], [surface.names.entity, '_']]),
      ]);
      assert.equal(await server.store.articles.count({}), before, 'no article was touched');
      assert.equal(await server.store.search.size(), before, 'nor the index');
    });

    test('control characters', async () => {
      await expectAnswered(surface, [
        q('\u0000'),
        q('\u0007'),
        q('\u202e'),
        q('Kormoran\u0000zählung'),
        q('\u202eKormoranzählung\u0007'),
        q('\u001b[31mKormoranzählung'),
        rawQuery([['q', 'Kormoranzählung'], [surface.names.author, '\u0000']]),
      ]);
    });

    test('invalid UTF-8 percent-encoding', async () => {
      await expectAnswered(surface, [
        'q=%FF',
        'q=Kormoranz%FFhlung',
        'q=%C3%28',
        'q=%E2%82',
        'q=%',
        'q=%zz',
        `q=Kormoranz%C3%A4hlung&${surface.names.section}=%FF`,
      ]);
    });

    test('HTML in the query is shown as text, never as markup', async () => {
      const [page] = await expectAnswered(surface, [q('<script>alert(1)</script> Kormoranzählung "><img src=x onerror=alert(1)>')]);
      assert.doesNotMatch(page!.body, /<script>alert|<img src=x/i);
    });

    test('non-numeric or too large page and limit', async () => {
      const { page, limit } = surface.names;
      const cases: [string, string][] = ['abc', '0', '-1', '1.5', '1e3', '101', '99999999999', '２'].map((value) => [
        rawQuery([['q', 'Kormoranzählung'], [page, value]]),
        page,
      ]);
      if (limit) {
        for (const value of ['abc', '0', '51', '-5', '1000000']) cases.push([rawQuery([['q', 'Kormoranzählung'], [limit, value]]), limit]);
      }
      await expectRefused(surface, cases);
    });

    test('malformed dates', async () => {
      const { from, to } = surface.names;
      const cases: [string, string][] = [];
      for (const value of ['2025-02-31', 'gestern', '25.04.2025', '2025-13-01', '2025-4-1', "2025-04-01' OR 1=1"]) {
        cases.push([rawQuery([['q', 'Kormoranzählung'], [from, value]]), from]);
        cases.push([rawQuery([['q', 'Kormoranzählung'], [to, value]]), to]);
      }
      await expectRefused(surface, cases);
    });

    test('from after to', async () => {
      const { from, to } = surface.names;
      await expectRefused(surface, [
        [rawQuery([['q', 'Kormoranzählung'], [from, '2025-05-01'], [to, '2025-04-01']]), from],
        [rawQuery([['q', 'Kormoranzählung'], [from, '2025-05-01'], [to, '2025-04-01']]), to],
      ]);
    });

    test('unknown order', async () => {
      const { order } = surface.names;
      await expectRefused(surface, ['alphabetisch', 'DESC', 'relevance; DROP TABLE articles', '1'].map((value) => [rawQuery([['q', 'Kormoranzählung'], [order, value]]), order]));
    });

    test(
      'an order named like an Object property is unknown too',
      async () => {
        const { order } = surface.names;
        await expectRefused(surface, ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((value) => [rawQuery([['q', 'Kormoranzählung'], [order, value]]), order]));
      },
    );

    test('an over-long filter value', async () => {
      const { section, author, entity } = surface.names;
      await expectRefused(surface, [section, author, entity].map((name) => [rawQuery([['q', 'Kormoranzählung'], [name, 'x'.repeat(201)]]), name]));
    });
  });
}
