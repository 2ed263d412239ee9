/**
 * Dates as German pages write them (`13.11.2024`, `23.04.16, 20:31`,
 * `27.11.2023 | 23:55 Uhr`, `12. März 2024 um 14:30 Uhr`, `2024-03-14`).
 * A date becomes a timestamp only with its time of day: a day alone would
 * need an invented hour. Times are German local time (Europe/Berlin, which
 * Austria and Switzerland share).
 */

const months = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const monthNames = String.raw`(?:Jan(?:uar|\.)?|Feb(?:ruar|\.)?|Mär(?:z|\.)?|Maerz|Apr(?:il|\.)?|Mai|Jun(?:i|\.)?|Jul(?:i|\.)?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Okt(?:ober|\.)?|Nov(?:ember|\.)?|Dez(?:ember|\.)?)`;
const numericDate = String.raw`\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?`;
const wordDate = String.raw`\d{1,2}\.\s*${monthNames}\s*\d{4}`;
const isoDate = String.raw`\d{4}-\d{2}-\d{2}`;
const time = String.raw`\d{1,2}[:.]\d{2}(?:\s*Uhr)?`;
const date = `(?:${numericDate}|${wordDate}|${isoDate})`;
const dateWithTime = new RegExp(`${date}(?:\\s*(?:,|\\||–|-|um|/|T)?\\s*(?:um\\s*)?${time}(?![\\d.]))?`, 'iu');

const labels = /\b(?:stand|veröffentlicht|aktualisiert|erstellt|zuletzt|geändert|publiziert|datum|am|um|vom|uhr|heute|gestern|mez|mesz|cet|cest|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\b\.?/giu;

/**
 * A line that holds dates, times and their labels but nothing else; parts
 * after `|` or `·` may also be chrome (`12.03.2024 | Lesezeit 3 Min.`).
 * Ticker time stamps on their own line (`21.07 Uhr`) count too.
 */
export function isDateLine(text: string, isChrome: (part: string) => boolean = () => false): boolean {
  const parts = text.split(/\s+[|·•]\s+|\s+(?=Quelle:)/);
  if (parts.length > 1) return parts.some((part) => isDateOnly(part)) && parts.every((part) => isDateOnly(part) || isChrome(part));
  return isDateOnly(text);
}

function isDateOnly(line: string): boolean {
  const text = line.replace(/^[\s|·•,–-]+|[\s|·•,–-]+$/g, '');
  if (/^vor \d+ (?:sekunden?|minuten?|stunden?|tagen?)$/i.test(text)) return true;
  if (!/\d/.test(text)) return false;
  const rest = text
    .replace(new RegExp(date, 'giu'), ' ')
    .replace(new RegExp(time, 'giu'), ' ')
    .replace(labels, ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  return rest === '' && (dateWithTime.test(text) || new RegExp(`^(?:\\p{L}+[,:]?\\s*)?${time}$`, 'iu').test(text));
}

/** The first date (with its time, if written next to it) as it stands in the text. */
export function findDateText(text: string): string | null {
  const match = dateWithTime.exec(text);
  return match ? match[0].trim() : null;
}

/** ISO 8601 with the Berlin offset, or null unless date and time are both certain. */
export function toIsoDateTime(dateText: string): string | null {
  const parts = parseDateParts(dateText);
  if (!parts) return null;
  const { year, month, day, hour, minute } = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (probe.getUTCDate() !== day) return null;
  // Local Berlin time: find the offset in force at that wall-clock time.
  let offset = berlinOffsetMinutes(new Date(probe.getTime() - 60 * 60_000));
  offset = berlinOffsetMinutes(new Date(probe.getTime() - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

function parseDateParts(text: string): { year: number; month: number; day: number; hour: number; minute: number } | null {
  const clock = /(?:^|[\s,|–/-])(?:um\s*)?(\d{1,2})[:.](\d{2})(?:\s*Uhr)?\s*$/iu.exec(text);
  if (!clock) return null;
  const hour = Number(clock[1]);
  const minute = Number(clock[2]);
  let match = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/.exec(text);
  if (match) {
    const year = Number(match[3]);
    return { year: year < 100 ? 2000 + year : year, month: Number(match[2]), day: Number(match[1]), hour, minute };
  }
  match = new RegExp(`(\\d{1,2})\\.\\s*(${monthNames})\\s*(\\d{4})`, 'iu').exec(text);
  if (match) {
    const name = (match[2] ?? '').toLowerCase().replace('maerz', 'märz').slice(0, 3);
    const month = months.findIndex((m) => m.startsWith(name)) + 1;
    return month > 0 ? { year: Number(match[3]), month, day: Number(match[1]), hour, minute } : null;
  }
  match = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour, minute };
  return null;
}

const berlinClock = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

function berlinOffsetMinutes(instant: Date): number {
  const name = berlinClock.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
