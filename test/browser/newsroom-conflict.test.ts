/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { artifactsDir, launchBrowser, noBrowser } from '../helpers/browser.ts';
import { articleIdOf, createUser, signedInPage, submit, writeTestJpeg } from '../helpers/newsroom.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * Two Redakteure edit the same article in two browsers. The second to save
 * loses nothing: the page says who saved in between and what they changed,
 * the second one's text stays in the form, and saving again is a deliberate
 * choice. Every save is a version that can be compared and restored.
 */
const { server } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();
const anna = await createUser(server, 'redakteur', 'Anna Aktuell');
const bernd = await createUser(server, 'redakteur', 'Bernd Bauer');

const rowsOf = (page: Page) =>
  page.locator('table.nr-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].slice(0, 2).map((cell) => cell.textContent?.trim() ?? '')),
  );

describe('two Redakteure editing the same article', { skip: noBrowser }, () => {
  test('the later save shows the conflict, keeps its text, and can then be saved; versions can be compared and restored', async () => {
    const a = await signedInPage(browser!, server.url, anna);
    await a.page.goto(`${server.url}/redaktion/artikel/neu`);
    await a.page.getByLabel('Überschrift').fill('Ursprüngliche Überschrift');
    await a.page.getByLabel('Vorspann').fill('Ursprünglicher Vorspann.');
    await a.page.getByLabel('Text (Markdown)').fill('Ein Absatz.');
    await submit(a.page, a.page.getByRole('button', { name: 'Speichern', exact: true }));
    const id = articleIdOf(a.page);

    const b = await signedInPage(browser!, server.url, bernd);
    await b.page.goto(`${server.url}/redaktion/artikel/${id}`);

    await a.page.getByLabel('Überschrift').fill('Neue Überschrift von Anna');
    await submit(a.page, a.page.getByRole('button', { name: 'Speichern', exact: true }));
    assert.equal(await a.page.getByRole('status').innerText(), 'Gespeichert.');

    await b.page.getByLabel('Vorspann').fill('Bernds neuer Vorspann.');
    const conflict = await submit(b.page, b.page.getByRole('button', { name: 'Speichern', exact: true }));
    assert.equal(conflict.status(), 409);
    const notice = b.page.locator('.nr-conflict');
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.equal(await notice.locator('h2').innerText(), 'Inzwischen gespeichert von Anna Aktuell');
    assert.match(await notice.innerText(), /Ihre Fassung steht unten im Formular und ist noch nicht gespeichert\./);
    const headlineDiff = await notice.evaluate((section) => {
      const term = [...section.querySelectorAll('.nr-diff dt')].find((dt) => dt.textContent === 'Überschrift');
      const dd = term?.nextElementSibling;
      const textOf = (selector: string) => [...(dd?.querySelectorAll(selector) ?? [])].map((el) => el.lastChild?.textContent ?? '').join('');
      return { added: textOf('ins'), removed: textOf('del') };
    });
    assert.match(headlineDiff.added, /Neue/);
    assert.match(headlineDiff.added, /von Anna/);
    assert.match(headlineDiff.removed, /Ursprüngliche/);
    // Bernd's text is still in the form, Anna's is stored.
    assert.equal(await b.page.getByLabel('Vorspann').inputValue(), 'Bernds neuer Vorspann.');
    assert.equal(await b.page.getByLabel('Überschrift').inputValue(), 'Ursprüngliche Überschrift');
    const afterConflict = (await server.store.articles.get(id))!;
    assert.equal(afterConflict.version, 2);
    assert.equal(afterConflict.article.headline, 'Neue Überschrift von Anna');
    assert.equal(afterConflict.article.lead, 'Ursprünglicher Vorspann.');
    await b.page.screenshot({ path: new URL('newsroom-conflict.png', artifactsDir).pathname, fullPage: true });

    // Saving now is Bernd's decision: his version replaces Anna's, which stays among the versions.
    await submit(b.page, b.page.getByRole('button', { name: 'Speichern', exact: true }));
    assert.equal(await b.page.getByRole('status').innerText(), 'Gespeichert.');
    const afterSave = (await server.store.articles.get(id))!;
    assert.equal(afterSave.version, 3);
    assert.equal(afterSave.article.lead, 'Bernds neuer Vorspann.');

    await submit(b.page, b.page.getByRole('link', { name: 'Versionen' }));
    assert.deepEqual(await rowsOf(b.page), [['3', 'Bernd Bauer'], ['2', 'Anna Aktuell'], ['1', 'Anna Aktuell']]);

    await b.page.getByLabel('Version 1 als ältere').check();
    await b.page.getByLabel('Version 3 als neuere').check();
    await submit(b.page, b.page.getByRole('button', { name: 'Vergleichen' }));
    const query = new URL(b.page.url()).searchParams;
    assert.deepEqual([query.get('a'), query.get('b')], ['1', '3']);
    const comparison = b.page.locator('section[aria-labelledby="vergleich"]');
    assert.equal(await comparison.locator('h2').innerText(), 'Version 1 → Version 3');
    assert.deepEqual(await comparison.locator('dt').allTextContents(), ['Vorspann']);
    assert.match(await comparison.locator('dd ins').innerText(), /Bernds neuer/);

    await submit(b.page, b.page.locator('button[form="wiederherstellen-2"]'));
    assert.equal(await b.page.getByRole('status').innerText(), 'Version 2 wurde als neue Version wiederhergestellt.');
    assert.deepEqual(await rowsOf(b.page), [['4', 'Bernd Bauer'], ['3', 'Bernd Bauer'], ['2', 'Anna Aktuell'], ['1', 'Anna Aktuell']]);
    const restored = (await server.store.articles.get(id))!;
    assert.equal(restored.version, 4);
    assert.equal(restored.article.headline, 'Neue Überschrift von Anna');
    assert.equal(restored.article.lead, 'Ursprünglicher Vorspann.');
    assert.equal(restored.article.status, 'draft');

    await a.context.close();
    await b.context.close();
  });

  test('an older version that breaks the publishing rules is not restored onto a published article', async () => {
    const { context, page } = await signedInPage(browser!, server.url, anna);
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await page.getByLabel('Überschrift').fill('Ein Bild, erst ohne Nachweis');
    await page.getByLabel('Vorspann').fill('Vorspann.');
    await page.getByLabel('Text (Markdown)').fill('Text.');
    await page.getByLabel(/^Bild hochladen/).setInputFiles(await writeTestJpeg(await tempDir(), 'ohne.jpg', { width: 640, height: 400 }));
    await page.getByLabel('Alternativtext').fill('Ein Verlauf');
    await page.getByLabel('Bildunterschrift').fill('Ein Verlauf in Farbe');
    // A draft may lack the credit …
    await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
    const id = articleIdOf(page);
    // … a published article may not, and restoring the draft's version must not take it away.
    await page.getByLabel('Bildnachweis').fill('Foto: Anna');
    await submit(page, page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
    assert.equal((await server.store.articles.get(id))!.article.status, 'published');

    await page.goto(`${server.url}/redaktion/artikel/${id}/versionen`);
    const refused = await submit(page, page.locator('button[form="wiederherstellen-1"]'));
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('main').innerText(), /Version 1 kann nicht wiederhergestellt werden, solange der Artikel veröffentlicht ist: Bildnachweis fehlt/);
    const stored = (await server.store.articles.get(id))!;
    assert.equal(stored.version, 2, 'no new version');
    assert.equal(stored.article.heroImage?.credit, 'Foto: Anna');
    const live = await (await fetch(`${server.url}/nachrichten/${stored.article.slug}`)).text();
    assert.match(live, /Bildquelle: Foto: Anna/, 'readers still see the credit');
    await context.close();
  });
});
