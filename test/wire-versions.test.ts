import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fetchPolicy } from '../src/fetch/fetch-policy.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { WireDesk } from '../src/wire/wire-desk.ts';
import { tempDir } from './helpers/temp-dir.ts';

/**
 * An agency sends a story, then a longer version of it under a new id. While
 * no person has touched the draft, the longer text takes its place (one
 * draft, both sources); once an editor has worked on it, nothing of theirs is
 * overwritten: the next version becomes a draft of its own in the same story.
 */
const paragraphs = [
  'Bei einem Zugunglück in der Nähe von Ulm sind am Morgen mehrere Menschen verletzt worden. Ein Regionalzug war mit einem Baustellenfahrzeug zusammengestoßen.',
  'Die Strecke zwischen Ulm und Augsburg ist gesperrt. Die Bahn richtete einen Ersatzverkehr mit Bussen ein, Reisende müssen mit Verspätungen rechnen.',
  'Die Staatsanwaltschaft hat Ermittlungen aufgenommen. Geprüft wird, warum sich das Baustellenfahrzeug zur Unfallzeit auf dem Gleis befand.',
];
const more = [
  'Nach Angaben der Polizei wurden insgesamt vierzehn Menschen verletzt, drei von ihnen schwer. Unter den Verletzten ist auch der Lokführer.',
  'Der Verkehrsminister kündigte an, sich am Nachmittag selbst ein Bild von der Unfallstelle zu machen. Die Sperrung soll bis zum Abend dauern.',
];
const more2 = ['Am Abend wurde die Strecke wieder freigegeben. Die Ermittler gehen von menschlichem Versagen bei der Sicherung der Baustelle aus.'];

let items: { key: string; title: string; text: string[] }[] = [];
const agency = createServer((_request, response) => {
  const xml = items
    .map((item) => `<item><title>${item.title}</title><guid isPermaLink="false">${item.key}</guid><link>https://agentur.example/${item.key}</link><description>${item.text[0]}</description><content:encoded><![CDATA[${item.text.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`)
    .join('');
  response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
  response.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Agentur Süd</title><link>https://agentur.example/</link><description>Test</description>${xml}</channel></rss>`);
});
await new Promise<void>((resolve) => agency.listen(0, '127.0.0.1', resolve));
after(() => new Promise((resolve) => agency.close(resolve)));

const dir = await tempDir();
const store = await openSqliteStore(join(dir, 'wire.sqlite'));
after(() => store.close());
const desk = new WireDesk({ store, policy: fetchPolicy({ allowLoopback: true }), uploads: { mediaDir: join(dir, 'media') } });
const feed = await store.wire.addFeed(
  { url: `http://127.0.0.1:${(agency.address() as AddressInfo).port}/feed.xml`, title: 'Agentur Süd', trusted: false, section: null, fetchPages: false, intervalMinutes: 15 },
  { actor: 'test', now: new Date() },
);

test('a longer version replaces the text of a draft no one has touched: one draft, both sources', async () => {
  items = [{ key: 'zug-1', title: 'Zugunglück bei Ulm: mehrere Verletzte', text: paragraphs }];
  await desk.pollNow(feed.id);
  const [first] = await store.wire.inbox({ limit: 10 });
  assert.ok(first);

  items = [{ key: 'zug-2', title: 'Zugunglück bei Ulm: vierzehn Verletzte', text: [...paragraphs, ...more] }, ...items];
  const polled = await desk.pollNow(feed.id);
  assert.match(polled.lastSkipped.join('\n'), /längere Fassung .*ersetzt dessen Text im noch unbearbeiteten Entwurf/);
  const inbox = await store.wire.inbox({ limit: 10 });
  assert.equal(inbox.length, 1, 'still one draft');
  const stored = (await store.articles.get(first.articleId))!;
  assert.equal(stored.article.headline, 'Zugunglück bei Ulm: vierzehn Verletzte');
  assert.ok(stored.article.body.some((block) => block.text.includes('vierzehn Menschen verletzt')), 'the longer text');
  assert.deepEqual(stored.article.sources.map((s) => s.url), ['https://agentur.example/zug-1', 'https://agentur.example/zug-2']);
});

test('once an editor has worked on the draft, the next version is a draft of its own in the same story', async () => {
  const [entry] = await store.wire.inbox({ limit: 10 });
  const stored = (await store.articles.get(entry!.articleId))!;
  const edited = { ...stored.article, lead: 'Von der Redaktion überarbeitet: vierzehn Verletzte bei Ulm.' };
  await store.articles.update(edited, { actor: 'redaktion@example.org', expectedVersion: stored.version });

  items = [{ key: 'zug-3', title: 'Strecke bei Ulm wieder frei', text: [...paragraphs, ...more, ...more2] }, ...items];
  const polled = await desk.pollNow(feed.id);
  assert.match(polled.lastSkipped.join('\n'), /längere Fassung .*schon bearbeitet oder veröffentlicht .*eigener Entwurf in derselben Geschichte/);
  const after = (await store.articles.get(entry!.articleId))!;
  assert.equal(after.article.lead, edited.lead, 'the editor’s work stays');
  const inbox = await store.wire.inbox({ limit: 10 });
  assert.equal(inbox.length, 2);
  const story = await store.wire.storyOf(entry!.articleId);
  assert.deepEqual(story?.articles.map((a) => a.headline).sort(), ['Strecke bei Ulm wieder frei', 'Zugunglück bei Ulm: vierzehn Verletzte']);
});
