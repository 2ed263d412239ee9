import { randomUUID } from 'node:crypto';
import { DepescheError } from '../errors.ts';
import type { Account, AccountRepository, UserRecord } from '../store/account-repository.ts';
import { isEmailAddress, normalizeEmail } from './email-address.ts';
import { argon2Hasher, type PasswordHasher } from './password-hashing.ts';
import { checkPassword, maxPasswordLength } from './password-rules.ts';
import { roleLabels, roles, type Role, type SignedInUser } from './roles.ts';
import { isWellFormedToken, newToken, tokenHash } from './session-token.ts';
import { admitSignIn, defaultThrottlePolicy, type ThrottlePolicy } from './sign-in-throttle.ts';

/**
 * How long a session lasts: it ends after `idleTimeoutMs` without a request,
 * and in any case `absoluteLifetimeMs` after sign-in. Activity is written
 * back at most once per `touchIntervalMs`, so that reading pages in the
 * newsroom does not mean a database write per request.
 */
export interface SessionPolicy {
  idleTimeoutMs: number;
  absoluteLifetimeMs: number;
  touchIntervalMs: number;
}

export const defaultSessionPolicy: SessionPolicy = {
  idleTimeoutMs: 12 * 60 * 60_000,
  absoluteLifetimeMs: 7 * 24 * 60 * 60_000,
  touchIntervalMs: 5 * 60_000,
};

/** Sign-in attempts are kept this long (for the record), then deleted. */
const attemptRetentionMs = 30 * 24 * 60 * 60_000;
const maxNameLength = 100;
const maxUserAgentLength = 300;

export const wrongCredentialsMessage = 'E-Mail-Adresse oder Passwort ist falsch.';

export interface AccountServiceOptions {
  repository: AccountRepository;
  /** The clock; tests pass their own so that they need not wait. */
  now?: () => Date;
  hasher?: PasswordHasher;
  throttle?: Partial<ThrottlePolicy>;
  session?: Partial<SessionPolicy>;
}

export interface NewUser {
  email: string;
  /** Defaults to the part of the e-mail address before the @. */
  name?: string;
  /** Checked: one of `autor`, `redakteur`, `admin`. */
  role: string;
  password: string;
}

export interface SignInResult {
  /** Goes into the cookie; the server keeps only its hash. */
  token: string;
  user: SignedInUser;
  csrfToken: string;
  /** When the session ends if unused (idle timeout). */
  expiresAt: Date;
  /** When it ends however much it is used (absolute lifetime): the cookie's expiry. */
  lastsUntil: Date;
}

export interface ActiveSession {
  user: SignedInUser;
  csrfToken: string;
}

/**
 * Newsroom accounts: creating users, signing in and out, and the session
 * behind every newsroom request. The CLI and the web layer both use it.
 */
export class AccountService {
  readonly #repository: AccountRepository;
  readonly #now: () => Date;
  readonly #hasher: PasswordHasher;
  readonly #throttle: ThrottlePolicy;
  readonly #session: SessionPolicy;
  #dummyHash: Promise<string> | undefined;

  constructor(options: AccountServiceOptions) {
    this.#repository = options.repository;
    this.#now = options.now ?? (() => new Date());
    this.#hasher = options.hasher ?? argon2Hasher;
    this.#throttle = { ...defaultThrottlePolicy, ...options.throttle };
    this.#session = { ...defaultSessionPolicy, ...options.session };
  }

  /**
   * Checks everything about a new user but the password, so that the CLI can
   * refuse a taken address or a bad role before asking for a password.
   */
  async checkNewUser(input: Omit<NewUser, 'password'>): Promise<{ email: string; name: string; role: Role }> {
    const email = normalizeEmail(input.email);
    if (!isEmailAddress(email)) throw new DepescheError('invalid_input', `„${input.email}“ ist keine gültige E-Mail-Adresse.`);
    if (!isRole(input.role)) {
      throw new DepescheError('invalid_input', `„${input.role}“ ist keine Rolle. Möglich sind: ${roles.join(', ')}.`);
    }
    const name = (input.name ?? email.slice(0, email.indexOf('@'))).trim().normalize('NFC');
    if (name === '') throw new DepescheError('invalid_input', 'Der Name darf nicht leer sein.');
    if ([...name].length > maxNameLength) throw new DepescheError('invalid_input', `Der Name ist zu lang: höchstens ${maxNameLength} Zeichen.`);
    if (/\p{Cc}/u.test(name)) throw new DepescheError('invalid_input', 'Der Name darf keine Steuerzeichen enthalten.');
    if (await this.#repository.findUserByEmail(email)) {
      throw new DepescheError('conflict', `Die E-Mail-Adresse ${email} gehört schon zu einem Benutzer.`);
    }
    return { email, name, role: input.role };
  }

  async createUser(input: NewUser): Promise<Account> {
    const { email, name, role } = await this.checkNewUser(input);
    checkPassword(input.password, { email });
    const user: UserRecord = {
      id: randomUUID().replaceAll('-', '').slice(0, 16),
      email,
      name,
      role,
      passwordHash: await this.#hasher.hash(input.password),
      createdAt: this.#now().toISOString(),
      disabled: false,
    };
    await this.#repository.insertUser(user);
    return withoutHash(user);
  }

  listUsers(): Promise<Account[]> {
    return this.#repository.listUsers();
  }

  /** The user with this e-mail address; `not_found` when there is none. */
  async getAccount(email: string): Promise<Account> {
    return withoutHash(await this.#userByEmail(email));
  }

  /** Disabling ends every session of the user at once. */
  async setDisabled(email: string, disabled: boolean): Promise<Account> {
    const user = await this.#userByEmail(email);
    await this.#repository.setDisabled(user.id, disabled);
    return withoutHash({ ...user, disabled });
  }

  /** A new role applies from the user's next request; the last enabled admin keeps theirs. */
  async setRole(email: string, role: Role): Promise<Account> {
    if (!roles.includes(role)) throw new DepescheError('invalid_input', `Unbekannte Rolle „${role}“.`);
    const user = await this.#userByEmail(email);
    await this.#repository.setRole(user.id, role);
    return withoutHash({ ...user, role });
  }

  /** A new password ends every session of the user (whoever knew the old one is signed out). */
  async setPassword(email: string, password: string): Promise<Account> {
    const user = await this.#userByEmail(email);
    checkPassword(password, { email: user.email });
    await this.#repository.setPasswordHash(user.id, await this.#hasher.hash(password));
    return withoutHash(user);
  }

  /**
   * Starts a session, or throws: `unauthorized` with the same message for an
   * unknown address, a wrong password and a disabled user (and in about the
   * same time: an unknown address is checked against a dummy hash), so the
   * answer never tells whether an account exists; `too_many_attempts`
   * (TooManyAttemptsError) once the throttle's limits are reached.
   */
  async signIn(email: string, password: string, ip: string, userAgent: string | null): Promise<SignInResult> {
    const normalized = normalizeEmail(email);
    if (normalized === '' || password === '') {
      throw new DepescheError('invalid_input', 'Bitte geben Sie E-Mail-Adresse und Passwort ein.');
    }
    const now = this.#now();
    const attemptId = await this.#repository.beginSignIn(
      { email: normalized, ip, attemptedAt: now.toISOString() },
      new Date(now.getTime() - this.#throttle.windowMs).toISOString(),
      (recent) => admitSignIn(recent, this.#throttle, now),
    );

    const user = await this.#repository.findUserByEmail(normalized);
    // No stored password is this long, so such input is not worth hashing.
    const candidate = password.length > maxPasswordLength * 4 ? '' : password;
    const matches = await this.#hasher.verify(user?.passwordHash ?? (await this.#dummy()), candidate);
    if (!user || !matches || user.disabled) throw new DepescheError('unauthorized', wrongCredentialsMessage);

    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = this.#expiry(now, now);
    await this.#repository.completeSignIn(
      attemptId,
      {
        tokenHash: tokenHash(token),
        userId: user.id,
        csrfToken,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
        lastSeenAt: now.toISOString(),
        ip,
        userAgent: userAgent === null ? null : userAgent.slice(0, maxUserAgentLength),
      },
      {
        sessionsExpiredBy: now.toISOString(),
        attemptsBefore: new Date(now.getTime() - attemptRetentionMs).toISOString(),
      },
    );
    const lastsUntil = new Date(now.getTime() + this.#session.absoluteLifetimeMs);
    return { token, csrfToken, expiresAt, lastsUntil, user: signedIn(user) };
  }

  /**
   * The user and CSRF token of the session with this cookie token, or null
   * when there is none (unknown, expired, or the user has been disabled).
   * Each use moves the idle timeout on, up to the absolute lifetime.
   */
  async sessionUser(token: string | undefined): Promise<ActiveSession | null> {
    if (!isWellFormedToken(token)) return null;
    const hash = tokenHash(token);
    const found = await this.#repository.findSession(hash);
    if (!found) return null;
    const { session, user } = found;
    const now = this.#now();
    if (Date.parse(session.expiresAt) <= now.getTime() || user.disabled) {
      await this.#repository.deleteSession(hash);
      return null;
    }
    if (now.getTime() - Date.parse(session.lastSeenAt) >= this.#session.touchIntervalMs) {
      const expiresAt = this.#expiry(new Date(session.createdAt), now);
      await this.#repository.touchSession(hash, now.toISOString(), expiresAt.toISOString());
    }
    return { user: signedIn(user), csrfToken: session.csrfToken };
  }

  /** Ends the session on the server; the cookie alone is then worth nothing. */
  async signOut(token: string | undefined): Promise<void> {
    if (isWellFormedToken(token)) await this.#repository.deleteSession(tokenHash(token));
  }

  #expiry(createdAt: Date, lastSeen: Date): Date {
    return new Date(
      Math.min(lastSeen.getTime() + this.#session.idleTimeoutMs, createdAt.getTime() + this.#session.absoluteLifetimeMs),
    );
  }

  async #userByEmail(email: string): Promise<UserRecord> {
    const user = await this.#repository.findUserByEmail(normalizeEmail(email));
    if (!user) throw new DepescheError('not_found', `Es gibt keinen Benutzer mit der E-Mail-Adresse ${normalizeEmail(email)}.`);
    return user;
  }

  /** A hash of nothing anyone knows, so that an unknown address costs as much time as a known one. */
  #dummy(): Promise<string> {
    this.#dummyHash ??= this.#hasher.hash(newToken());
    return this.#dummyHash;
  }
}

function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

function signedIn(user: UserRecord): SignedInUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

function withoutHash(user: UserRecord): Account {
  const { passwordHash: _, ...account } = user;
  return account;
}

/** `Erika Muster (Admin)`, as lists and messages show a user. */
export function describeUser(user: { name: string; role: Role }): string {
  return `${user.name} (${roleLabels[user.role]})`;
}
