import type { TeaserView } from '../presenters/article-view.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { authorFeed } from '../syndication/feed-links.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { teaser } from './teaser.ts';

/** An author page (`/autor/jana-wilke`): their published articles, newest first, and their feeds. */
export function authorPage(site: SiteContext, author: { name: string; slug: string }, items: TeaserView[]): Html {
  const m = site.messages;
  const path = `/autor/${author.slug}`;
  return layout(
    site,
    { title: author.name, description: m.authorPageDescription(author.name), path, feed: authorFeed(site, author) },
    html`<nav class="breadcrumb" aria-label="${m.breadcrumb}"><ol><li><a href="/">${m.home}</a></li><li><a href="${path}" aria-current="page">${author.name}</a></li></ol></nav>
<p class="teaser-section">${m.authorPageLabel}</p>
<h1 class="section-heading">${author.name}</h1>
<div class="teaser-list">
${items.map((item) => teaser(item, { withImage: true, headingLevel: 2 }))}
</div>`,
  );
}
