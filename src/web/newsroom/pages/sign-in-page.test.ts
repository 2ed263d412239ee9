import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { signedInPage, signInPage } from './sign-in-page.ts';

const page = { siteName: 'Depesche', stylesheetPath: '/assets/newsroom.abc.css', iconPath: '/assets/favicon.abc.svg' };

test('what a visitor typed comes back escaped, never as markup', () => {
  const typed = '"><script>alert(1)</script>';
  const markup = String(
    signInPage(page, { csrfToken: 'tok', email: typed, returnPath: '/redaktion/a?b="c"', fieldErrors: {}, formError: '<b>falsch</b>' }),
  );
  assert.ok(!markup.includes('<script>'));
  assert.ok(!markup.includes('<b>'));
  const { document } = parseHTML(markup);
  assert.equal(document.querySelector('#email')?.getAttribute('value'), typed);
  assert.equal(document.querySelector('input[name="weiter"]')?.getAttribute('value'), '/redaktion/a?b="c"');
  assert.equal(document.querySelector('[role="alert"]')?.textContent, '<b>falsch</b>');
});

test('a field error is tied to its field and the field gets the focus', () => {
  const { document } = parseHTML(
    String(signInPage(page, { csrfToken: 'tok', email: 'a@b.de', returnPath: null, fieldErrors: { password: 'Bitte geben Sie Ihr Passwort ein.' } })),
  );
  const password = document.querySelector('#password');
  assert.equal(password?.getAttribute('aria-invalid'), 'true');
  assert.equal(password?.getAttribute('aria-describedby'), 'fehler-password');
  assert.equal(document.querySelector('#fehler-password')?.textContent, 'Bitte geben Sie Ihr Passwort ein.');
  assert.ok(password?.hasAttribute('autofocus'));
  assert.ok(!document.querySelector('#email')?.hasAttribute('autofocus'));
  assert.equal(document.querySelector('input[name="weiter"]'), null);
});

test('the signed-in page names the user and signs out with the session\'s token', () => {
  const { document } = parseHTML(
    String(signedInPage(page, { id: 'u1', email: 'e@z.de', name: 'Erika <Muster>', role: 'redakteur' }, 'sitzungstoken', '/redaktion')),
  );
  assert.match(document.querySelector('main')?.textContent ?? '', /Sie sind angemeldet als Erika <Muster> \(Redakteur\)\./);
  assert.equal(document.querySelector('form[action="/redaktion/abmelden"] input[name="_csrf"]')?.getAttribute('value'), 'sitzungstoken');
});
