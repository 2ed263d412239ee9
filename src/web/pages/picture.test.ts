import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { figure } from './image.ts';
import { articleImageSizes, picture } from './picture.ts';

const id = '0123456789abcdef0123456789abcdef';
const upload = {
  src: `/media/bilder/${id}/1600.jpg`,
  alt: 'Der Kanzler am Rednerpult – „Zitat“ & <Tag>',
  responsive: { widths: [480, 800, 1200, 1600], width: 3000, height: 2000 },
};

function parse(markup: unknown) {
  return parseHTML(`<!doctype html><html><body>${String(markup)}</body></html>`).document;
}

const srcsetWidths = (srcset: string | null | undefined) =>
  (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/));

describe('picture', () => {
  test('an upload: AVIF, then WebP sources, each in every width, and a JPEG img with its size', () => {
    const document = parse(picture(upload, { loading: 'lazy' }));
    const element = document.querySelector('picture');
    assert.ok(element);
    const sources = [...element.querySelectorAll('source')];
    assert.deepEqual(sources.map((s) => s.getAttribute('type')), ['image/avif', 'image/webp']);
    for (const [source, extension] of [[sources[0], 'avif'], [sources[1], 'webp']] as const) {
      assert.deepEqual(srcsetWidths(source?.getAttribute('srcset')), [480, 800, 1200, 1600].map((w) => [`/media/bilder/${id}/${w}.${extension}`, `${w}w`]));
      assert.equal(source?.getAttribute('sizes'), articleImageSizes);
    }
    const img = element.querySelector('img');
    assert.equal(element.lastElementChild, img, 'the img comes after the sources');
    assert.equal(img?.getAttribute('src'), upload.src);
    assert.deepEqual(srcsetWidths(img?.getAttribute('srcset')), [480, 800, 1200, 1600].map((w) => [`/media/bilder/${id}/${w}.jpg`, `${w}w`]));
    assert.equal(img?.getAttribute('sizes'), articleImageSizes);
    assert.equal(img?.getAttribute('width'), '1600');
    assert.equal(img?.getAttribute('height'), '1067', 'the proportions of the original, 3:2');
    assert.equal(img?.getAttribute('alt'), upload.alt, 'alt text escaped and intact');
    assert.equal(img?.getAttribute('loading'), 'lazy');
    assert.equal(img?.getAttribute('decoding'), 'async');
  });

  test('a small upload with a single width, and a caller-chosen sizes', () => {
    const small = { src: `/media/bilder/${id}/300.jpg`, alt: '', responsive: { widths: [300], width: 300, height: 600 } };
    const img = parse(picture(small, { loading: 'eager', sizes: '100vw' })).querySelector('picture img');
    assert.equal(img?.getAttribute('srcset'), `/media/bilder/${id}/300.jpg 300w`);
    assert.deepEqual([img?.getAttribute('width'), img?.getAttribute('height'), img?.getAttribute('sizes')], ['300', '600', '100vw']);
    assert.equal(img?.getAttribute('loading'), 'eager');
    assert.equal(img?.getAttribute('alt'), '', 'an empty alt stays, marking a decorative image');
  });

  test('an image that is not an upload stays a plain img', () => {
    for (const image of [
      { src: '/media/demo/ukraine-koalition.svg', alt: 'Demo', responsive: upload.responsive },
      { src: 'https://example.org/bild.jpg', alt: 'Extern' },
      { src: upload.src, alt: 'Upload ohne bekannte Breiten' },
    ]) {
      const document = parse(picture(image, { loading: 'lazy' }));
      assert.equal(document.querySelector('picture'), null, image.src);
      const img = document.querySelector('img');
      assert.equal(img?.getAttribute('src'), image.src);
      assert.equal(img?.getAttribute('srcset'), null);
      assert.equal(img?.getAttribute('alt'), image.alt);
    }
  });

  test('figure() renders the picture for an upload, with caption and credit', () => {
    const document = parse(figure({ ...upload, caption: 'Bildunterschrift', credit: '© dpa' }, 'Bildquelle:', { hero: true }));
    const fig = document.querySelector('figure.hero-figure');
    assert.ok(fig?.querySelector('picture > source[type="image/avif"]'));
    assert.equal(fig?.querySelector('picture img')?.getAttribute('loading'), 'eager');
    assert.equal(fig?.querySelector('.credit')?.textContent, 'Bildquelle: © dpa');
  });
});
