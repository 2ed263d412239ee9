/**
 * Dates as German newspapers print them: `25. April 2025, 18:30 Uhr`, in the
 * site's time zone (not the server's).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('de-DE', {
      day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone,
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function formatGermanDateTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    formatterFor(timeZone).formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.day}. ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
}

/** `25. April 2025` — for lists where the time adds noise. */
export function formatGermanDate(iso: string, timeZone: string): string {
  return formatGermanDateTime(iso, timeZone).replace(/, \d{2}:\d{2} Uhr$/, '');
}
