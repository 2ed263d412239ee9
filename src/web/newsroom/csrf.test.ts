import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { csrfProtection } from './csrf.ts';
import type { NewsroomEnv } from './newsroom-env.ts';

/** The CSRF middleware in-process, with a fixed token where the session middleware would put one. */
const token = 'T'.repeat(43);
const site = 'https://zeitung.example';

function app(expected = token) {
  const app = new Hono<NewsroomEnv>();
  app.use('/redaktion/*', async (c, next) => {
    c.set('user', null);
    c.set('csrfToken', expected);
    await next();
  });
  app.use('/redaktion/*', csrfProtection({ siteUrl: site, page: { siteName: 'Test', stylesheetPath: '/s.css', iconPath: '/i.svg' } }));
  app.on(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], '/redaktion/ding', async (c) => {
    const body = c.req.method === 'POST' && c.req.header('Content-Type') ? await c.req.parseBody() : {};
    return c.json({ ok: true, titel: body['titel'] ?? null });
  });
  return app;
}

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site },
});

test('reading requests pass without any token', async () => {
  assert.equal((await app().request('/redaktion/ding')).status, 200);
  assert.equal((await app().request('/redaktion/ding', { method: 'HEAD' })).status, 200);
});

test('every state-changing method needs the token', async () => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    const refused = await app().request('/redaktion/ding', { method, headers: { Origin: site } });
    assert.equal(refused.status, 403, method);
    assert.match(await refused.text(), /Anfrage abgewiesen/);
    const accepted = await app().request('/redaktion/ding', { method, headers: { Origin: site, 'X-CSRF-Token': token } });
    assert.equal(accepted.status, 200, method);
  }
});

test('the form field works, and the handler still reads the body afterwards', async () => {
  const response = await app().request('/redaktion/ding', { method: 'POST', ...form({ _csrf: token, titel: 'Überschrift' }) });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { ok: true, titel: 'Überschrift' });
});

test('multipart forms (uploads) carry the field too', async () => {
  const data = new FormData();
  data.set('_csrf', token);
  data.set('titel', 'mit Bild');
  const response = await app().request('/redaktion/ding', { method: 'POST', body: data, headers: { Origin: site } });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { ok: true, titel: 'mit Bild' });
});

test('a wrong, empty or merely similar token is refused; so is any token when the context has none', async () => {
  for (const sent of ['', 'T'.repeat(42), `${'T'.repeat(42)}U`, `${token}T`]) {
    const response = await app().request('/redaktion/ding', { method: 'POST', ...form({ _csrf: sent }) });
    assert.equal(response.status, 403, JSON.stringify(sent));
  }
  const noSession = await app('').request('/redaktion/ding', { method: 'POST', ...form({ _csrf: '' }) });
  assert.equal(noSession.status, 403);
});

test('the origin must be the site\'s own: Origin first, else Referer; neither is refused', async () => {
  const post = (headers: Record<string, string>) =>
    app().request('/redaktion/ding', { method: 'POST', headers: { 'X-CSRF-Token': token, ...headers } });
  assert.equal((await post({ Origin: site })).status, 200);
  assert.equal((await post({ Origin: 'https://evil.example' })).status, 403);
  assert.equal((await post({ Origin: 'http://zeitung.example' })).status, 403, 'http is another origin');
  assert.equal((await post({ Origin: 'https://zeitung.example.evil.example' })).status, 403);
  assert.equal((await post({ Origin: 'null' })).status, 403);
  assert.equal((await post({ Referer: `${site}/redaktion/artikel` })).status, 200);
  assert.equal((await post({ Referer: 'https://evil.example/zeitung.example' })).status, 403);
  assert.equal((await post({ Referer: 'kein url' })).status, 403);
  assert.equal((await post({})).status, 403);
  assert.equal((await post({ Origin: 'https://evil.example', Referer: `${site}/redaktion` })).status, 403, 'Origin wins');
  // app.request() addresses http://localhost: the origin the browser was at.
  assert.equal((await post({ Origin: 'http://localhost' })).status, 200, 'the address the request went to');
  assert.equal((await post({ Origin: 'http://localhost:8080' })).status, 403, 'another port is another origin');
});
