import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AccountService } from '../src/accounts/account-service.ts';
import { signedIn, type Visitor } from './helpers/http-visitor.ts';
import { startTestServer } from './helpers/test-server.ts';

/** The admin's site settings reach every reader page at once; only admins may change them. */
const { server } = await startTestServer();
const accounts = new AccountService({ repository: server.store.accounts });
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const save = (visitor: Visitor, fields: Record<string, string>) =>
  visitor.send('/redaktion/einstellungen', new URLSearchParams({ _csrf: visitor.csrf, ...fields }));

test('an admin renames the site and describes it; readers see it on the next request', async () => {
  const admin = await signedIn(server.url, accounts, 'admin', 'Ada Admin');
  const form = await admin.send('/redaktion/einstellungen');
  assert.equal(form.status, 200);
  assert.equal(form.document.querySelector('#siteName')?.getAttribute('value'), 'Depesche', 'the configured name is the default');

  const before = await fetch(server.url + '/');
  assert.match(await before.text(), /<title>Depesche<\/title>/);

  const saved = await save(admin, { siteName: 'Kieler Abendblatt', siteDescription: 'Nachrichten aus Kiel & der Welt' });
  assert.equal(saved.status, 303);
  const home = await (await fetch(server.url + '/')).text();
  assert.match(home, /<title>Kieler Abendblatt<\/title>/, 'the cached front page was rendered again');
  assert.match(home, /<meta name="description" content="Nachrichten aus Kiel &amp; der Welt">/);
  assert.match(home, /<a class="brand" href="\/">Kieler Abendblatt<\/a>/);
  assert.equal((await server.store.settings.all()).siteName, 'Kieler Abendblatt');
});

test('bad values are explained at their field and nothing is saved', async () => {
  const admin = await signedIn(server.url, accounts, 'admin', 'Anton Admin');
  const before = await server.store.settings.all();
  const refused = await save(admin, { siteName: '   ', siteDescription: 'x'.repeat(201) });
  assert.equal(refused.status, 422);
  assert.match(text(refused.document.querySelector('#fehler-siteName')), /darf nicht leer sein/);
  assert.match(text(refused.document.querySelector('#fehler-siteDescription')), /200 Zeichen/);
  assert.deepEqual(await server.store.settings.all(), before);
});

test('only admins reach the settings', async () => {
  for (const role of ['autor', 'redakteur'] as const) {
    const visitor = await signedIn(server.url, accounts, role, `Nicht ${role}`);
    assert.equal((await visitor.send('/redaktion/einstellungen')).status, 403, role);
    assert.equal((await save(visitor, { siteName: 'Gekapert', siteDescription: '' })).status, 403, role);
  }
  assert.notEqual((await server.store.settings.all()).siteName, 'Gekapert');
});
