import { roleLabels, roles, type Role } from '../../../accounts/roles.ts';
import type { Account } from '../../../store/account-repository.ts';
import { formatGermanDateTime } from '../../presenters/german-date.ts';
import { html, type Html } from '../../pages/html.ts';
import { newsroomLayout, type NewsroomPage } from './newsroom-layout.ts';

export interface UsersPageData {
  users: Account[];
  timeZone: string;
  /** What was typed into the form for a new user, kept when it is refused. */
  draft: { email: string; name: string; role: Role };
  problem: { field: 'email' | 'name' | 'role' | 'password' | 'form'; message: string } | null;
}

/** The admin's list of newsroom accounts: add one, change a role, disable or enable. */
export function usersPage(frame: NewsroomPage, data: UsersPageData): Html {
  const error = (field: string) =>
    data.problem?.field === field ? html`<p class="nr-error" id="fehler-${field}">${data.problem.message}</p>` : '';
  const invalid = (field: string) => (data.problem?.field === field ? html` aria-invalid="true" aria-describedby="fehler-${field}"` : '');
  return newsroomLayout(
    frame,
    html`<h1>Benutzer</h1>
${error('form')}
<table class="nr-table">
<thead><tr><th scope="col">Name</th><th scope="col">E-Mail-Adresse</th><th scope="col">Rolle</th><th scope="col">Angelegt</th><th scope="col">Zugang</th></tr></thead>
<tbody>
${data.users.map(
  (user) => html`<tr>
<td>${user.name}</td>
<td>${user.email}</td>
<td><form method="post" action="/redaktion/benutzer/rolle" class="nr-inline-form">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<input type="hidden" name="email" value="${user.email}">
<label class="visually-hidden" for="rolle-${user.id}">Rolle von ${user.name}</label>
<select id="rolle-${user.id}" name="role">${roles.map((role) => html`<option value="${role}"${role === user.role ? html` selected` : ''}>${roleLabels[role]}</option>`)}</select>
<button type="submit">Ändern</button>
</form></td>
<td><time datetime="${user.createdAt}">${formatGermanDateTime(user.createdAt, data.timeZone)}</time></td>
<td><form method="post" action="/redaktion/benutzer/zugang" class="nr-inline-form">
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<input type="hidden" name="email" value="${user.email}">
<input type="hidden" name="disabled" value="${user.disabled ? '0' : '1'}">
${user.disabled ? html`<span class="nr-status nr-status-archived">gesperrt</span> ` : ''}<button type="submit">${user.disabled ? 'Freigeben' : 'Sperren'}</button>
</form></td>
</tr>`,
)}
</tbody>
</table>
<h2>Neuer Benutzer</h2>
<form method="post" action="/redaktion/benutzer" class="nr-editor" novalidate>
<input type="hidden" name="_csrf" value="${frame.csrfToken}">
<div class="nr-field"><label for="email">E-Mail-Adresse</label><input type="email" id="email" name="email" autocomplete="off" value="${data.draft.email}"${invalid('email')}>${error('email')}</div>
<div class="nr-field"><label for="name">Name</label><input id="name" name="name" autocomplete="off" value="${data.draft.name}"${invalid('name')}>${error('name')}</div>
<div class="nr-field"><label for="role">Rolle</label><select id="role" name="role"${invalid('role')}>${roles.map((role) => html`<option value="${role}"${role === data.draft.role ? html` selected` : ''}>${roleLabels[role]}</option>`)}</select>${error('role')}</div>
<div class="nr-field"><label for="password">Erstes Passwort (mindestens 12 Zeichen)</label><input type="password" id="password" name="password" autocomplete="new-password"${invalid('password')}>${error('password')}</div>
<div class="nr-actions"><button type="submit" class="nr-primary">Benutzer anlegen</button></div>
</form>`,
  );
}
