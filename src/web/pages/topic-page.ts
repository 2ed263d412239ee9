import type { Entity } from '../../article/article.ts';
import type { TeaserView } from '../presenters/article-view.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { topicFeed } from '../syndication/feed-links.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { teaser } from './teaser.ts';

const kindLabels: Record<Entity['kind'], string> = { person: 'Person', place: 'Ort', organisation: 'Organisation', other: 'Thema' };

/** A topic page (`/thema/keir-starmer`): every published article about one person, place or organisation. */
export function topicPage(site: SiteContext, entity: Entity, items: TeaserView[]): Html {
  const path = `/thema/${entity.slug}`;
  return layout(
    site,
    { title: entity.name, description: `Alle Artikel über ${entity.name}`, path, feed: topicFeed(site, entity) },
    html`<nav class="breadcrumb" aria-label="${site.messages.breadcrumb}"><ol><li><a href="/">${site.messages.home}</a></li><li><a href="${path}" aria-current="page">${entity.name}</a></li></ol></nav>
<p class="teaser-section">${kindLabels[entity.kind]}</p>
<h1 class="section-heading">${entity.name}</h1>
<div class="teaser-list">
${items.map((item) => teaser(item, { withImage: true, headingLevel: 2 }))}
</div>`,
  );
}
