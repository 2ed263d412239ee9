/**
 * Whether a request may be personalised: remembered in the reader's history
 * cookie, recorded as co-reading pairs, answered with picks from that
 * history. Off when the browser asks for it (`DNT: 1`, `Sec-GPC: 1`) or the
 * reader switched it off on the privacy page. Counting the read of the
 * article itself, which names no one, goes on either way.
 */
export const optOutCookieName = 'depesche_personalisierung';
export const optOutCookieValue = 'aus';
export const optOutMaxAgeSeconds = 365 * 24 * 60 * 60;

export type PersonalisationState =
  | { enabled: true }
  | { enabled: false; reason: 'do-not-track' | 'global-privacy-control' | 'opt-out' };

/** `header` reads a request header by name; `optOutCookie` is the value of the opt-out cookie, if any. */
export function personalisation(header: (name: string) => string | undefined, optOutCookie: string | undefined): PersonalisationState {
  if (header('DNT')?.trim() === '1') return { enabled: false, reason: 'do-not-track' };
  if (header('Sec-GPC')?.trim() === '1') return { enabled: false, reason: 'global-privacy-control' };
  if (optOutCookie === optOutCookieValue) return { enabled: false, reason: 'opt-out' };
  return { enabled: true };
}
