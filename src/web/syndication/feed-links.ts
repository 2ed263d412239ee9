import type { Entity } from '../../article/article.ts';
import type { Section } from '../../article/section.ts';
import { html, type Html } from '../pages/html.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { feedFormats, feedPath } from './feed-paths.ts';

/** A feed as pages announce it and feeds name themselves: one title for both. */
export interface FeedRef {
  title: string;
  /** The feeds' folder: empty for the whole site, `/nachrichten`, `/thema/<slug>`, `/autor/<slug>`. */
  basePath: string;
}

export function siteFeed(site: SiteContext): FeedRef {
  return { title: site.name, basePath: '' };
}

export function sectionFeed(site: SiteContext, section: Section): FeedRef {
  return { title: `${section.name} – ${site.name}`, basePath: `/${section.slug}` };
}

export function topicFeed(site: SiteContext, entity: Pick<Entity, 'name' | 'slug'>): FeedRef {
  return { title: `${entity.name} – ${site.name}`, basePath: `/thema/${entity.slug}` };
}

export function authorFeed(site: SiteContext, author: { name: string; slug: string }): FeedRef {
  return { title: `${author.name} – ${site.name}`, basePath: `/autor/${author.slug}` };
}

/** `<link rel="alternate">` for every format, so that browsers and feed readers find the page's feeds. */
export function feedLinks(feed: FeedRef): Html {
  return html`${feedFormats.map(
    (entry) => html`<link rel="alternate" type="${entry.mediaType}" title="${feed.title} (${entry.label})" href="${feedPath(feed.basePath, entry.format)}">
`,
  )}`;
}
