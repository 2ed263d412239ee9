import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../accounts/roles.ts';
import { DepescheError } from '../errors.ts';
import type {
  Account,
  AccountRepository,
  RecentFailures,
  SessionCleanup,
  SessionRecord,
  SignInAttempt,
  UserRecord,
} from './account-repository.ts';
import type { SessionRow, UserRow } from './account-schema.ts';
import type { DatabaseSchema } from './schema.ts';

type Db = Kysely<DatabaseSchema>;
type Tx = Transaction<DatabaseSchema>;

/** Newsroom accounts in Kysely's portable query builder: the same code runs on SQLite and PostgreSQL. */
export class KyselyAccountRepository implements AccountRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async insertUser(user: UserRecord): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      const taken = await tx.selectFrom('users').select('id').where('email', '=', user.email).executeTakeFirst();
      if (taken) throw new DepescheError('conflict', `Die E-Mail-Adresse ${user.email} gehört schon zu einem Benutzer.`);
      await tx
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          password_hash: user.passwordHash,
          created_at: user.createdAt,
          disabled: user.disabled ? 1 : 0,
        })
        .execute();
    });
  }

  async getUser(id: string): Promise<UserRecord | undefined> {
    const row = await this.#db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async findUserByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.#db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row && toUser(row);
  }

  async listUsers(): Promise<Account[]> {
    const rows = await this.#db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role', 'created_at', 'disabled'])
      .orderBy('email')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role as Role,
      createdAt: row.created_at,
      disabled: row.disabled === 1,
    }));
  }

  async setDisabled(userId: string, disabled: boolean): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      if (disabled) await keepAnAdmin(tx, userId);
      await updateUser(tx, userId, { disabled: disabled ? 1 : 0 });
      if (disabled) await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    });
  }

  async setRole(userId: string, role: Role): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      if (role !== 'admin') await keepAnAdmin(tx, userId);
      await updateUser(tx, userId, { role });
    });
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await updateUser(tx, userId, { password_hash: passwordHash });
      await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    });
  }

  async beginSignIn(attempt: SignInAttempt, failuresSince: string, admit: (recent: RecentFailures) => void): Promise<number> {
    // SQLite runs one write transaction at a time anyway; PostgreSQL needs
    // serializable isolation for the count and the insert to be one step.
    return this.#db
      .transaction()
      .setIsolationLevel('serializable')
      .execute(async (tx) => {
        const lastSuccess = await tx
          .selectFrom('login_attempts')
          .select((eb) => eb.fn.max('attempted_at').as('at'))
          .where('email', '=', attempt.email)
          .where('succeeded', '=', 1)
          .executeTakeFirst();
        const accountSince = lastSuccess?.at && lastSuccess.at >= failuresSince ? lastSuccess.at : failuresSince;
        const account = await tx
          .selectFrom('login_attempts')
          .select('attempted_at')
          .where('email', '=', attempt.email)
          .where('succeeded', '=', 0)
          .where('attempted_at', accountSince === failuresSince ? '>=' : '>', accountSince)
          .orderBy('attempted_at')
          .execute();
        const address = await tx
          .selectFrom('login_attempts')
          .select('attempted_at')
          .where('ip', '=', attempt.ip)
          .where('succeeded', '=', 0)
          .where('attempted_at', '>=', failuresSince)
          .orderBy('attempted_at')
          .execute();
        admit({ account: account.map((row) => row.attempted_at), address: address.map((row) => row.attempted_at) });
        const inserted = await tx
          .insertInto('login_attempts')
          .values({ email: attempt.email, ip: attempt.ip, attempted_at: attempt.attemptedAt, succeeded: 0 })
          .returning('id')
          .executeTakeFirstOrThrow();
        return Number(inserted.id);
      });
  }

  async completeSignIn(attemptId: number, session: SessionRecord, cleanup: SessionCleanup): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await tx.updateTable('login_attempts').set({ succeeded: 1 }).where('id', '=', attemptId).execute();
      await tx
        .insertInto('sessions')
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          last_seen_at: session.lastSeenAt,
          ip: session.ip,
          user_agent: session.userAgent,
        })
        .execute();
      await tx.deleteFrom('sessions').where('expires_at', '<=', cleanup.sessionsExpiredBy).execute();
      await tx.deleteFrom('login_attempts').where('attempted_at', '<', cleanup.attemptsBefore).execute();
    });
  }

  async findSession(tokenHash: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('sessions')
      .select([
        'users.email',
        'users.name',
        'users.role',
        'users.password_hash',
        'users.created_at as user_created_at',
        'users.disabled',
      ])
      .where('sessions.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      session: toSession(row),
      user: toUser({
        id: row.user_id,
        email: row.email,
        name: row.name,
        role: row.role,
        password_hash: row.password_hash,
        created_at: row.user_created_at,
        disabled: row.disabled,
      }),
    };
  }

  async touchSession(tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await tx
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('token_hash', '=', tokenHash)
        .execute();
    });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await tx.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    });
  }
}

async function updateUser(tx: Tx, userId: string, values: { disabled?: number; password_hash?: string; role?: Role }): Promise<void> {
  const result = await tx.updateTable('users').set(values).where('id', '=', userId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new DepescheError('not_found', `Es gibt keinen Benutzer mit der ID ${userId}.`);
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  };
}

function toSession(row: SessionRow): SessionRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    ip: row.ip,
    userAgent: row.user_agent,
  };
}

/** Refuses a change that would leave the site without an enabled admin, who alone can manage users. */
async function keepAnAdmin(tx: Tx, userId: string): Promise<void> {
  const admins = await tx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .execute();
  if (admins.length === 1 && admins[0]?.id === userId) {
    throw new DepescheError('conflict', 'Das ist das letzte aktive Admin-Konto; ernennen Sie zuerst jemand anderen zum Admin.');
  }
}
