import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from './dom.ts';
import { takeKeyPoints } from './key-points-box.ts';

const points = (...texts: string[]) => texts.map((text) => ({ text, origin: 'editor' }));

test('the summary box is found under each of its usual headings and leaves the page', () => {
  const pages = [
    '<div class="box"><p><strong>Auf einen Blick:</strong></p><ul><li>Erstens.</li><li>Zweitens.</li></ul></div><p>Text danach.</p>',
    '<section><header><h3>Kurz zusammengefasst</h3></header><ol><li>Erstens.</li><li>Zweitens.</li></ol></section><p>Text danach.</p>',
    '<h2>Die wichtigsten Punkte</h2><ul><li>Erstens.</li><li>Zweitens.</li></ul><p>Text danach.</p>',
    '<aside><b>Das Wichtigste in Kürze:</b><ul><li>Erstens.</li><li>Zweitens.</li></ul></aside><p>Text danach.</p>',
  ];
  for (const html of pages) {
    const document = parseDocument(`<html><body><article><h1>Titel</h1>${html}</article></body></html>`);
    assert.deepEqual(takeKeyPoints(document), points('Erstens.', 'Zweitens.'), html);
    const rest = document.body?.textContent ?? '';
    assert.equal(rest.includes('Erstens') || /Blick|zusammengefasst|Punkte|Kürze/.test(rest), false, html);
    assert.equal(rest.includes('Text danach.'), true, html);
  }
});

test('a list that does not follow such a heading directly is body text', () => {
  const document = parseDocument('<html><body><h2>Auf einen Blick</h2><p>Ein Absatz dazwischen.</p><ul><li>Punkt</li></ul></body></html>');
  assert.deepEqual(takeKeyPoints(document), []);
  assert.equal(document.querySelectorAll('li').length, 1);
});
