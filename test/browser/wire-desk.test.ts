/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startWireFixture } from '../fixtures/wire/wire-fixture-server.ts';
import { expectAccessible } from '../helpers/accessibility.ts';
import { launchBrowser, noBrowser } from '../helpers/browser.ts';
import { articleIdOf, createUser, signedInPage, submit } from '../helpers/newsroom.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * The wire desk in headless Chromium: a Redakteurin subscribes to an
 * agency's feed, polls it, finds its items in the inbox and opens one in the
 * editor; follows a story from the inbox; sees a broken feed's state. axe
 * checks the inbox, the feeds list, the status pages and the story page.
 */
const fixture = await startWireFixture();
const { server } = await startTestServer({ DEPESCHE_FETCH_INTERNAL: 'loopback', DEPESCHE_SCHEDULER_SECONDS: '60' });
const browser = noBrowser ? null : await launchBrowser();
const redakteur = await createUser(server, 'redakteur', 'Rita Redakteurin');

describe('the wire desk in a browser', { skip: noBrowser }, () => {
  test('a Redakteurin subscribes, polls, sees the inbox, opens a draft and follows its story', async (t) => {
    const { context, page } = await signedInPage(browser!, server.url, redakteur, { bypassCSP: true });

    await submit(page, page.getByRole('navigation', { name: 'Redaktion' }).getByRole('link', { name: 'Agentur' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Agentur-Eingang');
    assert.match(await page.locator('.nr-empty-state').innerText(), /Es ist kein Feed abonniert/);
    await expectAccessible(t, page, 'empty inbox');

    await submit(page, page.getByRole('link', { name: 'Feeds und ihr Zustand' }));
    assert.equal(new URL(page.url()).pathname, '/redaktion/agentur/feeds');
    // The warning belongs to the box it warns about.
    const trusted = page.getByRole('checkbox', { name: 'Vertrauenswürdig: Meldungen sofort veröffentlichen' });
    assert.match((await trusted.getAttribute('aria-describedby')) ?? '', /vertrauenswuerdig-hinweis/);
    assert.match(await page.locator('.nr-warning').innerText(), /ohne Prüfung durch die Redaktion/);
    await expectAccessible(t, page, 'feeds list, empty');

    // A typo first: the message sits at the field, the form keeps the input.
    await page.getByLabel('Adresse des Feeds').fill('agentur.example/feed');
    const refused = await submit(page, page.getByRole('button', { name: 'Abonnieren' }));
    assert.equal(refused.status(), 400);
    assert.match(await page.locator('#neu-adresse-fehler').innerText(), /http- oder https-Adresse/);
    assert.equal(await page.getByLabel('Adresse des Feeds').inputValue(), 'agentur.example/feed');
    await expectAccessible(t, page, 'feeds list with an error');

    await page.getByLabel('Adresse des Feeds').fill(`${fixture.url}/nord.xml`);
    await page.getByLabel('Abrufintervall in Minuten').fill('30');
    await submit(page, page.getByRole('button', { name: 'Abonnieren' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Feed: Agentur Nord – Meldungen');
    assert.match(await page.getByRole('status').innerText(), /^Abonniert\./);
    await expectAccessible(t, page, 'feed status page, not yet polled');

    await submit(page, page.getByRole('button', { name: 'Jetzt abrufen' }));
    assert.match(await page.getByRole('status').innerText(), /^Abgerufen\./);
    assert.match(await page.locator('.nr-facts').innerText(), /Neu beim letzten Abruf\s+2/);
    await expectAccessible(t, page, 'feed status page, polled');

    await submit(page, page.getByRole('link', { name: 'Alle Feeds' }));
    assert.deepEqual(await page.locator('.nr-feeds tbody tr td:first-child a').allInnerTexts(), ['Agentur Nord – Meldungen']);
    await expectAccessible(t, page, 'feeds list');

    // A second agency brings a copy of the storm report and another report of the same storm.
    const sued = await server.wire.subscribe({ url: `${fixture.url}/sued.xml`, title: 'Agentur Süd' }, 'test');
    await server.wire.pollNow(sued.id);

    await submit(page, page.getByRole('navigation', { name: 'Redaktion' }).getByRole('link', { name: 'Agentur' }));
    const rows = page.locator('.nr-inbox tbody tr');
    assert.equal(await rows.count(), 3);
    const storm = rows.filter({ hasText: 'Sturmtief sorgt für Chaos in Hamburg' });
    assert.equal(await storm.locator('.nr-sources-count').innerText(), '2 Quellen');
    assert.deepEqual(await storm.locator('.nr-sources a').allInnerTexts(), ['Agentur Nord – Meldungen', 'Agentur Süd']);
    await expectAccessible(t, page, 'inbox');

    await submit(page, storm.getByRole('link', { name: 'Sturmtief sorgt für Chaos in Hamburg' }));
    articleIdOf(page);
    assert.equal(await page.getByLabel('Überschrift').inputValue(), 'Sturmtief sorgt für Chaos in Hamburg');
    const panel = page.getByRole('complementary', { name: 'Aus der Agentur' });
    assert.deepEqual(await panel.locator('.nr-sources a').allInnerTexts(), ['Agentur Nord – Meldungen', 'Agentur Süd']);
    await expectAccessible(t, page, 'editor of a wire draft');

    await submit(page, panel.getByRole('link', { name: 'Geschichte mit 2 Artikeln' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Geschichte: Sturmtief sorgt für Chaos in Hamburg');
    assert.deepEqual((await page.locator('.nr-story tbody td:first-child > a').allInnerTexts()).sort(), [
      'Sturm in Hamburg: Fischmarkt überflutet, Bahn stoppt Fernverkehr',
      'Sturmtief sorgt für Chaos in Hamburg',
    ]);
    assert.equal(await page.getByRole('button', { name: /^Aus der Geschichte nehmen: / }).count(), 2);
    await expectAccessible(t, page, 'story page');
    await context.close();
  });

  test('a broken feed\'s status page says what went wrong and when it is tried again', async (t) => {
    fixture.set('/bricht.xml', { contentType: 'application/rss+xml', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Bricht gleich</title></channel></rss>' });
    const feed = await server.wire.subscribe({ url: `${fixture.url}/bricht.xml`, intervalMinutes: 5 }, 'test');
    fixture.set('/bricht.xml', { status: 503, contentType: 'text/plain', body: 'Wartung' });
    const { context, page } = await signedInPage(browser!, server.url, redakteur, { bypassCSP: true });
    await page.goto(`${server.url}/redaktion/agentur/feeds/${feed.id}`);
    await submit(page, page.getByRole('button', { name: 'Jetzt abrufen' }));
    assert.match(await page.getByRole('status').innerText(), /fehlgeschlagen/);
    const facts = await page.locator('.nr-facts').first().innerText();
    assert.match(facts, /503/);
    assert.match(facts, /einmal fehlgeschlagen/);
    assert.match(facts, /verdoppelt sich das Intervall von 5 Minuten/);
    await expectAccessible(t, page, 'feed status page with an error');

    await submit(page, page.getByRole('link', { name: 'Abonnement beenden …' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Abonnement beenden?');
    await expectAccessible(t, page, 'ending a subscription');
    await submit(page, page.getByRole('button', { name: 'Abonnement beenden' }));
    assert.match(await page.getByRole('status').innerText(), /Abonnement ist beendet/);
    assert.equal(await page.locator('.nr-feeds tbody tr', { hasText: 'Bricht gleich' }).count(), 0);
    await context.close();
  });
});
