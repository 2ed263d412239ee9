import { createHmac, timingSafeEqual } from 'node:crypto';
import { articleIdPattern } from '../../article/article.ts';

/**
 * The reader's own reading history: the ids of the last articles read,
 * oldest first, kept in the reader's browser and nowhere else. The server
 * signs it so that it can trust what comes back (a forged history would let
 * anyone write co-reading pairs of their choosing) and reads nothing it did
 * not write itself.
 *
 * Value: `id1.id2.….idN.signature`, the signature an HMAC-SHA256 (base64url)
 * over a versioned label and the ids. Article ids never contain a dot.
 */
export const historyCookieName = 'depesche_gelesen';
export const historyMaxIds = 20;
/** Anything longer did not come from us: 20 ids of 64 characters and a signature stay under 1,400 bytes. */
export const historyMaxBytes = 1500;
export const historyMaxAgeSeconds = 30 * 24 * 60 * 60;

const signatureLabel = 'depesche_gelesen/v1|';

export function isArticleId(value: string): boolean {
  return articleIdPattern.test(value);
}

/** The cookie value for these ids (at most the last 20 are kept). */
export function encodeHistory(ids: readonly string[], secret: Uint8Array): string {
  const kept = ids.slice(-historyMaxIds);
  for (const id of kept) if (!isArticleId(id)) throw new Error(`not an article id: ${JSON.stringify(id)}`);
  const payload = kept.join('.');
  return `${payload}.${sign(payload, secret)}`;
}

/**
 * The ids in a cookie value, oldest first; null when there is no value or
 * it is not one we wrote: oversized, badly formed, wrongly signed, too many
 * or repeated ids. A reader with such a cookie is a reader without history.
 */
export function decodeHistory(value: string | undefined, secret: Uint8Array): string[] | null {
  if (!value || value.length > historyMaxBytes) return null;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const payload = value.slice(0, dot);
  // Compared as text: base64url decoding would accept other spellings of the same bytes.
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(sign(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // Signed by us, but checked all the same: a secret may have been reused from an older format.
  const ids = payload.split('.');
  if (ids.length > historyMaxIds || !ids.every(isArticleId) || new Set(ids).size !== ids.length) return null;
  return ids;
}

/** The history after reading `id`: moved to the end if it was there, the oldest dropped beyond 20. */
export function withRead(history: readonly string[], id: string): string[] {
  return [...history.filter((earlier) => earlier !== id), id].slice(-historyMaxIds);
}

function sign(payload: string, secret: Uint8Array): string {
  return createHmac('sha256', secret).update(signatureLabel).update(payload).digest('base64url');
}
