import { createHash } from 'node:crypto';
import type { ReadingRepository } from '../../store/reading-repository.ts';
import type { AddressKeys } from './address-key.ts';
import { isBotUserAgent } from './bot-filter.ts';
import { decodeHistory, encodeHistory, withRead } from './history-cookie.ts';
import type { PersonalisationState } from './personalisation.ts';
import type { ReadBuffer } from './read-buffer.ts';
import type { ReadThrottle } from './read-throttle.ts';
import type { RecentReads } from './recent-reads.ts';

/** One read as the beacon or the pixel reports it, the id already well-formed. */
export interface ReadRequest {
  articleId: string;
  userAgent: string | undefined;
  /** The client's address; only its salted hash is kept, and only in memory. */
  address: string;
  /** The raw history cookie, if the browser sent one. */
  historyCookie: string | undefined;
  personalisation: PersonalisationState;
  atMs: number;
}

export type ReadOutcome =
  | {
      kind: 'counted' | 'duplicate';
      /** Personalisation is on: the reader may get their own picks. */
      personal: boolean;
      /** The reader's verified earlier reads, oldest first, without this article; empty without personalisation. */
      earlier: string[];
      /** What to do with the history cookie: write this value, delete it, or leave it. */
      cookie: { set: string } | { clear: true } | null;
    }
  | { kind: 'bot' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'unknown-article' };

export interface ReadCounterParts {
  reading: Pick<ReadingRepository, 'cookieSecret'>;
  buffer: Pick<ReadBuffer, 'add'>;
  isPublishedArticle: (id: string) => Promise<boolean>;
  throttle: ReadThrottle;
  recent: RecentReads;
  addressKeys: AddressKeys;
  logError: (error: unknown) => void;
}

/** How many earlier reads form a co-reading pair with this one. */
export const pairsPerRead = 5;

/**
 * The rules of counting a read, in order: bots are not readers; a client
 * over its budget is told to wait; only published articles are counted; the
 * same reader reading the same article again within the window counts once;
 * and only with personalisation does a read remember the reader's history
 * and pair with their earlier reads.
 */
export class ReadCounter {
  readonly #parts: ReadCounterParts;
  #secret: Promise<Uint8Array> | null = null;

  constructor(parts: ReadCounterParts) {
    this.#parts = parts;
  }

  async read(request: ReadRequest): Promise<ReadOutcome> {
    const { articleId, atMs } = request;
    if (isBotUserAgent(request.userAgent)) return { kind: 'bot' };
    const clientKey = this.#parts.addressKeys.keyOf(request.address);
    const budget = this.#parts.throttle.take(clientKey, atMs);
    if (!budget.allowed) return { kind: 'throttled', retryAfterSeconds: budget.retryAfterSeconds };
    if (!(await this.#parts.isPublishedArticle(articleId))) return { kind: 'unknown-article' };

    const personal = request.personalisation.enabled;
    const secret = personal ? await this.#cookieSecret() : null;
    const history = secret ? (decodeHistory(request.historyCookie, secret) ?? []) : [];
    const earlier = history.filter((id) => id !== articleId);
    const cookie = secret
      ? { set: encodeHistory(withRead(history, articleId), secret) }
      : !personal && request.historyCookie !== undefined
        ? ({ clear: true } as const)
        : null;

    if (this.#parts.recent.seen(readerReadKey(clientKey, request.userAgent ?? '', history, articleId), atMs)) {
      return { kind: 'duplicate', personal, earlier, cookie };
    }
    this.#parts.buffer.add({ articleId, atMs, previousIds: earlier.slice(-pairsPerRead) });
    return { kind: 'counted', personal, earlier, cookie };
  }

  /** Made once; a store that cannot give it leaves this read without history, and the next one asks again. */
  async #cookieSecret(): Promise<Uint8Array | null> {
    this.#secret ??= this.#parts.reading.cookieSecret();
    try {
      return await this.#secret;
    } catch (error) {
      this.#secret = null;
      this.#parts.logError(error);
      return null;
    }
  }
}

/**
 * Who read what, as one opaque key: the client (salted address hash and user
 * agent), the article, and what the reader had read before it. "Before" is
 * the history up to this article's earlier place in it, if it is there (the
 * history keeps each article at its latest read): so the key stays the same
 * when the reader reloads, replays the beacon with or without the cookie it
 * wrote back, or comes back after reading something else, while two readers
 * behind one address with the same browser are told apart by what else they
 * read. Only the last few count, so the oldest falling out of a full history
 * changes nothing. A forged cookie counts as none, so it cannot make keys.
 */
export function readerReadKey(clientKey: string, userAgent: string, history: readonly string[], articleId: string): string {
  const position = history.indexOf(articleId);
  const before = (position === -1 ? history : history.slice(0, position)).slice(-pairsPerRead).toSorted().join(',');
  return createHash('sha256').update(`${clientKey}\n${userAgent}\n${before}\n${articleId}`).digest('base64url').slice(0, 22);
}
