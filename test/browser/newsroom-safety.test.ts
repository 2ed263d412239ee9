/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { slugify } from '../../src/article/slug.ts';
import { launchBrowser, noBrowser } from '../helpers/browser.ts';
import { articleIdOf, createUser, signedInPage, submit, writeTestJpeg, type TestUser } from '../helpers/newsroom.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * Markup typed into the editor stays text everywhere it is shown. Every
 * field gets script payloads through the editor; the article is published;
 * then every page that shows it is opened twice: once as readers get it
 * (under the Content-Security-Policy, which must not even have to step in:
 * no violation is reported) and once with the CSP switched off, so that
 * escaping alone is what keeps `window.__xss` undefined.
 */
const { server } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();
const redakteur = await createUser(server, 'redakteur', 'Rita Redakteurin');
const photo = await writeTestJpeg(await tempDir(), 'bild.jpg', { width: 640, height: 400 });

const P = {
  script: '<script>window.__xss=1</script>',
  img: '"><img src=x onerror="window.__xss=1">',
  js: 'javascript:window.__xss=1',
  svg: '<svg onload=window.__xss=1>',
};
const all = `${P.script} ${P.img} ${P.js} ${P.svg}`;

const fields = {
  section: `${P.svg} ${P.script}`,
  headline: `Sicherheit ${all}`,
  lead: `Vorspann ${all}`,
  heroAlt: `Alt ${all}`,
  heroCaption: `Unterschrift ${all}`,
  heroCredit: `Nachweis ${all}`,
  keyPoints: [`Punkt ${P.script} ${P.img}`, `Punkt ${P.js} ${P.svg}`],
  body: [
    `Absatz ${P.img} ${P.js} ${P.svg} ${P.script} Ende`,
    '',
    `## Zwischentitel ${P.svg} ${P.img}`,
    '',
    `> Zitat ${P.img} ${P.svg}`,
    `> — Name ${P.svg}`,
    '',
    `- Listenpunkt ${P.img}`,
    `- [Verweis](${P.js}) ${P.svg}`,
    '',
    '<div onclick="window.__xss=1"><img src=x onerror="window.__xss=1">Roher HTML-Text</div>',
    '',
    P.script,
    '',
    // The address of a body image: this site's, with quotes meant to break out of the attribute
    // (a foreign or javascript: address is refused; see the test below).
    `![Bild ${P.js}](/media/demo/fehlt.jpg?"onerror="window.__xss=1 'Bildtext ${P.img} | Foto ${P.svg}')`,
  ].join('\n'),
  tags: Object.values(P).join(', '),
  authors: Object.values(P).join(', '),
};
const badSources = [`${P.script} | https://example.com/?q="><img/src=x/onerror=window.__xss=1>`, `${P.img} | ${P.js}`, P.svg].join('\n');
const sources = [`${P.script} | https://example.com/?q="><img/src=x/onerror=window.__xss=1>`, `${P.img} | https://example.com/"onmouseover="window.__xss=1`, P.svg].join('\n');
const sectionSlug = slugify(fields.section);

interface Findings {
  xss: unknown;
  violations: string[];
  scripts: string[];
  handlers: string[];
  scriptUrls: string[];
  inlineSvgs: number;
  text: string;
}

/** What a page has become: whether anything ran or would have run, and its text. */
async function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __violations?: string[] };
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href'];
    return {
      xss: w.__xss,
      violations: w.__violations ?? [],
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').map((s) => s.outerHTML),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}="${a.value}">`),
      ),
      // A link or form that would run script when followed (an <img> with such a src runs nothing).
      scriptUrls: [...document.querySelectorAll('*')].flatMap((el) =>
        urlAttributes
          .filter((name) => el.localName !== 'img' && el.localName !== 'source' && /^\s*javascript:/i.test(el.getAttribute(name) ?? ''))
          .map((name) => `<${el.localName} ${name}="${el.getAttribute(name)}">`),
      ),
      inlineSvgs: document.querySelectorAll('svg').length,
      text: (document.body.textContent ?? '').replace(/\s+/g, ' '),
    };
  });
}

/** A signed-in context that records dialogs and (via an init script, which the CSP does not govern) CSP violations. */
async function watchedContext(user: TestUser, bypassCSP: boolean): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const { context, page } = await signedInPage(browser!, server.url, user, { bypassCSP });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, dialogs };
}

function assertInert(findings: Findings, where: string, dialogs: string[]): void {
  assert.equal(findings.xss, undefined, `${where}: a payload ran`);
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(findings.violations, [], `${where}: the CSP had to block something`);
  // Reader pages load our own reading beacon from a file; any other script element is a payload.
  const ownScript = /^<script src="\/assets\/reading\.[0-9a-f]+\.js" defer=""><\/script>$/;
  assert.deepEqual(findings.scripts.filter((script) => !ownScript.test(script)), [], `${where}: script elements`);
  assert.deepEqual(findings.handlers, [], `${where}: event handler attributes`);
  assert.deepEqual(findings.scriptUrls, [], `${where}: javascript: URLs in links or forms`);
  assert.equal(findings.inlineSvgs, 0, `${where}: an inline <svg> was made from text`);
}

let articleId = '';
let articlePath = '';

describe('script typed into the newsroom stays text', { skip: noBrowser }, () => {
  test('every field takes the payloads through the editor, and the article is published', async () => {
    const { context, page, dialogs } = await watchedContext(redakteur, false);
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await page.getByLabel('Überschrift').fill('Sicherheitstest');
    await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
    articleId = articleIdOf(page);

    await page.getByLabel('Ressort').fill(fields.section);
    await page.getByLabel('Überschrift').fill(fields.headline);
    await page.getByLabel('Vorspann').fill(fields.lead);
    await page.getByLabel('Alternativtext').fill(fields.heroAlt);
    await page.getByLabel('Bildunterschrift').fill(fields.heroCaption);
    await page.getByLabel('Bildnachweis').fill(fields.heroCredit);
    await page.getByLabel('Text (Markdown)').fill(fields.body);
    await page.getByLabel('Themen').fill(fields.tags);
    await page.getByLabel('Autorinnen und Autoren').fill(fields.authors);
    await page.getByLabel('Quellen').fill(badSources);
    await page.getByLabel('Neuer Punkt').fill(fields.keyPoints[0]!);
    await submit(page, page.getByRole('button', { name: 'Weiteren Punkt hinzufügen' }));
    assertInert(await inspect(page), 'editor after adding a key point', dialogs);
    await page.getByLabel('Punkt 2', { exact: true }).fill(fields.keyPoints[1]!);
    await page.getByLabel(/^Bild hochladen/).setInputFiles(photo);

    // A javascript: address is no source; the message quotes it as text.
    const refused = await submit(page, page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#fehler-sources').textContent(), `Zeile 2: „${P.js}“ ist keine http(s)-Adresse.`);
    assertInert(await inspect(page), 'editor with errors', dialogs);

    await page.getByLabel('Quellen').fill(sources);
    await submit(page, page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
    assert.equal(await page.getByRole('status').textContent(), 'Veröffentlicht.');
    assertInert(await inspect(page), 'editor after publishing', dialogs);

    const stored = (await server.store.articles.get(articleId))!.article;
    assert.equal(stored.status, 'published');
    assert.equal(stored.section, fields.section);
    assert.equal(stored.headline, fields.headline);
    assert.equal(stored.lead, fields.lead);
    assert.deepEqual({ ...stored.heroImage, src: undefined }, { src: undefined, alt: fields.heroAlt, caption: fields.heroCaption, credit: fields.heroCredit });
    assert.deepEqual(stored.keyPoints.map((p) => p.text), fields.keyPoints);
    assert.deepEqual(stored.tags, Object.values(P));
    assert.deepEqual(stored.authors, Object.values(P));
    assert.deepEqual(stored.sources.map((s) => s.name), [P.script, P.img, P.svg]);
    // The body is plain text: raw HTML lost its tags (and <script> its content), the link its address.
    assert.deepEqual(stored.body.map((b) => b.type), ['paragraph', 'subheading', 'quote', 'list', 'paragraph', 'image']);
    assert.equal(stored.body[4]?.text, 'Roher HTML-Text');
    articlePath = `/${sectionSlug}/${stored.slug}`;
    await context.close();
  });

  for (const bypassCSP of [false, true]) {
    test(`every page that shows it: nothing runs ${bypassCSP ? 'even without the CSP (escaping alone)' : 'and the CSP reports no violation'}`, async () => {
      assert.ok(articleId, 'the article was published by the first test');
      const { context, page, dialogs } = await watchedContext(redakteur, bypassCSP);
      const headers: { path: string; csp: string; cacheControl: string }[] = [];
      const pages: { name: string; path: string; texts: string[] }[] = [
        { name: 'editor', path: `/redaktion/artikel/${articleId}`, texts: [] },
        { name: 'preview', path: `/redaktion/artikel/${articleId}/vorschau`, texts: [fields.headline, fields.lead, fields.heroCaption, fields.heroCredit, ...fields.keyPoints, P.img] },
        { name: 'revisions with a comparison', path: `/redaktion/artikel/${articleId}/versionen?a=1&b=2`, texts: [fields.section, fields.lead, fields.heroCredit, ...fields.keyPoints] },
        { name: 'newsroom list (filtered by a payload)', path: `/redaktion?q=${encodeURIComponent(P.img)}&author=${encodeURIComponent(P.svg)}`, texts: [fields.headline, fields.section] },
        { name: 'sign-in page with a return path', path: `/redaktion/anmelden?weiter=${encodeURIComponent(`/redaktion/${P.img}`)}`, texts: [] },
        { name: 'reader article page', path: articlePath, texts: [fields.headline, fields.lead, fields.heroCaption, fields.heroCredit, ...fields.keyPoints, P.img] },
        { name: 'section front', path: `/${sectionSlug}`, texts: [fields.section, fields.headline, fields.lead] },
        { name: 'home page', path: '/', texts: [fields.headline, fields.section] },
      ];
      for (const { name, path, texts } of pages) {
        const response = await page.goto(server.url + path);
        assert.ok(response && response.status() === 200, `${name}: ${response?.status()}`);
        headers.push({ path, csp: response.headers()['content-security-policy'] ?? '', cacheControl: response.headers()['cache-control'] ?? '' });
        const findings = await inspect(page);
        assertInert(findings, name, dialogs);
        for (const text of texts) assert.ok(findings.text.includes(text), `${name}: shows „${text}“ as text`);
      }

      // The editor's form values come back exactly as typed.
      await page.goto(`${server.url}/redaktion/artikel/${articleId}`);
      for (const [id, value] of Object.entries({
        section: fields.section, headline: fields.headline, lead: fields.lead, heroAlt: fields.heroAlt, heroCaption: fields.heroCaption,
        heroCredit: fields.heroCredit, 'keyPoint-0': fields.keyPoints[0], 'keyPoint-1': fields.keyPoints[1], sources, tags: fields.tags, authors: fields.authors,
      })) {
        assert.equal(await page.locator(`[id="${id}"]`).inputValue(), value, `editor field ${id}`);
      }

      // A save from an outdated form shows the conflict page with the payloads in its comparison (and saves nothing).
      await page.locator('input[name="version"]').evaluate((input: HTMLInputElement) => (input.value = '1'));
      await page.getByLabel('Überschrift').fill('Geänderte Überschrift');
      const conflict = await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
      assert.equal(conflict.status(), 409);
      const findings = await inspect(page);
      assertInert(findings, 'conflict page', dialogs);
      assert.ok(findings.text.includes('Sicherheit'), 'the comparison shows the stored headline');
      assert.equal((await server.store.articles.get(articleId))!.version, 2);

      for (const { path, csp, cacheControl } of headers) {
        // The newsroom runs no script at all; reader pages only our own (the reading beacon).
        const scripts = path.startsWith('/redaktion') ? "'none'" : "'self'";
        assert.match(csp, new RegExp(`(^|;\\s*)script-src ${scripts}(;|$)`), `${path}: CSP script-src ${scripts}`);
        assert.match(csp, /(^|;\s*)frame-ancestors 'none'(;|$)/, `${path}: CSP frame-ancestors 'none'`);
        if (path.startsWith('/redaktion')) assert.match(cacheControl, /\bno-store\b/, `${path}: Cache-Control no-store`);
      }
      await context.close();
    });
  }

  test('a picture address forged into the hidden field is refused', async () => {
    const { context, page } = await signedInPage(browser!, server.url, redakteur);
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await page.getByLabel('Überschrift').fill('Gefälschte Bildadresse');
    await page.locator('input[name="heroSrc"]').evaluate((input: HTMLInputElement) => (input.value = 'javascript:window.__xss=1'));
    const refused = await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#fehler-heroFile').textContent(), 'Das Bild muss hier hochgeladen werden; fremde Adressen werden nicht übernommen.');
    assert.deepEqual(await server.store.articles.listStored({ headlineContains: 'Gefälschte Bildadresse', limit: 5 }), []);
    await context.close();
  });

  test(
    'a picture in the body must be one of this site (no javascript: or foreign address)',
    async () => {
      const { context, page } = await signedInPage(browser!, server.url, redakteur);
      await page.goto(`${server.url}/redaktion/artikel/neu`);
      await page.getByLabel('Überschrift').fill('Fremdes Bild im Text');
      for (const address of [P.js, 'https://tracker.example/pixel.gif']) {
        await page.getByLabel('Text (Markdown)').fill(`Ein Absatz.\n\n![Ein Bild](${address} 'Bildtext | Foto: Test')`);
        const response = await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
        assert.equal(response.status(), 422, `${address} is refused`);
        assert.equal(await page.locator('#fehler-body').count(), 1, `${address}: the error stands next to the text field`);
      }
      await context.close();
    },
  );

  test('reader pages carry the CSP also when served from the render cache', async () => {
    assert.ok(articlePath);
    for (const path of [articlePath, `/${sectionSlug}`, '/']) {
      for (const round of ['first', 'cached']) {
        const response = await fetch(server.url + path);
        const csp = response.headers.get('content-security-policy') ?? '';
        assert.equal(response.status, 200, `${path} (${round})`);
        assert.match(csp, /(^|;\s*)script-src 'self'(;|$)/, `${path} (${round})`);
        assert.match(csp, /(^|;\s*)frame-ancestors 'none'(;|$)/, `${path} (${round})`);
        assert.doesNotMatch(await response.text(), /<script>window|<img src=x|<svg onload/, `${path} (${round}): payloads escaped in the HTML`);
      }
    }
  });
});
