import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { openReadingStore } from '../src/store/reading/open-reading-store.ts';
import type { ReadingRepository } from '../src/store/reading-repository.ts';
import { testSite } from './helpers/test-site.ts';
import { encodeHistory } from '../src/web/reading/history-cookie.ts';
import { readingRoutes, type ReadingRouteOptions } from '../src/web/reading/reading-routes.ts';
import { tempDir } from './helpers/temp-dir.ts';

/**
 * The reading beacon (`POST /lesen`), its image fallback and the privacy
 * page, mounted in a site like the real one (whose own 404 and 500 pages
 * are HTML) over a real reading store. Clients are told apart by
 * X-Forwarded-For behind a trusted proxy.
 */

const siteUrl = 'https://zeitung.example';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const start = Date.UTC(2026, 10, 20, 9, 0);
const articles = Array.from({ length: 250 }, (_, index) => `artikel-${String(index).padStart(3, '0')}`);
const [a, b, c, d] = articles as [string, string, string, string];

const site = testSite({ baseUrl: siteUrl });

interface Setup {
  reading: ReadingRepository;
  site: Hono;
  flush: () => Promise<void>;
  clock: { ms: number };
  blockCalls: { currentId: string; history: readonly string[] }[];
  errors: unknown[];
}

async function setup(overrides: Partial<ReadingRouteOptions> = {}): Promise<Setup> {
  const reading = await openReadingStore(join(await tempDir(), 'lesen.sqlite'));
  const clock = { ms: start };
  const blockCalls: Setup['blockCalls'] = [];
  const errors: unknown[] = [];
  const published = new Set(articles);
  const routes = readingRoutes({
    reading,
    isPublishedArticle: async (id) => published.has(id),
    personalBlock: async (currentId, history) => {
      blockCalls.push({ currentId, history });
      return `<div class="recommendations-list">${history.join(' ')}</div>`;
    },
    siteUrl,
    trustProxy: true,
    retentionDays: async () => 42,
    siteContext: async () => site,
    now: () => new Date(clock.ms),
    flushIntervalMs: 60_000,
    logError: (error) => errors.push(error),
    ...overrides,
  });
  after(async () => {
    await routes.close();
    await reading.close();
  });
  // The site around it answers HTML for what it does not know, as the real one does.
  const app = new Hono();
  app.route('/', routes.app);
  app.notFound((c) => c.html('<!doctype html><title>404</title>', 404));
  app.onError((_error, c) => c.html('<!doctype html><title>500</title>', 500));
  return { reading, site: app, flush: routes.flush, clock, blockCalls, errors };
}

interface Answer {
  status: number;
  headers: Headers;
  json: { counted?: boolean; reason?: string; block?: string | null; error?: { code: string; message: string } };
  setCookies: string[];
}

/** A reader's browser: its address, its cookies kept as a browser keeps them, requests from our own pages. */
class Reader {
  readonly jar = new Map<string, string>();
  readonly #app: Hono;
  readonly #address: string;
  readonly #headers: Record<string, string>;

  constructor(app: Hono, address: string, headers: Record<string, string> = {}) {
    this.#app = app;
    this.#address = address;
    this.#headers = headers;
  }

  async beacon(articleId: string, init: { body?: BodyInit; headers?: Record<string, string>; keepCookies?: boolean } = {}): Promise<Answer> {
    const response = await this.request('/lesen', {
      method: 'POST',
      body: init.body ?? new URLSearchParams({ artikel: articleId }),
      headers: { Origin: siteUrl, 'Sec-Fetch-Site': 'same-origin', ...init.headers },
      keepCookies: init.keepCookies,
    });
    const text = await response.text();
    assertNoHtml(response, text);
    return { status: response.status, headers: response.headers, json: JSON.parse(text), setCookies: response.headers.getSetCookie() };
  }

  async request(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string>; keepCookies?: boolean } = {}): Promise<Response> {
    const headers: Record<string, string> = { 'User-Agent': firefox, 'X-Forwarded-For': this.#address, ...this.#headers, ...init.headers };
    if (this.jar.size > 0 && !('Cookie' in headers)) headers['Cookie'] = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
    // A stream body needs `duplex`, which TypeScript's RequestInit does not know yet.
    const request: RequestInit & { duplex?: 'half' } = { method: init.method ?? 'GET', body: init.body, headers };
    if (init.body instanceof ReadableStream) request.duplex = 'half';
    const response = await this.#app.request(path, request);
    if (init.keepCookies !== false) {
      for (const line of response.headers.getSetCookie()) {
        const name = line.slice(0, line.indexOf('='));
        const value = line.slice(name.length + 1, line.indexOf(';'));
        if (/Max-Age=0/i.test(line)) this.jar.delete(name);
        else this.jar.set(name, value);
      }
    }
    return response;
  }
}

function assertNoHtml(response: Response, text: string): void {
  const type = response.headers.get('content-type') ?? '';
  assert.match(type, /^(application\/json|image\/gif)/, `${response.status}: ${type}`);
  assert.doesNotMatch(text, /<!doctype|<html/i);
  assert.equal(response.headers.get('cache-control'), 'no-store');
}

const historyCookieOf = (answer: Answer) => answer.setCookies.find((line) => line.startsWith('depesche_gelesen='));

async function totals(reading: ReadingRepository, ids: readonly string[] = articles): Promise<Record<string, number>> {
  return Object.fromEntries(await reading.totals(ids));
}

describe('POST /lesen', () => {
  test('counts a read, remembers it in a signed HttpOnly cookie and answers the reader’s own picks', async () => {
    const { site, reading, flush, blockCalls } = await setup();
    const erika = new Reader(site, '192.0.2.10');
    const first = await erika.beacon(a);
    assert.equal(first.status, 200);
    assert.deepEqual(first.json, { counted: true, block: '<div class="recommendations-list"></div>' });
    const cookie = historyCookieOf(first);
    assert.ok(cookie, 'history cookie set');
    assert.match(cookie, /; Max-Age=2592000; Path=\/; HttpOnly; Secure; SameSite=Lax$/);

    const second = await erika.beacon(b);
    assert.deepEqual(second.json, { counted: true, block: `<div class="recommendations-list">${a}</div>` });
    assert.deepEqual(blockCalls.at(-1), { currentId: b, history: [a] });

    await flush();
    assert.deepEqual(await totals(reading), { [a]: 1, [b]: 1 });
    const { coReads } = await reading.signals(0);
    assert.deepEqual(coReads, [{ fromId: a, toId: b, reads: 1 }]);
  });

  test('Secure is left off for a site on plain http', async () => {
    const { site } = await setup({ siteUrl: 'http://localhost:3000' });
    const answer = await new Reader(site, '192.0.2.11').beacon(a, { headers: { Origin: 'http://localhost:3000' } });
    assert.equal(answer.status, 200);
    assert.doesNotMatch(historyCookieOf(answer) ?? '', /Secure/);
    assert.match(historyCookieOf(answer) ?? '', /HttpOnly; SameSite=Lax/);
  });

  test('a forged or oversized history cookie is no history: counted, no pairs, replaced by a fresh one', async () => {
    const { site, reading, flush, blockCalls } = await setup();
    const otherSecret = new Uint8Array(32).fill(7);
    const forgeries = [
      `${a}.${b}.gefälscht`,
      encodeHistory([a, b], otherSecret),
      `${a}.${'x'.repeat(1600)}`,
      encodeHistory([a], await reading.cookieSecret()).slice(0, -3),
    ];
    for (const [index, forged] of forgeries.entries()) {
      const reader = new Reader(site, `192.0.2.${20 + index}`);
      const answer = await reader.beacon(c, { headers: { Cookie: `depesche_gelesen=${forged}` } });
      assert.equal(answer.status, 200, forged.slice(0, 30));
      assert.equal(answer.json.counted, true);
      assert.deepEqual(blockCalls.at(-1)?.history, [], 'the picks are not built from the forged history');
      assert.ok(historyCookieOf(answer), 'replaced');
    }
    await flush();
    assert.deepEqual(await totals(reading), { [c]: 4 });
    assert.deepEqual((await reading.signals(0)).coReads, [], 'no pair from a forged history');
  });

  test('unknown and malformed ids, missing, repeated and oversized fields are refused in German JSON', async () => {
    const { site, reading, flush } = await setup();
    const reader = new Reader(site, '192.0.2.30');
    const form = 'application/x-www-form-urlencoded';
    const cases: { name: string; body: BodyInit; headers?: Record<string, string>; status: number; code: string; message: RegExp }[] = [
      { name: 'unknown id', body: 'artikel=artikel-gibt-es-nicht', status: 404, code: 'not_found', message: /veröffentlichten Artikel mit der ID „artikel-gibt-es-nicht“/ },
      { name: 'malformed id', body: 'artikel=%3Cscript%3E', status: 400, code: 'invalid_input', message: /Artikel-ID/ },
      { name: 'too short', body: 'artikel=abc', status: 400, code: 'invalid_input', message: /6–64 Zeichen/ },
      { name: 'too long', body: `artikel=${'a'.repeat(65)}`, status: 400, code: 'invalid_input', message: /6–64 Zeichen/ },
      { name: 'empty body', body: '', status: 400, code: 'invalid_input', message: /„artikel“ fehlt/ },
      { name: 'other field', body: 'id=artikel-000', status: 400, code: 'invalid_input', message: /„artikel“ fehlt/ },
      { name: 'repeated field', body: `artikel=${a}&artikel=${b}`, status: 400, code: 'invalid_input', message: /nur einmal/ },
      { name: 'JSON body', body: JSON.stringify({ artikel: a }), headers: { 'Content-Type': 'application/json' }, status: 415, code: 'unsupported_media', message: /Formular/ },
      { name: 'oversized body', body: `artikel=${a}&${'x'.repeat(5000)}`, status: 413, code: 'file_too_large', message: /zu groß/ },
      {
        name: 'oversized body without a length',
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(`artikel=${a}&`.repeat(10)));
            controller.close();
          },
        }),
        status: 413,
        code: 'file_too_large',
        message: /zu groß/,
      },
    ];
    for (const { name, body, headers, status, code, message } of cases) {
      const answer = await reader.beacon(a, { body, headers: { 'Content-Type': form, ...headers } });
      assert.equal(answer.status, status, name);
      assert.equal(answer.json.error?.code, code, name);
      assert.match(answer.json.error?.message ?? '', message, name);
      assert.equal(historyCookieOf(answer), undefined, `${name}: no cookie`);
    }
    const missing = await site.request('/lesen', { method: 'POST', headers: { 'User-Agent': firefox } });
    assertNoHtml(missing, await missing.text());
    assert.equal(missing.status, 415, 'no body at all');
    await flush();
    assert.deepEqual(await totals(reading), {});
  });

  test('requests that another site started are refused before the body is read, and count nothing', async () => {
    const { site, reading, flush } = await setup();
    const reader = new Reader(site, '192.0.2.31');
    const foreign: Record<string, string>[] = [
      { Origin: 'https://andere.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: '', 'Sec-Fetch-Site': '', Referer: 'https://andere.example/seite' },
    ];
    for (const headers of foreign) {
      const answer = await reader.beacon(a, { headers, body: `artikel=${a}&${'x'.repeat(5000)}` });
      assert.equal(answer.status, 403, JSON.stringify(headers));
      assert.equal(answer.json.error?.code, 'forbidden');
      assert.match(answer.json.error?.message ?? '', /nur von Seiten dieser Website/);
    }
    // The address the request was sent to counts as our own too (localhost while the setting names the public address).
    const local = await reader.beacon(a, { headers: { Origin: 'http://localhost' } });
    assert.equal(local.status, 200);
    const silent = await reader.beacon(b, { headers: { Origin: '', 'Sec-Fetch-Site': '' } });
    assert.equal(silent.status, 200, 'a client that says nothing is left to the throttle');
    await flush();
    assert.deepEqual(await totals(reading), { [a]: 1, [b]: 1 });
  });

  test('bots are answered but not counted, and get no cookie', async () => {
    const { site, reading, flush } = await setup();
    for (const [index, userAgent] of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'curl/8.5.0', 'python-requests/2.32', ''].entries()) {
      const answer = await new Reader(site, `192.0.2.${40 + index}`, { 'User-Agent': userAgent }).beacon(a);
      assert.equal(answer.status, 200, userAgent);
      assert.deepEqual(answer.json, { counted: false, reason: 'bot', block: null }, userAgent);
      assert.deepEqual(answer.setCookies, [], userAgent);
    }
    await flush();
    assert.deepEqual(await totals(reading), {});
  });

  test('a flood of 500 beacons from one reader for one article counts once; the rest are duplicates, then 429', async () => {
    const { site, reading, flush } = await setup();
    const flooder = new Reader(site, '203.0.113.5');
    const statuses = new Map<string, number>();
    let retryAfter: string | null = null;
    for (let i = 0; i < 500; i++) {
      // Half the time with the cookie the server sent back, half with none.
      const answer = await flooder.beacon(a, { headers: i % 2 === 0 ? {} : { Cookie: '' }, keepCookies: i % 2 === 0 });
      const key = answer.status === 200 ? `200 ${answer.json.counted ? 'counted' : answer.json.reason}` : String(answer.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
    }
    assert.deepEqual(Object.fromEntries(statuses), { '200 counted': 1, '200 duplicate': 19, '429': 480 });
    assert.equal(retryAfter, '15');
    await flush();
    assert.deepEqual(await totals(reading), { [a]: 1 });
  });

  test('200 beacons for different articles from one client: only the bucket’s worth counts, exactly', async () => {
    const { site, reading, flush, clock } = await setup();
    const flooder = new Reader(site, '203.0.113.6');
    const counted: string[] = [];
    for (const id of articles.slice(0, 200)) {
      const answer = await flooder.beacon(id);
      if (answer.status === 200 && answer.json.counted) counted.push(id);
      else assert.equal(answer.status, 429, id);
    }
    assert.equal(counted.length, 20);
    // A minute later, four more have trickled into the bucket.
    clock.ms += 60_000;
    for (const id of articles.slice(200, 210)) {
      const answer = await flooder.beacon(id);
      if (answer.status === 200 && answer.json.counted) counted.push(id);
    }
    assert.equal(counted.length, 24);
    // Another client is not held up by the flood.
    const other = articles.at(-1)!;
    assert.equal((await new Reader(site, '203.0.113.7').beacon(other)).json.counted, true);
    await flush();
    assert.deepEqual(await totals(reading), Object.fromEntries([...counted, other].map((id) => [id, 1])));
  });

  test('the same request replayed, and a reload within 30 minutes, count once; after 30 minutes again', async () => {
    const { site, reading, flush, clock } = await setup();
    const reader = new Reader(site, '192.0.2.50');
    await reader.beacon(b);
    const cookie = `depesche_gelesen=${reader.jar.get('depesche_gelesen')}`;
    assert.equal((await reader.beacon(a, { headers: { Cookie: cookie }, keepCookies: false })).json.counted, true);
    for (let i = 0; i < 5; i++) {
      const replay = await reader.beacon(a, { headers: { Cookie: cookie }, keepCookies: false });
      assert.deepEqual({ counted: replay.json.counted, reason: replay.json.reason }, { counted: false, reason: 'duplicate' });
      assert.equal(typeof replay.json.block, 'string', 'a reload still gets the reader’s picks');
    }
    clock.ms += 29 * 60_000;
    assert.equal((await reader.beacon(a)).json.reason, 'duplicate');
    clock.ms += 2 * 60_000;
    assert.equal((await reader.beacon(a)).json.counted, true);
    await flush();
    assert.deepEqual(await totals(reading), { [a]: 2, [b]: 1 });
  });

  for (const [name, headers] of [
    ['DNT: 1', { DNT: '1' }],
    ['Sec-GPC: 1', { 'Sec-GPC': '1' }],
    ['the opt-out cookie', { Cookie: 'depesche_personalisierung=aus' }],
  ] as const) {
    test(`with ${name}: counted, but no history cookie, no pairs, no personal picks`, async () => {
      const { site, reading, flush, blockCalls } = await setup();
      const reader = new Reader(site, '192.0.2.60', headers);
      const history = encodeHistory([b, c], await reading.cookieSecret());
      const first = await reader.beacon(a, {
        headers: { Cookie: [headers.Cookie, `depesche_gelesen=${history}`].filter(Boolean).join('; ') },
      });
      assert.deepEqual(first.json, { counted: true, block: null });
      assert.match(historyCookieOf(first) ?? '', /^depesche_gelesen=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Lax$/, 'an existing history is deleted');
      const second = await reader.beacon(d);
      assert.deepEqual(second.json, { counted: true, block: null });
      assert.deepEqual(second.setCookies, [], 'nothing remembered');
      assert.deepEqual(blockCalls, []);
      await flush();
      assert.deepEqual(await totals(reading), { [a]: 1, [d]: 1 });
      assert.deepEqual((await reading.signals(0)).coReads, []);
    });
  }

  test('picks that fail to build leave the page’s own: the read still counts', async () => {
    const { site, errors } = await setup({
      personalBlock: async () => {
        throw new Error('Empfehlungen kaputt');
      },
    });
    const answer = await new Reader(site, '192.0.2.70').beacon(a);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.json, { counted: true, block: null });
    assert.match(String(errors[0]), /Empfehlungen kaputt/);
  });

  test('a failing article lookup is a JSON 500, never an error page', async () => {
    const { site, errors } = await setup({
      isPublishedArticle: async () => {
        throw new Error('Datenbank weg');
      },
    });
    const answer = await new Reader(site, '192.0.2.71').beacon(a);
    assert.equal(answer.status, 500);
    assert.equal(answer.json.error?.code, 'internal_error');
    assert.doesNotMatch(answer.json.error?.message ?? '', /Datenbank weg/);
    assert.equal(errors.length, 1);
  });

  test('other methods and addresses under /lesen answer JSON', async () => {
    const { site } = await setup();
    const reader = new Reader(site, '192.0.2.72');
    for (const [method, path, status] of [
      ['GET', '/lesen', 405],
      ['PUT', '/lesen', 405],
      ['GET', '/lesen/etwas', 404],
      ['POST', '/lesen/artikel-000.gif', 404],
      ['GET', '/lesen/a/b', 404],
    ] as const) {
      const response = await reader.request(path, { method, headers: { Origin: siteUrl } });
      assertNoHtml(response, await response.text());
      assert.equal(response.status, status, `${method} ${path}`);
    }
  });
});

describe('GET /lesen/<id>.gif, for readers without JavaScript', () => {
  test('a transparent GIF that counts like the beacon, dedups with it, and keeps the history', async () => {
    const { site, reading, flush } = await setup();
    const reader = new Reader(site, '192.0.2.80');
    const pixel = (id: string, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin', Referer: `${siteUrl}/nachrichten/x` }) =>
      reader.request(`/lesen/${id}.gif`, { headers });
    const first = await pixel(a);
    const bytes = new Uint8Array(await first.arrayBuffer());
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'image/gif');
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    assert.deepEqual([info.format, info.width, info.height, [...data]], ['raw', 1, 1, [0, 0, 0, 0]], 'one transparent pixel');
    assert.ok(reader.jar.has('depesche_gelesen'));

    assert.equal((await pixel(a)).status, 200);
    assert.equal((await reader.beacon(a)).json.reason, 'duplicate', 'the beacon after the pixel');
    assert.equal((await pixel(b)).status, 200);
    assert.equal((await pixel('artikel-gibt-es-nicht')).status, 404);
    assert.equal((await pixel('%3Cscript%3E')).status, 400);
    assert.equal((await pixel(c, { 'Sec-Fetch-Site': 'cross-site' })).status, 403);
    assert.equal((await pixel(c, { Referer: 'https://andere.example/' })).status, 403);
    assert.equal((await reader.request(`/lesen/${d}.gif`, { method: 'HEAD' })).status, 200, 'HEAD is answered');
    for (const response of [await pixel('artikel-gibt-es-nicht'), await pixel('%3Cscript%3E'), await pixel(c, { 'Sec-Fetch-Site': 'cross-site' })]) {
      assertNoHtml(response, await response.text());
    }
    await flush();
    assert.deepEqual(await totals(reading), { [a]: 1, [b]: 1 }, 'not c (foreign), not d (HEAD)');
    assert.deepEqual((await reading.signals(0)).coReads, [{ fromId: a, toId: b, reads: 1 }]);
  });

  test('a flood of pixels is throttled with Retry-After, and still an image', async () => {
    const { site, reading, flush } = await setup();
    const reader = new Reader(site, '203.0.113.9');
    const statuses: number[] = [];
    for (const id of articles.slice(0, 30)) {
      const response = await reader.request(`/lesen/${id}.gif`);
      assertNoHtml(response, await response.text());
      statuses.push(response.status);
      if (response.status === 429) assert.equal(response.headers.get('retry-after'), '15');
    }
    assert.deepEqual(statuses, [...Array(20).fill(200), ...Array(10).fill(429)]);
    await flush();
    assert.equal(Object.keys(await totals(reading)).length, 20);
  });
});

describe('/datenschutz', () => {
  test('says what is stored: both cookies with their content and lifetime, the aggregates and how long they are kept', async () => {
    const { site } = await setup();
    const response = await site.request('/datenschutz');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { document } = parseHTML(await response.text());
    const text = document.body.textContent.replace(/\s+/g, ' ');
    const cookies = [...document.querySelectorAll('dt code')].map((code) => code.textContent);
    assert.deepEqual(cookies, ['depesche_gelesen', 'depesche_personalisierung', 'depesche_anmeldung', 'depesche_sitzung']);
    assert.match(text, /letzten bis zu 20 Artikel/);
    assert.match(text, /30 Tage nach dem zuletzt gelesenen Artikel/);
    assert.match(text, /für ein Jahr/);
    assert.match(text, /je Stunde/);
    assert.match(text, /je Tag/);
    assert.match(text, /42 Tage aufbewahrt und danach gelöscht/);
    assert.match(text, /keine IP-Adresse/);
    assert.match(text, /spätestens 31 Minuten nach Ihrem letzten Aufruf vergessen/);
    assert.match(text, /DNT: 1/);
    assert.match(text, /Sec-GPC: 1/);
    assert.match(text, /keine Skripte, Schriften, Bilder, Werbung oder Statistikdienste Dritter/);
    assert.ok(document.querySelector('#personalisierung'), 'the opt-out section');
    assert.equal(document.querySelector('#personalisierung ~ form input[name="aktion"]')?.getAttribute('value'), 'aus');
  });

  test('switching personalisation off and on: cookies set and deleted, back to the section, foreign posts refused', async () => {
    const { site, reading } = await setup();
    const reader = new Reader(site, '192.0.2.90');
    await reader.beacon(a);
    assert.ok(reader.jar.has('depesche_gelesen'));
    const post = (aktion: string, headers: Record<string, string> = { Origin: siteUrl }) =>
      reader.request('/datenschutz/personalisierung', {
        method: 'POST',
        body: new URLSearchParams({ aktion }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      });

    const off = await post('aus');
    assert.equal(off.status, 303);
    assert.equal(off.headers.get('location'), '/datenschutz#personalisierung');
    const offCookies = off.headers.getSetCookie();
    assert.ok(offCookies.some((line) => /^depesche_personalisierung=aus; Max-Age=31536000; Path=\/; HttpOnly; Secure; SameSite=Lax$/.test(line)), offCookies.join('\n'));
    assert.ok(offCookies.some((line) => /^depesche_gelesen=; Max-Age=0;/.test(line)));
    assert.deepEqual([...reader.jar.keys()], ['depesche_personalisierung']);
    const state = await reader.request('/datenschutz/personalisierung');
    const page = parseHTML(await state.text()).document;
    assert.match(page.querySelector('#personalisierung')?.parentElement?.textContent ?? '', /ausgeschaltet/);
    assert.equal(page.querySelector('input[name="aktion"]')?.getAttribute('value'), 'an');
    assert.deepEqual((await reader.beacon(b)).json, { counted: true, block: null });

    const on = await post('an');
    assert.equal(on.status, 303);
    assert.ok(on.headers.getSetCookie().some((line) => /^depesche_personalisierung=; Max-Age=0;/.test(line)));
    assert.equal(reader.jar.size, 0);
    assert.equal(typeof (await reader.beacon(c)).json.block, 'string');

    assert.equal((await post('aus', { Origin: 'https://andere.example' })).status, 403);
    assert.equal((await post('aus', { 'Sec-Fetch-Site': 'cross-site' })).status, 403);
    assert.equal((await post('vielleicht')).status, 400);
    assert.ok(!reader.jar.has('depesche_personalisierung'), 'nothing changed by the refused posts');
    void reading;
  });

  test('the browser’s own signal is shown and wins over the setting', async () => {
    const { site } = await setup();
    const response = await site.request('/datenschutz/personalisierung', { headers: { 'Sec-GPC': '1' } });
    const text = parseHTML(await response.text()).document.body.textContent;
    assert.match(text, /Ihr Browser sendet „Global Privacy Control“/);
    assert.doesNotMatch(text, /ist eingeschaltet/);
  });
});
