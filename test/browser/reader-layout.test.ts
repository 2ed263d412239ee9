/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { artifactsDir, launchBrowser, noBrowser } from '../helpers/browser.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * The reader site as a person sees it, on a phone and on a desktop, in
 * headless Chromium. Screenshots land in test-artifacts/.
 */
const referencePath = '/nachrichten/usa-bieten-unterstuetzung-fuer-koalition-in-ukraine-nach-waffenstillstand';
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;

const { server } = await startTestServer();
// Top-level, so that the after() hooks that close them belong to the whole file.
const browser = noBrowser ? null : await launchBrowser();

describe('reader site in a browser', { skip: noBrowser }, () => {

  for (const viewport of viewports) {
    for (const [name, path] of [['article', referencePath], ['home', '/'], ['section', '/nachrichten']] as const) {
      test(`${name} page fits a ${viewport.name} screen and asks no third party for anything`, async () => {
        const page = await browser!.newPage({ viewport: { width: viewport.width, height: viewport.height } });
        const foreignRequests: string[] = [];
        const failed: string[] = [];
        const consoleErrors: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
        });
        page.on('requestfailed', (request) => failed.push(request.url()));
        page.on('response', (response) => {
          if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
        });
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });

        await page.goto(server.url + path, { waitUntil: 'load' });
        const layout = await page.evaluate(() => {
          const h1 = document.querySelector('h1');
          const images = [...document.querySelectorAll('img')];
          return {
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize),
            stylesheetApplied: getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)',
            h1Width: h1 ? h1.getBoundingClientRect().width : 0,
            brokenImages: images.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
            widestImage: Math.max(0, ...images.map((img) => img.getBoundingClientRect().right)),
          };
        });
        await page.screenshot({ path: new URL(`reader-${name}-${viewport.name}.png`, artifactsDir).pathname, fullPage: true });
        await page.close();

        assert.ok(layout.stylesheetApplied, 'the stylesheet is applied');
        assert.ok(layout.scrollWidth <= layout.clientWidth, `no sideways scrolling: ${layout.scrollWidth} > ${layout.clientWidth}`);
        assert.ok(layout.widestImage <= layout.clientWidth + 1, 'images stay inside the screen');
        assert.ok(layout.bodyFontSize >= 16, `readable text size: ${layout.bodyFontSize}px`);
        assert.ok(layout.h1Width > 0 && layout.h1Width <= viewport.width, 'the headline is laid out inside the screen');
        assert.deepEqual(layout.brokenImages, []);
        assert.deepEqual(foreignRequests, [], 'no request leaves the site');
        assert.deepEqual(failed, []);
        assert.deepEqual(consoleErrors, []);
      });
    }
  }
});
