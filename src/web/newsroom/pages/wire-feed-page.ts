import type { Feed } from '../../../store/wire-repository.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';
import { feedForm, feedFormSummary, type FeedFormState } from './wire-feed-form.ts';
import { countOf, failuresText, feedPath, feedStatusBadge, feedsPath, inboxPath, nextPoll, when } from './wire-feed-status.ts';

export interface FeedPageData {
  feed: Feed;
  /** Redakteure and admins poll, change and end a subscription. */
  canChange: boolean;
  form: FeedFormState;
  sections: string[];
  timeZone: string;
  nowMs: number;
}

/**
 * One subscription: what its last poll brought or why it failed, when the
 * next comes (and why later after errors), what could not be taken; the
 * settings; polling now and ending the subscription.
 */
export function feedPage(frame: NewsroomPage, data: FeedPageData): Html {
  const { feed } = data;
  return newsroomLayout(
    frame,
    html`<p><a href="${feedsPath}">← Alle Feeds</a> · <a href="${inboxPath}">Agentur-Eingang</a></p>
<div class="nr-editor-head">
<h1>Feed: ${feed.title}</h1>
${feedStatusBadge(feed)}
${feed.trusted ? html`<span class="nr-status nr-trusted-mark">vertrauenswürdig</span>` : ''}
</div>
${feedFormSummary(data.form, 'feed', 'Die Einstellungen wurden nicht gespeichert')}
${statusSection(frame, data)}
${skippedSection(feed)}
<section aria-labelledby="einstellungen" class="nr-wire-block">
<h2 id="einstellungen">Einstellungen</h2>
${data.canChange
  ? html`${feedForm(data.form, { action: feedPath(feed.id), csrfToken: frame.csrfToken, idPrefix: 'feed', submitLabel: 'Einstellungen speichern', sections: data.sections })}
<p><a class="nr-danger-link" href="${feedPath(feed.id)}/beenden">Abonnement beenden …</a></p>`
  : html`<dl class="nr-facts">
<div><dt>Rubrik</dt><dd>${feed.section ?? 'Agentur'}</dd></div>
<div><dt>Abrufintervall</dt><dd>${countOf(feed.intervalMinutes, 'Minute', 'Minuten')}</dd></div>
<div><dt>Volltext</dt><dd>${feed.fetchPages ? 'ja, die verlinkte Seite jeder Meldung' : 'nein, der Text aus dem Feed'}</dd></div>
<div><dt>Vertrauenswürdig</dt><dd>${feed.trusted ? 'ja: Meldungen erscheinen ohne Prüfung auf der Website' : 'nein: Meldungen werden Entwürfe'}</dd></div>
</dl>
<p class="nr-hint">Ändern, abrufen und abbestellen können Redakteurinnen, Redakteure und Admins.</p>`}
</section>`,
  );
}

function statusSection(frame: NewsroomPage, data: FeedPageData): Html {
  const { feed, timeZone } = data;
  return html`<section aria-labelledby="zustand" class="nr-wire-block">
<h2 id="zustand">Zustand</h2>
<dl class="nr-facts">
<div><dt>Adresse</dt><dd><a href="${feed.url}" rel="noreferrer">${feed.url}</a></dd></div>
<div><dt>Letzter Abruf</dt><dd>${when(feed.lastFetchAt, timeZone)}</dd></div>
<div><dt>Letzter erfolgreicher Abruf</dt><dd>${when(feed.lastSuccessAt, timeZone)}</dd></div>
<div><dt>Ergebnis</dt><dd>${feedStatusBadge(feed)}${feed.lastStatus === 'not-modified' ? html` <small>Der Server meldete: seit dem letzten Abruf nichts Neues (304).</small>` : ''}</dd></div>
${feed.lastStatus === 'error'
  ? html`<div class="nr-feed-error"><dt>Fehler</dt><dd>${feed.lastError ?? ''}<br><strong>${failuresText(feed.failures)}.</strong> Prüfen Sie die Adresse im Browser; ist sie umgezogen, tragen Sie unten die neue ein.</dd></div>`
  : ''}
<div><dt>Nächster Abruf</dt><dd>${nextPoll(feed, data.nowMs, timeZone)}${feed.failures > 0
  ? html`<br><small>Nach Fehlern wartet Depesche länger: Mit jedem Fehler in Folge verdoppelt sich das Intervall von ${countOf(feed.intervalMinutes, 'Minute', 'Minuten')}, höchstens bis zu einem Tag. Der erste gelungene Abruf setzt es zurück.</small>`
  : html` <small>(alle ${countOf(feed.intervalMinutes, 'Minute', 'Minuten')})</small>`}</dd></div>
<div><dt>Meldungen insgesamt</dt><dd>${feed.itemCount.toLocaleString('de-DE')}</dd></div>
<div><dt>Neu beim letzten Abruf</dt><dd>${feed.lastStatus === 'ok' ? feed.lastNewItems.toLocaleString('de-DE') : html`<span class="nr-none">–</span>`}</dd></div>
</dl>
${data.canChange
  ? html`<form method="post" action="${feedPath(feed.id)}/abrufen" class="nr-inline-form nr-poll-form">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<button type="submit" class="nr-button">Jetzt abrufen</button>
<span class="nr-hint">Holt neue Meldungen sofort, ohne auf den Zeitplan zu warten.</span>
</form>`
  : ''}
</section>`;
}

function skippedSection(feed: Feed): Html {
  if (feed.lastSkipped.length === 0) return html``;
  return html`<section aria-labelledby="uebersprungen" class="nr-wire-block">
<h2 id="uebersprungen">Beim letzten Abruf nicht übernommen</h2>
<p class="nr-hint">Diese Meldungen wurden ausgelassen oder nur teilweise übernommen, jeweils mit dem Grund. Ausgelassene Meldungen versucht Depesche nicht noch einmal.</p>
<ul class="nr-skipped">
${feed.lastSkipped.map((note) => html`<li>${note}</li>`)}
</ul>
</section>`;
}
