/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { uploadImage } from '../../src/commands/upload-image.ts';
import { articlePath } from '../../src/web/presenters/article-view.ts';
import { expectAccessible } from '../helpers/accessibility.ts';
import { launchBrowser, noBrowser } from '../helpers/browser.ts';
import { createUser, signIn, submit } from '../helpers/newsroom.ts';
import { sampleArticle } from '../helpers/sample-article.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * axe-core on every newsroom page and the reader pages an article reaches:
 * no violation of impact `serious` or `critical`. The pages send no script
 * and forbid scripts by CSP, so axe runs in a context that bypasses the CSP.
 */
const { server, dataDir } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();
const redakteur = await createUser(server, 'redakteur', 'Rita Redakteurin');

// A published article with an uploaded picture, key points and every kind of block, saved twice (two versions).
const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#35607a' } }).jpeg().toBuffer();
const { src } = await uploadImage(server.store, { bytes: photo, originalName: 'foto.jpg', createdBy: null }, { mediaDir: join(dataDir, 'media') });
const article = sampleArticle({
  headline: 'Barrierefreiheit im Test',
  section: 'Nachrichten',
  heroImage: { src, alt: 'Eine blaue Fläche', caption: 'Blau, wie das Meer', credit: '© Depesche' },
  keyPoints: [{ text: 'Erster Punkt', origin: 'editor' }, { text: 'Zweiter Punkt', origin: 'suggested' }],
  body: [
    { type: 'paragraph', text: 'Erster Absatz.' },
    { type: 'subheading', text: 'Was folgt daraus?' },
    { type: 'quote', text: 'Ein Zitat.', attribution: 'Erika Musterfrau' },
    { type: 'list', text: '', items: ['eins', 'zwei'] },
  ],
  publishedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
});
await server.store.articles.insert(article, { actor: redakteur.name, createdBy: redakteur.id });
await server.store.articles.update({ ...article, lead: 'Ein geänderter Vorspann für den Test.' }, { actor: redakteur.name });

let context: BrowserContext;
let page: Page;

describe('accessibility (axe-core)', { skip: noBrowser }, () => {
  before(async () => {
    context = await browser!.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    page = await context.newPage();
  });

  test('sign-in page, and with an error', async (t) => {
    await page.goto(`${server.url}/redaktion/anmelden`);
    await expectAccessible(t, page, 'sign-in page');
    await page.getByLabel('E-Mail-Adresse').fill(redakteur.email);
    await page.getByLabel('Passwort').fill('ganz sicher falsch');
    await submit(page, page.getByRole('button', { name: 'Anmelden' }));
    await expectAccessible(t, page, 'sign-in page with an error');
    await signIn(page, server.url, redakteur);
  });

  test('article list', async (t) => {
    await page.goto(`${server.url}/redaktion`);
    await expectAccessible(t, page, 'article list');
  });

  test('editor: new article', async (t) => {
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await expectAccessible(t, page, 'editor (new)');
  });

  test('editor: with errors', async (t) => {
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await page.getByLabel('Überschrift').fill('Fehlerhaft');
    const response = await submit(page, page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
    assert.equal(response.status(), 422);
    await expectAccessible(t, page, 'editor (with errors)');
  });

  test('editor: an article with picture and key points, and its conflict page', async (t) => {
    await page.goto(`${server.url}/redaktion/artikel/${article.id}`);
    await expectAccessible(t, page, 'editor (existing article)');
    await page.locator('input[name="version"]').evaluate((input: HTMLInputElement) => (input.value = '1'));
    await page.getByLabel('Überschrift').fill('Barrierefreiheit im Konflikt');
    const response = await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
    assert.equal(response.status(), 409);
    await expectAccessible(t, page, 'editor (conflict)');
  });

  test('revisions page with a comparison', async (t) => {
    await page.goto(`${server.url}/redaktion/artikel/${article.id}/versionen?a=1&b=2`);
    await expectAccessible(t, page, 'revisions');
  });

  test('preview', async (t) => {
    await page.goto(`${server.url}/redaktion/artikel/${article.id}/vorschau`);
    await expectAccessible(t, page, 'preview');
  });

  for (const [name, path] of [
    ['reader home', '/'],
    ['section front', '/nachrichten'],
    ['article page', articlePath(article)],
  ] as const) {
    test(name, async (t) => {
      const response = await page.goto(server.url + path);
      assert.equal(response?.status(), 200);
      await expectAccessible(t, page, name);
    });
  }

  test('admin pages: users and site settings', async (t) => {
    const admin = await createUser(server, 'admin', 'Ada Admin');
    const adminContext = await browser!.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, server.url, admin);
    for (const [name, path] of [['users', '/redaktion/benutzer'], ['settings', '/redaktion/einstellungen']] as const) {
      const response = await adminPage.goto(server.url + path);
      assert.equal(response?.status(), 200, name);
      await expectAccessible(t, adminPage, name);
    }
    await adminContext.close();
  });
});
