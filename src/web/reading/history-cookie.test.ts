import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { decodeHistory, encodeHistory, historyMaxBytes, historyMaxIds, withRead } from './history-cookie.ts';

const secret = randomBytes(32);
const ids = (count: number, prefix = 'artikel') => Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

describe('history cookie', () => {
  test('what we signed comes back as it was, oldest first', () => {
    const history = ['artikel-a', 'Artikel_B', 'xYz-123'];
    assert.deepEqual(decodeHistory(encodeHistory(history, secret), secret), history);
  });

  test('a missing or empty cookie is no history', () => {
    assert.equal(decodeHistory(undefined, secret), null);
    assert.equal(decodeHistory('', secret), null);
  });

  test('forged: changed ids, a made-up signature, no signature, a signature of other ids', () => {
    const value = encodeHistory(['artikel-a', 'artikel-b'], secret);
    const signature = value.slice(value.lastIndexOf('.') + 1);
    assert.equal(decodeHistory(value.replace('artikel-a', 'artikel-x'), secret), null);
    assert.equal(decodeHistory(`artikel-a.artikel-b.${'A'.repeat(signature.length)}`, secret), null);
    assert.equal(decodeHistory('artikel-a.artikel-b', secret), null);
    assert.equal(decodeHistory('artikel-a', secret), null);
    assert.equal(decodeHistory(`artikel-a.${signature}`, secret), null);
    assert.equal(decodeHistory(`.${signature}`, secret), null);
    // Another spelling of the same signature bytes is refused too.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = signature.slice(0, -1) + alphabet[alphabet.indexOf(signature.at(-1)!) ^ 1];
    assert.deepEqual(Buffer.from(respelled, 'base64url'), Buffer.from(signature, 'base64url'), 'the same bytes');
    assert.equal(decodeHistory(`artikel-a.artikel-b.${respelled}`, secret), null);
  });

  test('truncated anywhere: refused', () => {
    const value = encodeHistory(ids(5), secret);
    for (let length = 0; length < value.length; length++) {
      assert.equal(decodeHistory(value.slice(0, length), secret), null, `cut at ${length}`);
    }
  });

  test('signed with another secret: refused', () => {
    assert.equal(decodeHistory(encodeHistory(['artikel-a'], randomBytes(32)), secret), null);
  });

  test('oversized: refused before the signature is even computed', () => {
    const value = encodeHistory(ids(3), secret);
    assert.equal(decodeHistory(value + 'x'.repeat(historyMaxBytes), secret), null);
    assert.equal(decodeHistory('a'.repeat(100_000), secret), null);
  });

  test('the longest honest history fits the size limit', () => {
    const longest = Array.from({ length: historyMaxIds }, (_, index) => `${index}`.padStart(64, 'x'));
    const value = encodeHistory(longest, secret);
    assert.ok(value.length <= historyMaxBytes, `${value.length} bytes`);
    assert.deepEqual(decodeHistory(value, secret), longest);
  });

  test('too many, repeated or malformed ids are refused even when signed with our secret', () => {
    // Written the way only someone holding the secret could, as an older format might have.
    const signed = (payload: string) => `${payload}.${sign(payload)}`;
    assert.equal(decodeHistory(signed(ids(historyMaxIds + 1).join('.')), secret), null);
    assert.equal(decodeHistory(signed('artikel-a.artikel-a'), secret), null);
    assert.equal(decodeHistory(signed('kurz'), secret), null);
    assert.equal(decodeHistory(signed('artikel a'), secret), null);
    assert.equal(decodeHistory(signed('artikel-a..artikel-b'), secret), null);
    assert.deepEqual(decodeHistory(signed(ids(historyMaxIds).join('.')), secret), ids(historyMaxIds));
  });

  test('encoding keeps the last 20 and refuses what is not an article id', () => {
    assert.deepEqual(decodeHistory(encodeHistory(ids(25), secret), secret), ids(25).slice(-20));
    assert.throws(() => encodeHistory(['<script>'], secret));
    assert.throws(() => encodeHistory(['a.b.c.d.e.f'], secret));
  });

  test('a read moves the article to the end and drops the oldest beyond 20', () => {
    assert.deepEqual(withRead([], 'artikel-a'), ['artikel-a']);
    assert.deepEqual(withRead(['artikel-a', 'artikel-b'], 'artikel-a'), ['artikel-b', 'artikel-a']);
    assert.deepEqual(withRead(ids(20), 'artikel-neu'), [...ids(20).slice(1), 'artikel-neu']);
    assert.deepEqual(withRead(ids(20), 'artikel-0'), [...ids(20).slice(1), 'artikel-0']);
  });
});

function sign(payload: string): string {
  // The same construction as the module's: HMAC-SHA256 over the versioned label and the payload.
  return createHmac('sha256', secret).update('depesche_gelesen/v1|').update(payload).digest('base64url');
}
