import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { AccountService, wrongCredentialsMessage } from './account-service.ts';
import { TooManyAttemptsError } from './sign-in-throttle.ts';

/** A fake clock: tests move it instead of waiting. */
function clock(start = '2026-03-02T09:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => current,
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

const minute = 60_000;
const hour = 60 * minute;
const store = await openSqliteStore(join(await tempDir(), 'accounts.sqlite'));
after(() => store.close());

let counter = 0;
/** A service with its own clock and a fresh user (unique address) on the shared store. */
async function setup(role = 'redakteur') {
  const time = clock();
  const accounts = new AccountService({ repository: store.accounts, now: time.now });
  const email = `person${++counter}@zeitung.de`;
  const password = 'richtiges Passwort 1';
  const user = await accounts.createUser({ email, role, password, name: `Person ${counter}` });
  return { time, accounts, email, password, user, ip: `10.0.0.${counter}` };
}

const wrongCredentials = { code: 'unauthorized', status: 401, message: wrongCredentialsMessage };

describe('creating users', () => {
  const accounts = new AccountService({ repository: store.accounts });

  test('stores the address lowercased, derives a name, never returns the hash', async () => {
    const user = await accounts.createUser({ email: '  Neu.Person@Zeitung.DE ', role: 'autor', password: 'ein gutes Passwort' });
    assert.equal(user.email, 'neu.person@zeitung.de');
    assert.equal(user.name, 'neu.person');
    assert.equal(user.role, 'autor');
    assert.equal(user.disabled, false);
    assert.ok(!('passwordHash' in user));
    const stored = await store.accounts.findUserByEmail('neu.person@zeitung.de');
    assert.match(stored?.passwordHash ?? '', /^\$argon2id\$/);
    assert.ok((await accounts.listUsers()).some((listed) => listed.email === 'neu.person@zeitung.de'));
  });

  test('refuses a taken address (in any case), a bad role, a bad address and a weak password, in German', async () => {
    await accounts.createUser({ email: 'doppelt@zeitung.de', role: 'autor', password: 'ein gutes Passwort' });
    await assert.rejects(accounts.createUser({ email: 'DOPPELT@zeitung.de', role: 'autor', password: 'ein gutes Passwort' }), {
      code: 'conflict',
      message: 'Die E-Mail-Adresse doppelt@zeitung.de gehört schon zu einem Benutzer.',
    });
    await assert.rejects(accounts.createUser({ email: 'chef@zeitung.de', role: 'chef', password: 'ein gutes Passwort' }), {
      code: 'invalid_input',
      message: '„chef“ ist keine Rolle. Möglich sind: autor, redakteur, admin.',
    });
    await assert.rejects(accounts.createUser({ email: 'keine-adresse', role: 'autor', password: 'ein gutes Passwort' }), {
      code: 'invalid_input',
      message: '„keine-adresse“ ist keine gültige E-Mail-Adresse.',
    });
    await assert.rejects(accounts.createUser({ email: 'kurz@zeitung.de', role: 'autor', password: 'zu kurz' }), {
      code: 'invalid_input',
      message: /zu kurz: mindestens 12 Zeichen/,
    });
    assert.equal(await store.accounts.findUserByEmail('kurz@zeitung.de'), undefined);
  });
});

describe('signing in', () => {
  test('returns a session token, the user and a CSRF token; the session finds the user', async () => {
    const { accounts, email, password, ip } = await setup();
    const result = await accounts.signIn(email.toUpperCase(), password, ip, 'Testbrowser/1.0');
    assert.match(result.token, /^[A-Za-z0-9_-]{43}$/);
    assert.match(result.csrfToken, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(result.token, result.csrfToken);
    assert.equal(result.user.email, email);
    assert.equal(result.user.role, 'redakteur');
    assert.equal(result.expiresAt.toISOString(), '2026-03-02T21:00:00.000Z', '12 hours idle');
    assert.equal(result.lastsUntil.toISOString(), '2026-03-09T09:00:00.000Z', '7 days at most');
    const session = await accounts.sessionUser(result.token);
    assert.deepEqual(session, { user: result.user, csrfToken: result.csrfToken });
  });

  test('the server keeps only a hash of the token', async () => {
    const { accounts, email, password, ip } = await setup();
    const { token } = await accounts.signIn(email, password, ip, null);
    const { createHash } = await import('node:crypto');
    const found = await store.accounts.findSession(createHash('sha256').update(token).digest('hex'));
    assert.ok(found);
    assert.equal(found.session.ip, ip);
    assert.equal(await store.accounts.findSession(token), undefined);
  });

  test('a wrong password and an unknown address get the same answer', async () => {
    const { accounts, email, ip } = await setup();
    await assert.rejects(accounts.signIn(email, 'falsches Passwort 1', ip, null), wrongCredentials);
    await assert.rejects(accounts.signIn('niemand@zeitung.de', 'falsches Passwort 1', ip, null), wrongCredentials);
  });

  test('empty fields are refused without counting as an attempt', async () => {
    const { accounts, email, ip } = await setup();
    await assert.rejects(accounts.signIn(email, '', ip, null), { code: 'invalid_input' });
    await assert.rejects(accounts.signIn('  ', 'etwas', ip, null), { code: 'invalid_input' });
  });

  test('garbage tokens find no session', async () => {
    const { accounts } = await setup();
    for (const token of [undefined, '', 'abc', 'x'.repeat(43), '../../etc/passwd']) {
      assert.equal(await accounts.sessionUser(token), null);
    }
  });
});

describe('throttling', () => {
  test('five failures lock the account for 15 minutes, even for the right password; then it opens again', async () => {
    const { accounts, email, password, ip, time } = await setup();
    for (let i = 0; i < 5; i++) {
      await assert.rejects(accounts.signIn(email, `falsch Nummer ${i}`, ip, null), wrongCredentials);
      time.advance(minute);
    }
    // Failures at 9:00 … 9:04; now 9:05: the first leaves the window at 9:15.
    await assert.rejects(accounts.signIn(email, password, ip, null), (error: unknown) => {
      assert.ok(error instanceof TooManyAttemptsError);
      assert.equal(error.status, 429);
      assert.equal(error.retryAt.toISOString(), '2026-03-02T09:15:00.000Z');
      assert.match(error.message, /in 10 Minuten/);
      return true;
    });
    // From another address too: the lock is on the account.
    await assert.rejects(accounts.signIn(email, password, '192.0.2.99', null), { code: 'too_many_attempts' });
    time.advance(10 * minute);
    const result = await accounts.signIn(email, password, ip, null);
    assert.equal(result.user.email, email);
  });

  test('the lock says the same for an address nobody has', async () => {
    const { accounts, ip } = await setup();
    for (let i = 0; i < 5; i++) await assert.rejects(accounts.signIn('gibt-es-nicht@zeitung.de', 'falsch falsch', ip, null), wrongCredentials);
    await assert.rejects(accounts.signIn('gibt-es-nicht@zeitung.de', 'falsch falsch', ip, null), {
      code: 'too_many_attempts',
      message: /^Zu viele fehlgeschlagene Anmeldeversuche\. Bitte versuchen Sie es in 15 Minuten noch einmal\.$/,
    });
  });

  test('a successful sign-in clears the account\'s failures', async () => {
    const { accounts, email, password, ip, time } = await setup();
    for (let i = 0; i < 4; i++) await assert.rejects(accounts.signIn(email, 'falsch falsch', ip, null), wrongCredentials);
    time.advance(1000);
    await accounts.signIn(email, password, ip, null);
    time.advance(1000);
    for (let i = 0; i < 4; i++) await assert.rejects(accounts.signIn(email, 'falsch falsch', ip, null), wrongCredentials);
    // Eight failures within the window, but only four since the success.
    await accounts.signIn(email, password, ip, null);
  });

  test('twenty failures from one address lock it for every account, other addresses go on', async () => {
    const { accounts, email, password, ip, time } = await setup();
    for (let i = 0; i < 20; i++) {
      await assert.rejects(accounts.signIn(`probe${i}@zeitung.de`, 'falsch falsch', ip, null), wrongCredentials);
    }
    await assert.rejects(accounts.signIn(email, password, ip, null), { code: 'too_many_attempts', message: /in 15 Minuten/ });
    const elsewhere = await accounts.signIn(email, password, '198.51.100.7', null);
    assert.equal(elsewhere.user.email, email);
    time.advance(15 * minute);
    await accounts.signIn(email, password, ip, null);
  });

  test('parallel guesses cannot slip past the limit before they are counted', async () => {
    const { accounts, email, ip } = await setup();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => accounts.signIn(email, `parallel falsch ${i}`, ip, null)),
    );
    const codes = outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as { code: string }).code : 'ok'));
    assert.equal(codes.filter((code) => code === 'unauthorized').length, 5, codes.join(' '));
    assert.equal(codes.filter((code) => code === 'too_many_attempts').length, 7);
  });
});

describe('sessions', () => {
  test('end after 12 hours without a request', async () => {
    const { accounts, email, password, ip, time } = await setup();
    const { token } = await accounts.signIn(email, password, ip, null);
    time.advance(12 * hour - 1);
    assert.ok(await accounts.sessionUser(token), 'still there a moment before');
    time.advance(12 * hour);
    assert.equal(await accounts.sessionUser(token), null);
    time.advance(-12 * hour);
    assert.equal(await accounts.sessionUser(token), null, 'an expired session is deleted, not just ignored');
  });

  test('are kept alive by use, but end 7 days after sign-in in any case', async () => {
    const { accounts, email, password, ip, time } = await setup();
    const { token } = await accounts.signIn(email, password, ip, null);
    for (let elapsed = 0; elapsed < 7 * 24 * hour - 11 * hour; elapsed += 11 * hour) {
      time.advance(11 * hour);
      assert.ok(await accounts.sessionUser(token), `still signed in after ${(elapsed + 11 * hour) / hour} hours of use`);
    }
    // Now 6 days 19 hours after sign-in, seen just now; the absolute limit comes first.
    time.advance(5 * hour + 1);
    assert.equal(await accounts.sessionUser(token), null);
  });

  test('sign-out deletes the session on the server', async () => {
    const { accounts, email, password, ip } = await setup();
    const first = await accounts.signIn(email, password, ip, null);
    const second = await accounts.signIn(email, password, ip, null);
    await accounts.signOut(first.token);
    assert.equal(await accounts.sessionUser(first.token), null);
    assert.ok(await accounts.sessionUser(second.token), 'other sessions (another browser) stay');
    await accounts.signOut(undefined);
    await accounts.signOut('kaputt');
  });

  test('a disabled user cannot sign in and loses every session; enabled again, can', async () => {
    const { accounts, email, password, ip } = await setup();
    const { token } = await accounts.signIn(email, password, ip, null);
    const disabled = await accounts.setDisabled(email, true);
    assert.equal(disabled.disabled, true);
    assert.equal(await accounts.sessionUser(token), null);
    await assert.rejects(accounts.signIn(email, password, ip, null), wrongCredentials);
    await accounts.setDisabled(email, false);
    assert.ok(await accounts.signIn(email, password, ip, null));
    await assert.rejects(accounts.setDisabled('niemand@zeitung.de', true), { code: 'not_found' });
  });

  test('a new password ends every session and the old password stops working', async () => {
    const { accounts, email, password, ip } = await setup();
    const { token } = await accounts.signIn(email, password, ip, null);
    await assert.rejects(accounts.setPassword(email, 'kurz'), { code: 'invalid_input' });
    await accounts.setPassword(email, 'ein ganz neues Passwort');
    assert.equal(await accounts.sessionUser(token), null);
    await assert.rejects(accounts.signIn(email, password, ip, null), wrongCredentials);
    assert.ok(await accounts.signIn(email, 'ein ganz neues Passwort', ip, null));
  });
});
