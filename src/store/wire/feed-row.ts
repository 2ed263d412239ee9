import type { Selectable } from 'kysely';
import type { Feed, FeedSettings } from '../wire-repository.ts';
import type { FeedsTable } from './wire-schema.ts';

/** A feed's row and the model, field by field. */
export function rowToFeed(row: Selectable<FeedsTable>, itemCount: number): Feed {
  return {
    id: row.id,
    ...rowToSettings(row),
    etag: row.etag,
    lastModified: row.last_modified,
    nextFetchAt: new Date(row.next_fetch_ms),
    failures: row.failures,
    lastFetchAt: row.last_fetch_at,
    lastSuccessAt: row.last_success_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastNewItems: row.last_new_items,
    lastSkipped: row.last_skipped ? row.last_skipped.split('\n') : [],
    itemCount,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

type SettingsRow = Pick<Selectable<FeedsTable>, 'url' | 'title' | 'trusted' | 'section' | 'fetch_pages' | 'interval_minutes'>;

export function rowToSettings(row: SettingsRow): FeedSettings {
  return {
    url: row.url,
    title: row.title,
    trusted: row.trusted === 1,
    section: row.section,
    fetchPages: row.fetch_pages === 1,
    intervalMinutes: row.interval_minutes,
  };
}

export function settingsToRow(settings: FeedSettings) {
  return {
    url: settings.url,
    title: settings.title,
    trusted: settings.trusted ? 1 : 0,
    section: settings.section,
    fetch_pages: settings.fetchPages ? 1 : 0,
    interval_minutes: settings.intervalMinutes,
  };
}
