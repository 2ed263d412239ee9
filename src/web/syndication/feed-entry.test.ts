import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { sampleArticle } from '../../../test/helpers/sample-article.ts';
import { tempDir } from '../../../test/helpers/temp-dir.ts';
import { presentArticle } from '../presenters/article-view.ts';
import { withMediaInfo } from '../presenters/media-lookup.ts';
import { testSite } from '../../../test/helpers/test-site.ts';
import { presentFeedEntry } from './feed-entry.ts';

const site = testSite();
const uploadId = '0123456789abcdef0123456789abcdef';

test('the full text: key points first, then lead, picture with caption and credit, body and sources; all URLs absolute, all text escaped', async () => {
  const mediaDir = join(await tempDir(), 'media');
  await mkdir(join(mediaDir, 'bilder', uploadId), { recursive: true });
  await writeFile(join(mediaDir, 'bilder', uploadId, '1200.jpg'), Buffer.alloc(4321));
  const article = sampleArticle({
    headline: 'Größe <zählt> & mehr',
    lead: 'Ein Vorspann mit <script>alert(1)</script> & Umlauten: äöü',
    heroImage: { src: `/media/bilder/${uploadId}/1600.jpg`, alt: 'Eine Brücke', caption: 'Die Brücke', credit: '© zsu' },
    keyPoints: [{ text: 'Erstens & zweitens', origin: 'editor' }, { text: 'Drittens', origin: 'suggested' }],
    tags: ['Verkehr', 'Politik'],
  });
  const view = withMediaInfo(presentArticle(article, site), new Map([[uploadId, { widths: [480, 800, 1200, 1600], width: 3200, height: 1800 }]]));
  const entry = await presentFeedEntry(view, site, mediaDir);

  assert.equal(entry.id, `tag:depesche.example,2025-04-25:artikel/${article.id}`);
  assert.equal(entry.url, `https://depesche.example/politik/${article.slug}`);
  assert.equal(entry.title, 'Größe <zählt> & mehr', 'plain text here; each format escapes it');
  assert.equal(entry.summary, article.lead);
  assert.deepEqual(entry.authors, ['Erika Musterfrau']);
  assert.deepEqual(entry.categories, ['Politik', 'Verkehr'], 'the section first, a tag equal to it only once');
  assert.deepEqual(entry.image, {
    url: `https://depesche.example/media/bilder/${uploadId}/1200.jpg`,
    mediaType: 'image/jpeg',
    length: 4321,
    width: 1200,
    height: 675,
    alt: 'Eine Brücke',
    caption: 'Die Brücke',
    credit: '© zsu',
  });

  const { document } = parseHTML(`<!doctype html><html><body>${entry.contentHtml}</body></html>`);
  const order = [...document.body.children].map((element) => element.tagName.toLowerCase());
  assert.deepEqual(order.slice(0, 5), ['h2', 'ul', 'p', 'figure', 'p'], 'key points, lead, picture, body');
  assert.equal(document.querySelector('h2')?.textContent, 'Was müssen Sie wissen?');
  assert.deepEqual([...document.querySelectorAll('ul')[0]!.querySelectorAll('li')].map((li) => li.textContent), ['Erstens & zweitens', 'Drittens']);
  assert.equal(document.querySelector('p strong')?.textContent, article.lead, 'the lead as text, its markup escaped');
  assert.equal(document.querySelector('script'), null);
  const [hero, bodyPicture] = [...document.querySelectorAll('figure')].filter((figure) => figure.querySelector('img'));
  assert.equal(hero?.querySelector('img')?.getAttribute('src'), `https://depesche.example/media/bilder/${uploadId}/1200.jpg`);
  assert.equal(hero?.querySelector('img')?.getAttribute('width'), '1200');
  assert.equal(hero?.querySelector('figcaption')?.textContent, 'Die Brücke Bildquelle: © zsu');
  assert.equal(bodyPicture?.querySelector('img')?.getAttribute('src'), 'https://depesche.example/media/demo/test2.svg');
  assert.equal(bodyPicture?.querySelector('figcaption')?.textContent, 'Bild im Text Bildquelle: Foto: Depesche');
  assert.equal(document.querySelector('blockquote')?.textContent, 'Ein Zitat.');
  assert.ok([...document.querySelectorAll('h2')].some((h) => h.textContent === 'Was folgt daraus?'), 'subheadings');
  assert.deepEqual([...document.querySelectorAll('ul')[1]!.querySelectorAll('li')].map((li) => li.textContent), ['eins', 'zwei'], 'lists');
  assert.equal(document.querySelector('a[href="https://www.thetimes.com"]')?.textContent, 'The Times', 'sources');
  assert.ok(!/(?:src|href)="\//.test(entry.contentHtml), 'no relative URL');
});

test('an article without authors names the site; a picture without a file keeps its caption and credit; no hero, no image', async () => {
  const article = sampleArticle({
    authors: [],
    heroImage: null,
    keyPoints: [],
    body: [{ type: 'image', text: 'Nur Text', image: { alt: '', caption: 'Medien: USA bereit', credit: '© zsu' } }],
  });
  const entry = await presentFeedEntry(presentArticle(article, site), site, join(await tempDir(), 'media'));
  assert.deepEqual(entry.authors, ['Depesche']);
  assert.equal(entry.image, null);
  assert.equal(entry.contentHtml.includes('Was müssen Sie wissen?'), false, 'no empty key points box');
  assert.match(entry.contentHtml, /<figure><figcaption>Medien: USA bereit <small>Bildquelle: © zsu<\/small><\/figcaption><\/figure>/);
});

test('updated is never before published (an article edited before its scheduled time)', async () => {
  const article = sampleArticle({ publishedAt: '2025-04-25T18:30:00+02:00', updatedAt: '2025-04-20T10:00:00+02:00' });
  const entry = await presentFeedEntry(presentArticle(article, site), site, '/nonexistent');
  assert.equal(entry.updated, '2025-04-25T18:30:00+02:00');
  assert.equal(entry.published, '2025-04-25T18:30:00+02:00');
});

test('the entry id does not depend on slug or section: a moved or renamed article keeps it', async () => {
  const mediaDir = join(await tempDir(), 'media');
  const article = sampleArticle({ id: 'bleibt123' });
  const moved = { ...article, slug: 'neuer-titel', section: 'Nachrichten' };
  const before = await presentFeedEntry(presentArticle(article, site), site, mediaDir);
  const after = await presentFeedEntry(presentArticle(moved, site), site, mediaDir);
  assert.notEqual(before.url, after.url, 'the address moved');
  assert.equal(before.id, after.id);
  assert.equal(after.id, 'tag:depesche.example,2025-04-25:artikel/bleibt123');
});
