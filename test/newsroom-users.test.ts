import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AccountService } from '../src/accounts/account-service.ts';
import { csrfOf, signedIn, Visitor } from './helpers/http-visitor.ts';
import { startTestServer } from './helpers/test-server.ts';

/** Admins manage the newsroom's accounts in the browser: add, change roles, disable and enable. */
const { server } = await startTestServer();
const accounts = new AccountService({ repository: server.store.accounts });
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function post(visitor: Visitor, path: string, fields: Record<string, string>) {
  return visitor.send(path, new URLSearchParams({ _csrf: visitor.csrf, ...fields }));
}

async function canSignIn(email: string, password: string): Promise<boolean> {
  const visitor = new Visitor(server.url, { id: '', name: '' });
  const form = await visitor.send('/redaktion/anmelden');
  const result = await visitor.send('/redaktion/anmelden', new URLSearchParams({ _csrf: csrfOf(form), email, password }));
  return result.status === 303;
}

test('an admin adds a user, who can then sign in; bad input is explained at its field', async () => {
  const admin = await signedIn(server.url, accounts, 'admin', 'Ada Admin');
  const page = await admin.send('/redaktion/benutzer');
  assert.equal(page.status, 200);
  assert.ok(page.document.querySelector('nav a[href="/redaktion/benutzer"]'), 'admins see the link');
  assert.ok([...page.document.querySelectorAll('td')].some((cell) => text(cell) === admin.email));

  const weak = await post(admin, '/redaktion/benutzer', { email: 'neu@zeitung.de', name: 'Nina Neu', role: 'redakteur', password: 'kurz' });
  assert.equal(weak.status, 400);
  assert.match(text(weak.document.querySelector('#fehler-password')), /12 Zeichen/);
  assert.equal(weak.document.querySelector('#email')?.getAttribute('value'), 'neu@zeitung.de', 'what was typed stays');

  const created = await post(admin, '/redaktion/benutzer', { email: 'neu@zeitung.de', name: 'Nina Neu', role: 'redakteur', password: 'ein langes Passwort' });
  assert.equal(created.status, 303);
  assert.equal((await accounts.getAccount('neu@zeitung.de')).role, 'redakteur');
  assert.ok(await canSignIn('neu@zeitung.de', 'ein langes Passwort'));

  const again = await post(admin, '/redaktion/benutzer', { email: 'NEU@zeitung.de', name: 'Doppelt', role: 'autor', password: 'ein langes Passwort' });
  assert.equal(again.status, 409);
  assert.match(text(again.document.querySelector('.nr-error')), /neu@zeitung\.de/);
});

test('an admin changes roles and disables accounts, but never the last admin', async () => {
  const admin = await signedIn(server.url, accounts, 'admin', 'Anton Admin');
  await accounts.createUser({ email: 'rolf@zeitung.de', name: 'Rolf', role: 'autor', password: 'ein langes Passwort' });

  assert.equal((await post(admin, '/redaktion/benutzer/rolle', { email: 'rolf@zeitung.de', role: 'redakteur' })).status, 303);
  assert.equal((await accounts.getAccount('rolf@zeitung.de')).role, 'redakteur');
  assert.equal((await post(admin, '/redaktion/benutzer/rolle', { email: 'rolf@zeitung.de', role: 'kaiser' })).status, 400);

  assert.equal((await post(admin, '/redaktion/benutzer/zugang', { email: 'rolf@zeitung.de', disabled: '1' })).status, 303);
  assert.equal(await canSignIn('rolf@zeitung.de', 'ein langes Passwort'), false, 'a disabled user cannot sign in');
  assert.equal((await post(admin, '/redaktion/benutzer/zugang', { email: 'rolf@zeitung.de', disabled: '0' })).status, 303);
  assert.ok(await canSignIn('rolf@zeitung.de', 'ein langes Passwort'));

  // Leave exactly one enabled admin, then try to remove them.
  for (const user of await accounts.listUsers()) {
    if (user.role === 'admin' && user.email !== admin.email) await accounts.setDisabled(user.email, true);
  }
  const demote = await post(admin, '/redaktion/benutzer/rolle', { email: admin.email, role: 'autor' });
  assert.equal(demote.status, 409);
  assert.match(text(demote.document.querySelector('.nr-error')), /letzte aktive Admin-Konto/);
  assert.equal((await post(admin, '/redaktion/benutzer/zugang', { email: admin.email, disabled: '1' })).status, 409);
  assert.equal((await accounts.getAccount(admin.email)).role, 'admin');
});

test('only admins reach the user pages', async () => {
  for (const role of ['autor', 'redakteur'] as const) {
    const visitor = await signedIn(server.url, accounts, role, `Nicht ${role}`);
    const page = await visitor.send('/redaktion/benutzer');
    assert.equal(page.status, 403, role);
    // Their own newsroom pages do not offer the link either.
    const list = await visitor.send('/redaktion');
    assert.equal(list.status, 200);
    assert.equal(list.document.querySelector('nav a[href="/redaktion/benutzer"]'), null);
    const forged = await post(visitor, '/redaktion/benutzer', { email: 'x@zeitung.de', name: 'X', role: 'admin', password: 'ein langes Passwort' });
    assert.equal(forged.status, 403, role);
  }
  await assert.rejects(accounts.getAccount('x@zeitung.de'), { code: 'not_found' });
});
