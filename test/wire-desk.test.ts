import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AccountService } from '../src/accounts/account-service.ts';
import type { Article } from '../src/article/article.ts';
import type { Feed } from '../src/store/wire-repository.ts';
import { articlePath } from '../src/web/presenters/article-view.ts';
import { rssFeed, startWireFixture } from './fixtures/wire/wire-fixture-server.ts';
import { signedIn, Visitor, type Exchange } from './helpers/http-visitor.ts';
import { startTestServer } from './helpers/test-server.ts';

/**
 * The wire desk from end to end: a real Depesche server whose desk fetches
 * from a real local HTTP server (the agencies), subscriptions made through
 * the newsroom's forms and the `depesche` command, polls, the inbox, stories
 * and „Mehr zu dieser Geschichte“ on the reader site. The scheduler runs
 * once a minute, so within this file only the tests poll.
 */
const fixture = await startWireFixture();
const { server, dataDir } = await startTestServer({ DEPESCHE_FETCH_INTERNAL: 'loopback', DEPESCHE_SCHEDULER_SECONDS: '60' });
const accounts = new AccountService({ repository: server.store.accounts });
const redakteur = await signedIn(server.url, accounts, 'redakteur', 'Rita Redakteurin');
const autor = await signedIn(server.url, accounts, 'autor', 'Anna Autorin');

const feedsPath = '/redaktion/agentur/feeds';
const inboxPath = '/redaktion/agentur';
const feedPage = (feed: Pick<Feed, 'id'>) => `${feedsPath}/${feed.id}`;

function post(visitor: Visitor, path: string, fields: Record<string, string> = {}) {
  return visitor.send(path, new URLSearchParams({ _csrf: visitor.csrf, ...fields }));
}
const texts = (exchange: Exchange, selector: string) =>
  [...exchange.document.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
const textOf = (exchange: Exchange, selector: string) => texts(exchange, selector)[0] ?? '';
/** The facts of a feed's page (`<dl class="nr-facts">`), by their label. */
function facts(exchange: Exchange): Record<string, string> {
  const found: Record<string, string> = {};
  for (const term of exchange.document.querySelectorAll('.nr-facts dt')) {
    found[term.textContent!.trim()] = (term.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return found;
}

async function feedAt(path: string): Promise<Feed> {
  const feed = await server.store.wire.feedByUrl(`${fixture.url}${path}`);
  assert.ok(feed, `${path} is subscribed`);
  return feed;
}

/** Subscribes through the newsroom's form, as a Redakteurin does. */
async function subscribe(path: string, fields: Record<string, string> = {}): Promise<Feed> {
  const response = await post(redakteur, feedsPath, { adresse: `${fixture.url}${path}`, titel: '', rubrik: '', intervall: '15', ...fields });
  assert.equal(response.status, 303, `subscribing ${path}: ${textOf(response, '.nr-error-summary')}`);
  const feed = await feedAt(path);
  assert.equal(response.location, `${feedPage(feed)}?erledigt=abonniert`);
  return feed;
}

async function pollThroughPage(feed: Feed): Promise<Exchange> {
  const response = await post(redakteur, `${feedPage(feed)}/abrufen`);
  assert.equal(response.status, 303);
  return response;
}

async function articleCount(): Promise<number> {
  return server.store.articles.count({});
}

async function wireArticle(headline: string): Promise<Article> {
  const [found] = await server.store.articles.list({ headlineContains: headline, limit: 2 });
  assert.ok(found, `an article „${headline}“`);
  return found;
}

/** Runs `depesche …` against this server's data folder, as an operator on the same machine would. */
function depesche(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DEPESCHE_DATA: dataDir, DEPESCHE_FETCH_INTERNAL: 'loopback' };
  for (const name of ['PORT', 'HOST', 'DEPESCHE_SITE_URL', 'DEPESCHE_DEMO', 'NODE_TEST_CONTEXT']) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/depesche.js', ...args], { cwd: fileURLToPath(new URL('..', import.meta.url)), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

describe('subscribing', () => {
  test('the empty inbox says how to subscribe', async () => {
    const inbox = await autor.send(inboxPath);
    assert.equal(inbox.status, 200);
    assert.match(textOf(inbox, '.nr-empty-state'), /Es ist kein Feed abonniert/);
    assert.match(textOf(inbox, '.nr-empty-state'), /depesche feeds add/);
    assert.ok(inbox.document.querySelector(`.nr-empty-state a[href="${feedsPath}"]`));
    assert.ok(inbox.document.querySelector('nav[aria-label="Redaktion"] a[href="/redaktion/agentur"]'), 'the newsroom navigation leads here');
  });

  test('a Redakteurin subscribes through the form: the address is fetched once and checked, the title is the feed\'s own', async () => {
    const before = fixture.requestsFor('/nord.xml').length;
    const feed = await subscribe('/nord.xml');
    assert.equal(fixture.requestsFor('/nord.xml').length, before + 1, 'fetched once to check it is a feed');
    assert.equal(feed.title, 'Agentur Nord – Meldungen');
    assert.equal(feed.trusted, false);
    assert.equal(feed.intervalMinutes, 15);
    assert.equal(feed.createdBy, 'Rita Redakteurin');

    const page = await redakteur.send(`${feedPage(feed)}?erledigt=abonniert`);
    assert.equal(page.status, 200);
    assert.match(textOf(page, '.nr-notice'), /^Abonniert\./);
    assert.equal(textOf(page, 'h1'), 'Feed: Agentur Nord – Meldungen');
    assert.equal(facts(page)['Ergebnis'], 'Noch nicht abgerufen');
    assert.equal(facts(page)['Letzter Abruf'], 'noch nie');
    assert.equal(facts(page)['Nächster Abruf'], 'jetzt fällig (alle 15 Minuten)');
    const list = await autor.send(feedsPath);
    assert.deepEqual(texts(list, '.nr-feeds tbody td:first-child a'), ['Agentur Nord – Meldungen']);
  });

  test('`depesche feeds add URL` subscribes from the command line, into the database the server reads', async () => {
    const added = await depesche(['feeds', 'add', `${fixture.url}/sued.xml`, '--titel', 'Agentur Süd', '--intervall', '30']);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stderr, /Abonniert: „Agentur Süd“/);
    const feed = await feedAt('/sued.xml');
    assert.equal(feed.intervalMinutes, 30);
    assert.equal(feed.createdBy, 'Kommandozeile');
    const list = await redakteur.send(feedsPath);
    assert.deepEqual(texts(list, '.nr-feeds tbody td:first-child a'), ['Agentur Nord – Meldungen', 'Agentur Süd']);

    const listed = await depesche(['feeds', 'list']);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, /Agentur Süd/);
    assert.match(listed.stdout, /Noch nicht abgerufen/);
  });
});

describe('polling', () => {
  test('a poll brings the items as drafts into the inbox, each with its source; nothing is published', async () => {
    const nord = await feedAt('/nord.xml');
    const polled = await pollThroughPage(nord);
    assert.equal(polled.location, `${feedPage(nord)}?erledigt=abgerufen`);
    const storm = await wireArticle('Sturmtief sorgt für Chaos in Hamburg');
    const school = await wireArticle('Landtag in Kiel beschließt neues Schulgesetz');
    for (const article of [storm, school]) {
      assert.equal(article.status, 'draft');
      assert.equal(article.section, 'Agentur');
      assert.equal((await server.store.wire.originsOf(article.id))[0]?.feedTitle, 'Agentur Nord – Meldungen');
      assert.equal((await fetch(`${server.url}${articlePath(article)}`)).status, 404, 'a draft is not on the reader site');
    }
    assert.match(storm.body.map((block) => block.text).join(' '), /mehr als 400 Einsätzen/);

    const inbox = await autor.send(inboxPath);
    const rows = [...inbox.document.querySelectorAll('.nr-inbox tbody tr')];
    assert.deepEqual(rows.map((row) => row.querySelector('td a')?.textContent).sort(), [school.headline, storm.headline].sort());
    const stormRow = rows.find((row) => row.querySelector('td a')?.textContent === storm.headline)!;
    assert.equal(stormRow.querySelector('td a')!.getAttribute('href'), `/redaktion/artikel/${storm.id}`);
    const source = stormRow.querySelector('.nr-sources a')!;
    assert.equal(source.textContent, 'Agentur Nord – Meldungen');
    assert.equal(source.getAttribute('href'), 'https://nord.agentur.example/meldung/sturmtief-hamburg');
    assert.match(stormRow.querySelector('time')!.textContent!, /^\d{1,2}\. \p{L}+ \d{4}, \d{2}:\d{2} Uhr$/u);

    const status = await redakteur.send(feedPage(nord));
    assert.equal(facts(status)['Ergebnis'], 'Abgerufen');
    assert.equal(facts(status)['Meldungen insgesamt'], '2');
    assert.equal(facts(status)['Neu beim letzten Abruf'], '2');
    assert.match(facts(status)['Letzter Abruf']!, /^\d{1,2}\. \p{L}+ \d{4}, \d{2}:\d{2} Uhr$/u);
    assert.match(facts(status)['Nächster Abruf']!, /Uhr \(alle 15 Minuten\)$/);
  });

  test('the next poll is conditional: the agency answers 304 and the feed says „Unverändert“', async () => {
    const nord = await feedAt('/nord.xml');
    const count = await articleCount();
    const polled = await pollThroughPage(nord);
    assert.equal(polled.location, `${feedPage(nord)}?erledigt=unveraendert`);
    const last = fixture.requestsFor('/nord.xml').at(-1)!;
    assert.equal(last.ifNoneMatch, '"nord-1"');
    assert.equal(last.ifModifiedSince, 'Mon, 24 Nov 2025 06:30:00 GMT');
    assert.equal(last.status, 304);
    assert.equal(await articleCount(), count);
    const page = await redakteur.send(`${feedPage(nord)}?erledigt=unveraendert`);
    assert.match(textOf(page, '.nr-notice'), /nicht geändert/);
    assert.match(facts(page)['Ergebnis']!, /^Unverändert Der Server meldete: seit dem letzten Abruf nichts Neues \(304\)/);
    assert.equal((await feedAt('/nord.xml')).lastStatus, 'not-modified');
  });

  test('the same agency text in a second feed is one draft with both sources; another report of the storm starts a story', async () => {
    const sued = await feedAt('/sued.xml');
    await pollThroughPage(sued);
    const storm = await wireArticle('Sturmtief sorgt für Chaos in Hamburg');
    const report = await wireArticle('Sturm in Hamburg: Fischmarkt überflutet');
    assert.equal((await server.store.articles.list({ headlineContains: 'Orkanböen legen Hamburg lahm', limit: 1 })).length, 0, 'the copy made no article of its own');
    const origins = await server.store.wire.originsOf(storm.id);
    assert.deepEqual(origins.map((o) => [o.feedTitle, o.merged]), [['Agentur Nord – Meldungen', false], ['Agentur Süd', true]]);
    assert.deepEqual(storm.sources.map((s) => s.name), ['Agentur Nord – Meldungen', 'Agentur Süd']);

    const inbox = await autor.send(inboxPath);
    const rows = [...inbox.document.querySelectorAll('.nr-inbox tbody tr')];
    assert.equal(rows.length, 3, 'the storm, the school law and the second storm report');
    const row = (headline: string) => rows.find((r) => r.querySelector('td a')?.textContent === headline)!;
    assert.equal(row(storm.headline).querySelector('.nr-sources-count')?.textContent, '2 Quellen');
    assert.deepEqual([...row(storm.headline).querySelectorAll('.nr-sources a')].map((a) => a.textContent), ['Agentur Nord – Meldungen', 'Agentur Süd']);
    const story = await server.store.wire.storyOf(storm.id);
    assert.ok(story, 'the storm is in a story');
    assert.deepEqual(story.articles.map((a) => a.id).sort(), [report.id, storm.id].sort());
    for (const headline of [storm.headline, report.headline]) {
      const link = row(headline).querySelector('td:last-child a')!;
      assert.equal(link.textContent, 'Geschichte mit 2 Artikeln');
      assert.equal(link.getAttribute('href'), `/redaktion/geschichten/${story.id}`);
    }
    assert.equal(row('Landtag in Kiel beschließt neues Schulgesetz').querySelector('td:last-child a'), null, 'the school law is in no story');

    const storyPage = await autor.send(`/redaktion/geschichten/${story.id}`);
    assert.equal(storyPage.status, 200);
    assert.equal(textOf(storyPage, 'h1'), `Geschichte: ${story.title}`);
    assert.deepEqual(texts(storyPage, '.nr-story tbody td:first-child > a').sort(), [report.headline, storm.headline].sort());
    assert.equal(storyPage.document.querySelectorAll('.nr-story button').length, 0, 'an Autor cannot take articles out');

    const editor = await autor.send(`/redaktion/artikel/${storm.id}`);
    const panel = editor.document.querySelector('.nr-wire-panel')!;
    assert.ok(panel, 'the editor shows where the draft came from');
    assert.deepEqual([...panel.querySelectorAll('.nr-sources a')].map((a) => a.getAttribute('href')), [
      'https://nord.agentur.example/meldung/sturmtief-hamburg',
      'https://sued.agentur.example/ticker/orkan-hamburg',
    ]);
    assert.equal(panel.querySelector(`a[href="/redaktion/geschichten/${story.id}"]`)?.textContent, 'Geschichte mit 2 Artikeln');
  });

  test('a trusted feed publishes at once, and the article is on the reader site', async () => {
    const feed = await subscribe('/presse.json', { vertrauenswuerdig: '1', rubrik: 'Musterstadt' });
    assert.equal(feed.trusted, true);
    await pollThroughPage(feed);
    const article = await wireArticle('Stadtbibliothek öffnet künftig auch sonntags');
    assert.equal(article.status, 'published');
    assert.equal(article.section, 'Musterstadt');
    const page = await fetch(`${server.url}${articlePath(article)}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Stadtbibliothek öffnet künftig auch sonntags/);

    const drafts = await autor.send(inboxPath);
    assert.ok(!texts(drafts, '.nr-inbox tbody td:first-child > a').includes(article.headline), 'not among the drafts');
    const all = await autor.send(`${inboxPath}?zeigen=alle`);
    const row = [...all.document.querySelectorAll('.nr-inbox tbody tr')].find((r) => r.querySelector('td a')?.textContent === article.headline);
    assert.ok(row, 'listed under „Alle“');
    assert.equal(row.querySelector('.nr-status')?.textContent, 'Veröffentlicht');
  });

  test('with „Volltext“ the linked page\'s text is taken; an item whose page is gone keeps the feed\'s text and says why', async () => {
    const feed = await subscribe('/volltext.xml', { volltext: '1' });
    await pollThroughPage(feed);
    const museum = await wireArticle('Stadtmuseum verlängert Öffnungszeiten');
    assert.match(museum.body.map((block) => block.text).join(' '), /Kurzführung durch die Sammlung/);
    const market = await wireArticle('Wochenmarkt zieht auf den Rathausplatz');
    assert.deepEqual(market.body.map((block) => block.text), ['Wegen Bauarbeiten zieht der Wochenmarkt für drei Monate auf den Rathausplatz.']);

    const page = await redakteur.send(feedPage(feed));
    const skipped = texts(page, '.nr-skipped li');
    assert.equal(skipped.length, 1);
    assert.match(skipped[0]!, /Wochenmarkt zieht auf den Rathausplatz/);
    assert.match(skipped[0]!, /404/);
    assert.match(skipped[0]!, /der Text stammt aus dem Feed/);
  });
});

describe('a feed that fails', () => {
  test('shows the error and the failures in a row, and waits longer each time, while another feed in the same run goes on', async () => {
    const ticker = (n: number) => rssFeed('Ticker', Array.from({ length: n }, (_, i) => ({ key: `ticker-${i}`, headline: `Tickermeldung Nummer ${i + 1} über den Busfahrplan`, text: `Die Verkehrsbetriebe ändern den Fahrplan der Linie ${i + 10}.` })));
    fixture.set('/ticker.xml', { contentType: 'application/rss+xml', body: ticker(1) });
    fixture.set('/wechselnd.xml', { contentType: 'application/rss+xml', body: rssFeed('Wackelfeed', []) });
    const working = await subscribe('/ticker.xml');
    const failing = await subscribe('/wechselnd.xml', { intervall: '5' });
    await pollThroughPage(working);
    await pollThroughPage(failing);

    const breakages: [string, Parameters<typeof fixture.set>[1], RegExp][] = [
      ['500', { status: 500, contentType: 'text/plain', body: 'kaputt' }, /500/],
      ['malformed XML', { contentType: 'application/rss+xml', body: (await (await fetch(`${fixture.url}/kaputt/malformed.xml`)).text()) }, /kein gültiges XML: Zeile 7, Spalte 28/],
      ['billion laughs', { contentType: 'application/rss+xml', body: (await (await fetch(`${fixture.url}/kaputt/billion-laughs.xml`)).text()) }, /Billion Laughs/],
      ['404', { status: 404, contentType: 'text/plain', body: 'weg' }, /404/],
    ];
    for (const [index, [what, answer, message]] of breakages.entries()) {
      fixture.set('/wechselnd.xml', answer);
      fixture.set('/ticker.xml', { contentType: 'application/rss+xml', body: ticker(index + 2) });
      const now = new Date();
      await server.store.wire.markDue(failing.id, now);
      await server.store.wire.markDue(working.id, now);
      const run = await server.wire.pollDue();
      assert.deepEqual(run.map((f) => f.id).sort(), [failing.id, working.id].sort(), `${what}: both polled in one run`);
      const broken = run.find((f) => f.id === failing.id)!;
      assert.equal(broken.lastStatus, 'error', what);
      assert.match(broken.lastError ?? '', message, what);
      assert.equal(broken.failures, index + 1, `${what}: failures in a row`);
      // The interval (5 minutes) doubled for each failure in a row.
      const waitMinutes = (broken.nextFetchAt.getTime() - Date.parse(broken.lastFetchAt!)) / 60_000;
      assert.ok(Math.abs(waitMinutes - 5 * 2 ** (index + 1)) < 0.1, `${what}: next poll after ${waitMinutes} minutes`);
      const fine = run.find((f) => f.id === working.id)!;
      assert.equal(fine.lastStatus, 'ok', `${what}: the other feed`);
      assert.equal(fine.lastNewItems, 1, `${what}: the other feed brought its new item`);
    }

    const page = await autor.send(feedPage(failing));
    assert.equal(facts(page)['Ergebnis'], 'Fehler');
    assert.match(facts(page)['Fehler']!, /^Der Server antwortete mit 404 Not Found\.\s*4-mal in Folge fehlgeschlagen\. Prüfen Sie die Adresse/);
    assert.match(facts(page)['Nächster Abruf']!, /Mit jedem Fehler in Folge verdoppelt sich das Intervall von 5 Minuten/);
    assert.match(facts(page)['Letzter erfolgreicher Abruf']!, /Uhr$/, 'when it last worked');
    const list = await autor.send(feedsPath);
    const row = [...list.document.querySelectorAll('.nr-feeds tbody tr')].find((r) => r.querySelector('a')?.textContent === 'Wackelfeed')!;
    assert.equal(row.querySelector('.nr-status')?.textContent, 'Fehler');
    assert.match(row.querySelector('.nr-feed-error')?.textContent ?? '', /4-mal in Folge/);

    // Back again: the first good poll resets the count and the interval.
    fixture.set('/wechselnd.xml', { contentType: 'application/rss+xml', body: rssFeed('Wackelfeed', []) });
    const polled = await pollThroughPage(failing);
    assert.match(polled.location ?? '', /erledigt=abgerufen$/);
    const healed = await feedAt('/wechselnd.xml');
    assert.equal(healed.failures, 0);
    assert.equal(healed.lastError, null);
    assert.ok(Math.abs((healed.nextFetchAt.getTime() - Date.parse(healed.lastFetchAt!)) / 60_000 - 5) < 0.1);
  });

  test('„Jetzt abrufen“ on a failing feed comes back with the failure notice', async () => {
    const feed = await feedAt('/wechselnd.xml');
    fixture.set('/wechselnd.xml', { status: 500, contentType: 'text/plain', body: 'kaputt' });
    const polled = await pollThroughPage(feed);
    assert.equal(polled.location, `${feedPage(feed)}?erledigt=fehlgeschlagen`);
    const page = await redakteur.send(polled.location!);
    assert.match(textOf(page, '.nr-notice'), /fehlgeschlagen/);
    assert.match(facts(page)['Fehler']!, /500/);
  });
});

describe('„Seite übernehmen“', () => {
  test('a pasted address becomes a draft with the page\'s headline, lead and text, and its editor opens', async () => {
    const response = await post(autor, `${inboxPath}/uebernehmen`, { adresse: `${fixture.url}/artikel/hafen.html` });
    assert.equal(response.status, 303);
    const id = /^\/redaktion\/artikel\/([\w-]+)$/.exec(response.location ?? '')?.[1];
    assert.ok(id, `to the editor: ${response.location}`);
    const stored = await server.store.articles.get(id);
    assert.ok(stored);
    assert.equal(stored.article.status, 'draft');
    assert.equal(stored.article.headline, 'Hafenfähren fahren wieder nach Fahrplan');
    assert.equal(stored.article.lead, 'Zwei Tage nach dem Sturm sind alle Linien der Hafenfähren wieder unterwegs.');
    const body = stored.article.body.map((block) => block.text).join('\n');
    assert.match(body, /Taucher die Anleger/);
    assert.match(body, /Zeitkarten gelten wie gewohnt/);
    assert.doesNotMatch(body, /Impressum|Startseite/);
    assert.equal(stored.createdBy, autor.user.id, 'the Autorin\'s own draft, so she may edit it');
    const editor = await autor.send(response.location!);
    assert.equal(editor.status, 200);
    assert.equal(editor.document.querySelector('#headline')?.getAttribute('value'), 'Hafenfähren fahren wieder nach Fahrplan');
  });

  test('an address that is refused, not a page or not an article is shown on the form with the reason; nothing is written', async () => {
    const cases: [string, number, RegExp][] = [
      ['', 400, /Bitte geben Sie die Adresse einer Artikelseite ein/],
      ['keine adresse', 400, /keine vollständige Adresse/],
      ['ftp://dateien.example/artikel.html', 400, /Nur http- und https-Adressen/],
      ['http://192.168.1.10/artikel.html', 403, /192\.168\.1\.10/],
      [`${fixture.url}/anmeldung.html`, 422, /kein Artikel gefunden/],
      [`${fixture.url}/presse.json`, 415, /keine HTML-Seite/],
      [`${fixture.url}/artikel/gibt-es-nicht.html`, 502, /404/],
    ];
    const before = await articleCount();
    for (const [address, status, message] of cases) {
      const response = await post(autor, `${inboxPath}/uebernehmen`, { adresse: address });
      assert.equal(response.status, status, `${address}: ${textOf(response, '#seite-fehler')}`);
      assert.match(textOf(response, '#seite-fehler'), message, address);
      assert.equal(textOf(response, '.nr-error-summary h2'), 'Die Seite wurde nicht übernommen');
      assert.equal(response.document.querySelector('#seite-adresse')?.getAttribute('value'), address, 'the address stays in the field');
      assert.equal(response.document.querySelector('#seite-adresse')?.getAttribute('aria-invalid'), 'true');
    }
    assert.equal(await articleCount(), before);
  });
});

describe('bad input on the subscription forms', () => {
  test('an invalid address, ftp:, an interval of 2, a duplicate or an address that is no feed are refused with the reason; nothing is written', async () => {
    const cases: [Record<string, string>, number, string, RegExp][] = [
      [{ adresse: 'keine adresse' }, 400, 'adresse', /Die Adresse muss eine http- oder https-Adresse sein/],
      [{ adresse: 'ftp://agentur.example/feed.xml' }, 400, 'adresse', /http- oder https-Adresse/],
      [{ adresse: `${fixture.url}/neu.xml`, intervall: '2' }, 400, 'intervall', /Das Abrufintervall muss mindestens 5 Minuten betragen/],
      [{ adresse: `${fixture.url}/neu.xml`, intervall: 'oft' }, 400, 'intervall', /ganze Zahl/],
      [{ adresse: `${fixture.url}/nord.xml` }, 409, 'adresse', /schon abonniert \(als „Agentur Nord – Meldungen“\)/],
      [{ adresse: `${fixture.url}/artikel/hafen.html` }, 422, 'adresse', /kein RSS-, Atom- oder JSON-Feed, sondern eine Webseite/],
      [{ adresse: `${fixture.url}/kaputt/billion-laughs.xml` }, 422, 'adresse', /Billion Laughs/],
      [{ adresse: `${fixture.url}/gibt-es-nicht.xml` }, 502, 'adresse', /404/],
      [{ adresse: 'http://10.1.2.3/feed.xml' }, 403, 'adresse', /10\.1\.2\.3/],
    ];
    const feedsBefore = (await server.store.wire.feeds()).length;
    for (const [fields, status, field, message] of cases) {
      const response = await post(redakteur, feedsPath, { titel: 'Neuer Feed', rubrik: '', intervall: '15', ...fields });
      const where = JSON.stringify(fields);
      assert.equal(response.status, status, `${where}: ${textOf(response, '.nr-error-summary')}`);
      assert.match(textOf(response, '.nr-error-summary li'), message, `${where}: in the summary`);
      assert.equal(response.document.querySelector('.nr-error-summary a')?.getAttribute('href'), `#neu-${field}`, where);
      assert.match(textOf(response, `#neu-${field}-fehler`), message, `${where}: next to its field`);
      assert.equal(response.document.querySelector(`#neu-${field}`)?.getAttribute('aria-invalid'), 'true', where);
      assert.equal(response.document.querySelector('#neu-titel')?.getAttribute('value'), 'Neuer Feed', `${where}: the form keeps what was typed`);
    }
    assert.equal((await server.store.wire.feeds()).length, feedsBefore);
    assert.equal(fixture.requestsFor('/neu.xml').length, 0, 'invalid settings are refused before anything is fetched');
  });

  test('changing settings: an invalid interval is refused and nothing changes; a valid change is saved', async () => {
    const feed = await feedAt('/ticker.xml');
    const refused = await post(redakteur, feedPage(feed), { adresse: feed.url, titel: 'Ticker neu', rubrik: '', intervall: '2' });
    assert.equal(refused.status, 400);
    assert.match(textOf(refused, '#feed-intervall-fehler'), /mindestens 5 Minuten/);
    assert.deepEqual(await feedAt('/ticker.xml'), feed);

    const saved = await post(redakteur, feedPage(feed), { adresse: feed.url, titel: 'Ticker neu', rubrik: 'Verkehr', intervall: '60' });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `${feedPage(feed)}?erledigt=gespeichert`);
    const changed = await feedAt('/ticker.xml');
    assert.deepEqual([changed.title, changed.section, changed.intervalMinutes, changed.trusted], ['Ticker neu', 'Verkehr', 60, false]);
  });

  test('a new address forgets the old one\'s validators: the first poll there is unconditional', async () => {
    const sued = await feedAt('/sued.xml');
    assert.equal(sued.etag, '"sued-1"');
    const moved = await post(redakteur, feedPage(sued), { adresse: `${fixture.url}/sued.xml?umgezogen=1`, titel: sued.title, rubrik: '', intervall: '30' });
    assert.equal(moved.status, 303);
    assert.equal((await server.store.wire.feed(sued.id))?.etag, null);
    await pollThroughPage(sued);
    const request = fixture.requestsFor('/sued.xml').at(-1)!;
    assert.deepEqual([request.ifNoneMatch, request.ifModifiedSince, request.status], [null, null, 200]);
  });

  test('an unknown feed or story is a 404 with a German message, on every route', async () => {
    for (const path of [`${feedsPath}/gibtesnicht`, `${feedsPath}/gibtesnicht/beenden`, '/redaktion/geschichten/gibtesnicht']) {
      const response = await redakteur.send(path);
      assert.equal(response.status, 404, path);
      assert.match(response.body, /gibt es nicht|keinen abonnierten Feed/, path);
    }
    const feedCount = (await server.store.wire.feeds()).length;
    for (const path of [`${feedsPath}/gibtesnicht`, `${feedsPath}/gibtesnicht/abrufen`, `${feedsPath}/gibtesnicht/beenden`, '/redaktion/geschichten/gibtesnicht/herausnehmen']) {
      const response = await post(redakteur, path, { adresse: `${fixture.url}/nord.xml`, intervall: '15', artikel: 'x' });
      assert.equal(response.status, 404, `POST ${path}`);
    }
    assert.equal((await server.store.wire.feeds()).length, feedCount);
  });
});

describe('roles', () => {
  test('an Autor sees feeds read-only and cannot add, poll, change or end one (403); nothing changes', async () => {
    const feed = await feedAt('/nord.xml');
    const list = await autor.send(feedsPath);
    assert.equal(list.status, 200);
    assert.equal(list.document.querySelectorAll(`form[action="${feedsPath}"]`).length, 0, 'no add form');
    assert.match(textOf(list, 'section[aria-labelledby="neu"]'), /können Redakteurinnen, Redakteure und Admins/);
    const page = await autor.send(feedPage(feed));
    assert.equal(page.document.querySelectorAll('form').length, 1, 'only the sign-out form');
    assert.equal(facts(page)['Rubrik'], 'Agentur');
    assert.match(facts(page)['Vertrauenswürdig']!, /^nein/);

    const feedsBefore = await server.store.wire.feeds();
    for (const [path, fields] of [
      [feedsPath, { adresse: `${fixture.url}/sued.xml`, intervall: '15' }],
      [feedPage(feed), { adresse: feed.url, titel: 'Übernommen', intervall: '15' }],
      [`${feedPage(feed)}/abrufen`, {}],
      [`${feedPage(feed)}/beenden`, {}],
    ] as const) {
      const response = await post(autor, path, fields);
      assert.equal(response.status, 403, `POST ${path}`);
      assert.match(response.body, /Rolle Redakteur/);
    }
    assert.equal((await autor.send(`${feedPage(feed)}/beenden`)).status, 403);
    assert.deepEqual(await server.store.wire.feeds(), feedsBefore);
  });

  test('without a session the pages lead to the sign-in and the forms are refused', async () => {
    const stranger = new Visitor(server.url);
    for (const path of [inboxPath, feedsPath, `${inboxPath}?zeigen=alle`]) {
      const response = await stranger.send(path);
      assert.equal(response.status, 303, path);
      assert.equal(response.location, `/redaktion/anmelden?weiter=${encodeURIComponent(path)}`);
    }
    const refused = await stranger.send(`${inboxPath}/uebernehmen`, new URLSearchParams({ adresse: `${fixture.url}/artikel/hafen.html` }));
    assert.equal(refused.status, 403, 'no CSRF token without a session');
  });
});

describe('stories on the reader site', () => {
  async function publish(article: Article): Promise<Article> {
    const stored = (await server.store.articles.get(article.id))!;
    const now = new Date().toISOString();
    const saved = await server.store.articles.update({ ...stored.article, status: 'published', publishedAt: now, updatedAt: now }, { actor: 'Test', expectedVersion: stored.version });
    return saved.article;
  }
  const storyLinks = async (article: Article) => {
    const response = await fetch(`${server.url}${articlePath(article)}`);
    assert.equal(response.status, 200);
    const body = await response.text();
    const section = /<section class="story-more"[\s\S]*?<\/section>/.exec(body)?.[0] ?? '';
    return { section, links: [...section.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]) };
  };

  test('once both reports are published, each article page shows the other under „Mehr zu dieser Geschichte“', async () => {
    const storm = await publish(await wireArticle('Sturmtief sorgt für Chaos in Hamburg'));
    assert.equal((await storyLinks(storm)).section, '', 'no block while the other report is a draft');
    const report = await publish(await wireArticle('Sturm in Hamburg: Fischmarkt überflutet'));

    const fromStorm = await storyLinks(storm);
    assert.match(fromStorm.section, /<h2 id="story-more-heading">Mehr zu dieser Geschichte<\/h2>/);
    assert.deepEqual(fromStorm.links, [[articlePath(report), report.headline]]);
    assert.match(fromStorm.section, /<span class="story-more-section">Agentur<\/span>/);
    assert.match(fromStorm.section, /<time datetime="[^"]+">\d{1,2}\. \p{L}+ \d{4}<\/time>/u);
    assert.deepEqual((await storyLinks(report)).links, [[articlePath(storm), storm.headline]]);
  });

  test('a Redakteurin takes an article out; the story of one dissolves and the block disappears', async () => {
    const storm = await wireArticle('Sturmtief sorgt für Chaos in Hamburg');
    const story = (await server.store.wire.storyOf(storm.id))!;
    const refused = await post(autor, `/redaktion/geschichten/${story.id}/herausnehmen`, { artikel: storm.id });
    assert.equal(refused.status, 403);

    const page = await redakteur.send(`/redaktion/geschichten/${story.id}`);
    assert.ok(page.document.querySelector(`button[aria-label="Aus der Geschichte nehmen: ${storm.headline}"]`));
    const wrong = await post(redakteur, `/redaktion/geschichten/${story.id}/herausnehmen`, { artikel: 'nicht-dabei' });
    assert.equal(wrong.status, 404);

    const taken = await post(redakteur, `/redaktion/geschichten/${story.id}/herausnehmen`, { artikel: storm.id });
    assert.equal(taken.status, 303);
    assert.equal(taken.location, `${inboxPath}?erledigt=aufgeloest`);
    assert.equal(await server.store.wire.story(story.id), undefined);
    assert.match(textOf(await redakteur.send(taken.location!), '.nr-notice'), /aufgelöst/);
    assert.equal((await storyLinks(storm)).section, '', 'the cached page followed');
    assert.equal((await redakteur.send(`/redaktion/geschichten/${story.id}`)).status, 404);
  });
});

describe('ending a subscription', () => {
  test('asks first, then ends it; the articles stay', async () => {
    const feed = await feedAt('/volltext.xml');
    const museum = await wireArticle('Stadtmuseum verlängert Öffnungszeiten');
    const confirm = await redakteur.send(`${feedPage(feed)}/beenden`);
    assert.equal(confirm.status, 200);
    assert.equal(textOf(confirm, 'h1'), 'Abonnement beenden?');
    assert.match(textOf(confirm, 'main'), /2 Meldungen, die er gebracht hat, bleiben als Artikel erhalten/);

    const ended = await post(redakteur, `${feedPage(feed)}/beenden`);
    assert.equal(ended.status, 303);
    assert.equal(ended.location, `${feedsPath}?erledigt=beendet`);
    assert.equal(await server.store.wire.feed(feed.id), undefined);
    assert.ok(await server.store.articles.get(museum.id), 'the article stays');
    assert.match(textOf(await redakteur.send(ended.location!), '.nr-notice'), /Abonnement ist beendet/);
    assert.deepEqual((await server.store.wire.originsOf(museum.id)).map((origin) => origin.feedId), [feed.id], 'the article keeps its origin');

    // Subscribed again, the feed knows its items: none comes a second time.
    const again = await server.wire.subscribe({ url: feed.url }, 'redakteur@example.org');
    assert.equal(again.id, feed.id);
    const polled = await server.wire.pollNow(feed.id);
    assert.equal(polled.lastStatus, 'ok');
    assert.equal(polled.lastNewItems, 0);
    await server.wire.remove(feed.id);
  });

  test('the command line polls and ends subscriptions in the server\'s database too', async () => {
    const polled = await depesche(['feeds', 'poll', `${fixture.url}/nord.xml`]);
    assert.equal(polled.status, 0, polled.stderr);
    assert.match(polled.stderr, /„Agentur Nord – Meldungen“: Unverändert/);
    assert.equal(fixture.requestsFor('/nord.xml').at(-1)?.ifNoneMatch, '"nord-1"', 'conditional from the command line as well');

    const ticker = await feedAt('/ticker.xml');
    const removed = await depesche(['feeds', 'remove', ticker.id]);
    assert.equal(removed.status, 0, removed.stderr);
    assert.match(removed.stderr, /Abonnement beendet: „Ticker neu“/);
    assert.equal(await server.store.wire.feed(ticker.id), undefined);
    assert.ok(!texts(await autor.send(feedsPath), '.nr-feeds tbody td:first-child a').includes('Ticker neu'));

    const again = await depesche(['feeds', 'remove', `${fixture.url}/volltext.xml`]);
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /Kein Abonnement mit der ID oder Adresse/);
  });
});

describe('the inbox in pages', () => {
  test('25 drafts a page, newest first, with links to the older ones and back', async () => {
    // Texts without a shared run of four words: none is a copy of another.
    const words = 'Abend Brücke Chor Deich Eimer Fähre Garten Hafen Insel Jacke Kran Leuchtturm Mühle Nebel Ofen Pier Quelle Rathaus Schleuse Turm Ufer Vogel Werft Zaun Anker Bahnhof Dorf Erbse Feld Glocke Hügel'.split(' ');
    const items = Array.from({ length: 30 }, (_, n) => {
      const pick = (k: number) => words[(n * 7 + k * 11) % words.length]!;
      return { key: `viele-${n}`, headline: `${pick(0)} und ${pick(1)}: Nachricht ${n + 1}`, text: `${pick(2)} ${pick(3)} ${n} ${pick(4)} ${pick(5)} ${n + 40} ${pick(6)} ${pick(7)} ${n + 80} ${pick(8)}.` };
    });
    fixture.set('/viele.xml', { contentType: 'application/rss+xml', body: rssFeed('Lokalticker', items) });
    await pollThroughPage(await subscribe('/viele.xml'));
    const total = await server.store.wire.inboxCount({ statuses: ['draft'] });
    assert.ok(total > 25 && total <= 50, `${total} drafts, more than a page`);

    const first = await autor.send(inboxPath);
    assert.equal(first.document.querySelectorAll('.nr-inbox tbody tr').length, 25);
    assert.match(textOf(first, '.nr-pagination'), /Seite 1 von 2/);
    assert.equal(first.document.querySelector('.nr-pagination a')?.getAttribute('href'), `${inboxPath}?seite=2`);
    assert.equal(texts(first, '.nr-pagination a').join(), 'Ältere');
    const times = [...first.document.querySelectorAll('.nr-inbox tbody time')].map((node) => Date.parse(node.getAttribute('datetime')!));
    assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');

    const second = await autor.send(`${inboxPath}?seite=2`);
    assert.equal(second.document.querySelectorAll('.nr-inbox tbody tr').length, total - 25);
    assert.equal(texts(second, '.nr-pagination a').join(), 'Neuere');
    const onFirst = new Set(texts(first, '.nr-inbox tbody td:first-child > a'));
    assert.ok(texts(second, '.nr-inbox tbody td:first-child > a').every((headline) => !onFirst.has(headline)), 'no draft on both pages');
    assert.equal((await autor.send(`${inboxPath}?seite=99`)).document.querySelectorAll('.nr-inbox tbody tr').length, total - 25, 'beyond the end: the last page');
  });
});
