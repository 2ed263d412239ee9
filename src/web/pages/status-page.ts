import type { SiteContext } from '../presenters/site-context.ts';
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';

/** 404, 400 and 500 pages: German, helpful, never indexed, never showing internals. */
export function statusPage(site: SiteContext, status: number, detail?: string): Html {
  const m = site.messages;
  const title = status === 404 ? m.notFoundTitle : status >= 500 ? m.errorTitle : status === 400 ? m.badRequestTitle : m.requestRefusedTitle;
  // 4xx details are our own messages for the person; a 500 never shows internals.
  const text = status === 404 ? (detail ?? m.notFoundText) : status >= 500 ? m.errorText : (detail ?? title);
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
