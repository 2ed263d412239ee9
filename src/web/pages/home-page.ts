import type { Section } from '../../article/section.ts';
import type { TeaserView } from '../presenters/article-view.ts';
import type { SiteContext } from '../presenters/site-context.ts';
import { siteFeed } from '../syndication/feed-links.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { teaser } from './teaser.ts';

export interface SectionTeasers {
  section: Section;
  items: TeaserView[];
}

/** The front page: the newest story large, then the latest of every section. */
export function homePage(site: SiteContext, topStory: TeaserView | null, sections: SectionTeasers[]): Html {
  const m = site.messages;
  const content = html`<h1 class="visually-hidden">${site.name} – ${m.latest}</h1>
${topStory ? html`<div class="top-story">${teaser(topStory, { withImage: true, headingLevel: 2 })}</div>` : html`<p class="empty">${m.noArticles}</p>`}
${sections.map(
  ({ section, items }) => html`<section class="section-block" aria-labelledby="section-${section.slug}">
<h2 id="section-${section.slug}" class="section-title"><a href="/${section.slug}">${section.name}</a></h2>
<div class="teaser-grid">
${items.map((item) => teaser(item, { withImage: true }))}
</div>
<p class="more-link"><a href="/${section.slug}">${m.allArticlesOfSection(section.name)}</a></p>
</section>`,
)}`;
  return layout(site, { title: m.home, description: site.description || `${site.name}: ${m.latest}`, path: '/', feed: siteFeed(site) }, content);
}
