import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../article/article.ts';
import { emptyDraft } from '../article/draft.ts';
import { maxPicturesPerItem, takePictures } from './take-pictures.ts';

const picture = (src: string): Block => ({ type: 'image', text: '', image: { src, alt: '', caption: '', credit: 'Agentur' } });

test(`at most ${maxPicturesPerItem} pictures are copied per item; local ones are left as they are`, async () => {
  const remote = Array.from({ length: maxPicturesPerItem + 2 }, (_, i) => picture(`https://agentur.example/bild-${i}.jpg`));
  const asked: string[] = [];
  const { draft, notes } = await takePictures({ ...emptyDraft('Schiffe kollidieren'), body: [picture('/media/bilder/abc/800.jpg'), ...remote] }, async (url) => {
    asked.push(url);
    return `/media/bilder/kopie-${asked.length}/800.jpg`;
  });
  assert.equal(asked.length, maxPicturesPerItem);
  const kept = draft.body.flatMap((block) => (block.type === 'image' ? [block.image.src] : []));
  assert.deepEqual(kept, ['/media/bilder/abc/800.jpg', ...asked.map((_, i) => `/media/bilder/kopie-${i + 1}/800.jpg`)]);
  assert.equal(notes.length, 2);
  assert.match(notes[0]!, /bild-6\.jpg nicht übernommen: höchstens 6 Bilder je Meldung/);
});

test('a hero picture that cannot be copied is left out with its reason; a protocol-relative address is fetched over https', async () => {
  const asked: string[] = [];
  const hero = { src: '//agentur.example/titel.jpg', alt: '', caption: 'Der Hafen', credit: 'Agentur' };
  const { draft, notes } = await takePictures({ ...emptyDraft('Schiffe kollidieren'), heroImage: hero }, async (url) => {
    asked.push(url);
    throw new Error('Die Datei ist kein Bild.');
  });
  assert.deepEqual(asked, ['https://agentur.example/titel.jpg']);
  assert.equal(draft.heroImage, null);
  assert.deepEqual(notes, ['Bild //agentur.example/titel.jpg nicht übernommen: Die Datei ist kein Bild.']);
});
