import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWellFormedToken, newToken, sameSecret, tokenHash } from './session-token.ts';

test('tokens are 43 URL-safe characters (256 bits) and never repeat', () => {
  const tokens = new Set(Array.from({ length: 1000 }, newToken));
  assert.equal(tokens.size, 1000);
  for (const token of tokens) assert.ok(isWellFormedToken(token), token);
  for (const bad of [undefined, '', 'abc', `${newToken()}x`, `${newToken().slice(0, 42)}+`]) assert.ok(!isWellFormedToken(bad), String(bad));
});

test('the stored form is the SHA-256 hex of the token', () => {
  assert.equal(tokenHash('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('secrets compare equal only when equal, and an empty one never matches', () => {
  const token = newToken();
  assert.equal(sameSecret(token, `${token}`), true);
  assert.equal(sameSecret(token, newToken()), false);
  assert.equal(sameSecret(token, token.slice(0, 42)), false);
  assert.equal(sameSecret('', ''), false);
});
