import { hasRole, roleLabels, type SignedInUser } from '../../../accounts/roles.ts';
import { html, type Html } from '../../pages/html.ts';
import type { AuthPageContext } from '../auth-options.ts';
import { newsroomHead } from './newsroom-head.ts';

export interface NewsroomPage {
  title: string;
  user: SignedInUser;
  csrfToken: string;
  /** Site name and asset paths. */
  assets: AuthPageContext;
  /** A message after an action (`Gespeichert.`), shown once at the top. */
  notice?: string;
}

/** The frame of every newsroom page: German, no script needed, never indexed. */
export function newsroomLayout(page: NewsroomPage, content: Html): Html {
  return html`<!doctype html>
<html lang="de">
${newsroomHead(page.assets, page.title)}
<body class="newsroom">
<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
<header class="nr-header">
<a class="nr-brand" href="/redaktion">Redaktion</a>
<nav aria-label="Redaktion">
<ul>
<li><a href="/redaktion">Artikel</a></li>
<li><a href="/redaktion/artikel/neu">Neuer Artikel</a></li>
<li><a href="/redaktion/agentur">Agentur</a></li>
${hasRole(page.user.role, 'admin') ? html`<li><a href="/redaktion/benutzer">Benutzer</a></li>
<li><a href="/redaktion/einstellungen">Einstellungen</a></li>` : ''}
<li><a href="/">Zur Website</a></li>
</ul>
</nav>
<div class="nr-user">
<span>${page.user.name} (${roleLabels[page.user.role]})</span>
<form method="post" action="/redaktion/abmelden">
<input type="hidden" name="_csrf" value="${page.csrfToken}">
<button type="submit" class="nr-link-button">Abmelden</button>
</form>
</div>
</header>
<main id="inhalt" class="nr-main">
${page.notice ? html`<p class="nr-notice" role="status">${page.notice}</p>` : ''}
${content}
</main>
</body>
</html>
`;
}
