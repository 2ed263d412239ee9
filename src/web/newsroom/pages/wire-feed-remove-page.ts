import type { Feed } from '../../../store/wire-repository.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';
import { countOf, feedPath } from './wire-feed-status.ts';

/** Asks before a subscription ends, and says what stays: the articles it brought. */
export function feedRemovePage(frame: NewsroomPage, feed: Feed): Html {
  return newsroomLayout(
    frame,
    html`<h1>Abonnement beenden?</h1>
<p>Depesche ruft „<strong>${feed.title}</strong>“ (<code>${feed.url}</code>) dann nicht mehr ab.</p>
<p>Die ${countOf(feed.itemCount, 'Meldung', 'Meldungen')}, die er gebracht hat, bleiben als Artikel erhalten – Entwürfe wie veröffentlichte – und behalten ihre Herkunft. Der Feed wird nicht mehr abgerufen. Abonnieren Sie ihn später neu, kennt er seine Meldungen noch: keine kommt ein zweites Mal.</p>
<p class="nr-hint">Wollen Sie ihn nur seltener abrufen, ändern Sie stattdessen das Abrufintervall.</p>
<form method="post" action="${feedPath(feed.id)}/beenden" class="nr-actions">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<button type="submit" class="nr-danger">Abonnement beenden</button>
<a href="${feedPath(feed.id)}">Abbrechen</a>
</form>`,
  );
}
