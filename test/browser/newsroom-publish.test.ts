/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { artifactsDir, launchBrowser, noBrowser } from '../helpers/browser.ts';
import { articleIdOf, createUser, signedInPage, submit, writeTestJpeg } from '../helpers/newsroom.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { startTestServer } from '../helpers/test-server.ts';

/**
 * A Redakteur writes an article with every field in headless Chromium,
 * previews it and publishes it; the reader site then shows it. And the rule
 * that no picture goes out without its credit, as the editor sees it.
 */
const { server } = await startTestServer();
const browser = noBrowser ? null : await launchBrowser();
const redakteur = await createUser(server, 'redakteur', 'Rita Redakteurin');
const photo = await writeTestJpeg(await tempDir(), 'hafen.jpg', { width: 1200, height: 750 });

const body = [
  'Der Premierminister sprach am Abend vor dem Parlament in London.',
  '',
  '## Was bedeutet das für Europa?',
  '',
  '> Wir stehen bereit, unseren Teil zu leisten.',
  '> — Hanna Beispiel, Hafenmeisterin',
  '',
  '- Frankreich beteiligt sich',
  '- Großbritannien führt die Koalition',
  '',
  'Die Gespräche gehen in der kommenden Woche weiter.',
].join('\n');

describe('writing and publishing an article in the newsroom', { skip: noBrowser }, () => {
  test('a Redakteur fills every field, previews, publishes, and readers find the article', async () => {
    const { context, page } = await signedInPage(browser!, server.url, redakteur);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await submit(page, page.getByRole('navigation', { name: 'Redaktion' }).getByRole('link', { name: 'Neuer Artikel' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Neuer Artikel');
    await page.getByLabel('Ressort').fill('Weltpolitik');
    await page.getByLabel('Überschrift').fill('Hafenmeisterin: Die Fähre fährt wieder');
    await page.getByLabel('Vorspann').fill('Der britische Premierminister sagt Unterstützung zu. Paris zieht mit.');
    await page.getByLabel('Alternativtext').fill('Ein Hafen im Abendlicht');
    await page.getByLabel('Bildunterschrift').fill('Der Hafen von Dover am Abend');
    await page.getByLabel('Bildnachweis').fill('© Depesche/Test');
    await page.getByLabel('Text (Markdown)').fill(body);
    await page.getByLabel('Quellen').fill('The Times | https://www.thetimes.com');
    await page.getByLabel('Themen').fill('Großbritannien, Ukraine');
    await page.getByLabel('Autorinnen und Autoren').fill('Rita Redakteurin, Max Mitarbeiter');

    // Key points: the first typed into the empty "new point" field, a second
    // through "Weiteren Punkt hinzufügen", then the second moved up with ↑.
    await page.getByLabel('Neuer Punkt').fill('London sagt Truppen zu');
    await submit(page, page.getByRole('button', { name: 'Weiteren Punkt hinzufügen' }));
    assert.equal(await page.getByLabel('Punkt 1', { exact: true }).inputValue(), 'London sagt Truppen zu');
    await page.getByLabel('Punkt 2', { exact: true }).fill('Paris zieht mit');
    await submit(page, page.getByRole('button', { name: 'Punkt 2 nach oben' }));
    assert.equal(await page.getByLabel('Punkt 1', { exact: true }).inputValue(), 'Paris zieht mit');
    assert.equal(await page.getByLabel('Punkt 2', { exact: true }).inputValue(), 'London sagt Truppen zu');
    // The round trips kept everything else that was typed.
    assert.equal(await page.getByLabel('Text (Markdown)').inputValue(), body);
    assert.equal(await page.getByLabel('Bildnachweis').inputValue(), '© Depesche/Test');

    // The picture last: a file input cannot be filled in again after a round trip.
    await page.getByLabel(/^Bild hochladen/).setInputFiles(photo);
    const saved = await submit(page, page.getByRole('button', { name: 'Speichern', exact: true }));
    assert.equal(saved.status(), 200);
    const id = articleIdOf(page);
    assert.equal(await page.getByRole('status').innerText(), 'Gespeichert.');
    assert.equal(await page.locator('.nr-editor-head .nr-status').innerText(), 'Entwurf');
    assert.match(await page.locator('input[name="heroSrc"]').inputValue(), /^\/media\/bilder\/[0-9a-f]{32}\/1200\.jpg$/);
    assert.equal(await page.locator('.nr-image-preview').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), true);
    await page.screenshot({ path: new URL('newsroom-editor.png', artifactsDir).pathname, fullPage: true });

    const draft = (await server.store.articles.get(id))!;
    assert.equal(draft.article.status, 'draft');
    assert.equal(draft.createdBy, redakteur.id);
    assert.deepEqual(draft.article.keyPoints, [
      { text: 'Paris zieht mit', origin: 'editor' },
      { text: 'London sagt Truppen zu', origin: 'editor' },
    ]);
    assert.deepEqual(draft.article.body, [
      { type: 'paragraph', text: 'Der Premierminister sprach am Abend vor dem Parlament in London.' },
      { type: 'subheading', text: 'Was bedeutet das für Europa?' },
      { type: 'quote', text: 'Wir stehen bereit, unseren Teil zu leisten.', attribution: 'Hanna Beispiel, Hafenmeisterin' },
      { type: 'list', text: '', items: ['Frankreich beteiligt sich', 'Großbritannien führt die Koalition'] },
      { type: 'paragraph', text: 'Die Gespräche gehen in der kommenden Woche weiter.' },
    ]);
    assert.deepEqual(draft.article.sources, [{ name: 'The Times', url: 'https://www.thetimes.com' }]);
    assert.deepEqual(draft.article.tags, ['Großbritannien', 'Ukraine']);
    assert.deepEqual(draft.article.authors, ['Rita Redakteurin', 'Max Mitarbeiter']);
    assert.deepEqual(
      { ...draft.article.heroImage, src: undefined },
      { src: undefined, alt: 'Ein Hafen im Abendlicht', caption: 'Der Hafen von Dover am Abend', credit: '© Depesche/Test' },
    );

    // The preview is the reader page, with a banner.
    await submit(page, page.getByRole('link', { name: 'Vorschau' }));
    assert.equal(new URL(page.url()).pathname, `/redaktion/artikel/${id}/vorschau`);
    assert.match(await page.locator('.preview-banner').innerText(), /^Vorschau – /);
    const preview = await readerStructure(page);
    assert.deepEqual(preview, {
      h1: 'Hafenmeisterin: Die Fähre fährt wieder',
      lead: 'Der britische Premierminister sagt Unterstützung zu. Paris zieht mit.',
      byline: 'Von Rita Redakteurin und Max Mitarbeiter',
      heroAlt: 'Ein Hafen im Abendlicht',
      heroCaption: 'Der Hafen von Dover am Abend Bildquelle: © Depesche/Test',
      keyPointsHeading: 'Was müssen Sie wissen?',
      keyPoints: ['Paris zieht mit', 'London sagt Truppen zu'],
      bodyParagraphs: ['Der Premierminister sprach am Abend vor dem Parlament in London.', 'Die Gespräche gehen in der kommenden Woche weiter.'],
      subheadings: ['Was bedeutet das für Europa?'],
      quote: 'Wir stehen bereit, unseren Teil zu leisten.',
      quoteBy: 'Hanna Beispiel, Hafenmeisterin',
      listItems: ['Frankreich beteiligt sich', 'Großbritannien führt die Koalition'],
      sources: [{ text: 'The Times', href: 'https://www.thetimes.com/' }],
      tags: ['Großbritannien', 'Ukraine'],
    });
    assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex', 'a preview is never indexed');

    await submit(page, page.getByRole('link', { name: 'Zurück zum Bearbeiten' }));
    await submit(page, page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
    assert.equal(await page.getByRole('status').innerText(), 'Veröffentlicht.');
    assert.equal(await page.locator('.nr-editor-head .nr-status').innerText(), 'Veröffentlicht');
    const published = (await server.store.articles.get(id))!.article;
    assert.equal(published.status, 'published');
    assert.ok(published.publishedAt && Math.abs(Date.parse(published.publishedAt) - Date.now()) < 60_000, 'dated now');

    // The reader site: the section front lists it, its page shows it.
    const articleUrl = `/weltpolitik/${published.slug}`;
    assert.equal(published.slug, 'hafenmeisterin-die-faehre-faehrt-wieder');
    await page.goto(`${server.url}/weltpolitik`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Weltpolitik');
    const teaserLink = page.locator('.teaser-list h2 a');
    assert.deepEqual(await teaserLink.allInnerTexts(), ['Hafenmeisterin: Die Fähre fährt wieder']);
    await submit(page, teaserLink);
    assert.equal(new URL(page.url()).pathname, articleUrl);
    assert.deepEqual(await readerStructure(page), preview, 'the reader sees what the preview showed');
    const picture = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('.hero-figure picture img')!;
      return {
        sources: [...document.querySelectorAll('.hero-figure picture source')].map((s) => s.getAttribute('type')),
        currentSrc: img.currentSrc,
        loaded: img.complete && img.naturalWidth > 0,
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
      };
    });
    assert.deepEqual(picture.sources, ['image/avif', 'image/webp']);
    assert.match(picture.currentSrc, /\/media\/bilder\/[0-9a-f]{32}\/\d+\.avif$/);
    assert.equal(picture.loaded, true);
    assert.deepEqual([picture.width, picture.height], ['1200', '750']);
    await page.screenshot({ path: new URL('newsroom-published.png', artifactsDir).pathname, fullPage: true });

    // The newsroom's link to the live page leads there as well.
    await page.goto(`${server.url}/redaktion/artikel/${id}`);
    assert.equal(await page.getByRole('link', { name: 'Auf der Website ansehen' }).getAttribute('href'), articleUrl);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('publishing a picture without its credit is refused, with the error next to the field', async () => {
    const { context, page } = await signedInPage(browser!, server.url, redakteur);
    await page.goto(`${server.url}/redaktion/artikel/neu`);
    await page.getByLabel('Überschrift').fill('Ein Bild ohne Nachweis');
    await page.getByLabel('Vorspann').fill('Ein Vorspann.');
    await page.getByLabel('Text (Markdown)').fill('Ein Absatz.');
    await page.getByLabel(/^Bild hochladen/).setInputFiles(photo);
    await page.getByLabel('Alternativtext').fill('Ein Hafen');
    await page.getByLabel('Bildunterschrift').fill('Der Hafen');
    const refused = await submit(page, page.getByRole('button', { name: 'Veröffentlichen', exact: true }));

    assert.equal(refused.status(), 422);
    const credit = page.getByLabel('Bildnachweis');
    assert.equal(await page.locator('#fehler-heroCredit').innerText(), 'Bildnachweis fehlt (z. B. „Foto: Name/Agentur“).');
    assert.equal(await credit.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await credit.getAttribute('aria-describedby'))?.split(' '), ['hinweis-heroCredit', 'fehler-heroCredit']);
    const summary = page.locator('.nr-error-summary[role="alert"]');
    assert.equal(await summary.locator('h2').innerText(), 'Bitte prüfen Sie ein Feld');
    assert.equal(await summary.locator('a').getAttribute('href'), '#feld-heroCredit');
    // The other fields are not in error, and keep what was typed; the uploaded picture stays.
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 1);
    assert.equal(await page.getByLabel('Bildunterschrift').inputValue(), 'Der Hafen');
    assert.match(await page.locator('input[name="heroSrc"]').inputValue(), /^\/media\/bilder\//);

    // Nothing was stored, let alone published.
    assert.deepEqual(await server.store.articles.listStored({ headlineContains: 'ohne Nachweis', limit: 10 }), []);
    assert.equal((await page.request.get(`${server.url}/nachrichten/ein-bild-ohne-nachweis`)).status(), 404);

    // With the credit it goes out, with the picture uploaded before.
    await credit.fill('Foto: Test');
    await submit(page, page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
    assert.equal(await page.getByRole('status').innerText(), 'Veröffentlicht.');
    const [stored] = await server.store.articles.listStored({ headlineContains: 'ohne Nachweis', limit: 10 });
    assert.equal(stored?.article.status, 'published');
    assert.equal(stored?.article.heroImage?.credit, 'Foto: Test');
    await context.close();
  });

  test(
    'a picture chosen before rearranging key points is kept',
    async () => {
      const { context, page } = await signedInPage(browser!, server.url, redakteur);
      await page.goto(`${server.url}/redaktion/artikel/neu`);
      await page.getByLabel('Überschrift').fill('Bild vor den Punkten');
      await page.getByLabel(/^Bild hochladen/).setInputFiles(photo);
      await page.getByLabel('Neuer Punkt').fill('Ein Punkt');
      await submit(page, page.getByRole('button', { name: 'Weiteren Punkt hinzufügen' }));
      const heroSrc = await page.locator('input[name="heroSrc"]').inputValue();
      await context.close();
      assert.match(heroSrc, /^\/media\/bilder\//, 'the picture chosen before the round trip is still there');
    },
  );
});

/** The parts of an article page a reader sees, as text. */
function readerStructure(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const text = (selector: string) => document.querySelector<HTMLElement>(selector)?.innerText.trim() ?? null;
    const texts = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].map((el) => el.innerText.trim());
    return {
      h1: text('h1'),
      lead: text('.article-header .lead'),
      byline: text('.article-meta .byline'),
      heroAlt: document.querySelector('.hero-figure img')?.getAttribute('alt') ?? null,
      heroCaption: text('.hero-figure figcaption')?.replace(/\s+/g, ' ') ?? null,
      // textContent: the stylesheet sets this heading in capitals.
      keyPointsHeading: document.querySelector('.key-points h2')?.textContent ?? null,
      keyPoints: texts('.key-points li'),
      bodyParagraphs: texts('.article-body > p'),
      subheadings: texts('.article-body > h2'),
      quote: text('.article-body figure.quote blockquote'),
      quoteBy: text('.article-body figure.quote figcaption'),
      listItems: texts('.article-body > ul > li'),
      sources: [...document.querySelectorAll<HTMLAnchorElement>('.sources li a')].map((a) => ({ text: a.innerText, href: a.href })),
      tags: texts('.article-tags li'),
    };
  });
}
