import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fetchPolicy } from '../src/fetch/fetch-policy.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { WireDesk } from '../src/wire/wire-desk.ts';
import { writeTestJpeg } from './helpers/newsroom.ts';
import { tempDir } from './helpers/temp-dir.ts';

/**
 * Agency pictures are copied into our media library when an item or a pasted
 * page comes in: a reader's browser never loads them from the agency (and the
 * pages' security policy would block them). A picture that cannot be copied is
 * left out, with a note on the feed, not shown as a broken image.
 */
const dir = await tempDir();
const jpeg = readFileSync(await writeTestJpeg(dir, 'hafen.jpg', { width: 900, height: 600 }));
const paragraph = 'Im Hamburger Hafen sind am Morgen zwei Containerschiffe zusammengestoßen. Verletzt wurde niemand, die Elbe blieb für den Verkehr offen.';
// Each item tells its own story: the same text twice would be merged as a duplicate.
const stories: Record<string, string> = {
  eins: paragraph,
  // …except this one, the same agency text again under another id.
  'eins-kopie': paragraph,
  zwei: 'In Bremen hat der Senat einen neuen Plan für den Nahverkehr vorgestellt. Busse sollen künftig alle zehn Minuten fahren.',
  drei: 'Der Landtag in Kiel debattiert über die Zukunft der Krankenhäuser auf dem Land. Mehrere Kliniken schreiben rote Zahlen.',
};

let feedXml = '';
const pictureRequests: string[] = [];
const agency = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://agentur').pathname;
  if (path.startsWith('/bilder/')) pictureRequests.push(request.url ?? '');
  if (path === '/feed.xml') return void response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feedXml);
  if (path === '/bilder/hafen.jpg') return void response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(jpeg);
  if (path === '/bilder/kaputt.jpg') return void response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end('keine Bilddaten');
  if (path === '/seite.html') {
    return void response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="de"><head><title>Schiffe kollidieren</title></head><body><article><h1>Schiffe kollidieren</h1>
<figure><img src="/bilder/hafen.jpg" alt="Zwei Schiffe"><figcaption>Die Schiffe am Morgen. Foto: Agentur Nord</figcaption></figure>
<p>${paragraph}</p><p>${paragraph}</p></article></body></html>`);
  }
  response.writeHead(404).end();
});
await new Promise<void>((resolve) => agency.listen(0, '127.0.0.1', resolve));
after(() => new Promise((resolve) => agency.close(resolve)));
const base = `http://127.0.0.1:${(agency.address() as AddressInfo).port}`;

const mediaDir = join(dir, 'media');
const store = await openSqliteStore(join(dir, 'wire.sqlite'));
after(() => store.close());
const desk = new WireDesk({ store, policy: fetchPolicy({ allowLoopback: true }), uploads: { mediaDir, widths: [300, 600] } });
const feed = await store.wire.addFeed(
  { url: `${base}/feed.xml`, title: 'Agentur Nord', trusted: false, section: null, fetchPages: false, intervalMinutes: 15 },
  { actor: 'test', now: new Date() },
);

function item(key: string, picture: string): string {
  return `<item><title>Schiffe kollidieren (${key})</title><guid isPermaLink="false">${key}</guid><link>https://agentur.example/${key}</link>
<description>${stories[key]}</description><enclosure url="${picture}" type="image/jpeg" length="1000"/></item>`;
}
const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Agentur Nord</title><link>https://agentur.example/</link><description>Test</description>${items}</channel></rss>`;

async function inboxArticle(key: string) {
  const [found] = await store.articles.list({ headlineContains: `(${key})`, limit: 5 });
  assert.ok(found, `the item ${key} is in the inbox`);
  return found;
}

test("an item's picture is copied into the media library and the draft points to the copy", async () => {
  feedXml = rss(item('eins', `${base}/bilder/hafen.jpg`));
  await desk.pollNow(feed.id);
  const article = await inboxArticle('eins');
  const src = article.heroImage?.src ?? '';
  assert.match(src, /^\/media\/bilder\/[0-9a-f]{32}\/600\.jpg$/);
  const id = src.split('/')[3]!;
  assert.equal(existsSync(join(mediaDir, 'bilder', id, '600.jpg')), true);
  assert.equal((await store.media.get(id))?.originalName, 'hafen.jpg');
});

test('a picture that cannot be copied is left out, and the feed says why', async () => {
  feedXml = rss(item('zwei', `${base}/bilder/kaputt.jpg`) + item('drei', `${base}/bilder/fehlt.jpg`));
  const polled = await desk.pollNow(feed.id);
  for (const key of ['zwei', 'drei']) assert.equal((await inboxArticle(key)).heroImage, null, key);
  const notes = polled.lastSkipped.join('\n');
  assert.match(notes, /„Schiffe kollidieren \(zwei\)“: Bild .*kaputt\.jpg nicht übernommen: /);
  assert.match(notes, /„Schiffe kollidieren \(drei\)“: Bild .*fehlt\.jpg nicht übernommen: .*404/);
});

test('a copy of an earlier item merges into its draft without fetching its pictures', async () => {
  feedXml = rss(item('eins', `${base}/bilder/hafen.jpg`) + item('eins-kopie', `${base}/bilder/hafen.jpg?kopie`));
  await desk.pollNow(feed.id);
  assert.deepEqual(await store.articles.list({ headlineContains: '(eins-kopie)', limit: 5 }), []);
  assert.equal((await store.wire.originsOf((await inboxArticle('eins')).id)).length, 2);
  assert.equal(pictureRequests.includes('/bilder/hafen.jpg?kopie'), false);
});

test("a pasted page's picture is copied too", async () => {
  const article = await desk.importPage(`${base}/seite.html`, { email: 'redaktion@example.org' });
  assert.match(article.heroImage?.src ?? '', /^\/media\/bilder\/[0-9a-f]{32}\/600\.jpg$/);
  assert.equal(article.heroImage?.credit, 'Agentur Nord');
});
