import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cutText, htmlToText, plainText, textToHtml } from './html-text.ts';

describe('htmlToText', () => {
  test('paragraphs and line breaks do not run together; scripts and styles are left out; entities decoded', () => {
    assert.equal(
      htmlToText('<p>Erster&nbsp;Satz.</p><p>Zweiter &amp; letzter<br>Teil.</p><script>var x = "<p>";</script><style>p{}</style>'),
      'Erster Satz. Zweiter & letzter Teil.',
    );
  });

  test('an image with its text around it', () => {
    assert.equal(htmlToText('<img src="a.jpg" alt="Bild"/>Im Dom haben Betroffene gedacht.<br clear="all"/><br/><p><br/></p>'), 'Im Dom haben Betroffene gedacht.');
  });

  test('soft hyphens and zero-width spaces disappear', () => {
    assert.equal(htmlToText('Bundes\u00ADverfassungs\u200Bgericht'), 'Bundesverfassungsgericht');
  });
});

describe('plainText', () => {
  test('strips whole tags only', () => {
    assert.equal(plainText('Ein <b>fetter</b> Titel'), 'Ein fetter Titel');
    assert.equal(plainText('Warum a<b gilt'), 'Warum a<b gilt');
  });

  test('decodes entities left from double escaping', () => {
    assert.equal(plainText('Tom &amp; Jerry &quot;live&quot;'), 'Tom & Jerry "live"');
    assert.equal(plainText('AT&T bleibt'), 'AT&T bleibt');
  });
});

describe('cutText', () => {
  test('cuts at a word and marks the cut', () => {
    assert.equal(cutText('kurz', 10), 'kurz');
    assert.equal(cutText('Die Regierung hat heute beschlossen', 20), 'Die Regierung hat…');
    assert.ok(cutText('x'.repeat(50), 20).length <= 20);
  });
});

describe('textToHtml', () => {
  test('escapes and makes a paragraph of each block', () => {
    assert.equal(textToHtml('a < b & c\n\nZeile eins\nZeile zwei'), '<p>a &lt; b &amp; c</p>\n<p>Zeile eins<br>Zeile zwei</p>');
  });
});
