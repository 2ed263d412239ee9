/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectAccessible } from './helpers/accessibility.ts';
import { artifactsDir, launchBrowser, noBrowser } from './helpers/browser.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The author page in headless Chromium, beside the topic page it is built
 * like: axe-core finds nothing serious, it fits a phone, and the browser sees
 * its feeds. Screenshots land in test-artifacts/.
 */
const { server } = await startTestServer();
// Top-level, so that the after() hook that closes it belongs to the whole file.
const browser = noBrowser ? null : await launchBrowser();

describe('author page in a browser', { skip: noBrowser }, () => {
  for (const [name, path] of [
    ['author page', '/autor/sophie-marquardt'],
    ['topic page', '/thema/keir-starmer'],
  ] as const) {
    test(`${name}: accessible, fits a phone, announces its feeds`, async (t) => {
      // bypassCSP: axe is injected as an inline script, which the site's policy rightly refuses.
      const context = await browser!.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 }, locale: 'de-DE' });
      const page = await context.newPage();
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      assert.equal(response?.status(), 200);
      await expectAccessible(t, page, name);
      const facts = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        headings: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        teasers: document.querySelectorAll('main article.teaser').length,
        feeds: [...document.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('type')),
      }));
      await page.screenshot({ path: new URL(`syndication-${name.replace(' ', '-')}-phone.png`, artifactsDir).pathname, fullPage: true });
      await context.close();
      assert.equal(facts.overflow, false, 'no sideways scrolling');
      assert.equal(facts.headings.length, 1);
      assert.ok(facts.teasers >= 1);
      assert.deepEqual(facts.feeds, ['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
    });
  }
});
