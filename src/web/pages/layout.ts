import type { SiteContext } from '../presenters/site-context.ts';
import { absoluteUrl } from '../presenters/site-context.ts';
import { feedLinks, type FeedRef } from '../syndication/feed-links.ts';
import { html, type Html } from './html.ts';

export interface PageFrame {
  title: string;
  description: string;
  /** Path of this page; its absolute form becomes the canonical URL. */
  path: string;
  /** Open Graph, JSON-LD and other head elements of this page. */
  head?: Html;
  /** Slug of the section to mark as current in the navigation. */
  currentSection?: string;
  /** Search engines should not index error pages. */
  noIndex?: boolean;
  /** A notice above everything else (the newsroom's preview). */
  banner?: Html;
  /** The feeds of this page's articles, announced as `<link rel="alternate">`. */
  feed?: FeedRef;
}

export function layout(site: SiteContext, frame: PageFrame, content: Html): Html {
  const m = site.messages;
  const title = frame.path === '/' ? site.name : `${frame.title} – ${site.name}`;
  return html`<!doctype html>
<html lang="${m.languageTag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${frame.description}">
${frame.noIndex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${absoluteUrl(site, frame.path)}">`}
<link rel="stylesheet" href="${site.stylesheetPath}">
<link rel="icon" href="${site.iconPath}" type="image/svg+xml">
${frame.feed ? feedLinks(frame.feed) : ''}${frame.head ?? ''}
</head>
<body>
<a class="skip-link" href="#inhalt">${m.skipToContent}</a>
${frame.banner ? html`<aside class="preview-notice" aria-label="Hinweis">${frame.banner}</aside>` : ''}
<header class="masthead">
<div class="masthead-inner">
<a class="brand" href="/">${site.name}</a>
<nav class="sections-nav" aria-label="${m.mainNavigation}">
<ul>
${site.sections.map(
  (section) =>
    html`<li><a href="/${section.slug}"${section.slug === frame.currentSection ? html` aria-current="page"` : ''}>${section.name}</a></li>`,
)}
</ul>
</nav>
<form class="masthead-search" action="/suche" method="get" role="search" aria-label="${m.searchSite}">
<label class="visually-hidden" for="kopf-suche">${m.searchLabel}</label>
<input id="kopf-suche" type="search" name="q" placeholder="${m.search}" maxlength="500">
<button type="submit">${m.searchButton}</button>
</form>
</div>
</header>
<main id="inhalt" class="page">
${content}
</main>
<footer class="site-footer">
<p><strong>${site.name}</strong> · ${m.footerText} · <a href="/datenschutz">${m.privacyLink}</a></p>
</footer>
</body>
</html>
`;
}
