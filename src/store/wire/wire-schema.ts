/**
 * The wire desk's tables, written once (see schema.ts). Flags are 0/1
 * integers and instants used for ordering are milliseconds, as elsewhere.
 */
export interface FeedsTable {
  id: string;
  url: string;
  title: string;
  trusted: number;
  /** Section given to the drafts of this feed; null: "Agentur". */
  section: string | null;
  /** Fetch each item's linked page for the full text. */
  fetch_pages: number;
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  next_fetch_ms: number;
  /** Failed polls in a row; drives the back-off. */
  failures: number;
  last_fetch_at: string | null;
  last_success_at: string | null;
  last_status: 'new' | 'ok' | 'not-modified' | 'error';
  last_error: string | null;
  last_new_items: number;
  /** Items of the last poll that could not be taken, one line each; null when none. */
  last_skipped: string | null;
  created_by: string;
  created_at: string;
  /** When the subscription was ended; null while it runs. */
  ended_at: string | null;
}

export interface WireItemsTable {
  feed_id: string;
  item_key: string;
  article_id: string | null;
  url: string | null;
  headline: string;
  /** MinHash sketch of the text (src/wire/text-fingerprint.ts), for near-duplicates. */
  fingerprint: string;
  received_ms: number;
  /** 1 when the item was merged into an article another item had created. */
  merged: number;
}

export interface StoriesTable {
  id: string;
  title: string;
  created_at: string;
}

export interface StoryArticlesTable {
  article_id: string;
  story_id: string;
  added_ms: number;
}

export interface WireTables {
  feeds: FeedsTable;
  wire_items: WireItemsTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
}
