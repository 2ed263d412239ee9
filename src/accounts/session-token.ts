import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe base64 without padding: 43 characters. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** A cheap check before any database work: anything else cannot be one of our tokens. */
export function isWellFormedToken(value: string | undefined): value is string {
  return value !== undefined && tokenShape.test(value);
}

/** What the sessions table keeps instead of the token: a stolen copy of it cannot be used as a cookie. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Compares two secrets in time that does not depend on where they differ.
 * Both are hashed first so that their lengths (which timingSafeEqual needs to
 * be equal) give nothing away either.
 */
export function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b)) && a.length > 0;
}
