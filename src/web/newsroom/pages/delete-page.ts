import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';

export interface DeletePageData {
  articleId: string;
  headline: string;
  version: number;
  revisions: number;
  isLive: boolean;
}

/** Asks before an article is deleted for good, and offers the gentler ways to take it down. */
export function deletePage(frame: NewsroomPage, data: DeletePageData): Html {
  return newsroomLayout(
    frame,
    html`<h1>Artikel löschen?</h1>
<p>„<strong>${data.headline}</strong>“ wird mit allen ${data.revisions} Versionen endgültig gelöscht${data.isLive ? ' und verschwindet sofort von der Website' : ''}, auch aus der Suche. Das lässt sich nicht rückgängig machen.</p>
<p class="nr-hint">Soll der Artikel nur nicht mehr öffentlich sein, ziehen Sie ihn im Editor zurück oder archivieren Sie ihn; dann bleibt er mit seinen Versionen erhalten.</p>
<form method="post" action="/redaktion/artikel/${data.articleId}/loeschen" class="nr-actions">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<input type="hidden" name="version" value="${data.version}">
<button type="submit" class="nr-danger">Endgültig löschen</button>
<a href="/redaktion/artikel/${data.articleId}">Abbrechen</a>
</form>`,
  );
}
