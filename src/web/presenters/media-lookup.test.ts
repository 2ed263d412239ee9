import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleView, BlockView, ImageView, TeaserView } from './article-view.ts';
import { mediaIdsIn, withMediaInfo, type MediaInfo } from './media-lookup.ts';

const a = 'a'.repeat(32);
const b = 'b'.repeat(32);
const image = (src: string | null): ImageView => ({ src, alt: 'Alt', caption: 'Unterschrift', credit: '© x' });
const view = (hero: ImageView | null, body: BlockView[]) =>
  ({ id: 'x', path: '/p/x', headline: 'H', image: hero, body }) as unknown as ArticleView;

const media = new Map<string, MediaInfo>([
  [a, { widths: [480, 800, 1200, 1600], width: 3000, height: 2000 }],
  [b, { widths: [300], width: 300, height: 200 }],
]);

test('fills in the hero and the body images that are uploads with a known record', () => {
  const article = view(image(`/media/bilder/${a}/1600.jpg`), [
    { type: 'paragraph', text: 'Absatz' },
    { type: 'image', image: image(`/media/bilder/${b}/300.jpg`) },
    { type: 'image', image: image('/media/demo/bild.svg') },
    { type: 'image', image: image(`/media/bilder/${'c'.repeat(32)}/800.jpg`) },
    { type: 'image', image: image(null) },
  ]);
  const filled = withMediaInfo(article, media);
  assert.deepEqual(filled.image?.responsive, { widths: [480, 800, 1200, 1600], width: 3000, height: 2000 });
  const bodyImages = filled.body.flatMap((block) => (block.type === 'image' ? [block.image.responsive] : []));
  assert.deepEqual(bodyImages, [{ widths: [300], width: 300, height: 200 }, undefined, undefined, undefined]);
  assert.equal(article.image?.responsive, undefined, 'pure: the input is not changed');
  assert.equal(filled.body[0], article.body[0]);
});

test('works on teasers, which have no body', () => {
  const teaser = { image: image(`/media/bilder/${b}/300.jpg`) } as TeaserView;
  const filled = withMediaInfo(teaser, media);
  assert.deepEqual(filled.image?.responsive?.widths, [300]);
  assert.equal('body' in filled, false);
  assert.equal(withMediaInfo({ image: null } as TeaserView, media).image, null);
});

test('mediaIdsIn lists each uploaded image once, and nothing else', () => {
  const views = [
    view(image(`/media/bilder/${a}/1600.jpg`), [{ type: 'image', image: image(`/media/bilder/${b}/300.webp`) }]),
    { image: image(`/media/bilder/${a}/800.jpg`) } as TeaserView,
    { image: image('/media/demo/x.svg') } as TeaserView,
    { image: image(`/media/bilder/${a}/../../x.jpg`) } as TeaserView,
  ];
  assert.deepEqual(mediaIdsIn(views), [a, b]);
});
