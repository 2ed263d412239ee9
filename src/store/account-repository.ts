import type { Role } from '../accounts/roles.ts';

/**
 * The store's contract for newsroom accounts, the same for every engine.
 * Instants are ISO 8601 strings in UTC (`Date#toISOString()`), so that they
 * compare as text. Every write runs in one transaction.
 */
export interface UserRecord {
  id: string;
  /** Lowercased. */
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
  disabled: boolean;
}

/** A user as lists show it: everything but the password hash. */
export type Account = Omit<UserRecord, 'passwordHash'>;

export interface SessionRecord {
  /** SHA-256 (hex) of the token in the cookie; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  /** The earlier of idle timeout and absolute lifetime; moved on while the user is active. */
  expiresAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface SignInAttempt {
  /** Lowercased, as typed; need not belong to a user. */
  email: string;
  ip: string;
  attemptedAt: string;
}

/** Failed sign-in attempts since a given instant, each list oldest first. */
export interface RecentFailures {
  /** For the e-mail address, counting only those after its last successful sign-in. */
  account: string[];
  /** From the address, for any e-mail. */
  address: string[];
}

export interface SessionCleanup {
  /** Sessions that expired at or before this instant are deleted. */
  sessionsExpiredBy: string;
  /** Sign-in attempts before this instant are deleted. */
  attemptsBefore: string;
}

export interface AccountRepository {
  /** Refused as a `conflict` when the e-mail address is taken. */
  insertUser(user: UserRecord): Promise<void>;
  getUser(id: string): Promise<UserRecord | undefined>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  /** Every user, by e-mail address. */
  listUsers(): Promise<Account[]>;
  /** Disabling also deletes the user's sessions, in the same transaction. */
  setDisabled(userId: string, disabled: boolean): Promise<void>;
  /** Replaces the password hash and deletes the user's sessions, in one transaction. */
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  /**
   * Changes a user's role, unless that would leave no enabled admin (then a
   * `conflict`); checked and written in one transaction.
   */
  setRole(userId: string, role: Role): Promise<void>;

  /**
   * Reads the recent failures and, if `admit` does not throw, records the
   * attempt as failed until `completeSignIn` says otherwise; both in one
   * transaction, so parallel guesses cannot all pass the check before any is
   * counted. Returns the attempt's id; when `admit` throws, nothing is written.
   */
  beginSignIn(attempt: SignInAttempt, failuresSince: string, admit: (recent: RecentFailures) => void): Promise<number>;
  /** Marks the attempt successful, starts the session and deletes what has expired, in one transaction. */
  completeSignIn(attemptId: number, session: SessionRecord, cleanup: SessionCleanup): Promise<void>;

  findSession(tokenHash: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined>;
  touchSession(tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
}
