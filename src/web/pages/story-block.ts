import type { Section } from '../../article/section.ts';
import type { DateView } from '../presenters/article-view.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { html, type Html } from './html.ts';

/** Another published article of the same story, as the block links it. */
export interface StoryLinkView {
  path: string;
  headline: string;
  section: Section;
  published: DateView;
}

/**
 * „Mehr zu dieser Geschichte“ under an article: the other published reports
 * of the same event, newest first. Nothing when there are none.
 */
export function storyBlock(site: SiteContext, links: readonly StoryLinkView[]): Html {
  if (links.length === 0) return html``;
  return html`<section class="story-more" aria-labelledby="story-more-heading">
<h2 id="story-more-heading">${site.messages.storyHeading}</h2>
<ul>
${links.map(
  (link) => html`<li>
<span class="story-more-section">${link.section.name}</span>
<a href="${link.path}">${link.headline}</a>
<time datetime="${link.published.iso}">${link.published.text}</time>
</li>`,
)}
</ul>
</section>`;
}
