/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { uploadImage } from '../../src/commands/upload-image.ts';
import { articlePath } from '../../src/web/presenters/article-view.ts';
import { launchBrowser, noBrowser } from '../helpers/browser.ts';
import { sampleArticle } from '../helpers/sample-article.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * An uploaded picture in Chromium: the browser takes the AVIF in a width that
 * fits the screen, and the picture fills its column like any other image.
 */
const { server, dataDir } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();

const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#7a4b2c' } }).jpeg().toBuffer();
const { src } = await uploadImage(server.store, { bytes: photo, originalName: 'foto.jpg', createdBy: null }, { mediaDir: join(dataDir, 'media') });
const article = sampleArticle({ heroImage: { src, alt: 'Braun', caption: 'Ein Foto', credit: '© Test' } });
await server.store.articles.insert(article, { actor: 'test' });

describe('an uploaded picture in a browser', { skip: noBrowser }, () => {
  for (const viewport of [
    { name: 'phone', width: 390, height: 844, scale: 1, expected: 480 },
    { name: 'phone at 2×', width: 390, height: 844, scale: 2, expected: 800 },
    { name: 'desktop', width: 1366, height: 900, scale: 1, expected: 800 },
  ]) {
    test(`${viewport.name}: AVIF, ${viewport.expected} px wide, filling the column`, async () => {
      const context = await browser!.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.scale });
      const page = await context.newPage();
      await page.goto(server.url + articlePath(article), { waitUntil: 'load' });
      const shown = await page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('.hero-figure picture img')!;
        const figure = img.closest('figure')!;
        return {
          currentSrc: img.currentSrc,
          width: img.getBoundingClientRect().width,
          figureWidth: figure.getBoundingClientRect().width,
        };
      });
      await context.close();
      assert.match(shown.currentSrc, new RegExp(`/media/bilder/[0-9a-f]{32}/${viewport.expected}\\.avif$`));
      assert.ok(Math.abs(shown.width - shown.figureWidth) < 1, `fills its figure: ${shown.width} of ${shown.figureWidth}`);
    });
  }
});
