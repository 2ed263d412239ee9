import type { Feed } from '../../../store/wire-repository.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';
import { feedForm, feedFormSummary, type FeedFormState } from './wire-feed-form.ts';
import { countOf, failuresText, feedPath, feedStatusBadge, feedsPath, inboxPath, nextPoll, when } from './wire-feed-status.ts';

export interface FeedsPageData {
  feeds: Feed[];
  /** Redakteure and admins subscribe; Autoren see the list only. */
  canChange: boolean;
  form: FeedFormState;
  sections: string[];
  timeZone: string;
  nowMs: number;
}

/** Every subscription with the state of its last poll, and the form to add one. */
export function feedsPage(frame: NewsroomPage, data: FeedsPageData): Html {
  return newsroomLayout(
    frame,
    html`<p><a href="${inboxPath}">← Agentur-Eingang</a></p>
<h1>Agentur-Feeds</h1>
${feedFormSummary(data.form, 'neu', 'Das Abonnement wurde nicht angelegt')}
<section aria-labelledby="abonnements" class="nr-wire-block">
<h2 id="abonnements">Abonnements</h2>
${data.feeds.length === 0
  ? html`<p class="nr-empty">Noch keine Feeds abonniert. ${data.canChange ? 'Tragen Sie unten die Adresse eines RSS-, Atom- oder JSON-Feeds ein' : 'Redakteurinnen, Redakteure und Admins können unten einen Feed abonnieren'}, oder auf dem Server: <code>depesche feeds add https://…/feed.xml</code></p>`
  : feedsTable(data)}
</section>
<section aria-labelledby="neu" class="nr-wire-block">
<h2 id="neu">Feed abonnieren</h2>
${data.canChange
  ? feedForm(data.form, { action: feedsPath, csrfToken: frame.csrfToken, idPrefix: 'neu', submitLabel: 'Abonnieren', sections: data.sections })
  : html`<p class="nr-hint">Feeds abonnieren, ändern und abbestellen können Redakteurinnen, Redakteure und Admins. Als Autorin oder Autor sehen Sie hier ihren Zustand und übernehmen Meldungen aus dem <a href="${inboxPath}">Agentur-Eingang</a>.</p>`}
</section>`,
  );
}

function feedsTable(data: FeedsPageData): Html {
  return html`<table class="nr-table nr-feeds">
<thead><tr><th scope="col">Feed</th><th scope="col">Zustand</th><th scope="col">Letzter Abruf</th><th scope="col">Meldungen</th><th scope="col">Nächster Abruf</th></tr></thead>
<tbody>
${data.feeds.map(
  (feed) => html`<tr>
<td><a href="${feedPath(feed.id)}">${feed.title}</a>${feed.trusted ? html` <span class="nr-status nr-trusted-mark">vertrauenswürdig</span>` : ''}<br><small class="nr-url">${feed.url}</small></td>
<td>${feedStatusBadge(feed)}${feed.lastStatus === 'error'
    ? html`<p class="nr-feed-error">${feed.lastError ?? ''} <small>(${failuresText(feed.failures)})</small></p>`
    : feed.lastStatus === 'ok' && feed.lastNewItems > 0
      ? html` <small>${countOf(feed.lastNewItems, 'neue Meldung', 'neue Meldungen')}</small>`
      : ''}</td>
<td>${when(feed.lastFetchAt, data.timeZone)}</td>
<td>${feed.itemCount.toLocaleString('de-DE')}</td>
<td>${nextPoll(feed, data.nowMs, data.timeZone)}</td>
</tr>`,
)}
</tbody>
</table>`;
}
