/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AccountService } from '../../src/accounts/account-service.ts';
import { artifactsDir, launchBrowser, noBrowser } from '../helpers/browser.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * Signing in and out as a person does, in headless Chromium: the browser's
 * own Origin header and cookie handling must satisfy the CSRF checks, and the
 * page must work under the CSP without a console error.
 */
const { server } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();
const email = 'browser@zeitung.de';
const password = 'im Browser angemeldet';
await new AccountService({ repository: server.store.accounts }).createUser({ email, password, role: 'admin', name: 'Bruno Browser' });

describe('newsroom sign-in in a browser', { skip: noBrowser }, () => {
  test('a wrong password shows the error, the right one signs in, sign-out ends the session', async () => {
    const context = await browser!.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await page.goto(`${server.url}/redaktion/anmelden?weiter=%2Fredaktion%2Fanmelden-test`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'email', 'the first field has the focus');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('ganz sicher falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForLoadState();
    assert.equal(await page.getByRole('alert').innerText(), 'E-Mail-Adresse oder Passwort ist falsch.');
    assert.equal(await page.getByLabel('E-Mail-Adresse').inputValue(), email);
    await page.screenshot({ path: new URL('newsroom-sign-in-error.png', artifactsDir).pathname, fullPage: true });

    await page.getByLabel('Passwort').fill(password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/redaktion/anmelden') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Anmelden' }).click(),
    ]);
    assert.equal(response.status(), 303, 'the browser\'s own Origin and cookies pass the CSRF checks');
    assert.equal(response.headers()['location'], '/redaktion/anmelden-test');
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'depesche_sitzung');
    assert.ok(session, 'session cookie set');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(session.path, '/redaktion');
    assert.equal(await page.evaluate(() => document.cookie), '', 'no script can read the cookies');

    await page.goto(`${server.url}/redaktion/anmelden`);
    assert.match(await page.locator('main').innerText(), /Sie sind angemeldet als Bruno Browser \(Admin\)/);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(/\/redaktion\/anmelden\?abgemeldet$/);
    assert.equal(await page.getByRole('status').innerText(), 'Sie sind abgemeldet.');
    assert.ok(!(await context.cookies()).some((cookie) => cookie.name === 'depesche_sitzung'));
    assert.equal(await new AccountService({ repository: server.store.accounts }).sessionUser(session.value), null);
    // The 401 of the wrong password and the 404 of the made-up return path are expected; nothing else.
    assert.deepEqual(consoleErrors.filter((message) => !/status of (401|404)\b/.test(message)), []);
    await context.close();
  });
});
