import { z } from 'zod';
import { DepescheError } from '../errors.ts';
import { defaultIntervalMinutes, maxIntervalMinutes, minIntervalMinutes } from './poll-schedule.ts';

/** What a person may set on a subscription, checked the same way from the CLI and the newsroom. */
export const feedSettingsInput = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'muss eine http- oder https-Adresse sein, z. B. https://agentur.example/feed.xml' })
    .max(2000, 'ist länger als 2000 Zeichen')
    .refine((url) => !/^[a-z]+:\/\/[^/]*@/i.test(url), 'darf keinen Benutzernamen oder kein Passwort enthalten'),
  title: z.string().trim().max(200, 'ist länger als 200 Zeichen').optional(),
  trusted: z.boolean().default(false),
  section: z.string().trim().max(80, 'ist länger als 80 Zeichen').nullable().default(null),
  fetchPages: z.boolean().default(false),
  intervalMinutes: z
    .number({ error: 'muss eine ganze Zahl sein' })
    .int('muss eine ganze Zahl sein')
    .min(minIntervalMinutes, `muss mindestens ${minIntervalMinutes} Minuten betragen`)
    .max(maxIntervalMinutes, `darf höchstens ${maxIntervalMinutes} Minuten (ein Tag) betragen`)
    .default(defaultIntervalMinutes),
});

export type FeedSettingsInput = z.input<typeof feedSettingsInput>;
export type CheckedFeedSettings = z.output<typeof feedSettingsInput>;

const fieldNames: Record<string, string> = {
  url: 'Adresse',
  title: 'Titel',
  trusted: 'Vertrauenswürdig',
  section: 'Rubrik',
  fetchPages: 'Volltext',
  intervalMinutes: 'Abrufintervall',
};

/** Validates the settings; the error names the field and what is wrong with it. */
export function checkFeedSettings(input: unknown): CheckedFeedSettings {
  const result = feedSettingsInput.safeParse(input);
  if (result.success) return { ...result.data, section: result.data.section || null };
  const problems = result.error.issues.map((issue) => `${fieldNames[String(issue.path[0])] ?? String(issue.path[0] ?? 'Eingabe')} ${issue.message}`);
  throw new DepescheError('invalid_input', `Das Abonnement ist nicht gültig: ${problems.join('; ')}.`);
}

/**
 * Validates the address of a single page an editor pastes, before anything is
 * fetched; the error speaks of the page, not of a subscription.
 */
export function checkPageAddress(input: unknown): string {
  const url = typeof input === 'string' ? input.trim() : '';
  const example = 'z. B. https://zeitung.example/politik/ein-artikel.html';
  if (url === '') throw new DepescheError('invalid_input', `Bitte geben Sie die Adresse einer Artikelseite ein, ${example}.`);
  if (url.length > 2000) throw new DepescheError('invalid_input', 'Die Adresse ist länger als 2000 Zeichen; bitte kürzen Sie sie (Parameter hinter „?“ braucht es meist nicht).');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DepescheError('invalid_input', `„${url}“ ist keine vollständige Adresse; sie beginnt mit http:// oder https://, ${example}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DepescheError(
      'invalid_input',
      `Die Adresse der Seite muss eine http- oder https-Adresse sein, nicht ${parsed.protocol.replace(/:$/, '')}:. Nur http- und https-Adressen lassen sich übernehmen, ${example}.`,
    );
  }
  if (parsed.username || parsed.password) throw new DepescheError('invalid_input', 'Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.');
  return url;
}
