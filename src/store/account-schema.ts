import type { Generated, Selectable } from 'kysely';

/**
 * The newsroom's account tables, written once (see schema.ts). Instants are
 * ISO 8601 text in UTC as `Date#toISOString()` writes it: always the same
 * length and zone, so they compare and sort as text the same way on SQLite
 * and PostgreSQL, without engine-specific date types.
 */
export interface UsersTable {
  id: string;
  /** Lowercased; unique. */
  email: string;
  name: string;
  /** `autor`, `redakteur` or `admin` (checked by the database too). */
  role: string;
  /** Argon2id in PHC string form (`$argon2id$v=19$m=…`), salt included. */
  password_hash: string;
  created_at: string;
  /** 0 or 1: a disabled user cannot sign in and has no sessions. */
  disabled: number;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's token: a copy of the database cannot be replayed as cookies. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** The earlier of last_seen_at + idle time and created_at + absolute lifetime. */
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  /** As typed (lowercased), whether or not such a user exists. */
  email: string;
  ip: string;
  attempted_at: string;
  /** 0 until the password was verified; an attempt in progress counts as a failure. */
  succeeded: number;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
