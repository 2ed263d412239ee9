import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isEmailAddress, normalizeEmail } from './email-address.ts';

test('addresses are trimmed and lowercased, so one person has one account', () => {
  assert.equal(normalizeEmail('  Erika.Muster@Zeitung.DE '), 'erika.muster@zeitung.de');
  assert.equal(normalizeEmail('JÜRGEN@zeitung.de'), 'jürgen@zeitung.de');
});

test('accepts what looks like an address and refuses what does not', () => {
  for (const ok of ['erika@zeitung.de', 'jürgen.müller@verlag.example', 'a+b@x.co.uk']) assert.ok(isEmailAddress(ok), ok);
  for (const bad of ['', 'erika', 'erika@', '@zeitung.de', 'erika@zeitung', 'er ika@zeitung.de', 'a@b@c.de', 'a@.de']) {
    assert.ok(!isEmailAddress(bad), bad);
  }
  assert.ok(!isEmailAddress(`${'a'.repeat(250)}@x.de`), 'longer than 254');
});
