import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { AccountService } from '../src/accounts/account-service.ts';
import type { RunningServer } from '../src/server.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * Sign-in and sign-out of the newsroom against a real server on an
 * ephemeral port: cookies, CSRF and origin checks, throttling, return paths.
 */
const { server } = await startTestServer();
// The test server's public address is the one it listens on.
const origin = server.url;
const signIn = '/redaktion/anmelden';
const signOut = '/redaktion/abmelden';

type Jar = Map<string, string>;

interface Exchange {
  response: Response;
  body: string;
  document: Document;
  /** Set-Cookie lines by cookie name. */
  cookies: Map<string, string>;
}

async function request(
  path: string,
  init: { method?: string; jar?: Jar; form?: Record<string, string>; headers?: Record<string, string>; on?: RunningServer } = {},
): Promise<Exchange> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.jar && init.jar.size > 0) headers['Cookie'] = [...init.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  if (init.form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const response = await fetch((init.on ?? server).url + path, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    headers,
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    redirect: 'manual',
  });
  const body = await response.text();
  const cookies = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) cookies.set(line.slice(0, line.indexOf('=')), line);
  if (init.jar) {
    for (const [name, line] of cookies) {
      const value = line.slice(name.length + 1, line.indexOf(';'));
      if (/Max-Age=0/i.test(line) || value === '') init.jar.delete(name);
      else init.jar.set(name, value);
    }
  }
  return { response, body, document: parseHTML(body).document as unknown as Document, cookies };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const csrfOf = (exchange: Exchange) => exchange.document.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';

/** Opens the sign-in page in a fresh "browser": its cookie jar and the form's CSRF token. */
async function openSignIn(query = '', on?: RunningServer) {
  const jar: Jar = new Map();
  const page = await request(signIn + query, { jar, on });
  return { jar, page, csrf: csrfOf(page) };
}

async function submitSignIn(email: string, password: string, extra: Record<string, string> = {}, on?: RunningServer) {
  const { jar, csrf } = await openSignIn('', on);
  const result = await request(signIn, { jar, on, form: { _csrf: csrf, email, password, ...extra }, headers: { Origin: (on ?? server).url } });
  return { jar, result };
}

let counter = 0;
async function newUser(on: RunningServer = server, role = 'redakteur') {
  const email = `redaktion${++counter}@zeitung.de`;
  const password = 'ein sicheres Passwort';
  await new AccountService({ repository: on.store.accounts }).createUser({ email, password, role, name: `Erika ${counter}` });
  return { email, password };
}

function assertNoStore(response: Response) {
  assert.equal(response.headers.get('cache-control'), 'no-store, private');
}

describe('the sign-in page', () => {
  test('is German, labelled, with autocomplete hints, no script or inline style, and never cached', async () => {
    const { page } = await openSignIn();
    assert.equal(page.response.status, 200);
    assertNoStore(page.response);
    const { document } = page;
    assert.equal(document.documentElement.getAttribute('lang'), 'de');
    assert.equal(text(document.querySelector('h1')), 'Anmelden');
    assert.equal(text(document.querySelector('label[for="email"]')), 'E-Mail-Adresse');
    assert.equal(text(document.querySelector('label[for="password"]')), 'Passwort');
    assert.equal(document.querySelector('#email')?.getAttribute('autocomplete'), 'username');
    assert.equal(document.querySelector('#email')?.getAttribute('type'), 'email');
    assert.equal(document.querySelector('#password')?.getAttribute('autocomplete'), 'current-password');
    assert.equal(document.querySelector('#password')?.getAttribute('type'), 'password');
    assert.equal(document.querySelector('form')?.getAttribute('method'), 'post');
    assert.equal(document.querySelector('form')?.getAttribute('action'), signIn);
    assert.equal(document.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex, nofollow');
    assert.doesNotMatch(page.body, /<script|<style|\sstyle=|\son[a-z]+=/i);
    const stylesheet = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    assert.match(stylesheet, /^\/assets\/newsroom\.[0-9a-f]{10}\.css$/);
    const css = await request(stylesheet);
    assert.equal(css.response.status, 200);
    assert.match(css.response.headers.get('content-type') ?? '', /^text\/css/);
  });

  test('gives a pre-session CSRF token in a short-lived HttpOnly SameSite=Strict cookie, matching the form', async () => {
    const { page, jar, csrf } = await openSignIn();
    const cookie = page.cookies.get('depesche_anmeldung') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\/redaktion/);
    assert.match(cookie, /Max-Age=7200/);
    assert.doesNotMatch(cookie, /Secure/, 'the test site is http');
    assert.match(csrf, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(jar.get('depesche_anmeldung'), csrf);
    const again = await request(signIn, { jar });
    assert.equal(csrfOf(again), csrf, 'the token is kept while the cookie lives');
    assert.equal(again.cookies.size, 0);
  });
});

describe('signing in', () => {
  test('success sets an HttpOnly SameSite=Strict session cookie and goes to the newsroom', async () => {
    const { email, password } = await newUser();
    const { jar, result } = await submitSignIn(email.toUpperCase(), password);
    assert.equal(result.response.status, 303);
    assert.equal(result.response.headers.get('location'), '/redaktion');
    assertNoStore(result.response);
    const cookie = result.cookies.get('depesche_sitzung') ?? '';
    assert.match(cookie, /^depesche_sitzung=[A-Za-z0-9_-]{43};/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\/redaktion/);
    assert.match(cookie, /Expires=/);
    assert.match(result.cookies.get('depesche_anmeldung') ?? '', /Max-Age=0/, 'the pre-session cookie is removed');
    assert.ok(jar.has('depesche_sitzung'));

    const signedIn = await request(signIn, { jar });
    assert.match(text(signedIn.document.querySelector('main')), /Sie sind angemeldet als Erika \d+ \(Redakteur\)/);
    assert.ok(signedIn.document.querySelector(`form[action="${signOut}"]`), 'with a sign-out button');
  });

  test('a wrong password gives a German error, status 401, and no session cookie', async () => {
    const { email } = await newUser();
    const { result } = await submitSignIn(email, 'das falsche Passwort');
    assert.equal(result.response.status, 401);
    assertNoStore(result.response);
    assert.equal(result.cookies.has('depesche_sitzung'), false);
    assert.equal(text(result.document.querySelector('[role="alert"]')), 'E-Mail-Adresse oder Passwort ist falsch.');
    assert.equal(result.document.querySelector('#email')?.getAttribute('value'), email, 'the address is kept');
    assert.equal(result.document.querySelector('#password')?.getAttribute('value'), null, 'the password is not');
    assert.ok(!result.body.includes('das falsche Passwort'));
  });

  test('an unknown address gets exactly the same answer', async () => {
    const { result } = await submitSignIn('niemand-hier@zeitung.de', 'das falsche Passwort');
    assert.equal(result.response.status, 401);
    assert.equal(text(result.document.querySelector('[role="alert"]')), 'E-Mail-Adresse oder Passwort ist falsch.');
  });

  test('empty fields are named next to the field', async () => {
    const { result } = await submitSignIn('', '');
    assert.equal(result.response.status, 400);
    const email = result.document.querySelector('#email');
    assert.equal(email?.getAttribute('aria-invalid'), 'true');
    assert.equal(text(result.document.querySelector(`#${email?.getAttribute('aria-describedby')}`)), 'Bitte geben Sie Ihre E-Mail-Adresse ein.');
    const password = result.document.querySelector('#password');
    assert.equal(text(result.document.querySelector(`#${password?.getAttribute('aria-describedby')}`)), 'Bitte geben Sie Ihr Passwort ein.');
  });

  test('after five failures the account answers 429 with Retry-After, even to the right password', async () => {
    const { email, password } = await newUser();
    for (let i = 0; i < 5; i++) {
      const { result } = await submitSignIn(email, `falsch geraten ${i}`);
      assert.equal(result.response.status, 401, `attempt ${i + 1}`);
    }
    const { result } = await submitSignIn(email, password);
    assert.equal(result.response.status, 429);
    assert.equal(result.cookies.has('depesche_sitzung'), false);
    const retryAfter = Number(result.response.headers.get('retry-after'));
    assert.ok(retryAfter > 840 && retryAfter <= 900, `Retry-After ${retryAfter}`);
    assert.match(
      text(result.document.querySelector('[role="alert"]')),
      /^Zu viele fehlgeschlagene Anmeldeversuche\. Bitte versuchen Sie es in 15 Minuten noch einmal\.$/,
    );
  });
});

describe('CSRF and origin checks', () => {
  test('a POST without the CSRF token is refused with 403', async () => {
    const { email, password } = await newUser();
    const { jar } = await openSignIn();
    const result = await request(signIn, { jar, form: { email, password }, headers: { Origin: origin } });
    assert.equal(result.response.status, 403);
    assert.equal(result.cookies.has('depesche_sitzung'), false);
    assert.equal(text(result.document.querySelector('h1')), 'Anfrage abgewiesen');
    assertNoStore(result.response);
  });

  test('a wrong token, or a token without its cookie, is refused too', async () => {
    const { email, password } = await newUser();
    const { jar, csrf } = await openSignIn();
    const wrong = await request(signIn, { jar, form: { _csrf: 'x'.repeat(43), email, password }, headers: { Origin: origin } });
    assert.equal(wrong.response.status, 403);
    const noCookie = await request(signIn, { form: { _csrf: csrf, email, password }, headers: { Origin: origin } });
    assert.equal(noCookie.response.status, 403);
  });

  test('a POST from a foreign origin is refused with 403, even with a valid token', async () => {
    const { email, password } = await newUser();
    const { jar, csrf } = await openSignIn();
    const foreign = await request(signIn, { jar, form: { _csrf: csrf, email, password }, headers: { Origin: 'https://evil.example' } });
    assert.equal(foreign.response.status, 403);
    assert.equal(foreign.cookies.has('depesche_sitzung'), false);
    const viaReferer = await request(signIn, {
      jar,
      form: { _csrf: csrf, email, password },
      headers: { Referer: 'https://evil.example/formular' },
    });
    assert.equal(viaReferer.response.status, 403);
    const opaque = await request(signIn, { jar, form: { _csrf: csrf, email, password }, headers: { Origin: 'null' } });
    assert.equal(opaque.response.status, 403);
    const neither = await request(signIn, { jar, form: { _csrf: csrf, email, password } });
    assert.equal(neither.response.status, 403, 'no Origin and no Referer');
  });

  test('without Origin, a same-site Referer is accepted', async () => {
    const { email, password } = await newUser();
    const { jar, csrf } = await openSignIn();
    const result = await request(signIn, { jar, form: { _csrf: csrf, email, password }, headers: { Referer: `${origin}${signIn}` } });
    assert.equal(result.response.status, 303);
  });
});

describe('signing out', () => {
  test('ends the session on the server: the old cookie no longer works', async () => {
    const { email, password } = await newUser();
    const { jar } = await submitSignIn(email, password);
    const sessionCookie = jar.get('depesche_sitzung')!;
    const signedIn = await request(signIn, { jar });
    const csrf = csrfOf(signedIn);
    assert.match(csrf, /^[A-Za-z0-9_-]{43}$/);

    const out = await request(signOut, { jar, form: { _csrf: csrf }, headers: { Origin: origin } });
    assert.equal(out.response.status, 303);
    assert.equal(out.response.headers.get('location'), `${signIn}?abgemeldet`);
    assert.match(out.cookies.get('depesche_sitzung') ?? '', /Max-Age=0/);
    assertNoStore(out.response);

    // The browser forgot the cookie; someone who kept a copy gets nothing with it.
    const stolen: Jar = new Map([['depesche_sitzung', sessionCookie]]);
    const page = await request(signIn, { jar: stolen });
    assert.ok(page.document.querySelector('#password'), 'the sign-in form, not the signed-in page');
    assert.match(page.cookies.get('depesche_sitzung') ?? '', /Max-Age=0/, 'the dead cookie is removed');
    const again = await request(signOut, { jar: new Map([['depesche_sitzung', sessionCookie]]), form: { _csrf: csrf }, headers: { Origin: origin } });
    assert.equal(again.response.status, 403, 'the session\'s CSRF token died with it');
    assert.equal(await new AccountService({ repository: server.store.accounts }).sessionUser(sessionCookie), null);

    const notice = await request(`${signIn}?abgemeldet`);
    assert.equal(text(notice.document.querySelector('[role="status"]')), 'Sie sind abgemeldet.');
  });

  test('the session\'s CSRF token differs from the pre-session one, which no longer counts', async () => {
    const { email, password } = await newUser();
    const { jar: before, csrf: preSession } = await openSignIn();
    await request(signIn, { jar: before, form: { _csrf: preSession, email, password }, headers: { Origin: origin } });
    assert.ok(before.has('depesche_sitzung'));
    const out = await request(signOut, { jar: before, form: { _csrf: preSession }, headers: { Origin: origin } });
    assert.equal(out.response.status, 403);
  });
});

describe('?weiter= return paths', () => {
  test('a newsroom path is kept through the form and followed after sign-in', async () => {
    const { email, password } = await newUser();
    const { page } = await openSignIn('?weiter=%2Fredaktion%2Fartikel%2Fabc%3Fansicht%3D1');
    assert.equal(page.document.querySelector('input[name="weiter"]')?.getAttribute('value'), '/redaktion/artikel/abc?ansicht=1');
    const { result } = await submitSignIn(email, password, { weiter: '/redaktion/artikel/abc?ansicht=1' });
    assert.equal(result.response.headers.get('location'), '/redaktion/artikel/abc?ansicht=1');
  });

  test('https://evil.example and other ways out are ignored', async () => {
    const { page } = await openSignIn('?weiter=https%3A%2F%2Fevil.example');
    assert.equal(page.document.querySelector('input[name="weiter"]'), null);
    assert.ok(!page.body.includes('evil.example'));
    for (const weiter of ['https://evil.example', '//evil.example', '/\\evil.example', '/redaktion/../nachrichten', '/redaktionen']) {
      const { email, password } = await newUser();
      const { result } = await submitSignIn(email, password, { weiter });
      assert.equal(result.response.status, 303);
      assert.equal(result.response.headers.get('location'), '/redaktion', weiter);
    }
  });
});

describe('throttling by address', async () => {
  // A server of its own: twenty failures lock this machine's address.
  const { server: other } = await startTestServer();

  test('twenty failures from one address, for any accounts, lock it with 429', async () => {
    const { email, password } = await newUser(other);
    for (let i = 0; i < 20; i++) {
      const { result } = await submitSignIn(`probe${i}@zeitung.de`, 'falsch geraten', {}, other);
      assert.equal(result.response.status, 401, `attempt ${i + 1}`);
    }
    const { result } = await submitSignIn(email, password, {}, other);
    assert.equal(result.response.status, 429);
    assert.match(text(result.document.querySelector('[role="alert"]')), /Zu viele fehlgeschlagene Anmeldeversuche/);
  });
});
