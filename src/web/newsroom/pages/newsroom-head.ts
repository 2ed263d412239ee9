import { html, type Html } from '../../pages/html.ts';
import type { AuthPageContext } from '../auth-options.ts';

/** The `<head>` of every newsroom page: German, never indexed, our own stylesheet and icon only. */
export function newsroomHead(page: AuthPageContext, title: string): Html {
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – Redaktion – ${page.siteName}</title>
<link rel="stylesheet" href="${page.stylesheetPath}">
<link rel="icon" href="${page.iconPath}" type="image/svg+xml">
</head>`;
}
