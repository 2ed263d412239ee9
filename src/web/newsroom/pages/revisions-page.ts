import type { FieldDiff } from '../../../commands/revision-diff.ts';
import type { Revision } from '../../../store/article-repository.ts';
import { statusLabels } from '../../../article/article.ts';
import { formatGermanDateTime } from '../../presenters/german-date.ts';
import { html, type Html } from '../../pages/html.ts';
import { diffView } from './diff-view.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';

export interface RevisionsData {
  articleId: string;
  headline: string;
  revisions: Revision[];
  timeZone: string;
  compared: { older: number; newer: number; diff: FieldDiff[] } | null;
  canRestore: boolean;
}

/** Every saved version with who saved it and when; any two compared; any one restored as a new version. */
export function revisionsPage(frame: NewsroomPage, data: RevisionsData): Html {
  const newest = data.revisions[0]?.version;
  const [a, b] = data.compared ? [data.compared.older, data.compared.newer] : [data.revisions[1]?.version, newest];
  return newsroomLayout(
    frame,
    html`<p><a href="/redaktion/artikel/${data.articleId}">← Zurück zum Artikel</a></p>
<h1>Versionen: ${data.headline}</h1>
<form method="get" action="/redaktion/artikel/${data.articleId}/versionen">
<table class="nr-table">
<thead><tr><th scope="col">Version</th><th scope="col">Gespeichert von</th><th scope="col">Zeit</th><th scope="col">Status</th><th scope="col">Ältere</th><th scope="col">Neuere</th><th scope="col"><span class="visually-hidden">Aktion</span></th></tr></thead>
<tbody>
${data.revisions.map(
  (revision) => html`<tr>
<td>${revision.version}</td>
<td>${revision.actor}</td>
<td><time datetime="${revision.createdAt}">${formatGermanDateTime(revision.createdAt, data.timeZone)}</time></td>
<td>${statusLabels[revision.article.status]}</td>
<td><input type="radio" name="a" value="${revision.version}" aria-label="Version ${revision.version} als ältere"${revision.version === a ? html` checked` : ''}></td>
<td><input type="radio" name="b" value="${revision.version}" aria-label="Version ${revision.version} als neuere"${revision.version === b ? html` checked` : ''}></td>
<td>${data.canRestore && revision.version !== newest
    ? html`<button type="submit" form="wiederherstellen-${revision.version}">Wiederherstellen</button>`
    : ''}</td>
</tr>`,
)}
</tbody>
</table>
<button type="submit">Vergleichen</button>
</form>
${data.canRestore
  ? data.revisions.map(
      (revision) => html`<form id="wiederherstellen-${revision.version}" method="post" action="/redaktion/artikel/${data.articleId}/versionen/${revision.version}/wiederherstellen"><input type="hidden" name="_csrf" value="${frame.csrfToken}"></form>`,
    )
  : ''}
${data.compared
  ? html`<section aria-labelledby="vergleich"><h2 id="vergleich">Version ${data.compared.older} → Version ${data.compared.newer}</h2>
${diffView(data.compared.diff, { older: `Version ${data.compared.older}`, newer: `Version ${data.compared.newer}` })}</section>`
  : ''}`,
  );
}
