import assert from 'node:assert/strict';
import { test } from 'node:test';
import { de } from '../messages/de.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { imageCaption, sitemapImages } from './sitemap-images.ts';

const site = { baseUrl: 'https://depesche.example', messages: de } as SiteContext;

test('image entries: absolute URLs, the caption with its credit as the page shows it', () => {
  assert.deepEqual(
    sitemapImages(
      [
        { src: '/media/demo/ukraine-koalition.svg', caption: 'Medien: USA bereit', credit: '© zsu' },
        { src: 'https://bilder.example/b.jpg', caption: '', credit: 'Foto: dpa' },
        { src: '/media/demo/ohne.svg', caption: '', credit: '' },
      ],
      site,
    ),
    [
      { url: 'https://depesche.example/media/demo/ukraine-koalition.svg', caption: 'Medien: USA bereit (Bildquelle: © zsu)' },
      { url: 'https://bilder.example/b.jpg', caption: 'Bildquelle: Foto: dpa' },
      { url: 'https://depesche.example/media/demo/ohne.svg' },
    ],
  );
});

test('a long caption is shortened to 512 characters, the credit kept whole', () => {
  const caption = imageCaption({ caption: 'Sehr lang '.repeat(80), credit: '© Depesche' }, de);
  assert.equal(caption.length, 512);
  assert.match(caption, /… \(Bildquelle: © Depesche\)$/);
  const creditOnly = imageCaption({ caption: 'kurz', credit: 'x'.repeat(600) }, de);
  assert.equal(creditOnly.length, 512);
  assert.equal(imageCaption({ caption: 'a'.repeat(600), credit: '' }, de).length, 512);
});

test('at most 1,000 images per URL (Google\'s limit)', () => {
  const images = Array.from({ length: 1001 }, (_, i) => ({ src: `/media/demo/${i}.svg`, caption: '', credit: '' }));
  assert.equal(sitemapImages(images, site).length, 1000);
});
