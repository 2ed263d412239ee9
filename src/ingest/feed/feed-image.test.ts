import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickImage } from './feed-image.ts';

test("the item's HTML picture is read as the body reads it: a lazy-loading placeholder is skipped for data-src", () => {
  const html = '<p><img src="/img/blank.gif" data-src="/bilder/hafen.jpg" alt="Der Hafen"></p><p>Text</p>';
  assert.equal(pickImage([], [html], 'https://agentur.example/meldung')?.src, 'https://agentur.example/bilder/hafen.jpg');
});

test('tracking pixels and icons are no picture', () => {
  const html = '<img src="https://zaehler.example/p.gif" width="1" height="1"><img src="/bilder/icon.png" width="16" height="16">';
  assert.equal(pickImage([], [html], 'https://agentur.example/'), null);
});
