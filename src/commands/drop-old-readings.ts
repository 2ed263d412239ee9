import { loadSiteSettings, type SiteSettings } from '../settings/site-settings.ts';
import type { Store } from '../store/article-repository.ts';
import type { ReadingRepository } from '../store/reading-repository.ts';

const dayMs = 24 * 3_600_000;

/**
 * Drops reading statistics older than the retention the admin set (the
 * privacy page promises it). Returns how many hourly and daily rows went.
 */
export async function dropOldReadings(store: Store, reading: ReadingRepository, defaults: SiteSettings, now: Date): Promise<number> {
  const { readingRetentionDays } = await loadSiteSettings(store.settings, defaults);
  return reading.dropBefore(now.getTime() - Number(readingRetentionDays) * dayMs);
}
