/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Article } from '../../src/article/article.ts';
import { articlePath } from '../../src/web/presenters/article-view.ts';
import { expectAccessible } from '../helpers/accessibility.ts';
import { artifactsDir, launchBrowser, noBrowser } from '../helpers/browser.ts';
import { submit } from '../helpers/newsroom.ts';
import { sampleArticle } from '../helpers/sample-article.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * Search as a reader uses it, in headless Chromium: the masthead box, the
 * results page with its filters (no JavaScript needed), “Meinten Sie”, and
 * axe-core on the results. Screenshots land in test-artifacts/.
 */
const { server } = await startTestServer();
// Top-level, so that the after() hooks that close them belong to the whole file.
const browser = noBrowser ? null : await launchBrowser();

let counter = 0;
function article(fields: Partial<Article> & { text: string }): Article {
  const { text, ...overrides } = fields;
  counter++;
  return sampleArticle({
    id: `browser-suche-${counter}`,
    lead: '',
    keyPoints: [],
    tags: [],
    body: [{ type: 'paragraph', text }],
    publishedAt: '2025-04-20T10:00:00+02:00',
    updatedAt: '2025-04-20T10:00:00+02:00',
    ...overrides,
  });
}

const kormoran = article({
  section: 'Wissen',
  headline: 'Kormoranzählung an der Schlei',
  lead: 'Ehrenamtliche zählen die Vögel.',
  text: 'Die Kormoranzählung ergab mehr Brutpaare als im Vorjahr.',
});
const gipfelWissen = article({ section: 'Wissen', headline: 'Brückengipfel der Ingenieure', text: 'Ein Brückengipfel über Statik.' });
const gipfelPolitik = article({ section: 'Politik', headline: 'Brückengipfel in Berlin', text: 'Der Brückengipfel beginnt.' });
const muenchen = [
  article({ section: 'Nachrichten', headline: 'Neue Tram für München', text: 'In München fährt bald eine neue Linie.' }),
  article({ section: 'Nachrichten', headline: 'Messe eröffnet', text: 'Die Messe in Muenchen zieht Besucher an.' }),
];
await server.store.articles.saveAll([kormoran, gipfelWissen, gipfelPolitik, ...muenchen], { actor: 'test' });

/** The headlines of the hits on a results page, in order. */
const hitHeadlines = (page: Page) => page.locator('li.search-hit h2').allInnerTexts();

describe('search in a browser', { skip: noBrowser }, () => {
  test('a reader searches from the masthead of the home page, sees marked words and opens a hit', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const box = page.locator('header').getByRole('searchbox', { name: 'Suchbegriff' });
    await box.fill('Kormoranzählung');
    await submit(page, page.locator('header').getByRole('button', { name: 'Suchen' }));

    const url = new URL(page.url());
    assert.equal(url.pathname, '/suche');
    assert.equal(url.searchParams.get('q'), 'Kormoranzählung');
    assert.equal(await page.locator('.search-summary').innerText(), '1 Treffer für „Kormoranzählung“');
    assert.deepEqual(await hitHeadlines(page), [kormoran.headline]);
    const marks = page.locator('li.search-hit .search-snippet mark');
    assert.deepEqual(await marks.allInnerTexts(), ['Kormoranzählung']);
    assert.ok(await marks.first().isVisible(), 'the marked word is visible');
    const background = await marks.first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
    const snippetBackground = await page.locator('.search-snippet').first().evaluate((p) => getComputedStyle(p).backgroundColor);
    assert.notEqual(background, snippetBackground, 'the marked word stands out');
    assert.equal(await page.getByRole('searchbox', { name: 'Suchbegriff' }).last().inputValue(), 'Kormoranzählung', 'the query stays in the box');
    await page.screenshot({ path: new URL('search-results-desktop.png', artifactsDir).pathname, fullPage: true });

    const response = await submit(page, page.getByRole('link', { name: kormoran.headline }));
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, articlePath(kormoran));
    assert.equal(await page.locator('h1').innerText(), kormoran.headline);
    await context.close();
  });

  test('the filter form narrows the results by section, without JavaScript', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/suche?q=Br%C3%BCckengipfel`);
    assert.deepEqual(new Set(await hitHeadlines(page)), new Set([gipfelWissen.headline, gipfelPolitik.headline]));

    const form = page.locator('form.search-form');
    await form.locator('details.search-filters summary').click();
    await form.getByLabel('Ressort').selectOption({ label: 'Wissen' });
    await submit(page, form.getByRole('button', { name: 'Suchen' }));

    const url = new URL(page.url());
    assert.equal(url.searchParams.get('ressort'), 'wissen');
    assert.equal(url.searchParams.get('q'), 'Brückengipfel');
    assert.deepEqual(await hitHeadlines(page), [gipfelWissen.headline]);
    assert.equal(await form.getByLabel('Ressort').inputValue(), 'wissen', 'the chosen section stays selected');

    await form.getByLabel('Sortierung').selectOption({ label: 'Neueste zuerst' });
    await form.getByLabel('Ressort').selectOption({ label: 'Alle Ressorts' });
    await submit(page, form.getByRole('button', { name: 'Suchen' }));
    assert.equal(new URL(page.url()).searchParams.get('sortierung'), 'neu');
    assert.equal((await hitHeadlines(page)).length, 2);
    await context.close();
  });

  test('a reader follows “Meinten Sie”', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/suche?q=Munchen`);
    assert.match(await page.locator('.search-summary').innerText(), /^1 Treffer/);
    const suggestion = page.locator('.search-suggestion');
    assert.match(await suggestion.innerText(), /^Meinten Sie „Muenchen“\?/);
    await submit(page, suggestion.getByRole('link'));
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Muenchen');
    assert.match(await page.locator('.search-summary').innerText(), /^2 Treffer für „Muenchen“/);
    assert.deepEqual(new Set(await hitHeadlines(page)), new Set(muenchen.map((item) => item.headline)));
    await context.close();
  });

  test('axe-core finds no serious or critical violations on /suche', async (t) => {
    const context = await browser!.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    for (const [name, path, status] of [
      ['results', '/suche?q=Kormoranz%C3%A4hlung', 200],
      ['results with a suggestion', '/suche?q=Munchen', 200],
      ['no results', '/suche?q=Pinguinkolonie', 200],
      ['empty form', '/suche', 200],
      ['a refused filter', '/suche?q=Kormoranz%C3%A4hlung&von=gestern', 400],
    ] as const) {
      const response = await page.goto(server.url + path);
      assert.equal(response?.status(), status, name);
      await expectAccessible(t, page, `/suche, ${name}`);
    }
    await context.close();
  });

  test('on a phone the search box is visible, usable and nothing overflows', async () => {
    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const path of ['/', '/suche?q=Kormoranz%C3%A4hlung']) {
      await page.goto(server.url + path);
      const box = page.locator('#kopf-suche');
      assert.ok(await box.isVisible(), `${path}: the masthead search box is visible`);
      const layout = await page.evaluate(() => {
        const rect = (selector: string) => {
          const element = document.querySelector(selector);
          const r = element?.getBoundingClientRect();
          return r ? { left: r.left, right: r.right, width: r.width, height: r.height } : null;
        };
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          input: rect('#kopf-suche'),
          button: rect('.masthead-search button'),
          main: rect('#suchbegriff'),
        };
      });
      assert.ok(layout.scrollWidth <= layout.clientWidth, `${path}: no sideways scrolling: ${layout.scrollWidth} > ${layout.clientWidth}`);
      for (const [name, r] of [['input', layout.input], ['button', layout.button], ['main box', layout.main]] as const) {
        if (r === null) continue;
        assert.ok(r.left >= 0 && r.right <= layout.clientWidth + 0.5, `${path}: the ${name} stays on screen: ${JSON.stringify(r)}`);
      }
      assert.ok(layout.input && layout.input.width >= 100, `${path}: the box is wide enough to type in: ${layout.input?.width}`);
      assert.ok(layout.input && layout.input.height >= 24, `${path}: and tall enough to tap: ${layout.input?.height}`);
      await page.screenshot({ path: new URL(`search-phone${path === '/' ? '-home' : '-results'}.png`, artifactsDir).pathname, fullPage: true });
    }

    // Usable: type and send from the phone's masthead.
    await page.goto(`${server.url}/`);
    await page.locator('#kopf-suche').tap();
    await page.locator('#kopf-suche').fill('Brückengipfel');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('#kopf-suche').press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/suche');
    assert.match(await page.locator('.search-summary').innerText(), /^2 Treffer/);
    await context.close();
  });
});
