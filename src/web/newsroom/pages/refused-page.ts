import { html, type Html } from '../../pages/html.ts';
import { signInPath, type AuthPageContext } from '../auth-options.ts';
import { authMessages as m } from '../auth-messages.ts';
import { authFrame } from './auth-frame.ts';

export type RefusalReason = 'foreignOrigin' | 'missingToken';

/** The 403 page of a request that failed the CSRF checks. */
export function refusedPage(page: AuthPageContext, reason: RefusalReason): Html {
  return authFrame(
    page,
    m.refusedTitle,
    html`<div class="nr-auth-card">
<h1>${m.refusedTitle}</h1>
<p>${m[reason]}</p>
<p><a class="nr-button" href="${signInPath}">${m.toSignIn}</a></p>
</div>`,
  );
}
