import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPassword, maxPasswordLength, passwordProblem } from './password-rules.ts';

test('at least 12 characters, told in German with the count', () => {
  assert.equal(passwordProblem('elf Zeichen'), 'Das Passwort ist zu kurz: mindestens 12 Zeichen, es hat 11.');
  assert.equal(passwordProblem('zwölfZeichen'), null);
  assert.equal(passwordProblem('ein langer Satz als Passwort'), null);
});

test('counts characters, not UTF-16 units: six emoji are six characters', () => {
  assert.match(passwordProblem('🔑🔑🔑🔑🔑🗝') ?? '', /es hat 6\./);
});

test('refuses blanks, one repeated character, the e-mail address and the absurdly long', () => {
  assert.match(passwordProblem(' '.repeat(14)) ?? '', /Leerzeichen/);
  assert.match(passwordProblem('a'.repeat(20)) ?? '', /wiederholten Zeichen/);
  assert.match(passwordProblem('erika@zeitung.de', { email: 'erika@zeitung.de' }) ?? '', /E-Mail-Adresse/);
  assert.match(passwordProblem('x'.repeat(maxPasswordLength) + 'y') ?? '', /zu lang/);
});

test('checkPassword throws invalid_input with the reason', () => {
  assert.throws(() => checkPassword('kurz'), { code: 'invalid_input', message: /zu kurz/ });
  assert.doesNotThrow(() => checkPassword('lang genug und gut'));
});
