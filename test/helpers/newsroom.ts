import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import sharp from 'sharp';
import { AccountService } from '../../src/accounts/account-service.ts';
import type { Role } from '../../src/accounts/roles.ts';
import type { RunningServer } from '../../src/server.ts';

/**
 * Newsroom users and the steps every newsroom browser test takes: create a
 * user, sign in as a person does, submit a form and wait for the page that
 * answers it.
 */
export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

let userCounter = 0;

/** A user made the way the CLI makes one (AccountService.createUser), with a password the test knows. */
export async function createUser(server: RunningServer, role: Role, name: string): Promise<TestUser> {
  userCounter++;
  const email = `${role}${userCounter}@zeitung.de`;
  const password = `sicheres Passwort ${userCounter}`;
  const account = await new AccountService({ repository: server.store.accounts }).createUser({ email, password, role, name });
  return { id: account.id, email, name, role, password };
}

/**
 * Clicks a button or link and waits until the page it leads to has loaded
 * (after any redirect); returns that page's response. Started before the
 * click, so the wait cannot miss a fast answer.
 */
export async function submit(page: Page, target: Locator): Promise<Response> {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), target.click()]);
  assert.ok(response, 'the click led to a new page');
  return response;
}

/** Signs in through the sign-in page and lands on the newsroom's article list. */
export async function signIn(page: Page, serverUrl: string, user: TestUser): Promise<void> {
  await page.goto(`${serverUrl}/redaktion/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(user.email);
  await page.getByLabel('Passwort').fill(user.password);
  const response = await submit(page, page.getByRole('button', { name: 'Anmelden' }));
  assert.equal(response.status(), 200, `${user.name} signs in`);
  assert.equal(new URL(page.url()).pathname, '/redaktion');
}

/** A fresh browser context (its own cookies) with a page signed in as the user. */
export async function signedInPage(
  browser: Browser,
  serverUrl: string,
  user: TestUser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', ...options });
  const page = await context.newPage();
  await signIn(page, serverUrl, user);
  return { context, page };
}

/** The article id in an editor address (`/redaktion/artikel/<id>?gespeichert=save`). */
export function articleIdOf(page: Page): string {
  const id = /\/redaktion\/artikel\/([A-Za-z0-9_-]+)(?:[/?]|$)/.exec(new URL(page.url()).pathname + new URL(page.url()).search)?.[1];
  assert.ok(id && id !== 'neu', `an article's editor is open: ${page.url()}`);
  return id;
}

/**
 * The value a person would pick in a `datetime-local` input for this instant
 * in the zone's wall-clock time (`2025-04-25T18:30`), computed with Intl.
 */
export function wallClockValue(instant: Date, timeZone = 'Europe/Berlin'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Polls `check` until it returns true; fails with `message` (and the time waited) after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, options: { timeoutMs: number; intervalMs?: number; message: string }): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > options.timeoutMs) {
      assert.fail(`${options.message} (nach ${Date.now() - started} ms aufgegeben)`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}

/** A real JPEG photo (a gradient, so every encoder has work) written to `dir`; returns its path. */
export async function writeTestJpeg(dir: string, name = 'foto.jpg', size = { width: 1600, height: 1000 }): Promise<string> {
  const path = join(dir, name);
  const { width, height } = size;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = Math.round((x / width) * 255);
      pixels[i + 1] = Math.round((y / height) * 255);
      pixels[i + 2] = 128;
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toFile(path);
  return path;
}
