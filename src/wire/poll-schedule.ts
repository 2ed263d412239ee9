/** After this many failed polls in a row the back-off stops growing. */
const maxBackoffMs = 24 * 3_600_000;

/**
 * When a feed is polled next: after its interval when the poll went well;
 * after errors, the interval doubled for each failure in a row (a feed that
 * is down is not hammered, and one that comes back is found within a day).
 */
export function nextPollAt(now: Date, intervalMinutes: number, failuresInARow: number): Date {
  const intervalMs = intervalMinutes * 60_000;
  const delay = failuresInARow === 0 ? intervalMs : Math.min(intervalMs * 2 ** Math.min(failuresInARow, 20), maxBackoffMs);
  return new Date(now.getTime() + Math.max(delay, intervalMs));
}

export const minIntervalMinutes = 5;
export const maxIntervalMinutes = 24 * 60;
export const defaultIntervalMinutes = 15;
