import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockSchema } from '../../article/article.ts';
import { fragmentToBlocks } from './fragment-to-blocks.ts';

const base = 'https://www.beispiel-zeitung.de/politik/landtag-123.html';

test('paragraphs, subheadings, quotes and lists become their blocks', () => {
  const blocks = fragmentToBlocks(
    `<p>Der Landtag hat am Mittwoch <a href="/haushalt">den Haushalt</a> beschlossen.</p>
     <h2>Was ändert sich?</h2>
     <p>Die Kita-Gebühren sinken.</p>
     <blockquote><p>„Das ist ein guter Tag für Familien.“</p><footer>— Ministerin Anna Berg</footer></blockquote>
     <ul><li>Kitas</li><li>Schulen <ul><li>Grundschulen</li></ul></li></ul>
     <ol><li>Erstens</li><li>Zweitens</li></ol>
     <h3>Und dann?</h3>`,
    base,
  );
  assert.deepEqual(blocks, [
    { type: 'paragraph', text: 'Der Landtag hat am Mittwoch den Haushalt beschlossen.' },
    { type: 'subheading', text: 'Was ändert sich?' },
    { type: 'paragraph', text: 'Die Kita-Gebühren sinken.' },
    { type: 'quote', text: '„Das ist ein guter Tag für Familien.“', attribution: 'Ministerin Anna Berg' },
    { type: 'list', text: '', items: ['Kitas', 'Schulen', 'Grundschulen'] },
    { type: 'list', text: '', items: ['Erstens', 'Zweitens'], ordered: true },
    { type: 'subheading', text: 'Und dann?' },
  ]);
  for (const block of blocks) blockSchema.parse(block);
});

test('a figure becomes an image with caption and credit split, its address resolved against the page', () => {
  const blocks = fragmentToBlocks(
    `<figure><img src="/bilder/landtag.jpg" alt="Plenarsaal"><figcaption>Der Plenarsaal in Kiel. Foto: dpa</figcaption></figure>
     <figure><img src="data:image/gif;base64,R0lGOD" data-src="fotos/berg.jpg"><figcaption>Ministerin Berg <span class="credit">Bild: Max Muster</span></figcaption></figure>
     <figure><img src="https://cdn.example.org/a.jpg"><figcaption>© zsu</figcaption></figure>`,
    base,
  );
  assert.deepEqual(blocks, [
    {
      type: 'image',
      text: 'Der Plenarsaal in Kiel.',
      image: { src: 'https://www.beispiel-zeitung.de/bilder/landtag.jpg', alt: 'Plenarsaal', caption: 'Der Plenarsaal in Kiel.', credit: 'dpa' },
    },
    {
      type: 'image',
      text: 'Ministerin Berg',
      image: { src: 'https://www.beispiel-zeitung.de/politik/fotos/berg.jpg', alt: '', caption: 'Ministerin Berg', credit: 'Max Muster' },
    },
    { type: 'image', text: '', image: { src: 'https://cdn.example.org/a.jpg', alt: '', caption: '', credit: '© zsu' } },
  ]);
});

test('a relative image address without a base is left out, the caption kept', () => {
  assert.deepEqual(fragmentToBlocks('<figure><img src="/a.jpg" alt="A"><figcaption>Ein Bild</figcaption></figure>', null), [
    { type: 'image', text: 'Ein Bild', image: { alt: 'A', caption: 'Ein Bild', credit: '' } },
  ]);
});

test('scripts, styles, forms, iframes, tracking pixels and empty text are dropped', () => {
  const blocks = fragmentToBlocks(
    `<script>track()</script><style>p{}</style><p>  </p><p>&nbsp;</p>
     <form><label>E-Mail</label><input name="mail"><button>Abonnieren</button></form>
     <iframe src="https://video.example/1"></iframe><img src="/pixel.gif" width="1" height="1">
     <p>Nur dieser Satz bleibt.</p>`,
    base,
  );
  assert.deepEqual(blocks, [{ type: 'paragraph', text: 'Nur dieser Satz bleibt.' }]);
});

test('feed content: bare text, double line breaks, soft hyphens and bold-only lines', () => {
  const blocks = fragmentToBlocks(
    'Erster Absatz mit Kinder\u00ADbetreuung.<br><br>Zweiter Absatz,<br>mit Umbruch.<p><strong>Was heißt das für Eltern?</strong></p><div>Text im div.</div>',
    null,
  );
  assert.deepEqual(blocks, [
    { type: 'paragraph', text: 'Erster Absatz mit Kinderbetreuung.' },
    { type: 'paragraph', text: 'Zweiter Absatz, mit Umbruch.' },
    { type: 'subheading', text: 'Was heißt das für Eltern?' },
    { type: 'paragraph', text: 'Text im div.' },
  ]);
});

test('a credit line printed under a bare picture is the picture\'s credit', () => {
  assert.deepEqual(fragmentToBlocks('<p><img src="https://x.example/b.jpg" alt="Hafen"></p><p>Bildquelle: © zsu</p><p>Danach Text.</p>', null), [
    { type: 'image', text: 'Hafen', image: { src: 'https://x.example/b.jpg', alt: 'Hafen', caption: '', credit: '© zsu' } },
    { type: 'paragraph', text: 'Danach Text.' },
  ]);
});

test('a data table becomes one paragraph per row', () => {
  assert.deepEqual(fragmentToBlocks('<table><tr><th>Partei</th><th>Stimmen</th></tr><tr><td>A</td><td>31 %</td></tr></table>', null), [
    { type: 'paragraph', text: 'Partei | Stimmen' },
    { type: 'paragraph', text: 'A | 31 %' },
  ]);
});

test('markup nested thousands deep is read as text, not a stack overflow', () => {
  const html = `${'<div>'.repeat(20_000)}<p>Tief drinnen steht der Text.</p>${'</div>'.repeat(20_000)}`;
  assert.deepEqual(fragmentToBlocks(html, null), [{ type: 'paragraph', text: 'Tief drinnen steht der Text.' }]);
});
