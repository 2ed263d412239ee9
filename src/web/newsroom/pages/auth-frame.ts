import { html, type Html } from '../../pages/html.ts';
import type { AuthPageContext } from '../auth-options.ts';
import { authMessages as m } from '../auth-messages.ts';
import { newsroomHead } from './newsroom-head.ts';

/**
 * The frame of the pages seen without a session (sign-in, refused request):
 * one narrow column, no navigation, never indexed, no script or inline style.
 */
export function authFrame(page: AuthPageContext, title: string, content: Html): Html {
  return html`<!doctype html>
<html lang="de">
${newsroomHead(page, title)}
<body class="newsroom nr-auth">
<a class="skip-link" href="#inhalt">${m.skipToContent}</a>
<main id="inhalt" class="nr-auth-main">
<p class="nr-auth-brand"><a href="/">${page.siteName}</a> <span>${m.newsroom}</span></p>
${content}
</main>
</body>
</html>
`;
}
