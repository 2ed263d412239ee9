/**
 * Reading statistics: counts per article and hour, and co-reading pairs per
 * day. They live in their own database file, so that counting reads never
 * touches the content database (whose commits empty the page cache).
 * Nothing here names a reader.
 */
export interface ReadEvent {
  articleId: string;
  /** When the read happened, milliseconds since the epoch. */
  atMs: number;
  /** The reader's earlier reads (from their own history cookie), oldest first; each forms a pair with `articleId`. Empty without personalisation. */
  previousIds: readonly string[];
}

/** Reads of one article in one hour. */
export interface HourlyReads {
  articleId: string;
  /** Start of the hour, milliseconds since the epoch. */
  hourMs: number;
  reads: number;
}

/** How often readers of one article went on to read another. */
export interface CoReads {
  /** The article read earlier. */
  fromId: string;
  /** The article read after it (by the same reader, within their recent history). */
  toId: string;
  reads: number;
}

/** The aggregates the recommender learns from. They hold no reader. */
export interface ReadingSignals {
  reads: readonly HourlyReads[];
  coReads: readonly CoReads[];
}

export interface ReadsPerBucket {
  /** Start of the bucket, milliseconds since the epoch. */
  startMs: number;
  reads: number;
}

export interface NextRead {
  articleId: string;
  reads: number;
}

export interface ReadingRepository {
  /** Adds the events to the counts in one transaction: all or none. */
  record(events: readonly ReadEvent[]): Promise<void>;
  /** Every aggregate from `sinceMs` on, for building the recommender's model. */
  signals(sinceMs: number): Promise<ReadingSignals>;
  /** An article's reads per hour in [fromMs, toMs), empty hours left out. */
  hourlyReads(articleId: string, fromMs: number, toMs: number): Promise<ReadsPerBucket[]>;
  /** What readers of this article read after it, most first. */
  nextReads(articleId: string, limit: number): Promise<NextRead[]>;
  /** Total reads per article (all kept hours), for the newsroom's overview. */
  totals(articleIds: readonly string[]): Promise<Map<string, number>>;
  /** Drops hours and days that began before `beforeMs`; returns how many rows went. */
  dropBefore(beforeMs: number): Promise<number>;
  /** A secret for signing readers' history cookies, made on first use and kept in this database. */
  cookieSecret(): Promise<Uint8Array>;
  close(): Promise<void>;
}
