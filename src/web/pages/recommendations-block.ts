import type { RecommendationView } from '../presenters/recommendation-view.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { html, type Html } from './html.ts';
import { teaser } from './teaser.ts';

/**
 * The picks themselves: what the cached page carries for every reader, and
 * what the reading beacon sends back (personal picks) to replace it.
 */
export function recommendationsList(items: readonly RecommendationView[]): Html {
  return html`<div class="recommendations-list teaser-grid">
${items.map((item) => teaser(item, { withImage: true, reason: item.reason }))}
</div>`;
}

/**
 * "Für Sie ausgewählt" under an article. The page stays the same for every
 * reader, so it can be cached: the script sends the read and swaps in the
 * reader's own picks; without JavaScript the image in `noscript` counts the
 * read and the picks for every reader stay. Hidden while there is nothing
 * to show (a site with a single article).
 */
export function recommendationsBlock(site: SiteContext, articleId: string, items: readonly RecommendationView[]): Html {
  const m = site.messages;
  return html`<section class="recommendations" aria-labelledby="recommendations-heading" data-fuer-sie="${articleId}"${items.length === 0 ? html` hidden` : ''}>
<h2 id="recommendations-heading">${m.recommendationsHeading}</h2>
${recommendationsList(items)}
<p class="recommendations-how"><a href="/datenschutz#personalisierung">${m.recommendationsHow}</a></p>
</section>
${site.readingScriptPath
  ? html`<noscript><img class="read-pixel" src="/lesen/${encodeURIComponent(articleId)}.gif" alt="" width="1" height="1"></noscript>
<script src="${site.readingScriptPath}" defer></script>`
  : ''}`;
}
