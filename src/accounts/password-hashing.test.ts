import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOptions } from '@node-rs/argon2';
import { argon2Hasher } from './password-hashing.ts';

test('hashes with argon2id and the library defaults (19 MiB, 2 passes, 1 lane), salted', async () => {
  const first = await argon2Hasher.hash('Frühling in Berlin 2026');
  const second = await argon2Hasher.hash('Frühling in Berlin 2026');
  assert.match(first, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  const options = parseOptions(first);
  assert.equal(options.algorithm, 2, 'Argon2id');
  assert.equal(options.saltLen, 16);
  assert.equal(options.outputLen, 32);
  assert.notEqual(first, second, 'every hash has its own salt');
});

test('verifies the right password and refuses a wrong one', async () => {
  const stored = await argon2Hasher.hash('korrektes Pferd Batterie');
  assert.equal(await argon2Hasher.verify(stored, 'korrektes Pferd Batterie'), true);
  assert.equal(await argon2Hasher.verify(stored, 'korrektes pferd Batterie'), false);
  assert.equal(await argon2Hasher.verify(stored, ''), false);
});

test('a composed and a decomposed umlaut are the same password', async () => {
  const stored = await argon2Hasher.hash('Grüße aus Köln!'.normalize('NFD'));
  assert.equal(await argon2Hasher.verify(stored, 'Grüße aus Köln!'.normalize('NFC')), true);
});

test('an unreadable hash is a failed check, not an exception', async () => {
  assert.equal(await argon2Hasher.verify('kein-hash', 'irgendein Passwort'), false);
  assert.equal(await argon2Hasher.verify('', 'irgendein Passwort'), false);
});
