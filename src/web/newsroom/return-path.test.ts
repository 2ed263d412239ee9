import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeReturnPath } from './return-path.ts';

test('newsroom paths come back as they are, with query and fragment', () => {
  for (const path of ['/redaktion', '/redaktion/', '/redaktion/artikel/abc', '/redaktion/artikel?status=draft&seite=2', '/redaktion/artikel/abc#feld-lead']) {
    assert.equal(safeReturnPath(path), path);
  }
});

test('everything that could leave the newsroom or the site gives the newsroom front page', () => {
  for (const path of [
    undefined,
    null,
    '',
    'https://evil.example',
    'https://evil.example/redaktion',
    '//evil.example/redaktion',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'redaktion/artikel',
    '/redaktionen',
    '/redaktion/../nachrichten',
    '/redaktion/%2e%2e/nachrichten',
    '/redaktion/\nSet-Cookie: x',
    '/redaktion/anmelden',
    '/redaktion/abmelden',
    '/nachrichten',
    `/redaktion/${'x'.repeat(2000)}`,
  ]) {
    assert.equal(safeReturnPath(path), '/redaktion', String(path));
  }
});
