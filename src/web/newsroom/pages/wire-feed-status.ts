import type { Feed } from '../../../store/wire-repository.ts';
import { feedStatusLabels } from '../../../wire/feed-status-labels.ts';
import { formatGermanDateTime } from '../../presenters/german-date.ts';
import { html, type Html } from '../../pages/html.ts';

/** Paths of the wire desk's pages. */
export const inboxPath = '/redaktion/agentur';
export const feedsPath = '/redaktion/agentur/feeds';
export const feedPath = (id: string) => `${feedsPath}/${id}`;
export const storyPath = (id: string) => `/redaktion/geschichten/${id}`;

/** A feed's last poll as a badge: the word, with colour as a second cue. */
export function feedStatusBadge(feed: Pick<Feed, 'lastStatus'>): Html {
  return html`<span class="nr-status nr-feed-status-${feed.lastStatus}">${feedStatusLabels[feed.lastStatus]}</span>`;
}

/** An instant in the site's time zone, or a dash for „not yet“. */
export function when(iso: string | null, timeZone: string, none = 'noch nie'): Html {
  return iso ? html`<time datetime="${iso}">${formatGermanDateTime(iso, timeZone)}</time>` : html`<span class="nr-none">${none}</span>`;
}

/** „3 Meldungen“, „1 Meldung“. */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;
}

/** „3-mal in Folge“ after the error, when it happened more than once. */
export function failuresText(failures: number): string {
  return failures > 1 ? `${failures}-mal in Folge fehlgeschlagen` : 'einmal fehlgeschlagen';
}

/** When the scheduler polls the feed next; a time already past means: at its next run. */
export function nextPoll(feed: Pick<Feed, 'nextFetchAt'>, nowMs: number, timeZone: string): Html {
  const iso = feed.nextFetchAt.toISOString();
  return feed.nextFetchAt.getTime() <= nowMs
    ? html`<time datetime="${iso}">jetzt fällig</time>`
    : html`<time datetime="${iso}">${formatGermanDateTime(iso, timeZone)}</time>`;
}
