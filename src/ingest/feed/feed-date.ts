/**
 * Dates as feeds write them → ISO 8601 (UTC), or null when the text is no
 * date. RSS uses RFC 822 (`Sat, 21 Dec 2024 19:25:31 +0100`), Atom, RDF and
 * JSON Feed use ISO 8601. German publishers add German month and day names
 * (`Sa, 21 Dez 2024`) and zone names (`MEZ`, `CEST`); a time without a zone
 * is read as German time. Stricter than `Date.parse`, which reads „Ausgabe 12“
 * as December 2001.
 */

const months: Record<string, number> = {
  jan: 1, januar: 1, january: 1, feb: 2, februar: 2, february: 2, mar: 3, mär: 3, mrz: 3, märz: 3, march: 3,
  apr: 4, april: 4, may: 5, mai: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, okt: 10, oktober: 10, october: 10, nov: 11, november: 11,
  dec: 12, dez: 12, dezember: 12, december: 12,
};

/** Offsets in minutes of the zone names feeds use. */
const zones: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, bst: 60, cet: 60, mez: 60, cest: 120, mesz: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const rfc822 = /^(?:[\p{L}]{2,10}\.?,?\s+)?(\d{1,2})\.?\s+([\p{L}]{3,10})\.?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5})?$/u;

export function feedDate(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null) return null;
  const text = raw.trim();
  if (text === '') return null;

  const isoMatch = iso.exec(text);
  if (isoMatch) {
    const [, y, mo, d, h, mi, s, zone] = isoMatch;
    return build(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), zone === undefined ? null : zoneOffset(zone));
  }
  const rfcMatch = rfc822.exec(text);
  if (rfcMatch) {
    const [, d, monthName, y, h, mi, s, zone] = rfcMatch;
    const month = months[monthName!.toLowerCase()];
    if (month === undefined) return null;
    let year = +y!;
    if (y!.length === 2) year += year < 50 ? 2000 : 1900;
    const offset = zone === undefined ? null : zoneOffset(zone);
    if (zone !== undefined && offset === undefined) return null;
    return build(year, month, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), offset ?? null);
  }
  return null;
}

/** Offset in minutes, or undefined for an unknown zone name. */
function zoneOffset(zone: string): number | undefined {
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (+numeric[2]! * 60 + +(numeric[3] ?? 0));
  return zones[zone.toLowerCase()];
}

/** UTC instant of a wall-clock time; null offset means German time (Europe/Berlin). */
function build(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number | undefined | null): string | null {
  if (offset === undefined) return null;
  if (year < 1970 || year > 2100 || hour > 23 || minute > 59 || second > 60) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  const check = new Date(wall);
  // 31 February is not a day.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  const minutes = offset ?? berlinOffset(wall);
  return new Date(wall - minutes * 60_000).toISOString();
}

const berlin = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

/** Offset of German time at about this instant (+60 in winter, +120 in summer). */
function berlinOffset(wallAsUtc: number): number {
  const name = berlin.formatToParts(new Date(wallAsUtc - 60 * 60_000)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (+match[2]! * 60 + +match[3]!) : 60;
}
