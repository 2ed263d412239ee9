import type { ReadEvent, ReadingRepository } from '../../store/reading-repository.ts';

export interface ReadBufferOptions {
  reading: Pick<ReadingRepository, 'record'>;
  /** How often the buffer is written; also written when it holds `flushAtEvents`. */
  intervalMs?: number;
  flushAtEvents?: number;
  /** While the store fails, at most this many events wait; the oldest go first. */
  maxPending?: number;
  logError?: (error: unknown) => void;
}

/**
 * Reads are collected in memory and written every few seconds in one
 * transaction, so a busy article costs one write per interval, not one per
 * reader, and a request never waits for the statistics database. A failed
 * write is logged and tried again with the next one; a store that stays
 * down loses the oldest reads, never the site.
 */
export class ReadBuffer {
  readonly #reading: Pick<ReadingRepository, 'record'>;
  readonly #flushAtEvents: number;
  readonly #maxPending: number;
  readonly #logError: (error: unknown) => void;
  readonly #timer: NodeJS.Timeout;
  #pending: ReadEvent[] = [];
  #running: Promise<void> | null = null;
  #dropped = 0;

  constructor(options: ReadBufferOptions) {
    this.#reading = options.reading;
    this.#flushAtEvents = options.flushAtEvents ?? 5_000;
    this.#maxPending = options.maxPending ?? 100_000;
    this.#logError = options.logError ?? ((error) => console.error(error));
    this.#timer = setInterval(() => void this.flush(), options.intervalMs ?? 5_000);
    // The timer alone must not keep the process alive; close() writes the rest.
    this.#timer.unref();
  }

  get pending(): number {
    return this.#pending.length;
  }

  add(event: ReadEvent): void {
    this.#pending.push(event);
    const excess = this.#pending.length - this.#maxPending;
    if (excess > 0) {
      this.#pending.splice(0, excess);
      this.#dropped += excess;
    }
    if (this.#pending.length >= this.#flushAtEvents && !this.#running) void this.flush();
  }

  /** Writes what is pending (after a write already under way); never throws. */
  async flush(): Promise<void> {
    while (this.#running) await this.#running;
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#running = this.#write(batch);
    try {
      await this.#running;
    } finally {
      this.#running = null;
    }
  }

  /** Stops the timer and writes what is pending. */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush();
  }

  async #write(batch: ReadEvent[]): Promise<void> {
    try {
      await this.#reading.record(batch);
      if (this.#dropped > 0) {
        this.#logError(new Error(`Lesestatistik: ${this.#dropped} Lesevorgänge verworfen, weil die Statistik-Datenbank nicht erreichbar war.`));
        this.#dropped = 0;
      }
    } catch (error) {
      this.#logError(error);
      // Back in front of what came meanwhile, within the bound.
      const kept = [...batch, ...this.#pending];
      const excess = kept.length - this.#maxPending;
      if (excess > 0) {
        kept.splice(0, excess);
        this.#dropped += excess;
      }
      this.#pending = kept;
    }
  }
}
