import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { uploadImage } from '../src/commands/upload-image.ts';
import { processUpload } from '../src/media/process-upload.ts';
import { articlePath } from '../src/web/presenters/article-view.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * Uploaded images end to end, against a real server: the derivatives are
 * served with the right types and cached forever, and the article page
 * offers them as a responsive <picture>.
 */
const { server, dataDir } = await startTestServer();
const mediaDir = join(dataDir, 'media');

const photo = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer();

async function page(path: string) {
  const response = await fetch(server.url + path);
  assert.equal(response.status, 200, path);
  return parseHTML(await response.text()).document;
}

describe('uploaded images on the reader site', () => {
  test('the derivatives are served with their types and cached forever; other media for a week', async () => {
    const image = await processUpload(photo, 'foto.jpg', { mediaDir });
    for (const [extension, type] of [['avif', 'image/avif'], ['webp', 'image/webp'], ['jpg', 'image/jpeg']]) {
      const response = await fetch(`${server.url}/media/bilder/${image.id}/480.${extension}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), type);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.ok((await response.arrayBuffer()).byteLength > 0);
    }
    const demo = await fetch(`${server.url}/media/demo/ukraine-koalition.svg`);
    assert.equal(demo.headers.get('cache-control'), 'public, max-age=604800');
    await demo.arrayBuffer();
    const missing = await fetch(`${server.url}/media/bilder/${image.id}/9999.jpg`);
    assert.equal(missing.status, 404);
    await missing.arrayBuffer();
  });

  test('an article with an uploaded hero image shows a <picture>, as soon as the upload is recorded', async () => {
    const src = (await processUpload(photo, 'foto.jpg', { mediaDir })).src;
    const article = sampleArticle({ heroImage: { src, alt: 'Ein blaues Bild', caption: 'Blau', credit: '© Test' } });
    await server.store.articles.insert(article, { actor: 'test' });

    // Files without a record (not yet saved by the upload): a plain img, still working.
    let document = await page(articlePath(article));
    assert.equal(document.querySelector('.hero-figure picture'), null);
    assert.equal(document.querySelector('.hero-figure img')?.getAttribute('src'), src);

    const uploaded = await uploadImage(server.store, { bytes: photo, originalName: 'foto.jpg', createdBy: null }, { mediaDir });
    assert.equal(uploaded.src, src);
    document = await page(articlePath(article));
    const picture = document.querySelector('.hero-figure picture');
    assert.ok(picture, 'the cached page was rendered again once the upload was recorded');
    assert.deepEqual([...picture.querySelectorAll('source')].map((s) => s.getAttribute('type')), ['image/avif', 'image/webp']);
    assert.match(picture.querySelector('source')?.getAttribute('srcset') ?? '', /480\.avif 480w, .*1600\.avif 1600w$/);
    const img = picture.querySelector('img');
    assert.deepEqual([img?.getAttribute('width'), img?.getAttribute('height'), img?.getAttribute('alt')], ['1600', '800', 'Ein blaues Bild']);
    // Every candidate the page offers is really there.
    for (const candidate of [...picture.querySelectorAll('source, img')].flatMap((el) => (el.getAttribute('srcset') ?? '').split(', '))) {
      const response = await fetch(server.url + candidate.split(' ')[0]);
      assert.equal(response.status, 200, candidate);
      await response.arrayBuffer();
    }
    // Teasers get the responsive image too: on the section front and on the home page.
    for (const path of ['/politik', '/']) {
      const teaserImage = (await page(path)).querySelector(`a.teaser-image[href="${articlePath(article)}"] picture source[type="image/avif"]`);
      assert.ok(teaserImage, path);
    }
  });
});
