/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchBrowser, noBrowser } from '../helpers/browser.ts';
import { articleIdOf, createUser, signedInPage, submit } from '../helpers/newsroom.ts';
import { sampleArticle } from '../helpers/sample-article.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * An Autor in the newsroom, in headless Chromium: writes and submits drafts,
 * is never offered publishing, and a request forged past the page (with the
 * page's own CSRF token, so only the role check stands in the way) is refused.
 */
const { server } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();
const autor = await createUser(server, 'autor', 'Anton Autor');
const redakteur = await createUser(server, 'redakteur', 'Rita Redakteurin');

// A draft of the Redakteurin, as the newsroom stores one.
const othersDraft = sampleArticle({ headline: 'Entwurf der Redakteurin', status: 'draft', publishedAt: null });
await server.store.articles.insert(othersDraft, { actor: redakteur.name, createdBy: redakteur.id });

const refusedForRole = 'Diese Aktion ist für Ihre Rolle bei diesem Artikel nicht erlaubt.';
const refusedForArticle = 'Diesen Artikel dürfen Sie nicht ändern.';

/** Posts the editor's form as it stands, with one field changed, from inside the page (the browser's Origin, cookie and the form's CSRF token). */
function forgePost(page: Page, changes: Record<string, string>): Promise<{ status: number; text: string }> {
  return page.evaluate(async (changes) => {
    const form = document.querySelector<HTMLFormElement>('form.nr-editor')!;
    const data = new FormData(form);
    for (const [name, value] of Object.entries(changes)) data.set(name, value);
    // getAttribute: `form.action` is the form's button named "action".
    const response = await fetch(form.getAttribute('action')!, { method: 'POST', body: data, redirect: 'manual' });
    return { status: response.status, text: response.type === 'opaqueredirect' ? '' : await response.text() };
  }, changes);
}

const actionButtons = (page: Page) => page.locator('.nr-actions button').allInnerTexts();

describe('an Autor in the newsroom', { skip: noBrowser }, () => {
  test('writes a draft and submits it, is offered no publishing, and a forged publish is refused', async () => {
    const { context, page } = await signedInPage(browser!, server.url, autor);
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    assert.deepEqual(await actionButtons(page), ['Speichern', 'Zur Prüfung einreichen']);
    assert.equal(await page.locator('#publishAt').count(), 0, 'no publication time to set');

    await page.getByLabel('Ressort').fill('Lokales');
    await page.getByLabel('Überschrift').fill('Neue Brücke über die Ilm');
    await page.getByLabel('Vorspann').fill('Die Stadt baut eine zweite Brücke.');
    await page.getByLabel('Text (Markdown)').fill('Der Bau beginnt im Herbst.');
    await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
    assert.equal(await page.getByRole('status').innerText(), 'Gespeichert.');
    const id = articleIdOf(page);
    assert.deepEqual(await actionButtons(page), ['Speichern', 'Zur Prüfung einreichen']);
    assert.equal(await page.getByRole('button', { name: /veröffentlichen|Zeitplan|Zurückziehen|Archivieren/i }).count(), 0);

    // The page's own form, with action=publish (and =schedule) instead of a button it does not have.
    const forgeries: Record<string, string>[] = [{ action: 'publish' }, { action: 'schedule', publishAt: '2030-01-01T09:00' }, { action: 'archive' }];
    for (const forged of forgeries) {
      const response = await forgePost(page, forged);
      assert.equal(response.status, 403, `${forged.action} is refused`);
      assert.match(response.text, new RegExp(refusedForRole), 'refused by the role check, not by the CSRF check');
    }
    const stored = (await server.store.articles.get(id))!;
    assert.equal(stored.article.status, 'draft');
    assert.equal(stored.article.publishedAt, null);
    assert.equal(stored.version, 1, 'nothing was saved');
    assert.equal((await page.request.get(`${server.url}/lokales/neue-bruecke-ueber-die-ilm`)).status(), 404);

    // Submitting for review is the Autor's way; then only saving is left.
    await submit(page, page.getByRole('button', { name: 'Zur Prüfung einreichen' }));
    assert.equal(await page.getByRole('status').innerText(), 'Zur Prüfung eingereicht.');
    assert.equal(await page.locator('.nr-editor-head .nr-status').innerText(), 'In Prüfung');
    assert.deepEqual(await actionButtons(page), ['Speichern']);
    assert.equal((await forgePost(page, { action: 'publish' })).status, 403);
    assert.equal((await server.store.articles.get(id))!.article.status, 'review');

    // Once a Redakteurin has published it, it is no longer the Autor's to change.
    const { context: editorContext, page: editorPage } = await signedInPage(browser!, server.url, redakteur);
    await editorPage.goto(`${server.url}/redaktion/artikel/${id}`);
    await submit(editorPage, editorPage.getByRole('button', { name: 'Veröffentlichen', exact: true }));
    assert.equal((await server.store.articles.get(id))!.article.status, 'published');
    await editorContext.close();
    await page.goto(`${server.url}/redaktion/artikel/${id}`);
    assert.deepEqual(await actionButtons(page), []);
    assert.equal((await forgePost(page, { action: 'unpublish' })).status, 403);
    assert.equal((await forgePost(page, { action: 'save', headline: 'Geändert vom Autor' })).status, 403);
    assert.equal((await server.store.articles.get(id))!.article.headline, 'Neue Brücke über die Ilm');
    await context.close();
  });

  test("cannot edit another user's draft: no actions offered, a forged save and a forged restore are refused", async () => {
    const { context, page } = await signedInPage(browser!, server.url, autor);
    await page.goto(`${server.url}/redaktion/artikel/${othersDraft.id}`);
    assert.equal(await page.getByLabel('Überschrift').inputValue(), 'Entwurf der Redakteurin');
    assert.deepEqual(await actionButtons(page), []);
    assert.equal(await page.locator('.nr-actions').innerText(), 'Diesen Artikel können Sie nicht bearbeiten.');

    const response = await forgePost(page, { action: 'save', headline: 'Vom Autor überschrieben' });
    assert.equal(response.status, 403);
    assert.match(response.text, new RegExp(refusedForArticle));

    await page.goto(`${server.url}/redaktion/artikel/${othersDraft.id}/versionen`);
    assert.equal(await page.getByRole('button', { name: 'Wiederherstellen' }).count(), 0, 'no restore offered');
    const restore = await page.evaluate(async (id) => {
      const token = document.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value;
      const response = await fetch(`/redaktion/artikel/${id}/versionen/1/wiederherstellen`, {
        method: 'POST',
        body: new URLSearchParams({ _csrf: token }),
        redirect: 'manual',
      });
      return { status: response.status, text: await response.text() };
    }, othersDraft.id);
    assert.equal(restore.status, 403);
    assert.match(restore.text, /Diesen Artikel dürfen Sie nicht ändern\./);

    const stored = (await server.store.articles.get(othersDraft.id))!;
    assert.equal(stored.article.headline, 'Entwurf der Redakteurin');
    assert.equal(stored.version, 1);
    assert.equal((await server.store.articles.revisions(othersDraft.id)).length, 1);
    await context.close();
  });
});
