import { statusLabels } from '../../../article/article.ts';
import type { Story } from '../../../store/wire-repository.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';
import { countOf, inboxPath, storyPath, when } from './wire-feed-status.ts';

export interface StoryPageData {
  story: Story;
  /** Reader addresses of the published articles, by id. */
  livePaths: ReadonlyMap<string, string>;
  /** Redakteure and admins take articles out of a story. */
  canChange: boolean;
  timeZone: string;
}

/** A story: every article the wire desk found to report the same event, oldest first. */
export function storyPage(frame: NewsroomPage, data: StoryPageData): Html {
  const { story } = data;
  return newsroomLayout(
    frame,
    html`<p><a href="${inboxPath}">← Agentur-Eingang</a></p>
<h1>Geschichte: ${story.title}</h1>
<p class="nr-hint">${countOf(story.articles.length, 'Artikel', 'Artikel')} über dasselbe Ereignis, zusammengestellt vom Agentur-Desk seit ${when(story.createdAt, data.timeZone)}. Veröffentlichte Artikel zeigen auf der Website einander unter „Mehr zu dieser Geschichte“.</p>
<table class="nr-table nr-story">
<thead><tr><th scope="col">Artikel</th><th scope="col">Status</th><th scope="col">Ressort</th><th scope="col">Veröffentlicht</th>${data.canChange ? html`<th scope="col"><span class="visually-hidden">Aktion</span></th>` : ''}</tr></thead>
<tbody>
${story.articles.map((article) => {
  const live = data.livePaths.get(article.id);
  return html`<tr>
<td><a href="/redaktion/artikel/${article.id}">${article.headline}</a>${live ? html`<br><small><a href="${live}">Auf der Website ansehen<span class="visually-hidden">: ${article.headline}</span></a></small>` : ''}</td>
<td><span class="nr-status nr-status-${article.status}">${statusLabels[article.status]}</span></td>
<td>${article.section}</td>
<td>${article.publishedAt && article.status === 'published' ? when(article.publishedAt, data.timeZone) : html`<span class="nr-none">–</span>`}</td>
${data.canChange
  ? html`<td><form method="post" action="${storyPath(story.id)}/herausnehmen" class="nr-inline-form">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<input type="hidden" name="artikel" value="${article.id}">
<button type="submit" aria-label="Aus der Geschichte nehmen: ${article.headline}">Aus der Geschichte nehmen</button>
</form></td>`
  : ''}
</tr>`;
})}
</tbody>
</table>
${data.canChange
  ? html`<p class="nr-hint">Gehört ein Artikel nicht dazu, nehmen Sie ihn heraus; der Artikel selbst bleibt unverändert. Bleibt nur ein Artikel übrig, löst sich die Geschichte auf.</p>`
  : html`<p class="nr-hint">Artikel aus einer Geschichte nehmen können Redakteurinnen, Redakteure und Admins.</p>`}`,
  );
}
