import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { AccountService } from '../../src/accounts/account-service.ts';
import type { Role } from '../../src/accounts/roles.ts';

/**
 * A small browser for HTTP tests of the newsroom: cookies kept by hand, the
 * CSRF token read from the pages, forms posted from the site's own origin.
 */
export interface Exchange {
  status: number;
  headers: Headers;
  location: string | null;
  body: string;
  document: Document;
}

/** What a request may set beyond its body: method, Origin (null: none), extra headers. */
export interface SendInit {
  method?: string;
  body?: FormData | URLSearchParams;
  origin?: string | null;
  headers?: Record<string, string>;
}

export class Visitor {
  readonly jar = new Map<string, string>();
  csrf = '';
  readonly user: { id: string; name: string };
  readonly #baseUrl: string;

  constructor(baseUrl: string, user: { id: string; name: string } = { id: '', name: '' }) {
    this.#baseUrl = baseUrl;
    this.user = user;
  }

  /** GET without a body; POST with one, from the site's own origin unless `origin` says otherwise. */
  async send(path: string, bodyOrInit?: FormData | URLSearchParams | SendInit): Promise<Exchange> {
    const init: SendInit = bodyOrInit instanceof FormData || bodyOrInit instanceof URLSearchParams ? { body: bodyOrInit } : (bodyOrInit ?? {});
    const method = init.method ?? (init.body ? 'POST' : 'GET');
    const headers: Record<string, string> = { ...init.headers };
    if (this.jar.size > 0) headers['Cookie'] = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const origin = init.origin === undefined ? (method === 'GET' ? null : this.#baseUrl) : init.origin;
    if (origin !== null) headers['Origin'] = origin;
    const response = await fetch(this.#baseUrl + path, { method, headers, body: init.body, redirect: 'manual' });
    const text = await response.text();
    // Every newsroom answer, whatever its status, is kept out of caches.
    if (path.startsWith('/redaktion')) assert.match(response.headers.get('cache-control') ?? '', /^no-store\b/, `Cache-Control of ${path}`);
    for (const line of response.headers.getSetCookie()) {
      const name = line.slice(0, line.indexOf('='));
      const value = line.slice(name.length + 1, line.indexOf(';'));
      if (/Max-Age=0/i.test(line) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return {
      status: response.status,
      headers: response.headers,
      location: response.headers.get('location'),
      body: text,
      document: parseHTML(text).document as unknown as Document,
    };
  }
}

export const csrfOf = (page: Exchange) => page.document.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';

let userCount = 0;

/** Creates a user with the role and signs them in through the sign-in page. */
export async function signedIn(baseUrl: string, accounts: AccountService, role: Role, name: string): Promise<Visitor & { email: string }> {
  const email = `person${++userCount}-${role}@zeitung.de`;
  const password = 'ein sicheres Passwort';
  const account = await accounts.createUser({ email, password, role, name });
  const visitor = Object.assign(new Visitor(baseUrl, account), { email });
  const form = await visitor.send('/redaktion/anmelden');
  const result = await visitor.send('/redaktion/anmelden', new URLSearchParams({ _csrf: csrfOf(form), email, password }));
  assert.equal(result.status, 303, `${email} signs in`);
  visitor.csrf = csrfOf(await visitor.send('/redaktion'));
  return visitor;
}
