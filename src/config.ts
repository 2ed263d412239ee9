import { resolve } from 'node:path';
import { z } from 'zod';
import { DepescheError } from './errors.ts';

/**
 * Configuration, read once at start from the environment and the command
 * line (flags win), validated so that a typo stops the start with a message
 * naming the variable rather than failing later.
 */
export interface Config {
  port: number;
  host: string;
  /** Folder for the SQLite file and media; created on first start. */
  dataDir: string;
  databaseFile: string;
  /** Reading statistics (counts only, no readers), apart from the content database. */
  readingDatabaseFile: string;
  mediaDir: string;
  /** Public address of the site, for canonical URLs, Open Graph and feeds. No trailing slash. */
  siteUrl: string;
  siteName: string;
  /** Time zone in which dates are shown to readers. */
  timeZone: string;
  /** Seed the demo content into an empty database. */
  demoContent: boolean;
  /** How often scheduled articles are checked and published when due. */
  schedulerIntervalMs: number;
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /**
   * Which internal addresses the wire desk may fetch from: none (the default;
   * a feed URL cannot reach the server's own network), loopback (this
   * machine), or private (also the local network's private ranges).
   */
  fetchInternal: 'none' | 'loopback' | 'private';
}

export interface ConfigOverrides {
  port?: string | number;
  host?: string;
  dataDir?: string;
}

// Decimal digits only: Number() would also take "0x1F90", "1e3" or " " (as 0).
const portSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, 'ist keine Portnummer (0 bis 65535)')
  .transform(Number)
  .refine((port) => port <= 65535, 'ist keine Portnummer (0 bis 65535)');

const envSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().trim().min(1, 'darf nicht leer sein').default('127.0.0.1'),
  DEPESCHE_DATA: z.string().trim().min(1, 'darf nicht leer sein').default('data'),
  DEPESCHE_SITE_URL: z
    .url({ protocol: /^https?$/, error: 'muss eine http(s)-Adresse sein, z. B. https://zeitung.example' })
    .optional(),
  DEPESCHE_SITE_NAME: z.string().trim().min(1, 'darf nicht leer sein').default('Depesche'),
  DEPESCHE_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'ist keine bekannte Zeitzone (z. B. Europe/Berlin)')
    .default('Europe/Berlin'),
  DEPESCHE_DEMO: z.enum(['0', '1'], { error: 'muss 0 oder 1 sein' }).default('1'),
  DEPESCHE_SCHEDULER_SECONDS: z
    .string()
    .trim()
    .regex(/^\d+(?:\.\d+)?$/, 'muss eine Zahl von Sekunden sein, z. B. 30')
    .transform(Number)
    .refine((seconds) => seconds >= 0.05 && seconds <= 60, 'muss zwischen 0.05 und 60 Sekunden liegen')
    .default(30),
  DEPESCHE_TRUST_PROXY: z.enum(['0', '1'], { error: 'muss 0 oder 1 sein' }).default('0'),
  DEPESCHE_FETCH_INTERNAL: z.enum(['none', 'loopback', 'private'], { error: 'muss none, loopback oder private sein' }).default('none'),
});

const flagNames: Record<string, string> = { PORT: '--port', HOST: '--host', DEPESCHE_DATA: '--data' };

export function loadConfig(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}, cwd = process.cwd()): Config {
  const input = {
    ...pick(env, Object.keys(envSchema.shape)),
    // A flag given blank is a mistake (`--data $UNSET`) and is refused, not ignored.
    ...(overrides.port !== undefined && { PORT: String(overrides.port) }),
    ...(overrides.host !== undefined && { HOST: overrides.host }),
    ...(overrides.dataDir !== undefined && { DEPESCHE_DATA: overrides.dataDir }),
  };
  const result = envSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const given = (input as Record<string, unknown>)[name];
      const label = flagNames[name] ? `${name} (${flagNames[name]})` : name;
      return `${label}: „${String(given)}“ ${issue.message}`;
    });
    throw new DepescheError('invalid_config', `Ungültige Konfiguration:\n  ${problems.join('\n  ')}`);
  }
  const values = result.data;
  const dataDir = resolve(cwd, values.DEPESCHE_DATA);
  const publicHost =
    values.HOST === '0.0.0.0' || values.HOST === '::' ? 'localhost' : values.HOST.includes(':') ? `[${values.HOST}]` : values.HOST;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    databaseFile: resolve(dataDir, 'depesche.sqlite'),
    readingDatabaseFile: resolve(dataDir, 'lesen.sqlite'),
    mediaDir: resolve(dataDir, 'media'),
    siteUrl: (values.DEPESCHE_SITE_URL ?? `http://${publicHost}:${values.PORT}`).replace(/\/+$/, ''),
    siteName: values.DEPESCHE_SITE_NAME,
    timeZone: values.DEPESCHE_TIMEZONE,
    demoContent: values.DEPESCHE_DEMO === '1',
    schedulerIntervalMs: Math.round(values.DEPESCHE_SCHEDULER_SECONDS * 1000),
    trustProxy: values.DEPESCHE_TRUST_PROXY === '1',
    fetchInternal: values.DEPESCHE_FETCH_INTERNAL,
  };
}

/** The named variables that are set; a blank one (`PORT=`) counts as unset. */
function pick(values: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = values[name];
    if (value !== undefined && value.trim() !== '') picked[name] = value;
  }
  return picked;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
