import type { ArticleView, BlockView } from '../presenters/article-view.ts';
import type { RecommendationView } from '../presenters/recommendation-view.ts';
import { absoluteUrl, type SiteContext } from '../presenters/site-context.ts';
import { html, joinNames, jsonScript, type Html } from './html.ts';
import { figure } from './image.ts';
import { layout } from './layout.ts';
import { recommendationsBlock } from './recommendations-block.ts';
import { storyBlock, type StoryLinkView } from './story-block.ts';

/**
 * The article page, in the order of a German news page: breadcrumb, headline,
 * lead, picture with credit, key points, body, sources, other reports of
 * the same story, recommendations.
 */
export interface ArticlePageOptions {
  /** Shown above the page, e.g. the newsroom's preview notice. */
  banner?: Html;
  noIndex?: boolean;
}

export function articlePage(
  site: SiteContext,
  /** `moreInStory`: the story's other published articles; the preview has none. */
  article: ArticleView & { moreInStory?: readonly StoryLinkView[] },
  recommendations: readonly RecommendationView[],
  options: ArticlePageOptions = {},
): Html {
  const m = site.messages;
  const content = html`<nav class="breadcrumb article-breadcrumb" aria-label="${m.breadcrumb}">
<ol>
<li><a href="/">${m.home}</a></li>
<li><a href="/${article.section.slug}">${article.section.name}</a></li>
</ol>
</nav>
<article class="article" lang="${article.language}">
<header class="article-header">
<h1>${article.headline}</h1>
${article.lead ? html`<p class="lead">${article.lead}</p>` : ''}
<p class="article-meta">
${article.authors.length > 0 ? html`<span class="byline">${m.byAuthors(joinNames(article.authors, m.and))}</span>` : ''}
${article.published ? html`<time datetime="${article.published.iso}">${article.published.text}</time>` : ''}
${article.wasUpdated ? html`<span class="updated">${m.updated}: <time datetime="${article.updated.iso}">${article.updated.text}</time></span>` : ''}
</p>
</header>
${article.image ? figure(article.image, m.imageCredit, { hero: true }) : ''}
${article.keyPoints.length > 0
  ? html`<aside class="key-points" aria-labelledby="key-points-heading">
<h2 id="key-points-heading">${m.keyPointsHeading}</h2>
<ul>
${article.keyPoints.map((point) => html`<li>${point}</li>`)}
</ul>
</aside>`
  : ''}
<div class="article-body">
${article.body.map((block) => bodyBlock(block, m.imageCredit))}
</div>
${article.sources.length > 0
  ? html`<section class="sources" aria-labelledby="sources-heading">
<h2 id="sources-heading">${m.sourcesHeading}</h2>
<ul>
${article.sources.map((source) => html`<li>${source.url ? html`<a href="${source.url}" rel="nofollow noopener">${source.name}</a>` : source.name}</li>`)}
</ul>
</section>`
  : ''}
${article.entities.length > 0
  ? html`<nav class="article-entities" aria-labelledby="entities-heading"><h2 id="entities-heading">${m.entitiesHeading}</h2><ul>${article.entities.map((entity) => html`<li><a href="${entity.path}">${entity.name}</a></li>`)}</ul></nav>`
  : ''}
${article.tags.length > 0
  ? html`<footer class="article-tags"><h2 class="visually-hidden">${m.tags}</h2><ul>${article.tags.map((tag) => html`<li>${tag}</li>`)}</ul></footer>`
  : ''}
</article>
${storyBlock(site, article.moreInStory ?? [])}
${recommendationsBlock(site, article.id, recommendations)}`;

  return layout(
    site,
    {
      title: article.headline,
      description: article.lead || article.headline,
      path: article.path,
      currentSection: article.section.slug,
      head: articleHead(site, article),
      banner: options.banner,
      noIndex: options.noIndex,
    },
    content,
  );
}

function bodyBlock(block: BlockView, creditLabel: string): Html {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${block.text}</p>`;
    case 'subheading':
      return html`<h2>${block.text}</h2>`;
    case 'quote':
      return html`<figure class="quote"><blockquote><p>${block.text}</p></blockquote>${block.attribution ? html`<figcaption>${block.attribution}</figcaption>` : ''}</figure>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${item}</li>`);
      return html`${block.text ? html`<p class="list-intro">${block.text}</p>` : ''}${block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`}`;
    }
    case 'image':
      return figure(block.image, creditLabel);
  }
}

/** Open Graph for link previews and schema.org NewsArticle for search engines. */
function articleHead(site: SiteContext, article: ArticleView): Html {
  const url = absoluteUrl(site, article.path);
  const image = article.image?.src ? absoluteUrl(site, article.image.src) : null;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.lead || undefined,
    articleSection: article.section.name,
    inLanguage: article.language,
    mainEntityOfPage: url,
    url,
    image: image ? [image] : undefined,
    datePublished: article.published?.iso,
    dateModified: article.updated.iso,
    author: article.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: site.name, url: site.baseUrl },
    keywords: article.tags.length > 0 ? article.tags.join(', ') : undefined,
    isBasedOn: article.sources.length > 0 ? article.sources.map((s) => s.url ?? s.name) : undefined,
  };
  return html`<meta property="og:type" content="article">
<meta property="og:site_name" content="${site.name}">
<meta property="og:locale" content="${site.messages.ogLocale}">
<meta property="og:title" content="${article.headline}">
<meta property="og:description" content="${article.lead || article.headline}">
<meta property="og:url" content="${url}">
${image ? html`<meta property="og:image" content="${image}">
<meta property="og:image:alt" content="${article.image?.alt ?? ''}">
<meta name="twitter:card" content="summary_large_image">` : html`<meta name="twitter:card" content="summary">`}
${article.published ? html`<meta property="article:published_time" content="${article.published.iso}">` : ''}
<meta property="article:modified_time" content="${article.updated.iso}">
<meta property="article:section" content="${article.section.name}">
${article.tags.map((tag) => html`<meta property="article:tag" content="${tag}">`)}
<script type="application/ld+json">${jsonScript(jsonLd)}</script>`;
}
