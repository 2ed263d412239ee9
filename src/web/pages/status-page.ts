import type { SiteContext } from '../presenters/site-context.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';

/** 404, 400 and 500 pages: German, helpful, never indexed, never showing internals. */
export function statusPage(site: SiteContext, status: 400 | 404 | 500, detail?: string): Html {
  const m = site.messages;
  const title = status === 404 ? m.notFoundTitle : status === 400 ? m.badRequestTitle : m.errorTitle;
  const text = status === 404 ? m.notFoundText : status === 400 ? (detail ?? m.badRequestTitle) : m.errorText;
  return layout(
    site,
    { title, description: title, path: '/', noIndex: true },
    html`<div class="status-page">
<p class="status-code">${status}</p>
<h1>${title}</h1>
<p>${text}</p>
<p><a class="button" href="/">${m.notFoundHome}</a></p>
</div>`,
  );
}
