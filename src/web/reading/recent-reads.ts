/**
 * Reads already counted in the last `windowMs`, so that a reload, a replayed
 * beacon or a flood of them counts once. Keys are opaque hashes (see
 * readerReadKey); memory only, bounded, each entry forgotten when its window
 * ends.
 */
export interface RecentReadsOptions {
  windowMs: number;
  maxEntries: number;
}

export const recentReadsDefaults: RecentReadsOptions = { windowMs: 30 * 60 * 1000, maxEntries: 100_000 };

export class RecentReads {
  readonly #options: RecentReadsOptions;
  // In order of first read, so the expired ones are at the front.
  readonly #firstReadMs = new Map<string, number>();

  constructor(options: Partial<RecentReadsOptions> = {}) {
    this.#options = { ...recentReadsDefaults, ...options };
  }

  get size(): number {
    return this.#firstReadMs.size;
  }

  /** True when `key` was read within the window before `nowMs`; otherwise remembers it and answers false. */
  seen(key: string, nowMs: number): boolean {
    this.sweep(nowMs);
    const atMs = this.#firstReadMs.get(key);
    if (atMs !== undefined && nowMs - atMs < this.#options.windowMs) return true;
    this.#firstReadMs.delete(key);
    this.#firstReadMs.set(key, nowMs);
    while (this.#firstReadMs.size > this.#options.maxEntries) this.#firstReadMs.delete(this.#firstReadMs.keys().next().value!);
    return false;
  }

  /** Forgets the reads whose window has ended (also run on a timer, for quiet times). */
  sweep(nowMs: number): void {
    for (const [key, atMs] of this.#firstReadMs) {
      if (nowMs - atMs < this.#options.windowMs) break;
      this.#firstReadMs.delete(key);
    }
  }
}
