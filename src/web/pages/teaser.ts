import type { TeaserView } from '../presenters/article-view.ts';
import { html, type Html } from './html.ts';
import { imageElement } from './image.ts';

/** An article in a list: headline, lead, date; optionally its picture, and why it was picked in place of its section. */
export function teaser(item: TeaserView, options: { withImage?: boolean; headingLevel?: 2 | 3; reason?: string } = {}): Html {
  const heading = html`<a href="${item.path}">${item.headline}</a>`;
  return html`<article class="teaser${options.withImage && item.image?.src ? ' teaser-with-image' : ''}">
${options.withImage && item.image?.src ? html`<a class="teaser-image" href="${item.path}" tabindex="-1" aria-hidden="true">${imageElement(item.image, 'lazy')}</a>` : ''}
<div class="teaser-text">
${options.reason ? html`<p class="teaser-reason">${options.reason}</p>` : html`<p class="teaser-section">${item.section.name}</p>`}
${options.headingLevel === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
${item.lead ? html`<p class="teaser-lead">${item.lead}</p>` : ''}
${item.published ? html`<p class="teaser-date"><time datetime="${item.published.iso}">${item.published.text}</time></p>` : ''}
</div>
</article>`;
}
