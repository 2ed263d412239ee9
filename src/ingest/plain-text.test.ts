import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftFromPlainText } from './plain-text.ts';

test('blank lines separate paragraphs; line breaks and runs of spaces inside one are joined', () => {
  const draft = draftFromPlainText('Erster  Absatz,\nüber zwei Zeilen.\n\n \n\nZweiter Absatz.\r\n\r\nDritter.');
  assert.deepEqual(draft.body, [
    { type: 'paragraph', text: 'Erster Absatz, über zwei Zeilen.' },
    { type: 'paragraph', text: 'Zweiter Absatz.' },
    { type: 'paragraph', text: 'Dritter.' },
  ]);
  assert.deepEqual(draftFromPlainText(' \n\n ').body, []);
});
