import type { Section } from '../../article/section.ts';
import type { TeaserView } from '../presenters/article-view.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { sectionFeed } from '../syndication/feed-links.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { teaser } from './teaser.ts';

export interface SectionPageData {
  section: Section;
  items: TeaserView[];
  page: number;
  pages: number;
}

/** A section front (`/nachrichten`): its articles, newest first, paginated. */
export function sectionPage(site: SiteContext, data: SectionPageData): Html {
  const m = site.messages;
  const { section, page, pages } = data;
  const path = page === 1 ? `/${section.slug}` : `/${section.slug}?seite=${page}`;
  const content = html`<nav class="breadcrumb" aria-label="${m.breadcrumb}"><ol><li><a href="/">${m.home}</a></li><li><a href="/${section.slug}" aria-current="page">${section.name}</a></li></ol></nav>
<h1 class="section-heading">${section.name}</h1>
<div class="teaser-list">
${data.items.map((item) => teaser(item, { withImage: true, headingLevel: 2 }))}
</div>
${pages > 1
  ? html`<nav class="pagination" aria-label="${m.pagination}">
${page > 1 ? html`<a rel="prev" href="/${section.slug}${page === 2 ? '' : `?seite=${page - 1}`}">${m.previousPage}</a>` : ''}
<span>${m.pageOf(page, pages)}</span>
${page < pages ? html`<a rel="next" href="/${section.slug}?seite=${page + 1}">${m.nextPage}</a>` : ''}
</nav>`
  : ''}`;
  return layout(
    site,
    { title: section.name, description: m.moreInSection(section.name), path, currentSection: section.slug, feed: sectionFeed(site, section) },
    content,
  );
}
