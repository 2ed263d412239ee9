import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fetchPolicy } from '../src/fetch/fetch-policy.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import type { FeedSettings } from '../src/store/wire-repository.ts';
import { WireDesk } from '../src/wire/wire-desk.ts';
import { rssFeed } from './fixtures/wire/wire-fixture-server.ts';
import { tempDir } from './helpers/temp-dir.ts';

/**
 * Feeds that were fine when subscribed and then turned hostile: 50 MB of
 * feed, a server that never finishes its answer, a wrong declared encoding,
 * entity bombs. Each ends as a clear status on its own feed while a good
 * feed polled in the same run goes on; nothing half-written is left.
 */
const timeoutMs = 1_500;
const megabyte = 1024 * 1024;
const open = new Set<ServerResponse>();

const goodFeed = rssFeed('Agentur Gut', [{ key: 'gut-1', headline: 'Stadtwerke senken den Gaspreis', text: 'Die Stadtwerke senken den Gaspreis zum Jahreswechsel um acht Prozent.' }]);
const volltextFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Agentur Volltext</title><link>https://volltext.example/</link><description>Test</description>
<item><title>Hafenfest verschoben</title><link>LINK</link><guid isPermaLink="false">hafen-1</guid><description>Das Hafenfest wird wegen des Sturms um eine Woche verschoben.</description></item>
</channel></rss>`;

const agency = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://agentur').pathname;
  if (path === '/gut.xml') return void response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(goodFeed);
  if (path === '/volltext.xml') {
    const link = `http://127.0.0.1:${(agency.address() as AddressInfo).port}/endlos.html`;
    return void response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(volltextFeed.replace('LINK', link));
  }
  if (path === '/riesig.xml') {
    // 50 MB without a Content-Length: the limit must stop the reading, not the header.
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Riesig</title>');
    const chunk = `<item><title>${'x'.repeat(megabyte - 30)}</title></item>`;
    let sent = 0;
    const pump = () => {
      while (sent < 50) {
        sent++;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end('</channel></rss>');
    };
    response.on('error', () => {});
    return pump();
  }
  if (path === '/endlos.xml' || path === '/endlos.html') {
    // Headers at once, then a byte now and then, for ever.
    response.writeHead(200, { 'Content-Type': path.endsWith('.xml') ? 'application/rss+xml' : 'text/html' });
    open.add(response);
    const timer = setInterval(() => response.write(' '), 100);
    response.on('close', () => {
      clearInterval(timer);
      open.delete(response);
    });
    return void response.write(path.endsWith('.xml') ? '<?xml version="1.0"?><rss version="2.0"><channel>' : '<html><body><p>');
  }
  if (path === '/tief.xml') {
    // One item whose HTML nests 20,000 elements deep, one ordinary item.
    const nested = `${'<div>'.repeat(20_000)}<p>Tief verschachtelt.</p>${'</div>'.repeat(20_000)}`;
    const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tief</title><link>https://tief.example/</link><description>Test</description>
<item><title>Verschachtelte Meldung</title><guid isPermaLink="false">tief-1</guid><description>Kurz.</description><content:encoded><![CDATA[${nested}]]></content:encoded></item>
<item><title>Gewöhnliche Meldung über den Wochenmarkt</title><guid isPermaLink="false">tief-2</guid><description>Der Wochenmarkt zieht auf den Rathausplatz.</description></item>
</channel></rss>`;
    return void response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body);
  }
  if (path === '/viele.xml') {
    const items = Array.from({ length: 205 }, (_, i) => ({ key: `viele-${i}`, headline: `Kurzmeldung ${i + 1}: ${i % 2 ? 'Baustelle' : 'Konzert'} Nummer ${i + 1}`, text: `Meldung ${i + 1} aus dem Rathaus, Vorgang ${i * 7919}.` }));
    if (request.headers['if-none-match'] === '"viele-1"') return void response.writeHead(304).end();
    return void response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"viele-1"' }).end(rssFeed('Viele', items));
  }
  const fixture = { '/latin1.xml': 'latin1-declared-utf8.xml', '/bombe.xml': 'billion-laughs.xml', '/xxe.xml': 'xxe.xml' }[path];
  if (fixture) return void response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(readFileSync(new URL(`./fixtures/feeds/${fixture}`, import.meta.url)));
  response.writeHead(404).end();
});
await new Promise<void>((resolve) => agency.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(agency.address() as AddressInfo).port}`;
after(async () => {
  for (const response of open) response.destroy();
  await new Promise((resolve) => agency.close(resolve));
});

const dir = await tempDir();
const store = await openSqliteStore(join(dir, 'wire.sqlite'));
after(() => store.close());
const desk = new WireDesk({ store, policy: fetchPolicy({ allowLoopback: true, timeoutMs }), uploads: { mediaDir: join(dir, 'media') } });
const settings = (path: string, overrides: Partial<FeedSettings> = {}): FeedSettings => ({
  url: `${base}${path}`,
  title: path,
  trusted: false,
  section: null,
  fetchPages: false,
  intervalMinutes: 15,
  ...overrides,
});

test('each hostile feed gets its own clear status; the good feed in the same run brings its item', async () => {
  const now = new Date();
  for (const path of ['/gut.xml', '/riesig.xml', '/endlos.xml', '/latin1.xml', '/bombe.xml', '/xxe.xml']) {
    await store.wire.addFeed(settings(path), { actor: 'test', now });
  }
  const articlesBefore = await store.articles.count({});
  const started = Date.now();
  const polled = await desk.pollDue();
  const byPath = new Map(polled.map((feed) => [feed.title, feed]));
  assert.equal(polled.length, 6, 'every due feed was polled in the one run');

  assert.equal(byPath.get('/gut.xml')?.lastStatus, 'ok');
  assert.equal(byPath.get('/gut.xml')?.lastNewItems, 1);
  const expected: [string, RegExp][] = [
    ['/riesig.xml', /Antwort größer als 10 MB – abgebrochen/],
    ['/endlos.xml', /Zeitüberschreitung nach 1,5 s.*zu langsam/],
    ['/latin1.xml', /UTF-8.*ungültige Bytes/],
    ['/bombe.xml', /Billion Laughs/],
    ['/xxe.xml', /externe XML-Entitäten.*XXE/],
  ];
  for (const [path, message] of expected) {
    const feed = byPath.get(path)!;
    assert.equal(feed.lastStatus, 'error', path);
    assert.match(feed.lastError ?? '', message, `${path}: ${feed.lastError}`);
    assert.equal(feed.failures, 1, path);
    assert.equal(feed.itemCount, 0, `${path}: nothing half-taken`);
  }
  assert.equal(await store.articles.count({}), articlesBefore + 1, 'only the good item became an article');
  // The never-ending answer was cut off at the deadline, not waited out.
  assert.ok(Date.now() - started < 4 * timeoutMs, `the run took ${Date.now() - started} ms`);
});

test('a linked page that never ends keeps the feed\'s text, and says why', async () => {
  const feed = await store.wire.addFeed(settings('/volltext.xml', { fetchPages: true }), { actor: 'test', now: new Date() });
  const polled = await desk.pollNow(feed.id);
  assert.equal(polled.lastStatus, 'ok');
  assert.equal(polled.lastNewItems, 1);
  assert.match(polled.lastSkipped.join('\n'), /„Hafenfest verschoben“: Seite nicht übernommen .*der Text stammt aus dem Feed/);
  const [article] = await store.articles.list({ headlineContains: 'Hafenfest', limit: 1 });
  assert.equal(article?.lead, 'Das Hafenfest wird wegen des Sturms um eine Woche verschoben.');
});

test('a pasted page that never ends is refused with the reason; nothing is written', async () => {
  const before = await store.articles.count({});
  await assert.rejects(desk.importPage(`${base}/endlos.html`, { email: 'redaktion@example.org' }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'fetch_failed');
    return true;
  });
  assert.equal(await store.articles.count({}), before);
});

test('an item nested thousands deep is taken as text; the poll goes on', async () => {
  const feed = await store.wire.addFeed(settings('/tief.xml'), { actor: 'test', now: new Date() });
  const polled = await desk.pollNow(feed.id);
  assert.equal(polled.lastStatus, 'ok', polled.lastError ?? '');
  assert.equal(polled.lastNewItems, 2);
});

test('a feed with more new items than one poll takes sends no validators until it has read them all', async () => {
  const feed = await store.wire.addFeed(settings('/viele.xml'), { actor: 'test', now: new Date() });
  const first = await desk.pollNow(feed.id);
  assert.equal(first.lastNewItems, 200);
  assert.equal(first.etag, null, 'a 304 must not hide the five left');
  assert.match(first.lastSkipped.join('\n'), /5 weitere neue Meldungen folgen/);
  assert.ok(first.nextFetchAt.getTime() - Date.now() <= 61_000, 'the rest follows within a minute');
  const second = await desk.pollNow(feed.id);
  assert.equal(second.lastStatus, 'ok');
  assert.equal(second.lastNewItems, 5);
  assert.equal(second.etag, '"viele-1"');
  assert.equal((await desk.pollNow(feed.id)).lastStatus, 'not-modified');
});


test('a pasted address that is no web address is refused as a page address', async () => {
  await assert.rejects(desk.importPage('ftp://agentur.example/seite', { email: 'redaktion@example.org' }), /^DepescheError: Die Adresse der Seite muss eine http- oder https-Adresse sein/);
});
