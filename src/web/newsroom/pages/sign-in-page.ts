import { roleLabels, type SignedInUser } from '../../../accounts/roles.ts';
import { html, type Html } from '../../pages/html.ts';
import { signInPath, signOutPath, type AuthPageContext } from '../auth-options.ts';
import { authMessages as m } from '../auth-messages.ts';
import { csrfFieldName } from '../csrf.ts';
import { authFrame } from './auth-frame.ts';

export interface SignInForm {
  csrfToken: string;
  /** As typed, to fill the field in again; the password never is. */
  email: string;
  /** The checked `weiter` path, or null for the newsroom's front page. */
  returnPath: string | null;
  fieldErrors: { email?: string; password?: string };
  /** Wrong credentials, too many attempts: about the form as a whole. */
  formError?: string;
  notice?: string;
}

/**
 * The sign-in form: labelled fields with autocomplete hints for password
 * managers, errors next to the field they concern (and tied to it with
 * aria-describedby), the first field in error focused.
 */
export function signInPage(page: AuthPageContext, form: SignInForm): Html {
  const { fieldErrors } = form;
  const focus = fieldErrors.email ? 'email' : fieldErrors.password || form.formError ? 'password' : 'email';
  return authFrame(
    page,
    m.signInTitle,
    html`<div class="nr-auth-card">
<h1>${m.signInTitle}</h1>
${form.notice ? html`<p class="nr-notice" role="status">${form.notice}</p>` : ''}
${form.formError ? html`<div class="nr-error-summary" role="alert" id="anmelde-fehler"><p>${form.formError}</p></div>` : html`<p>${m.signInIntro}</p>`}
<form method="post" action="${signInPath}" class="nr-auth-form">
<input type="hidden" name="${csrfFieldName}" value="${form.csrfToken}">
${form.returnPath ? html`<input type="hidden" name="weiter" value="${form.returnPath}">` : ''}
${field({
  id: 'email',
  label: m.emailLabel,
  type: 'email',
  autocomplete: 'username',
  value: form.email,
  error: fieldErrors.email,
  focus: focus === 'email',
})}
${field({
  id: 'password',
  label: m.passwordLabel,
  type: 'password',
  autocomplete: 'current-password',
  value: '',
  error: fieldErrors.password,
  focus: focus === 'password',
})}
<button type="submit" class="nr-button nr-primary">${m.signInButton}</button>
</form>
<p class="nr-hint">${m.noAccountHint}</p>
</div>`,
  );
}

/** Shown at the sign-in address to someone who is signed in already. */
export function signedInPage(page: AuthPageContext, user: SignedInUser, csrfToken: string, returnPath: string): Html {
  return authFrame(
    page,
    m.signInTitle,
    html`<div class="nr-auth-card">
<h1>${m.signInTitle}</h1>
<p>${m.signedInAs(user.name, roleLabels[user.role])}</p>
<p><a class="nr-button nr-primary" href="${returnPath}">${m.toNewsroom}</a></p>
<form method="post" action="${signOutPath}">
<input type="hidden" name="${csrfFieldName}" value="${csrfToken}">
<button type="submit" class="nr-button">${m.signOutButton}</button>
</form>
</div>`,
  );
}

interface FieldOptions {
  id: 'email' | 'password';
  label: string;
  type: 'email' | 'password';
  autocomplete: string;
  value: string;
  error: string | undefined;
  focus: boolean;
}

function field(options: FieldOptions): Html {
  const errorId = `fehler-${options.id}`;
  return html`<div class="nr-field">
<label for="${options.id}">${options.label}</label>
<input id="${options.id}" name="${options.id}" type="${options.type}" autocomplete="${options.autocomplete}" required${options.type === 'email' ? html` spellcheck="false" autocapitalize="none"` : ''}${options.value ? html` value="${options.value}"` : ''}${options.error ? html` aria-invalid="true" aria-describedby="${errorId}"` : ''}${options.focus ? html` autofocus` : ''}>
${options.error ? html`<p class="nr-error" id="${errorId}">${options.error}</p>` : ''}
</div>`;
}
