import { z } from 'zod';
import type { FieldProblem } from '../commands/workflow.ts';
import type { SettingsRepository } from '../store/settings-repository.ts';

/**
 * The settings an admin changes in the newsroom. Each falls back to the
 * server's configuration, so a fresh site works without any being saved.
 */
export const siteSettingsSchema = z.strictObject({
  siteName: z.string().trim().min(1, 'Der Name der Website darf nicht leer sein.').max(60, 'höchstens 60 Zeichen'),
  siteDescription: z.string().trim().max(200, 'höchstens 200 Zeichen'),
  /** '1': suggested key points go into articles without an editor's approval. */
  autoKeyPoints: z.enum(['0', '1'], { error: 'muss 0 oder 1 sein' }),
  /** Percent by which search lifts a brand-new article over an old one of equal relevance. */
  searchFreshness: wholeNumber(0, 200),
  /** Days after which that lift is half as large. */
  searchHalfLifeDays: wholeNumber(1, 3650),
  /** Days that reading statistics (reads per hour, co-reading pairs) are kept before they are dropped. */
  readingRetentionDays: wholeNumber(1, 730),
});

/** Settings are stored as text, as forms send them; the number is checked on the way. */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, `eine ganze Zahl von ${min} bis ${max}`)
    .refine((value) => Number(value) >= min && Number(value) <= max, `eine ganze Zahl von ${min} bis ${max}`);
}

/** What a fresh site uses until an admin saves settings. */
const searchSettingDefaults = { searchFreshness: '20', searchHalfLifeDays: '30' } as const;

/** 90 days: enough for popularity and "readers also read", short enough that old habits fade. */
const readingSettingDefaults = { readingRetentionDays: '90' } as const;

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** What a fresh site uses for every setting, its name taken from the configuration. */
export function siteSettingDefaults(siteName: string): SiteSettings {
  return { siteName, siteDescription: '', autoKeyPoints: '0', ...searchSettingDefaults, ...readingSettingDefaults };
}

export async function loadSiteSettings(repository: SettingsRepository, defaults: SiteSettings): Promise<SiteSettings> {
  const stored = await repository.all();
  const merged = { ...defaults, ...pickKnown(stored) };
  // A value that no longer passes (e.g. after a rule changed) falls back, rather than breaking every page.
  const result = siteSettingsSchema.safeParse(merged);
  return result.success ? result.data : defaults;
}

export async function saveSiteSettings(
  repository: SettingsRepository,
  input: Record<string, unknown>,
  actor: string,
): Promise<{ saved: SiteSettings; problems: [] } | { saved: null; problems: FieldProblem[] }> {
  const result = siteSettingsSchema.safeParse(pickKnown(input));
  if (!result.success) {
    return { saved: null, problems: result.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'form'), message: issue.message })) };
  }
  await repository.save(result.data, actor);
  return { saved: result.data, problems: [] };
}

function pickKnown(values: Record<string, unknown>): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  for (const key of Object.keys(siteSettingsSchema.shape)) if (key in values) known[key] = values[key];
  return known;
}
