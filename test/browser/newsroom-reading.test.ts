/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../../src/article/article.ts';
import type { ReadEvent } from '../../src/store/reading-repository.ts';
import { expectAccessible } from '../helpers/accessibility.ts';
import { launchBrowser, noBrowser } from '../helpers/browser.ts';
import { createUser, signedInPage, submit } from '../helpers/newsroom.ts';
import { sampleArticle } from '../helpers/sample-article.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * A Redakteurin opens an article's reading view from the editor in headless
 * Chromium, sees its reads as a chart, pins an article from "Was Leser danach
 * lasen" and finds it among the pins; axe checks the page on the way.
 */
const { server } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();
const redakteur = await createUser(server, 'redakteur', 'Rita Redakteurin');

async function insert(headline: string): Promise<Article> {
  const now = new Date().toISOString();
  const article = sampleArticle({ headline, section: 'Nachrichten', publishedAt: now, updatedAt: now });
  await server.store.articles.insert(article, { actor: 'test' });
  return article;
}
const current = await insert('Gelesen und weiterempfohlen');
const next = await insert('Das lasen viele danach');
const other = await insert('Das lasen manche danach');

const hour = 3_600_000;
const nowMs = Date.now();
const reads = (articleId: string, count: number, atMs: number, previousIds: string[] = []): ReadEvent[] =>
  Array.from({ length: count }, () => ({ articleId, atMs, previousIds }));
await server.reading.record([
  ...reads(current.id, 12, nowMs),
  ...reads(current.id, 7, nowMs - 30 * hour),
  ...reads(current.id, 20, nowMs - 5 * 24 * hour),
  ...reads(next.id, 6, nowMs, [current.id]),
  ...reads(other.id, 2, nowMs, [current.id]),
]);

describe('the reading view in a browser', { skip: noBrowser }, () => {
  test('a Redakteurin sees the chart and pins an article from the "read next" list', async (t) => {
    const { context, page } = await signedInPage(browser!, server.url, redakteur, { bypassCSP: true });
    await page.goto(`${server.url}/redaktion/artikel/${current.id}`);
    await submit(page, page.getByRole('link', { name: 'Leserschaft und Empfehlungen' }));
    assert.equal(new URL(page.url()).pathname, `/redaktion/artikel/${current.id}/leserschaft`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), `Leserschaft und Empfehlungen: ${current.headline}`);

    const daily = page.getByRole('img', { name: /Aufrufe pro Tag/ });
    assert.ok(await daily.isVisible(), 'the daily chart is drawn');
    assert.ok((await daily.boundingBox())!.width > 400, 'and wide enough to read');
    assert.equal(await daily.locator('rect.nr-chart-bar').count(), 3, 'one bar per day with reads');
    assert.ok(await page.getByRole('img', { name: /Aufrufe pro Stunde/ }).isVisible(), 'the hourly chart too');
    assert.equal(await page.locator('.nr-reading-totals dd').first().innerText(), '39');

    // The numbers are one click away, as a table.
    await page.getByText('Die Zahlen als Tabelle').first().click();
    assert.ok(await page.locator('details').first().locator('table').isVisible());
    await expectAccessible(t, page, 'reading view');

    const list = page.getByRole('region', { name: 'Was Leser danach lasen' });
    assert.deepEqual(await list.locator('tbody tr td:first-child').allInnerTexts(), [next.headline, other.headline]);
    await submit(page, list.getByRole('button', { name: `Anheften: ${next.headline}` }));
    assert.match(await page.getByRole('status').innerText(), /^Angeheftet\./);

    const rules = page.getByRole('region', { name: 'Angeheftet und ausgeschlossen' });
    assert.deepEqual(await rules.locator('ol li a').allInnerTexts(), [next.headline]);
    assert.equal(await list.getByRole('button', { name: `Anheften: ${next.headline}` }).count(), 0, 'no second pin offered');
    assert.deepEqual(await (await server.store.recommendationRules.forArticle(current.id)).map((r) => [r.kind, r.targetId]), [['pin', next.id]]);
    await expectAccessible(t, page, 'reading view with a pin');

    // A typo in the form: the page says what was wrong, next to the field.
    await page.getByLabel('Artikel anheften oder ausschließen').fill('/nachrichten/gibt-es-nicht');
    const refused = await submit(page, page.getByRole('button', { name: 'Regel speichern' }));
    assert.equal(refused.status(), 404);
    assert.match(await page.locator('#fehler-ziel').innerText(), /gibt es keinen Artikel/);
    assert.equal(await page.getByLabel('Artikel anheften oder ausschließen').inputValue(), '/nachrichten/gibt-es-nicht');
    await expectAccessible(t, page, 'reading view with an error');

    // Unpinned again from the list of pins.
    await submit(page, rules.getByRole('button', { name: new RegExp(`^Entfernen: ${next.headline}`) }));
    assert.equal(await rules.locator('ol li').count(), 0);
    await context.close();
  });
});
