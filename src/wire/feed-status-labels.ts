import type { FeedPollStatus } from '../store/wire-repository.ts';

/** German names of a feed's last poll, for the newsroom and the CLI. */
export const feedStatusLabels = {
  new: 'Noch nicht abgerufen',
  ok: 'Abgerufen',
  'not-modified': 'Unverändert',
  error: 'Fehler',
} as const satisfies Record<FeedPollStatus, string>;
