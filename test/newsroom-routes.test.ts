import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import { AccountService } from '../src/accounts/account-service.ts';
import { hasRole, roles, type Role, type SignedInUser } from '../src/accounts/roles.ts';
import { isDepescheError } from '../src/errors.ts';
import { createWebApp } from '../src/web/app.ts';
import { articleRoutes } from '../src/web/newsroom/article-routes.ts';
import { requireRole } from '../src/web/newsroom/newsroom-routes.ts';
import type { NewsroomEnv } from '../src/web/newsroom/newsroom-env.ts';
import { sampleArticle } from './helpers/sample-article.ts';
import { csrfOf, Visitor, type Exchange } from './helpers/http-visitor.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The newsroom's access control, walked over every route the app really
 * mounts under /redaktion, against a real server on an ephemeral port:
 * sign-in redirects, 401/403 by role, CSRF and origin checks, no-store.
 */
const { server, dataDir } = await startTestServer();
const signInPath = '/redaktion/anmelden';
const accounts = new AccountService({ repository: server.store.accounts });

// ---------------------------------------------------------------------------
// The routes, read from the real app.

/** Routes that need no session by design: signing in and out (both still behind CSRF). */
const publicRoutes = ['GET /redaktion/anmelden', 'POST /redaktion/anmelden', 'POST /redaktion/abmelden'];

interface MountedRoute {
  method: string;
  path: string;
  handlers: Handler[];
}

/**
 * Every /redaktion route of an app built by createWebApp, as registered
 * (`app.routes`): method, path and its chain of handlers. Middleware
 * (`use`, method ALL) is left out.
 */
function mountedNewsroomRoutes(): MountedRoute[] {
  const { app } = createWebApp({
    store: server.store,
    reading: server.reading,
    wire: server.wire,
    siteName: 'Depesche',
    siteUrl: server.url,
    timeZone: 'Europe/Berlin',
    mediaDir: join(dataDir, 'media'),
  });
  const byKey = new Map<string, MountedRoute>();
  for (const entry of app.routes) {
    if (entry.method === 'ALL' || !(entry.path === '/redaktion' || entry.path.startsWith('/redaktion/'))) continue;
    const key = `${entry.method} ${entry.path}`;
    const route = byKey.get(key) ?? { method: entry.method, path: entry.path, handlers: [] };
    route.handlers.push(entry.handler as Handler);
    byKey.set(key, route);
  }
  return [...byKey.values()];
}

/** Every requireRole(…) guard is the same closure; its source identifies it without any export from the app. */
const guardSource = requireRole('autor').toString();

/**
 * The role a mounted requireRole guard lets through, found by asking it:
 * the lowest role whose user it passes. Null when the first handler is no
 * guard at all.
 */
async function guardedRole(route: MountedRoute): Promise<Role | null> {
  const guard = route.handlers[0] as MiddlewareHandler<NewsroomEnv> | undefined;
  if (!guard || route.handlers.length < 2 || guard.toString() !== guardSource) return null;
  for (const role of roles) {
    const user: SignedInUser = { id: 'probe', email: 'probe@zeitung.de', name: 'Probe', role };
    const context = {
      get: (key: string) => (key === 'user' ? user : ''),
      req: { method: route.method, url: `http://probe${route.path}` },
    } as unknown as Context<NewsroomEnv>;
    let passed = false;
    try {
      await guard(context, async () => {
        passed = true;
      });
    } catch (error) {
      if (!(isDepescheError(error) && error.code === 'forbidden')) throw error;
    }
    if (passed) return role;
  }
  throw new Error(`${route.method} ${route.path}: the guard lets no role through`);
}

/** What article-routes.ts declares (the handlers are never called, so the deps are dummies). */
const declaredArticleRoutes = articleRoutes({} as Parameters<typeof articleRoutes>[0]).map(({ method, path, role }) => ({ method, path, role }));

const mounted = mountedNewsroomRoutes();
const guarded: { method: string; path: string; role: Role }[] = [];
for (const route of mounted) {
  const role = await guardedRole(route);
  if (role) guarded.push({ method: route.method, path: route.path, role });
}

let userCount = 0;
async function signedIn(role: Role): Promise<{ visitor: Visitor; user: { id: string; name: string } }> {
  const n = ++userCount;
  const email = `zugang${n}@zeitung.de`;
  const password = 'ein sicheres Passwort';
  const account = await accounts.createUser({ email, password, role, name: `Zugang ${n}` });
  const visitor = new Visitor(server.url);
  const form = await visitor.send(signInPath);
  const result = await visitor.send(signInPath, { body: new URLSearchParams({ _csrf: csrfOf(form), email, password }) });
  assert.equal(result.status, 303, 'signed in');
  visitor.csrf = csrfOf(await visitor.send('/redaktion'));
  assert.match(visitor.csrf, /^[A-Za-z0-9_-]{43}$/);
  return { visitor, user: account };
}

// ---------------------------------------------------------------------------
// What the walk works on: an article (an Redakteur's draft, so an Autor may not touch it).

const redakteur = await signedIn('redakteur');
const autor = await signedIn('autor');
const article = sampleArticle({ status: 'draft', publishedAt: null, headline: 'Zugriffsprobe im Entwurf' });
await server.store.articles.insert(article, { actor: redakteur.user.name, createdBy: redakteur.user.id });

// A feed and a story for the wire desk's routes (written to the store: this server fetches nothing).
const feed = await server.store.wire.addFeed(
  { url: 'https://agentur.example/feed.xml', title: 'Zugriffsprobe', trusted: false, section: null, fetchPages: false, intervalMinutes: 15 },
  { actor: 'test', now: new Date() },
);
const storyId = 'probegeschichte';
await server.store.wire.receive(
  { feedId: feed.id, key: 'probe-1', url: null, headline: 'Zweite Meldung zur Probe', fingerprint: '', receivedAt: new Date() },
  { kind: 'new', article: sampleArticle({ status: 'draft', publishedAt: null, headline: 'Zweite Meldung zur Probe' }), story: { kind: 'start', storyId, withArticleId: article.id, title: 'Probe' } },
  { actor: 'test' },
);

/** The route's path with real values for its parameters. */
function concrete(path: string): string {
  const filled = path.replace(/:id\b/g, article.id).replace(/:version\b/g, '1').replace(/:feedId\b/g, feed.id).replace(/:storyId\b/g, storyId);
  assert.doesNotMatch(filled, /:/, `${path}: a parameter this walk does not know; teach concrete() about it`);
  return filled;
}

/** A form body like the editor's, for POST routes: what a forged or unauthorised request would send. */
function formFor(csrf: string | null): FormData {
  const form = new FormData();
  if (csrf !== null) form.set('_csrf', csrf);
  form.set('version', '1');
  form.set('action', 'save');
  form.set('section', 'Politik');
  form.set('headline', 'Überschrieben von einem, der nicht darf');
  form.set('authors', 'Niemand');
  return form;
}

async function storedVersion(): Promise<number> {
  return (await server.store.articles.get(article.id))!.version;
}

function assertNoStore(response: Exchange, what: string) {
  assert.match(response.headers.get('cache-control') ?? '', /^no-store\b/, `${what}: Cache-Control`);
}

// ---------------------------------------------------------------------------

describe('the routes the app mounts under /redaktion', () => {
  test('every route but sign-in and sign-out is guarded by requireRole, with the role it declares', () => {
    const unguarded = mounted
      .map((route) => `${route.method} ${route.path}`)
      .filter((key) => !guarded.some((g) => `${g.method} ${g.path}` === key));
    assert.deepEqual(unguarded.sort(), [...publicRoutes].sort(), 'mounted under /redaktion without a role');
    for (const declared of declaredArticleRoutes) {
      const found = guarded.find((g) => g.method === declared.method && g.path === declared.path);
      assert.ok(found, `${declared.method} ${declared.path} is declared in article-routes.ts but not mounted`);
      assert.equal(found.role, declared.role, `${declared.method} ${declared.path}: mounted with another role than declared`);
    }
  });

  test('the walk below has something to walk', () => {
    assert.ok(guarded.length >= declaredArticleRoutes.length && declaredArticleRoutes.length > 0, `${guarded.length} guarded routes`);
    assert.ok(guarded.some((r) => r.method === 'GET') && guarded.some((r) => r.method === 'POST'));
  });
});

describe('without a session', () => {
  test('every GET is sent to the sign-in page with the way back, and is never cached', async () => {
    const visitor = new Visitor(server.url);
    for (const route of guarded.filter((r) => r.method === 'GET')) {
      for (const path of [concrete(route.path), `${concrete(route.path)}?a=1&b=2`]) {
        const response = await visitor.send(path);
        assert.equal(response.status, 303, `GET ${path}`);
        assert.equal(response.headers.get('location'), `${signInPath}?weiter=${encodeURIComponent(path)}`, `GET ${path}`);
        assertNoStore(response, `GET ${path}`);
      }
    }
  });

  test('every POST is refused: 403 without a CSRF token, 401 with the sign-in form\'s token; nothing changes', async () => {
    const before = await storedVersion();
    for (const route of guarded.filter((r) => r.method === 'POST')) {
      const path = concrete(route.path);
      const bare = await new Visitor(server.url).send(path, { body: formFor(null) });
      assert.equal(bare.status, 403, `POST ${path} with nothing`);
      assertNoStore(bare, `POST ${path}`);

      // A visitor who opened the sign-in page has a valid pre-session token: the CSRF checks pass, the role check does not.
      const visitor = new Visitor(server.url);
      const token = csrfOf(await visitor.send(signInPath));
      const withToken = await visitor.send(path, { body: formFor(token) });
      assert.equal(withToken.status, 401, `POST ${path} with the pre-session token`);
      assertNoStore(withToken, `POST ${path}`);
      assert.match(withToken.body, /Bitte melden Sie sich an/);
    }
    assert.equal(await storedVersion(), before);
  });
});

describe('with an Autor session', () => {
  test('every route that needs Redakteur or Admin answers 403, and nothing changes', async (t) => {
    const higher = guarded.filter((r) => r.role !== 'autor');
    if (higher.length === 0) t.diagnostic('no route under /redaktion needs more than Autor yet');
    const before = await storedVersion();
    for (const route of higher) {
      const path = concrete(route.path);
      const response = await autor.visitor.send(path, route.method === 'POST' ? { body: formFor(autor.visitor.csrf) } : {});
      assert.equal(response.status, 403, `${route.method} ${path} (${route.role})`);
      assertNoStore(response, `${route.method} ${path}`);
    }
    assert.equal(await storedVersion(), before);
  });

  test('every Autor GET route opens for the Autor (so the 403s above are about the role)', async () => {
    for (const route of guarded.filter((r) => r.role === 'autor' && r.method === 'GET')) {
      const path = concrete(route.path);
      const response = await autor.visitor.send(path);
      assert.equal(response.status, 200, `GET ${path}`);
      assertNoStore(response, `GET ${path}`);
    }
  });

  test('the Autor routes that change an article refuse a Redakteur\'s draft with 403', async () => {
    const before = await storedVersion();
    for (const route of guarded.filter((r) => r.role === 'autor' && r.method === 'POST' && r.path.includes(':id'))) {
      const path = concrete(route.path);
      const response = await autor.visitor.send(path, { body: formFor(autor.visitor.csrf) });
      assert.equal(response.status, 403, `POST ${path}`);
      assertNoStore(response, `POST ${path}`);
    }
    assert.equal(await storedVersion(), before);
  });
});

describe('with a Redakteur session', () => {
  test('every GET route of the Redakteur rank opens, every admin route is refused, none is cached', async () => {
    for (const route of guarded.filter((r) => r.method === 'GET')) {
      const path = concrete(route.path);
      const response = await redakteur.visitor.send(path);
      assert.equal(response.status, hasRole('redakteur', route.role) ? 200 : 403, `GET ${path} (needs ${route.role})`);
      assertNoStore(response, `GET ${path}`);
    }
    assert.ok(guarded.some((r) => r.role === 'admin'), 'the walk includes admin routes');
  });

  test('an unknown article is a 404, never cached', async () => {
    for (const route of guarded.filter((r) => r.method === 'GET' && r.path.includes(':id'))) {
      const path = route.path.replace(/:id\b/, 'gibtesnicht');
      const response = await redakteur.visitor.send(path);
      assert.equal(response.status, 404, `GET ${path}`);
      assertNoStore(response, `GET ${path}`);
    }
  });

  test('every POST without the CSRF token is refused with 403, and nothing changes', async () => {
    const before = await storedVersion();
    for (const route of guarded.filter((r) => r.method === 'POST')) {
      const path = concrete(route.path);
      const response = await redakteur.visitor.send(path, { body: formFor(null) });
      assert.equal(response.status, 403, `POST ${path}`);
      assert.match(response.body, /Anfrage abgewiesen/);
      assertNoStore(response, `POST ${path}`);
      const wrong = await redakteur.visitor.send(path, { body: formFor(autor.visitor.csrf) });
      assert.equal(wrong.status, 403, `POST ${path} with another session's token`);
    }
    assert.equal(await storedVersion(), before);
  });

  test('every POST with the right token from a foreign origin is refused with 403, and nothing changes', async () => {
    const before = await storedVersion();
    for (const route of guarded.filter((r) => r.method === 'POST')) {
      const path = concrete(route.path);
      for (const origin of ['https://evil.example', 'null']) {
        const response = await redakteur.visitor.send(path, { body: formFor(redakteur.visitor.csrf), origin });
        assert.equal(response.status, 403, `POST ${path} from ${origin}`);
        assertNoStore(response, `POST ${path}`);
      }
      const noOrigin = await redakteur.visitor.send(path, { body: formFor(redakteur.visitor.csrf), origin: null });
      assert.equal(noOrigin.status, 403, `POST ${path} without Origin or Referer`);
      const foreignReferer = await redakteur.visitor.send(path, {
        body: formFor(redakteur.visitor.csrf),
        origin: null,
        headers: { Referer: 'https://evil.example/formular' },
      });
      assert.equal(foreignReferer.status, 403, `POST ${path} with a foreign Referer`);
    }
    assert.equal(await storedVersion(), before);
  });

  test('the same POST with token and own origin gets through (so the 403s above are the checks)', async () => {
    const before = await storedVersion();
    const response = await redakteur.visitor.send(`/redaktion/artikel/${article.id}`, { body: formFor(redakteur.visitor.csrf) });
    assert.equal(response.status, 303);
    assertNoStore(response, 'the save');
    assert.equal(await storedVersion(), before + 1);
  });
});

describe('the public newsroom routes', () => {
  test('sign-in and sign-out pages are never cached either', async () => {
    const visitor = new Visitor(server.url);
    const page = await visitor.send(signInPath);
    assertNoStore(page, 'GET sign-in');
    const refused = await visitor.send('/redaktion/abmelden', { body: new URLSearchParams({}) });
    assert.equal(refused.status, 403);
    assertNoStore(refused, 'POST sign-out without token');
  });
});
