/**
 * The reading statistics' own database (see reading-repository.ts for why it
 * is a separate file). No table has a column that could name a reader.
 */
export interface ArticleReadsTable {
  article_id: string;
  /** Start of the hour in UTC, milliseconds since the epoch. */
  hour_ms: number;
  reads: number;
}

export interface CoReadsTable {
  from_id: string;
  to_id: string;
  /** Start of the UTC day of the later read, milliseconds since the epoch. */
  day_ms: number;
  reads: number;
}

export interface ReadingMetaTable {
  key: string;
  value: Uint8Array;
}

export interface ReadingSchema {
  article_reads: ArticleReadsTable;
  co_reads: CoReadsTable;
  reading_meta: ReadingMetaTable;
}
