/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server.ts';
import { launchBrowser, noBrowser } from '../helpers/browser.ts';
import { articleIdOf, createUser, signedInPage, submit, waitUntil, wallClockValue } from '../helpers/newsroom.ts';
import { sampleArticle } from '../helpers/sample-article.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * Scheduled publication: a Redakteur picks a time in the editor (Berlin wall
 * clock, as the form shows it); the article stays off the reader site until
 * then and appears on its own afterwards. And a server that was down at that
 * time publishes it as soon as it is back.
 *
 * The form takes whole minutes, so waiting for a real minute would cost up
 * to a minute per run. Instead the server's scheduler runs on a clock the
 * test sets ahead once the article is scheduled, so that the chosen minute
 * arrives three seconds later; the web app itself keeps the real clock.
 */
let schedulerAheadMs = 0;
const server = await ownServer(await tempDir(), { DEPESCHE_SCHEDULER_SECONDS: '0.2' }, () => new Date(Date.now() + schedulerAheadMs));
const browser = noBrowser ? null : await launchBrowser();
const redakteur = await createUser(server, 'redakteur', 'Rita Redakteurin');

const status = async (path: string) => (await fetch(server.url + path, { redirect: 'manual' })).status;
const sectionFrontLists = async (path: string, headline: string) => {
  const response = await fetch(server.url + path);
  return response.status === 200 && (await response.text()).includes(headline);
};

describe('scheduled publication', { skip: noBrowser }, () => {
  test('an article scheduled in the editor appears on the reader site at its time, not before', async () => {
    const { context, page } = await signedInPage(browser!, server.url, redakteur);
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await page.getByLabel('Ressort').fill('Zeitgeschehen');
    await page.getByLabel('Überschrift').fill('Pünktlich um die volle Minute');
    await page.getByLabel('Vorspann').fill('Dieser Artikel erscheint zur geplanten Zeit.');
    await page.getByLabel('Text (Markdown)').fill('Und keinen Augenblick früher.');

    // The next whole minute at least 10 s away, as a person in Berlin would type it.
    const due = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000);
    const wallClock = wallClockValue(due, 'Europe/Berlin');
    await page.getByLabel('Veröffentlichung (Datum und Uhrzeit)').fill(wallClock);
    await submit(page, page.getByRole('button', { name: 'Zeitgesteuert veröffentlichen' }));
    const scheduledAt = Date.now();
    assert.equal(await page.getByRole('status').innerText(), 'Zeitgesteuerte Veröffentlichung ist geplant.');
    assert.equal(await page.locator('.nr-editor-head .nr-status').innerText(), 'Geplant');
    assert.equal(await page.getByLabel('Veröffentlichung (Datum und Uhrzeit)').inputValue(), wallClock, 'the form shows the time as typed');
    const id = articleIdOf(page);
    const stored = (await server.store.articles.get(id))!.article;
    assert.equal(stored.status, 'scheduled');
    assert.equal(Date.parse(stored.publishedAt!), due.getTime(), `Berlin wall time ${wallClock} is ${due.toISOString()}`);

    // The scheduler's clock: the due minute arrives 3 s from now.
    const delayMs = 3_000;
    schedulerAheadMs = due.getTime() - (scheduledAt + delayMs);
    const dueForReal = scheduledAt + delayMs;
    const articlePath = `/zeitgeschehen/${stored.slug}`;

    // Not on the reader site before its time (checked right up to it).
    let checksBefore = 0;
    while (Date.now() < dueForReal - 400) {
      assert.equal(await status(articlePath), 404, 'the article page does not exist before its time');
      assert.equal(await sectionFrontLists('/zeitgeschehen', stored.headline), false, 'the section front does not list it before its time');
      checksBefore++;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok(checksBefore >= 3, `checked ${checksBefore} times before the time`);
    assert.equal((await server.store.articles.get(id))!.article.status, 'scheduled');

    const waited = await waitUntil(async () => (await status(articlePath)) === 200, {
      timeoutMs: Math.max(0, dueForReal - Date.now()) + 3_000,
      message: `${articlePath} erscheint nicht innerhalb von 3 s nach der geplanten Zeit (Zeitplan alle 0,2 s)`,
    });
    assert.ok(Date.now() >= dueForReal - 250, `not before its time (${dueForReal - Date.now()} ms early)`);
    assert.equal(await sectionFrontLists('/zeitgeschehen', stored.headline), true, 'the section front lists it');
    assert.equal(await sectionFrontLists('/', stored.headline), true, 'the front page shows it');
    const published = (await server.store.articles.get(id))!;
    assert.equal(published.article.status, 'published');
    assert.equal(published.article.publishedAt, stored.publishedAt, 'dated at its scheduled time');
    assert.equal((await server.store.articles.revisions(id))[0]?.actor, 'Zeitplan');

    await page.goto(server.url + articlePath);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Pünktlich um die volle Minute');
    await page.goto(`${server.url}/redaktion/artikel/${id}`);
    assert.equal(await page.locator('.nr-editor-head .nr-status').innerText(), 'Veröffentlicht');
    await context.close();
    assert.ok(waited < 10_000);
  });

  test('a time in the past is refused, with the error next to the field', async () => {
    const { context, page } = await signedInPage(browser!, server.url, redakteur);
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await page.getByLabel('Überschrift').fill('Zu spät geplant');
    await page.getByLabel('Vorspann').fill('Vorspann.');
    await page.getByLabel('Text (Markdown)').fill('Text.');
    const field = page.getByLabel('Veröffentlichung (Datum und Uhrzeit)');
    await field.fill(wallClockValue(new Date(Date.now() - 3_600_000)));
    const response = await submit(page, page.getByRole('button', { name: 'Zeitgesteuert veröffentlichen' }));
    assert.equal(response.status(), 422);
    assert.equal(await page.locator('#fehler-publishAt').innerText(), 'Der geplante Zeitpunkt muss in der Zukunft liegen.');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await server.store.articles.listStored({ headlineContains: 'Zu spät geplant', limit: 5 }), []);
    await context.close();
  });
});

describe('catching up after a restart', () => {
  test('an article that fell due while the server was down is published right after the start', async () => {
    const dataDir = await tempDir();
    // A long interval: only the run at start can publish it.
    const first = await ownServer(dataDir, { DEPESCHE_SCHEDULER_SECONDS: '60' });
    const dueAt = new Date(Date.now() + 1_000);
    const article = sampleArticle({ headline: 'Fällig während der Pause', section: 'Zeitgeschehen', status: 'scheduled', publishedAt: dueAt.toISOString() });
    await first.store.articles.insert(article, { actor: 'Rita Redakteurin' });
    await first.close();

    await new Promise((resolve) => setTimeout(resolve, dueAt.getTime() - Date.now() + 300));
    const started = Date.now();
    const second = await ownServer(dataDir, { DEPESCHE_SCHEDULER_SECONDS: '60' });
    await waitUntil(async () => (await second.store.articles.get(article.id))?.article.status === 'published', {
      timeoutMs: 2_000,
      intervalMs: 20,
      message: 'Der neu gestartete Server veröffentlicht den fälligen Artikel nicht sofort',
    });
    assert.ok(Date.now() - started < 2_000);
    const response = await fetch(`${second.url}/zeitgeschehen/${article.slug}`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Fällig während der Pause/);
    await second.close();
  });
});

/**
 * A server on an ephemeral port over `dataDir`, closed after the file unless
 * the test closed it already (closing twice would close the database twice).
 */
async function ownServer(dataDir: string, env: Record<string, string>, now?: ServerOptions['now']): Promise<RunningServer> {
  const running = await startServer(loadConfig({ PORT: '0', DEPESCHE_DATA: dataDir, ...env }), { log: () => {}, now });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= running.close());
  after(close);
  return { ...running, close };
}
