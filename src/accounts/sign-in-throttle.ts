import { DepescheError } from '../errors.ts';
import type { RecentFailures } from '../store/account-repository.ts';

/**
 * How many failed sign-ins are allowed before further attempts are refused
 * for a while: per account, so one password cannot be guessed at length, and
 * per address, so one machine cannot try many accounts. Failures older than
 * the window no longer count; a successful sign-in clears the account's.
 */
export interface ThrottlePolicy {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

/** `too_many_attempts` (429), with the instant from which another attempt will be heard. */
export class TooManyAttemptsError extends DepescheError {
  readonly retryAt: Date;
  /** Whole seconds from the refusal to `retryAt`, for a `Retry-After` header. */
  readonly retryAfterSeconds: number;

  constructor(retryAt: Date, now: Date) {
    super('too_many_attempts', `Zu viele fehlgeschlagene Anmeldeversuche. ${tryAgain(retryAt, now)}`);
    this.name = 'TooManyAttemptsError';
    this.retryAt = retryAt;
    this.retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  }
}

/**
 * Throws TooManyAttemptsError when either limit is reached. The same text
 * whether or not the e-mail address belongs to anyone, so the refusal tells
 * nothing about which accounts exist.
 */
export function admitSignIn(recent: RecentFailures, policy: ThrottlePolicy, now: Date): void {
  const retryAt = [
    unlockTime(recent.account, policy.maxFailuresPerAccount, policy.windowMs),
    unlockTime(recent.address, policy.maxFailuresPerAddress, policy.windowMs),
  ].reduce<number | null>((latest, time) => (time !== null && (latest === null || time > latest) ? time : latest), null);
  if (retryAt !== null && retryAt > now.getTime()) throw new TooManyAttemptsError(new Date(retryAt), now);
}

/** With `limit` or more failures (oldest first), the moment enough of them have left the window. */
function unlockTime(failures: readonly string[], limit: number, windowMs: number): number | null {
  if (failures.length < limit) return null;
  const decisive = failures[failures.length - limit];
  return decisive === undefined ? null : Date.parse(decisive) + windowMs;
}

function tryAgain(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return minutes === 1
    ? 'Bitte versuchen Sie es in einer Minute noch einmal.'
    : `Bitte versuchen Sie es in ${minutes} Minuten noch einmal.`;
}
