/**
 * A token bucket per client: a burst of reads at once, then one more every
 * `refillMs`. Enough for any person reading, not for a script inflating
 * counts. Held in memory only and bounded: the least recently seen clients
 * go first when it is full, and a client idle long enough to have a full
 * bucket again is forgotten, being no different from a new one.
 */
export interface ThrottleOptions {
  burst: number;
  refillMs: number;
  maxClients: number;
}

export type ThrottleAnswer = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const readThrottleDefaults: ThrottleOptions = { burst: 20, refillMs: 15_000, maxClients: 50_000 };

interface Bucket {
  tokens: number;
  atMs: number;
}

export class ReadThrottle {
  readonly #options: ThrottleOptions;
  // In order of last use: the first entries are the first to go.
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.#options = { ...readThrottleDefaults, ...options };
  }

  get size(): number {
    return this.#buckets.size;
  }

  take(key: string, nowMs: number): ThrottleAnswer {
    const { burst, refillMs, maxClients } = this.#options;
    this.sweep(nowMs);
    const bucket = this.#buckets.get(key);
    let tokens = burst;
    if (bucket) {
      this.#buckets.delete(key);
      tokens = Math.min(burst, bucket.tokens + Math.max(0, nowMs - bucket.atMs) / refillMs);
    }
    const allowed = tokens >= 1;
    this.#buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, atMs: nowMs });
    while (this.#buckets.size > maxClients) this.#buckets.delete(this.#buckets.keys().next().value!);
    if (allowed) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.round((1 - tokens) * refillMs) / 1000)) };
  }

  /** Drops clients whose bucket has filled up again since their last request (also run on a timer, for quiet times). */
  sweep(nowMs: number): void {
    const fullAfterMs = this.#options.burst * this.#options.refillMs;
    for (const [key, bucket] of this.#buckets) {
      if (nowMs - bucket.atMs < fullAfterMs) break;
      this.#buckets.delete(key);
    }
  }
}
