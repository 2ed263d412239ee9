import { statusLabels } from '../../../article/article.ts';
import type { InboxEntry } from '../../../store/wire-repository.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';
import { countOf, feedsPath, inboxPath, when } from './wire-feed-status.ts';
import { originsList, storyLink } from './wire-origins.ts';

export type InboxFilter = 'entwuerfe' | 'alle';

export interface InboxPageData {
  entries: InboxEntry[];
  filter: InboxFilter;
  page: number;
  pages: number;
  total: number;
  /** Whether any feed is subscribed (the empty inbox says what to do). */
  hasFeeds: boolean;
  /** The „Seite übernehmen“ form as typed, and why it was refused. */
  importForm: { url: string; problem: string | null };
  timeZone: string;
}

export const inboxQuery = (filter: InboxFilter, page: number) => {
  const params = new URLSearchParams();
  if (filter === 'alle') params.set('zeigen', 'alle');
  if (page > 1) params.set('seite', String(page));
  const query = params.toString();
  return query ? `${inboxPath}?${query}` : inboxPath;
};

/**
 * What the wire brought, newest first: each draft with its sources and its
 * story; and a form that takes a single page as a draft.
 */
export function inboxPage(frame: NewsroomPage, data: InboxPageData): Html {
  return newsroomLayout(
    frame,
    html`<div class="nr-editor-head">
<h1>Agentur-Eingang</h1>
<p class="nr-editor-links"><a href="${feedsPath}">Feeds und ihr Zustand</a></p>
</div>
${data.importForm.problem
  ? html`<div class="nr-error-summary" role="alert"><h2>Die Seite wurde nicht übernommen</h2><p><a href="#seite-adresse">${data.importForm.problem}</a></p></div>`
  : ''}
<nav class="nr-tabs" aria-label="Welche Meldungen">
<ul>
<li><a href="${inboxQuery('entwuerfe', 1)}"${data.filter === 'entwuerfe' ? html` aria-current="page"` : ''}>Entwürfe</a></li>
<li><a href="${inboxQuery('alle', 1)}"${data.filter === 'alle' ? html` aria-current="page"` : ''}>Alle</a></li>
</ul>
</nav>
${data.entries.length === 0 ? emptyInbox(data) : inboxTable(data)}
${data.pages > 1
  ? html`<nav class="nr-pagination" aria-label="Seiten">
${data.page > 1 ? html`<a href="${inboxQuery(data.filter, data.page - 1)}">Neuere</a>` : ''}
<span>Seite ${data.page} von ${data.pages}</span>
${data.page < data.pages ? html`<a href="${inboxQuery(data.filter, data.page + 1)}">Ältere</a>` : ''}
</nav>`
  : ''}
${importSection(frame, data)}`,
  );
}

function emptyInbox(data: InboxPageData): Html {
  if (!data.hasFeeds) {
    return html`<div class="nr-empty-state">
<p class="nr-empty">Noch nichts aus der Agentur: Es ist kein Feed abonniert.</p>
<p>So kommen Meldungen herein: Unter <a href="${feedsPath}">Feeds</a> die Adresse eines RSS-, Atom- oder JSON-Feeds eintragen (Redakteurinnen, Redakteure und Admins), oder auf dem Server <code>depesche feeds add https://…/feed.xml</code>. Neue Meldungen erscheinen hier als Entwürfe. Einzelne Seiten übernehmen Sie unten.</p>
</div>`;
  }
  return html`<p class="nr-empty">${data.filter === 'entwuerfe'
    ? html`Keine Entwürfe aus der Agentur. Bearbeitete und veröffentlichte Meldungen zeigt <a href="${inboxQuery('alle', 1)}">Alle</a>; wann die Feeds zuletzt abgerufen wurden, steht unter <a href="${feedsPath}">Feeds</a>.`
    : html`Noch keine Meldungen aus der Agentur. Wann die Feeds zuletzt abgerufen wurden und ob dabei etwas schiefging, steht unter <a href="${feedsPath}">Feeds</a>.`}</p>`;
}

function inboxTable(data: InboxPageData): Html {
  return html`<p class="nr-hint">${countOf(data.total, data.filter === 'entwuerfe' ? 'Entwurf' : 'Meldung', data.filter === 'entwuerfe' ? 'Entwürfe' : 'Meldungen')}, die neuesten zuerst.</p>
<table class="nr-table nr-inbox">
<thead><tr><th scope="col">Überschrift</th><th scope="col">Eingegangen</th><th scope="col">Quellen</th><th scope="col">Geschichte</th></tr></thead>
<tbody>
${data.entries.map(
  (entry) => html`<tr>
<td><a href="/redaktion/artikel/${entry.articleId}">${entry.headline}</a>
<br><small>${entry.section}</small>${data.filter === 'alle' || entry.status !== 'draft' ? html` <span class="nr-status nr-status-${entry.status}">${statusLabels[entry.status]}</span>` : ''}</td>
<td>${when(entry.receivedAt, data.timeZone)}</td>
<td>${originsList(entry.origins)}</td>
<td>${entry.storyId && entry.storySize > 1 ? storyLink({ id: entry.storyId, title: '', size: entry.storySize }) : html`<span class="nr-none">–</span>`}</td>
</tr>`,
)}
</tbody>
</table>`;
}

function importSection(frame: NewsroomPage, data: InboxPageData): Html {
  const { importForm } = data;
  return html`<section aria-labelledby="seite-uebernehmen" class="nr-wire-block">
<h2 id="seite-uebernehmen">Seite übernehmen</h2>
<form method="post" action="${inboxPath}/uebernehmen" class="nr-editor" novalidate>
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<div class="nr-field"><label for="seite-adresse">Adresse einer Artikelseite</label>
<input id="seite-adresse" name="adresse" type="url" inputmode="url" autocomplete="off" maxlength="2000" value="${importForm.url}" aria-describedby="seite-hinweis${importForm.problem ? ' seite-fehler' : ''}"${importForm.problem ? html` aria-invalid="true"` : ''}>
<p class="nr-hint" id="seite-hinweis">Depesche ruft die Seite ab, nimmt Überschrift, Vorspann, Text und Bild heraus und legt daraus einen Entwurf an, den Sie danach im Editor prüfen.</p>
${importForm.problem ? html`<p class="nr-error" id="seite-fehler">${importForm.problem}</p>` : ''}</div>
<div class="nr-actions"><button type="submit" class="nr-primary">Seite übernehmen</button></div>
</form>
</section>`;
}
