import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, test } from 'node:test';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import type { SessionRecord, UserRecord } from './account-repository.ts';
import type { Store } from './article-repository.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';

/** The account repository's contract, written against the Store interface so every engine runs it. */
const engines: { name: string; open: () => Promise<{ store: Store; file: string }> }[] = [
  {
    name: 'SQLite',
    open: async () => {
      const file = join(await tempDir(), 'accounts.sqlite');
      return { store: await openSqliteStore(file), file };
    },
  },
];

let counter = 0;
function user(overrides: Partial<UserRecord> = {}): UserRecord {
  counter++;
  return {
    id: `user${String(counter).padStart(12, '0')}`,
    email: `person${counter}@zeitung.de`,
    name: `Person ${counter}`,
    role: 'autor',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    createdAt: '2026-03-02T09:00:00.000Z',
    disabled: false,
    ...overrides,
  };
}

function session(userId: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  counter++;
  return {
    tokenHash: `hash${counter}`,
    userId,
    csrfToken: `csrf${counter}`,
    createdAt: '2026-03-02T09:00:00.000Z',
    expiresAt: '2026-03-02T21:00:00.000Z',
    lastSeenAt: '2026-03-02T09:00:00.000Z',
    ip: '127.0.0.1',
    userAgent: 'Testbrowser',
    ...overrides,
  };
}

const cleanup = { sessionsExpiredBy: '2026-03-02T09:00:00.000Z', attemptsBefore: '2026-02-01T00:00:00.000Z' };
const admitAll = () => {};

for (const engine of engines) {
  describe(`AccountRepository on ${engine.name}`, async () => {
    const { store, file } = await engine.open();
    after(() => store.close());
    const accounts = store.accounts;

    /** Starts a session for the user through the sign-in path, as the service does. */
    async function signedIn(userRecord: UserRecord, overrides: Partial<SessionRecord> = {}): Promise<SessionRecord> {
      const id = await accounts.beginSignIn({ email: userRecord.email, ip: '127.0.0.1', attemptedAt: '2026-03-02T09:00:00.000Z' }, '2026-03-02T08:45:00.000Z', admitAll);
      const record = session(userRecord.id, overrides);
      await accounts.completeSignIn(id, record, cleanup);
      return record;
    }

    test('a user reads back field for field, by id and by address; lists leave out the hash', async () => {
      const erika = user({ role: 'admin' });
      await accounts.insertUser(erika);
      assert.deepEqual(await accounts.getUser(erika.id), erika);
      assert.deepEqual(await accounts.findUserByEmail(erika.email), erika);
      assert.equal(await accounts.findUserByEmail('niemand@zeitung.de'), undefined);
      const listed = (await accounts.listUsers()).find((account) => account.id === erika.id);
      const { passwordHash: _, ...withoutHash } = erika;
      assert.deepEqual(listed, withoutHash);
    });

    test('a taken address is a conflict', async () => {
      const first = user();
      await accounts.insertUser(first);
      await assert.rejects(accounts.insertUser(user({ email: first.email })), { code: 'conflict' });
    });

    test('the database itself refuses an unknown role', async () => {
      await assert.rejects(accounts.insertUser(user({ role: 'chef' as UserRecord['role'] })), /CHECK constraint/i);
    });

    test('a session reads back with its user, is touched and deleted', async () => {
      const erika = user();
      await accounts.insertUser(erika);
      const record = await signedIn(erika);
      assert.deepEqual(await accounts.findSession(record.tokenHash), { session: record, user: erika });
      await accounts.touchSession(record.tokenHash, '2026-03-02T10:00:00.000Z', '2026-03-02T22:00:00.000Z');
      const touched = await accounts.findSession(record.tokenHash);
      assert.equal(touched?.session.lastSeenAt, '2026-03-02T10:00:00.000Z');
      assert.equal(touched?.session.expiresAt, '2026-03-02T22:00:00.000Z');
      await accounts.deleteSession(record.tokenHash);
      assert.equal(await accounts.findSession(record.tokenHash), undefined);
    });

    test('disabling a user or changing the password deletes the user\'s sessions, and only theirs', async () => {
      const erika = user();
      const max = user();
      await accounts.insertUser(erika);
      await accounts.insertUser(max);
      const erikas = await signedIn(erika);
      const maxs = await signedIn(max);
      await accounts.setDisabled(erika.id, true);
      assert.equal((await accounts.getUser(erika.id))?.disabled, true);
      assert.equal(await accounts.findSession(erikas.tokenHash), undefined);
      assert.ok(await accounts.findSession(maxs.tokenHash));
      await accounts.setPasswordHash(max.id, '$argon2id$neu');
      assert.equal((await accounts.getUser(max.id))?.passwordHash, '$argon2id$neu');
      assert.equal(await accounts.findSession(maxs.tokenHash), undefined);
      await assert.rejects(accounts.setDisabled('gibt-es-nicht', true), { code: 'not_found' });
    });

    test('deleting a user deletes the sessions (foreign key cascade)', async () => {
      const erika = user();
      await accounts.insertUser(erika);
      const record = await signedIn(erika);
      const other = new DatabaseSync(file);
      other.exec('PRAGMA foreign_keys = ON');
      other.prepare('DELETE FROM users WHERE id = ?').run(erika.id);
      other.close();
      assert.equal(await accounts.findSession(record.tokenHash), undefined);
    });

    test('beginSignIn shows the recent failures per account (after its last success) and per address', async () => {
      const email = `versuche${++counter}@zeitung.de`;
      const ip = `203.0.113.${counter % 250}`;
      const since = '2026-03-02T09:00:00.000Z';
      let seen: { account: string[]; address: string[] } = { account: [], address: [] };
      const record = (at: string, address = ip, mail = email) =>
        accounts.beginSignIn({ email: mail, ip: address, attemptedAt: at }, since, (recent) => {
          seen = recent;
        });
      await record('2026-03-02T08:59:59.000Z'); // before the window
      await record('2026-03-02T09:01:00.000Z');
      await record('2026-03-02T09:02:00.000Z', '198.51.100.1');
      await record('2026-03-02T09:03:00.000Z', ip, 'jemand-anderes@zeitung.de');
      await record('2026-03-02T09:04:00.000Z');
      assert.deepEqual(seen.account, ['2026-03-02T09:01:00.000Z', '2026-03-02T09:02:00.000Z']);
      assert.deepEqual(seen.address, ['2026-03-02T09:01:00.000Z', '2026-03-02T09:03:00.000Z']);

      const erika = user({ email });
      await accounts.insertUser(erika);
      const id = await record('2026-03-02T09:05:00.000Z');
      await accounts.completeSignIn(id, session(erika.id), cleanup);
      await record('2026-03-02T09:06:00.000Z');
      await record('2026-03-02T09:07:00.000Z');
      assert.deepEqual(seen.account, ['2026-03-02T09:06:00.000Z'], 'failures before the success no longer count');
      assert.equal(seen.address.length, 4, 'the address still counts its earlier failures');
    });

    test('when admit throws, nothing is recorded', async () => {
      const email = `abgewiesen${++counter}@zeitung.de`;
      const attempt = { email, ip: '192.0.2.1', attemptedAt: '2026-03-02T09:01:00.000Z' };
      await assert.rejects(
        accounts.beginSignIn(attempt, '2026-03-02T09:00:00.000Z', () => {
          throw new Error('gesperrt');
        }),
        /gesperrt/,
      );
      let seen: string[] = [];
      await accounts.beginSignIn(attempt, '2026-03-02T09:00:00.000Z', (recent) => {
        seen = recent.account;
      });
      assert.deepEqual(seen, []);
    });

    test('completeSignIn deletes expired sessions and old attempts', async () => {
      const erika = user();
      await accounts.insertUser(erika);
      const stale = await signedIn(erika, { expiresAt: '2026-03-02T08:00:00.000Z' });
      const oldEmail = `alt${++counter}@zeitung.de`;
      await accounts.beginSignIn({ email: oldEmail, ip: '192.0.2.2', attemptedAt: '2026-01-01T00:00:00.000Z' }, '2025-01-01T00:00:00.000Z', admitAll);
      await signedIn(erika);
      assert.equal(await accounts.findSession(stale.tokenHash), undefined);
      let seen: string[] = ['x'];
      await accounts.beginSignIn({ email: oldEmail, ip: '192.0.2.2', attemptedAt: '2026-03-02T09:00:00.000Z' }, '2025-01-01T00:00:00.000Z', (recent) => {
        seen = recent.account;
      });
      assert.deepEqual(seen, [], 'the attempt from January is gone');
    });
  });
}
