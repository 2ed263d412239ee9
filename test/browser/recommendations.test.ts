/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { BrowserContext, BrowserContextOptions, Page, Response as PlaywrightResponse } from 'playwright-core';
import type { Article } from '../../src/article/article.ts';
import { de } from '../../src/web/messages/de.ts';
import { articlePath } from '../../src/web/presenters/article-view.ts';
import { historyCookieName } from '../../src/web/reading/history-cookie.ts';
import { optOutCookieName } from '../../src/web/reading/personalisation.ts';
import { expectAccessible } from '../helpers/accessibility.ts';
import { artifactsDir, launchBrowser, noBrowser } from '../helpers/browser.ts';
import { submit } from '../helpers/newsroom.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * "Für Sie ausgewählt" as readers meet it, in headless Chromium over the demo
 * content: the cached page's picks, the beacon that counts the read and swaps
 * in the reader's own picks, the image that counts it without JavaScript,
 * Do Not Track, Global Privacy Control and the opt-out on /datenschutz, one
 * ETag for every reader, and axe-core on the swapped-in block.
 *
 * Every context comes from the same address, so two things are shared by
 * the whole file: the read throttle (a burst of 20 reads, then one every
 * 15 s; the file stays well below it) and "counts once" (same address,
 * browser and earlier reads, same article, within 30 minutes): each test
 * therefore reads articles no other test reads first.
 */
const { server } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();

// Headless Chromium says "HeadlessChrome", which the bot filter rightly refuses.
const desktopChrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36';

const published = await server.store.articles.list({ status: 'published', limit: 100 });
const byId = new Map(published.map((article) => [article.id, article]));
function demo(id: string): Article {
  const article = byId.get(id);
  assert.ok(article, `demo article ${id} is published`);
  return article;
}
const pathOf = (id: string) => articlePath(demo(id));

// A, the reference article, and B, one of A's picks. With the demo content
// B's cached block lists A; once A is read, A leaves
// B's block and the ranking brings in picks because of A (two today; the
// test asks for at least one, so that tuning the ranking does not break it).
const refArticle = demo('ref-ukraine-koalition');
const fundbuero = demo('b1b7cc552cb3e469');

interface Pick {
  path: string;
  reason: string;
}
interface BeaconAnswer {
  counted: boolean;
  reason?: string;
  block: string | null;
}

/** The picks of a block: from HTML (a page or the beacon's `block`). */
function picksIn(markup: string): Pick[] {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const lists = document.querySelectorAll('.recommendations-list');
  assert.equal(lists.length, 1, 'one list of picks');
  return [...lists[0]!.querySelectorAll(':scope > article.teaser')].map((teaser) => ({
    path: teaser.querySelector('h3 a')?.getAttribute('href') ?? '',
    reason: teaser.querySelector('.teaser-reason')?.textContent?.trim() ?? '',
  }));
}

/** The picks the page shows now. */
function picksShown(page: Page): Promise<Pick[]> {
  return page.locator('[data-fuer-sie] .recommendations-list > article.teaser').evaluateAll((teasers) =>
    teasers.map((teaser) => ({
      path: teaser.querySelector('h3 a')?.getAttribute('href') ?? '',
      reason: teaser.querySelector('.teaser-reason')?.textContent?.trim() ?? '',
    })),
  );
}

/**
 * A reader's browser. The init script marks when the reading script has done
 * all it will do with the beacon's answer: it swaps the block in the
 * callback right after `response.json()`, so a task queued at that moment
 * runs after the swap (or after deciding not to swap).
 */
async function readerContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', userAgent: desktopChrome, ...options });
  await context.addInitScript(() => {
    const json = Response.prototype.json;
    Response.prototype.json = function (this: Response) {
      return json.call(this).then((value: unknown) => {
        setTimeout(() => {
          (window as unknown as { readingSettled: number }).readingSettled = 1;
        });
        return value;
      });
    };
  });
  return context;
}

const isBeacon = (response: PlaywrightResponse) => new URL(response.url()).pathname === '/lesen' && response.request().method() === 'POST';

/** Opens an article with JavaScript: the HTML as served, the beacon's answer, once the script is done with it. */
async function readWithScript(page: Page, id: string): Promise<{ served: string; answer: BeaconAnswer }> {
  const beacon = page.waitForResponse(isBeacon, { timeout: 5_000 });
  const response = await page.goto(server.url + pathOf(id));
  assert.equal(response?.status(), 200, `${id}: the page`);
  const served = await response!.text();
  const lesen = await beacon;
  assert.equal(lesen.status(), 200, `${id}: POST /lesen answers ${lesen.status()}: ${await lesen.text()}`);
  assert.equal(lesen.request().postData(), `artikel=${encodeURIComponent(id)}`, 'the beacon names the article');
  const answer = (await lesen.json()) as BeaconAnswer;
  await page.waitForFunction(() => (window as unknown as { readingSettled?: number }).readingSettled === 1, undefined, { timeout: 5_000 });
  return { served, answer };
}

async function historyCookie(context: BrowserContext) {
  return (await context.cookies(server.url)).find((cookie) => cookie.name === historyCookieName);
}

/** The ids a history cookie holds, oldest first (its value: `id1.id2.….signature`). */
function idsIn(value: string): string[] {
  return value.split('.').slice(0, -1);
}

const countOf = async (id: string) => (await server.reading.totals([id])).get(id) ?? 0;

/** Reads are written every 5 s: waits up to 8 s for the count to reach `expected`, then checks it. */
async function expectCount(id: string, expected: number, message: string): Promise<void> {
  const deadline = Date.now() + 8_000;
  let count = await countOf(id);
  while (count < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = await countOf(id);
  }
  assert.equal(count, expected, message);
}

describe('"Für Sie ausgewählt" in a browser', { skip: noBrowser }, () => {
  test('a reader reads A, follows a pick to B and gets picks of their own there', async () => {
    const context = await readerContext();
    const page = await context.newPage();
    const pixels: string[] = [];
    page.on('request', (request) => {
      if (/^\/lesen\/.+\.gif$/.test(new URL(request.url()).pathname)) pixels.push(request.url());
    });

    const a = await readWithScript(page, refArticle.id);
    assert.equal(a.answer.counted, true, 'the first read of A counts');
    assert.equal(typeof a.answer.block, 'string', 'and the answer carries a block');
    const cachedA = picksIn(a.served);
    assert.equal(cachedA.length, 4);
    assert.ok(!cachedA.some((pick) => pick.path === pathOf(refArticle.id)), 'A is not in its own block');
    // Nothing read before A: the personal picks are the ones every reader gets.
    assert.deepEqual(await picksShown(page), cachedA);

    const cookie = await historyCookie(context);
    assert.ok(cookie, `the history cookie ${historyCookieName} is set`);
    assert.equal(cookie.httpOnly, true, 'no script can read it');
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.ok(cookie.expires > Date.now() / 1000 + 29 * 86_400, 'it is kept for 30 days');
    assert.deepEqual(idsIn(cookie.value), [refArticle.id]);

    // B is one of A's picks: the reader follows it.
    assert.ok(cachedA.some((pick) => pick.path === pathOf(fundbuero.id)), "B is among A's picks");
    const beacon = page.waitForResponse(isBeacon, { timeout: 5_000 });
    await submit(page, page.locator('[data-fuer-sie]').getByRole('link', { name: fundbuero.headline }));
    assert.equal(new URL(page.url()).pathname, pathOf(fundbuero.id));
    const lesen = await beacon;
    const answer = (await lesen.json()) as BeaconAnswer;
    await page.waitForFunction(() => (window as unknown as { readingSettled?: number }).readingSettled === 1, undefined, { timeout: 5_000 });
    assert.equal(answer.counted, true);
    assert.equal(typeof answer.block, 'string');

    // What every reader of B gets, A among it.
    const cachedB = picksIn(await (await fetch(server.url + pathOf(fundbuero.id))).text());
    assert.ok(cachedB.some((pick) => pick.path === pathOf(refArticle.id)), "B's cached block lists A");
    assert.ok(!cachedB.some((pick) => pick.reason.startsWith('Weil Sie')), 'and names no reader history');

    // What this reader gets: A is gone, picks brought by A say so.
    const personal = picksIn(answer.block!);
    assert.deepEqual(await picksShown(page), personal, 'the page shows the personal picks');
    assert.notDeepEqual(personal, cachedB, 'which differ from the cached ones');
    assert.equal(personal.length, cachedB.length, 'as many picks as before');
    const becauseOfA = de.reasonBecauseYouRead(refArticle.headline);
    assert.equal(becauseOfA, `Weil Sie „${refArticle.headline}“ gelesen haben`);
    const broughtByA = personal.filter((pick) => pick.reason === becauseOfA);
    assert.ok(broughtByA.length >= 1, `at least one pick says „${becauseOfA}“: ${JSON.stringify(personal)}`);
    assert.ok(!personal.some((pick) => pick.path === pathOf(refArticle.id)), 'A, once read, is not picked');
    assert.ok(!personal.some((pick) => pick.path === pathOf(fundbuero.id)), 'B is not in its own block');
    assert.equal(new Set(personal.map((pick) => pick.path)).size, personal.length, 'no pick twice');
    const shownReasons = await page.locator('[data-fuer-sie] .teaser-reason').allInnerTexts();
    assert.ok(shownReasons.includes(becauseOfA), 'the reason is visible on the page');
    assert.ok(await page.locator('[data-fuer-sie]').isVisible());

    assert.deepEqual(idsIn((await historyCookie(context))!.value), [refArticle.id, fundbuero.id], 'the history holds A, then B');
    assert.deepEqual(pixels, [], 'with JavaScript, the noscript image is not loaded');
    await page.locator('[data-fuer-sie]').screenshot({ path: new URL('recommendations-personal.png', artifactsDir).pathname });
    await context.close();
  });

  test("headless Chromium's own user agent is a bot: not counted, no history, no personal block", async () => {
    const bot = demo('820f4f1eb02daa34');
    const witness = demo('eea56601a5aa12ac');
    const context = await readerContext({ userAgent: undefined });
    const page = await context.newPage();
    const { served, answer } = await readWithScript(page, bot.id);
    assert.match(await page.evaluate(() => navigator.userAgent), /HeadlessChrome/);
    assert.deepEqual(answer, { counted: false, reason: 'bot', block: null });
    assert.equal(await historyCookie(context), undefined, 'no history cookie');
    assert.deepEqual(await picksShown(page), picksIn(served), 'the cached picks stay');
    await context.close();

    // Reads are written in order: once a later read is in the database, an earlier one would be too.
    const reader = await readerContext();
    const witnessRead = await readWithScript(await reader.newPage(), witness.id);
    assert.equal(witnessRead.answer.counted, true);
    await expectCount(witness.id, 1, 'the later read by a desktop browser is written');
    assert.equal(await countOf(bot.id), 0, 'the headless read never was');
    await reader.close();
  });

  test('a read counts once: a reload in the same browser does not raise the count', async () => {
    const article = demo('816229eaf939bcfa');
    const witness = demo('8498b84b66051098');
    const context = await readerContext();
    const page = await context.newPage();
    assert.equal(await countOf(article.id), 0);

    const first = await readWithScript(page, article.id);
    assert.equal(first.answer.counted, true);

    const again = await readWithScript(page, article.id);
    assert.equal(again.answer.counted, false);
    assert.equal(again.answer.reason, 'duplicate');
    assert.equal(typeof again.answer.block, 'string', 'the reader still gets their picks');
    assert.deepEqual(idsIn((await historyCookie(context))!.value), [article.id], 'the history holds the article once');

    // Reads are written in order: once a later read is in the database, the reload would be too.
    const witnessRead = await readWithScript(page, witness.id);
    assert.equal(witnessRead.answer.counted, true);
    await expectCount(witness.id, 1, 'a later read is written');
    assert.equal(await countOf(article.id), 1, 'the first read is counted, the reload is not');
    await context.close();
  });

  test('without JavaScript the image counts the read and the picks are those of the cached page', async () => {
    const first = demo('83f6725d3fecedf9');
    const second = demo('e37a3d9cb20bb353');
    const context = await readerContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const beacons: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/lesen') beacons.push(request.method());
    });

    const isPixelOf = (id: string) => (url: URL) => url.pathname === `/lesen/${id}.gif`;
    const pixel = page.waitForResponse((response) => isPixelOf(first.id)(new URL(response.url())), { timeout: 5_000 });
    const served = await page.goto(server.url + pathOf(first.id));
    const pixelResponse = await pixel;
    assert.equal(pixelResponse.status(), 200);
    assert.equal(pixelResponse.headers()['content-type'], 'image/gif');
    assert.equal(pixelResponse.request().resourceType(), 'image');
    assert.deepEqual(await picksShown(page), picksIn(await served!.text()));
    await expectCount(first.id, 1, 'the image counted the read');

    // The second article's page is the one every reader gets, even though the first was read.
    const secondPixel = page.waitForRequest((request) => isPixelOf(second.id)(new URL(request.url())), { timeout: 5_000 });
    await page.goto(server.url + pathOf(second.id));
    await secondPixel;
    const forEveryone = picksIn(await (await fetch(server.url + pathOf(second.id))).text());
    const shown = await picksShown(page);
    assert.deepEqual(shown, forEveryone, 'the cached picks, as a client without cookies gets them');
    assert.ok(shown.some((pick) => pick.path === pathOf(first.id)), 'so the article just read can be among them');
    assert.ok(!shown.some((pick) => pick.reason.startsWith('Weil Sie')), 'and no pick names the history');
    assert.deepEqual(beacons, [], 'no beacon without JavaScript');
    // The image keeps the history too, for a later visit with JavaScript.
    assert.deepEqual(idsIn((await historyCookie(context))!.value), [first.id, second.id]);
    await context.close();
  });

  test('Do Not Track and Global Privacy Control: the read counts, nothing is remembered, the cached picks stay', async () => {
    const article = demo('7e415192a3226c2c');
    const dnt = await readerContext({ extraHTTPHeaders: { DNT: '1' } });
    const page = await dnt.newPage();
    const { served, answer } = await readWithScript(page, article.id);
    assert.deepEqual(answer, { counted: true, block: null });
    assert.equal(await historyCookie(dnt), undefined, 'no history cookie');
    assert.deepEqual(await picksShown(page), picksIn(served), 'the cached picks stay');
    await expectCount(article.id, 1, 'the per-article count rises all the same');

    await page.goto(`${server.url}/datenschutz`);
    assert.equal(await page.locator('.personalisation p').first().innerText(), de.personalisationBrowserSignal('Do Not Track'));
    await dnt.close();

    const gpc = await readerContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    const gpcPage = await gpc.newPage();
    const other = await readWithScript(gpcPage, demo('1aa37461ebe16644').id);
    assert.deepEqual(other.answer, { counted: true, block: null });
    assert.equal(await historyCookie(gpc), undefined);
    assert.deepEqual(await picksShown(gpcPage), picksIn(other.served));
    await gpc.close();
  });

  test('a reader switches personalisation off on /datenschutz and back on', async () => {
    const before = demo('200b546d13b649ea');
    const whileOff = demo('d808d410471fe8b9');
    const afterOn = demo('57231576f6b57b63');
    const context = await readerContext();
    const page = await context.newPage();
    await readWithScript(page, before.id);
    assert.deepEqual(idsIn((await historyCookie(context))!.value), [before.id]);

    // From the block's own link to the switch.
    await submit(page, page.locator('[data-fuer-sie]').getByRole('link', { name: de.recommendationsHow }));
    assert.equal(new URL(page.url()).pathname, '/datenschutz');
    assert.equal(new URL(page.url()).hash, '#personalisierung');
    const section = page.locator('section.personalisation');
    assert.ok(await section.getByText(de.personalisationOn).isVisible());
    const off = await submit(page, section.getByRole('button', { name: de.personalisationTurnOff }));
    assert.equal(off.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/datenschutz');
    assert.ok(await section.getByText(de.personalisationOff).isVisible(), 'the page says it is off');
    const cookies = await context.cookies(server.url);
    assert.equal(await historyCookie(context), undefined, 'the history is deleted');
    const optOut = cookies.find((cookie) => cookie.name === optOutCookieName);
    assert.equal(optOut?.value, 'aus');
    assert.equal(optOut?.httpOnly, true);

    const { served, answer } = await readWithScript(page, whileOff.id);
    assert.deepEqual(answer, { counted: true, block: null }, 'the read counts, with no personal block');
    assert.equal(await historyCookie(context), undefined, 'and no history is kept');
    assert.deepEqual(await picksShown(page), picksIn(served), 'the cached picks stay');

    await page.goto(`${server.url}/datenschutz`);
    await submit(page, section.getByRole('button', { name: de.personalisationTurnOn }));
    assert.ok(await section.getByText(de.personalisationOn).isVisible(), 'the page says it is on');
    assert.ok(await section.getByRole('button', { name: de.personalisationTurnOff }).isVisible());
    assert.equal((await context.cookies(server.url)).find((cookie) => cookie.name === optOutCookieName), undefined);

    const on = await readWithScript(page, afterOn.id);
    assert.equal(on.answer.counted, true);
    assert.equal(typeof on.answer.block, 'string', 'personal picks again');
    assert.deepEqual(await picksShown(page), picksIn(on.answer.block!));
    assert.deepEqual(idsIn((await historyCookie(context))!.value), [afterOn.id], 'a new history, without what was read before');
    await context.close();
  });

  test('the article page is the same for every reader: one ETag whatever the cookies', async () => {
    const article = demo('e0259df7b45f21cb');
    const reader = await readerContext();
    const readerPage = await reader.newPage();
    await readWithScript(readerPage, article.id);
    assert.ok(await historyCookie(reader), 'this reader has a history');
    const stranger = await readerContext({ extraHTTPHeaders: { DNT: '1' } });
    await stranger.addCookies([{ name: optOutCookieName, value: 'aus', url: server.url }]);

    const url = server.url + pathOf(article.id);
    const [mine, theirs] = await Promise.all([reader.request.get(url), stranger.request.get(url)]);
    for (const response of [mine, theirs]) {
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['cache-control'], 'public, max-age=0, must-revalidate');
      assert.equal(response.headers()['set-cookie'], undefined, 'the page sets no cookie');
    }
    const etag = mine.headers()['etag'];
    assert.ok(etag, 'the page has an ETag');
    assert.equal(theirs.headers()['etag'], etag, 'the same for both readers');
    assert.equal(await mine.text(), await theirs.text(), 'as is the page');
    const revalidated = await stranger.request.get(url, { headers: { 'If-None-Match': etag } });
    assert.equal(revalidated.status(), 304, "one reader's copy is current for the other");
    await reader.close();
    await stranger.close();
  });

  test('axe-core finds no serious or critical violations in the personal block and on /datenschutz', async (t) => {
    const context = await readerContext({ bypassCSP: true });
    const page = await context.newPage();
    await readWithScript(page, refArticle.id);
    const { answer } = await readWithScript(page, fundbuero.id);
    assert.equal(typeof answer.block, 'string');
    assert.ok(
      (await page.locator('[data-fuer-sie] .teaser-reason').allInnerTexts()).includes(de.reasonBecauseYouRead(refArticle.headline)),
      'the personal block is swapped in',
    );
    await expectAccessible(t, page, 'article with personal picks');

    await page.goto(`${server.url}/datenschutz`);
    await expectAccessible(t, page, '/datenschutz');
    await submit(page, page.getByRole('button', { name: de.personalisationTurnOff }));
    await expectAccessible(t, page, '/datenschutz, personalisation off');
    await page.goto(`${server.url}/datenschutz/personalisierung`);
    await expectAccessible(t, page, '/datenschutz/personalisierung');
    await context.close();
  });
});
