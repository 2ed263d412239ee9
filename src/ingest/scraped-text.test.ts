import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { articleFromDraft } from '../article/from-draft.ts';
import { DepescheError } from '../errors.ts';
import { analyseScrapedText, parseScrapedText, type ScrapedPage } from './scraped-text.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/scraped/${name}`, import.meta.url), 'utf8');
const reference = readFileSync(new URL('../../demo/seed-article.txt', import.meta.url), 'utf8');

/** Every text a reader sees as article, to check that chrome and copies are gone. */
function articleTexts(page: ScrapedPage): string[] {
  const { draft } = page;
  const texts = [draft.headline, draft.lead, draft.heroImage?.caption ?? '', ...draft.keyPoints.map((point) => point.text)];
  for (const block of draft.body) texts.push(block.text, ...(block.type === 'list' ? block.items : []));
  return texts;
}

const subheadings = (page: ScrapedPage) => page.draft.body.filter((block) => block.type === 'subheading').map((block) => block.text);

test('reference page: section glued before the headline, headline printed twice', () => {
  const page = analyseScrapedText(reference);
  assert.equal(page.draft.section, 'Nachrichten');
  assert.equal(page.headline, 'USA bieten Unterstützung für Koalition in Ukraine nach Waffenstillstand');
  assert.equal(page.draft.headline, page.headline);
  assert.equal(page.details.kicker, null);
});

test('reference page: lead is the first paragraph', () => {
  const { draft } = analyseScrapedText(reference);
  assert.match(draft.lead, /^Die USA haben in inoffiziellen Gesprächen ihre Bereitschaft/);
  assert.match(draft.lead, /Premierministers Keir Starmer\.$/);
});

test('reference page: hero image with caption once and the credit without its label', () => {
  const { draft } = analyseScrapedText(reference);
  assert.deepEqual(draft.heroImage, {
    alt: 'Medien: USA bereit, westliche Truppen in der Ukraine zu unterstützen',
    caption: 'Medien: USA bereit, westliche Truppen in der Ukraine zu unterstützen',
    credit: '© zsu',
  });
});

test('reference page: key points box with its heading, bullets stripped, written by the editor', () => {
  const page = analyseScrapedText(reference);
  assert.equal(page.details.keyPointsHeading, 'Was müssen Sie wissen?');
  assert.equal(page.draft.keyPoints.length, 3);
  assert.ok(page.draft.keyPoints.every((point) => point.origin === 'editor' && !/^[•\s]/.test(point.text)));
  assert.match(page.draft.keyPoints[0]!.text, /^Die USA haben Unterstützung für die "Koalition der Willigen" erklärt/);
  assert.match(page.draft.keyPoints[2]!.text, /^Großbritannien erwägt/);
});

test('reference page: body paragraphs and question subheadings in page order', () => {
  const page = analyseScrapedText(reference);
  assert.deepEqual(subheadings(page), [
    '"Koalition der Willigen". Was ist mit den Garantien der USA?',
    'Wird Großbritannien doch keine Truppen in die Ukraine entsenden?',
  ]);
  const shape = page.draft.body.map((block) => block.type);
  assert.deepEqual(shape, ['paragraph', 'subheading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'subheading', 'paragraph', 'paragraph', 'paragraph']);
  assert.match(page.draft.body[0]!.text, /^Die Vereinigten Staaten haben/);
  assert.match(page.draft.body.at(-1)!.text, /Japan und die Türkei\.$/);
});

test('reference page: chrome dropped, no line twice, nothing else invented', () => {
  const page = analyseScrapedText(reference);
  const texts = articleTexts(page);
  assert.ok(!texts.some((text) => text.includes('Für Sie ausgewählt')));
  assert.ok(page.details.dropped.includes('Für Sie ausgewählt'));
  assert.ok(!texts.some((text) => text.includes('Bildquelle')));
  const bodyTexts = page.draft.body.map((block) => block.text);
  assert.equal(new Set(bodyTexts).size, bodyTexts.length);
  assert.ok(!bodyTexts.includes(page.draft.headline) && !bodyTexts.includes(page.draft.heroImage!.caption));
  const { draft } = page;
  assert.deepEqual([draft.sources, draft.entities, draft.tags, draft.authors], [[], [], [], []]);
  assert.equal(draft.language, 'de');
  assert.equal(draft.publishedAt, null);
});

test('reference page: parseScrapedText gives a draft that validates as an article', () => {
  const draft = parseScrapedText(reference, 'seed-article.txt');
  const article = articleFromDraft(draft, { where: 'seed-article.txt', now: new Date('2025-04-26T10:00:00Z'), status: 'draft', defaultSection: 'Allgemein' });
  assert.equal(article.section, 'Nachrichten');
  assert.equal(article.slug, 'usa-bieten-unterstuetzung-fuer-koalition-in-ukraine-nach-waffenstillstand');
});

test('glued section: a known section word, and any prefix that leaves a line printed again', () => {
  const known = analyseScrapedText(fixture('glued-section.txt'));
  assert.equal(known.draft.section, 'Wirtschaft');
  assert.equal(known.headline, 'Bäckereien im Landkreis kämpfen mit hohen Energiepreisen');
  const repeated = analyseScrapedText(fixture('glued-prefix.txt'));
  assert.equal(repeated.draft.section, 'Hochtaunus');
  assert.equal(repeated.headline, 'Neue Buslinie verbindet Oberursel und Bad Homburg');
  // Without the repeated line, an unknown prefix stays part of the headline.
  const single = analyseScrapedText('HochtaunusNeue Buslinie verbindet Oberursel und Bad Homburg\n\nAb Montag fährt der Bus alle zwanzig Minuten.');
  assert.equal(single.draft.section, null);
});

test('credit forms: label dropped, © kept, glued credits split off the caption', () => {
  const cases: [string, string, string][] = [
    ['Ein Bäcker schiebt Brote in den Ofen.\nFoto: Lena Vogt', 'Ein Bäcker schiebt Brote in den Ofen.', 'Lena Vogt'],
    ['Der neue Anleger am Fluss.\nBildrechte: Stadt Beispielheim', 'Der neue Anleger am Fluss.', 'Stadt Beispielheim'],
    ['Die Spieler feiern das Siegtor. Bild: Hans Meyer', 'Die Spieler feiern das Siegtor.', 'Hans Meyer'],
    ['Die neue Fähre legt am Anleger an. © Peter Lindner', 'Die neue Fähre legt am Anleger an.', '© Peter Lindner'],
    ['Der Marktplatz am Morgen.\n© Stadtarchiv', 'Der Marktplatz am Morgen.', '© Stadtarchiv'],
    ['Die Ministerin im Landtag. (Max Muster/dpa)', 'Die Ministerin im Landtag.', 'Max Muster/dpa'],
    ['Die Ministerin im Landtag. (Foto: Max Muster)', 'Die Ministerin im Landtag.', 'Max Muster'],
    ['Ein Streifenwagen vor dem Rathaus.\nSymbolfoto: © Tim Beispiel | bildportal.de', 'Ein Streifenwagen vor dem Rathaus.', '© Tim Beispiel | bildportal.de'],
    ['Ein Streifenwagen vor dem Rathaus.\nRubriklistenbild: © dpa (Symbolbild)', 'Ein Streifenwagen vor dem Rathaus.', '© dpa'],
  ];
  for (const [image, caption, credit] of cases) {
    const page = analyseScrapedText(`Stadt stellt neuen Haushaltsplan vor\n\nDer Kämmerer legt am Montag den Entwurf für das kommende Jahr vor.\n\n${image}\n\nDie Beratungen beginnen im Herbst.`);
    assert.equal(page.draft.heroImage?.caption, caption, image);
    assert.equal(page.draft.heroImage?.credit, credit, image);
    assert.ok(!page.draft.body.some((block) => block.text.includes(credit.replace('© ', ''))), image);
  }
});

test('credit forms: a credit line printed three times counts once, also with a whitespace variant', () => {
  const page = analyseScrapedText('Wahlabend: Die ersten Ergebnisse\n\nSymbolfoto: © Tim Beispiel | bildportal.de\n\nSymbolfoto: © Tim Beispiel  | bildportal.de\nSymbolfoto: © Tim Beispiel | bildportal.de\nAm Sonntag wurde in drei Ländern gewählt. Die ersten Hochrechnungen liegen vor.');
  assert.deepEqual(page.draft.heroImage, { alt: '', caption: '', credit: '© Tim Beispiel | bildportal.de' });
  assert.equal(page.draft.lead, 'Am Sonntag wurde in drei Ländern gewählt. Die ersten Hochrechnungen liegen vor.');
  assert.equal(page.details.dropped.filter((line) => line.startsWith('Symbolfoto')).length, 2);
});

test('credit forms: a photographer name glued in front of a caption', () => {
  const page = analyseScrapedText(fixture('photographer-prefix.txt'));
  assert.equal(page.headline, 'Wochenmarkt zieht auf den Rathausplatz');
  assert.deepEqual(page.draft.heroImage, { alt: 'Wochenmarkt zieht auf den Rathausplatz', caption: 'Wochenmarkt zieht auf den Rathausplatz', credit: 'Mara Lenz' });
  assert.deepEqual(page.draft.body, []);
});

test('caption before the headline, between kicker and headline', () => {
  const page = analyseScrapedText(fixture('caption-first.txt'));
  assert.equal(page.details.kicker, 'Dürresommer');
  assert.equal(page.headline, 'Förster: "So trocken war der Wald noch nie"');
  assert.equal(page.draft.heroImage?.caption, 'Ausgetrocknete Wiesen am Stadtrand. Die Feuerwehr warnt vor Bränden.');
  assert.equal(page.draft.heroImage?.credit, '© Stadtarchiv / Jonas Keller');
  assert.match(page.draft.lead, /^Seit sechs Wochen/);
  assert.ok(page.details.dropped.includes('05:40 Minuten'));
});

test('caption and alt text above the headline, behind a results widget', () => {
  const page = analyseScrapedText(fixture('results-widget.txt'));
  assert.equal(page.draft.section, 'Sport');
  assert.equal(page.headline, 'Last-Minute-Tor bringt Tabellenführung');
  assert.equal(page.draft.heroImage?.caption, 'Die Spieler feiern das Siegtor.');
  assert.equal(page.draft.heroImage?.credit, 'Hans Meyer');
  assert.match(page.draft.heroImage?.alt ?? '', /^Players of the home team/);
  assert.deepEqual(subheadings(page), ['Die Szene des Tages']);
  assert.equal(page.details.dateText, '05.11.22, 17:55');
  assert.equal(page.draft.publishedAt, '2022-11-05T17:55:00+01:00');
  for (const line of ['Regionalliga, 12. Spieltag', 'Nord - Süd 1:0 (0:0)', 'Ost - West 2:2 (1:1)']) assert.ok(page.details.dropped.includes(line));
});

test('no headline: analysis says so, parseScrapedText refuses and names the file', () => {
  const text = fixture('no-headline.txt');
  const page = analyseScrapedText(text);
  assert.equal(page.headline, null);
  assert.match(page.draft.lead, /^Nach dem Wasserrohrbruch/);
  assert.equal(page.details.dateText, '2023-05');
  assert.throws(
    () => parseScrapedText(text, 'import/wasserrohrbruch.txt'),
    (error: unknown) =>
      error instanceof DepescheError && error.code === 'no_headline' && error.status === 422 &&
      error.message.startsWith('import/wasserrohrbruch.txt: keine Überschrift erkannt – '),
  );
  assert.throws(() => parseScrapedText('', 'leer.txt'), { code: 'no_headline' });
});

test('bullet styles: ► at line start, "- ", "* ", and bullets hard-wrapped onto indented lines', () => {
  const triangle = analyseScrapedText(fixture('bullets-triangle.txt'));
  assert.equal(triangle.details.keyPointsHeading, 'Das war passiert');
  assert.equal(triangle.draft.keyPoints.length, 3);
  assert.match(triangle.draft.keyPoints[0]!.text, /^Gegen 23 Uhr erreichten/);
  assert.deepEqual(subheadings(triangle), ['Aufräumarbeiten dauern an']);

  const dash = analyseScrapedText(fixture('bullets-dash.txt'));
  assert.equal(dash.details.keyPointsHeading, 'Auf einen Blick:');
  assert.deepEqual(dash.draft.keyPoints.map((point) => point.text), [
    'Jede Schülerin und jeder Schüler ab Klasse fünf erhält ein Gerät.',
    'Die Kosten trägt zum größten Teil das Land.',
    'Die Schulen entscheiden selbst über die Lernprogramme.',
  ]);

  const star = analyseScrapedText(fixture('bullets-star.txt'));
  assert.equal(star.details.keyPointsHeading, 'Was Sie wissen müssen');
  assert.equal(star.draft.keyPoints[1]?.text, 'Die Stadt rechnet mit Kosten von zwei Millionen Euro.');

  const wrapped = analyseScrapedText(fixture('bullets-wrapped.txt'));
  assert.deepEqual(wrapped.draft.keyPoints.map((point) => point.text), [
    'Das Bad hat ein neues Lehrschwimmbecken für Kinder und eine Sauna, die ab dem Frühjahr geöffnet sein soll.',
    'Die Eintrittspreise steigen um einen Euro, Schülerinnen und Schüler zahlen weiter den ermäßigten Preis.',
  ]);
});

test('a bullet list that a paragraph introduces stays in the body', () => {
  const page = analyseScrapedText('Gemeinderat tagt am Donnerstag\n\nDer Rat berät über drei Anträge.\n\nIm Haushalt fehlen zwei Millionen Euro. Der Kämmerer nennt drei Gründe:\n\n- höhere Energiekosten\n- weniger Gewerbesteuer\n- steigende Zinsen\n\nDie Sitzung ist öffentlich.');
  assert.deepEqual(page.draft.keyPoints, []);
  assert.deepEqual(page.draft.body.find((block) => block.type === 'list'), { type: 'list', text: '', items: ['höhere Energiekosten', 'weniger Gewerbesteuer', 'steigende Zinsen'] });
});

test('chrome kinds: consent, reading time, share buttons, ads, newsletter, paywall, comments, related links, read-more', () => {
  const page = analyseScrapedText(fixture('chrome-kinds.txt'));
  assert.equal(page.headline, 'Museum zeigt verschollene Gemälde aus Privatbesitz');
  assert.equal(page.draft.section, 'Kultur');
  assert.match(page.draft.lead, /^Zwölf Bilder/);
  assert.equal(page.draft.body.length, 1);
  const chrome = [
    'Wir verwenden Cookies', 'Lesezeit 3 Min.', 'Teilen Facebook WhatsApp E-Mail', 'Anzeige', 'Newsletter abonnieren',
    'Jetzt 4 Wochen kostenlos testen', 'Kommentare', 'Netiquette', 'Mehr zum Thema', 'Stadtmuseum verlängert Öffnungszeiten',
    'Neue Leiterin für das Kunsthaus', 'Weiterlesen …', 'Für Sie ausgewählt',
  ];
  const texts = articleTexts(page);
  for (const line of chrome) {
    assert.ok(!texts.some((text) => text.includes(line)), line);
    assert.ok(page.details.dropped.some((text) => text.includes(line)), line);
  }
});

test('breadcrumb, byline, empty date labels, keyword alt text and a key-points heading without items', () => {
  const page = analyseScrapedText(fixture('breadcrumb.txt'));
  assert.equal(page.draft.section, 'Region');
  assert.equal(page.headline, 'Neue Fähre für den Altrhein: "Endlich wieder eine Verbindung"');
  assert.deepEqual(page.draft.authors, ['Sabine Roth', 'Tobias Kern']);
  assert.equal(page.draft.publishedAt, '2022-06-14T09:15:00+02:00');
  assert.deepEqual(page.draft.heroImage, { alt: 'Altrhein, Fähre, Anleger', caption: 'Die neue Fähre legt am Anleger an.', credit: '© Peter Lindner' });
  assert.equal(page.draft.lead, 'Nach drei Jahren ohne Fähre pendelt wieder ein Schiff über den Altrhein. Die Gemeinde feiert am Wochenende mit einem Fest.');
  assert.equal(page.details.keyPointsHeading, 'Das Wichtigste im Überblick');
  assert.deepEqual(page.draft.keyPoints, []);
  assert.ok(page.details.dropped.includes('+++Aktualisieren+++'));
});

test('overview list without heading or bullets under the lead, newsblog day headings as subheadings', () => {
  const page = analyseScrapedText(fixture('overview-list.txt'));
  assert.equal(page.headline, null);
  assert.equal(page.draft.lead, 'Der Stadtrat hat über den Haushalt beraten. Eine Einigung steht noch aus.');
  assert.deepEqual(page.draft.keyPoints.map((point) => point.text), [
    'Stadtrat vertagt Entscheidung über Haushalt',
    'Bürgerinitiative sammelt Unterschriften gegen Bäderschließung',
    'Neue Parkgebühren gelten ab Januar',
  ]);
  assert.deepEqual(subheadings(page), ['Rathaus-News vom 3. November: Stadtrat vertagt Entscheidung über Haushalt']);
});

test('hard-wrapped text rendering: title and subheading markers, quoted teaser, image item, site prefix, ticker kicker', () => {
  const page = analyseScrapedText(fixture('gopher.txt'));
  assert.equal(page.headline, 'Schulgesetz beschlossen');
  assert.equal(page.details.kicker, '+++ Landtag im Live-Ticker +++');
  assert.equal(page.draft.lead, 'Der Landtag hat das neue Schulgesetz mit knapper Mehrheit beschlossen. Die Opposition will dagegen klagen.');
  assert.deepEqual(page.draft.heroImage, {
    alt: 'Die Abgeordneten stimmen im Plenarsaal über das Schulgesetz ab',
    caption: 'Die Abgeordneten stimmen im Plenarsaal über das Schulgesetz ab',
    credit: '',
  });
  assert.equal(page.details.keyPointsHeading, 'Worum es im Schulgesetz geht');
  assert.equal(page.draft.keyPoints[0]?.text, 'Die Grundschulzeit wird auf sechs Jahre verlängert, wie es die Regierungsfraktionen im Wahlkampf angekündigt hatten.');
  assert.deepEqual(subheadings(page), ['Opposition kündigt Klage an']);
  assert.ok(page.details.dropped.includes('beispiel.de --') && page.details.dropped.includes('URI:'));
});

test('never throws for content: empty, whitespace-only and chrome-only text', () => {
  for (const text of ['', '   \n\n  ', 'Kommentare\n\nFür Sie ausgewählt', '\r\n• • •\r\n']) {
    const page = analyseScrapedText(text);
    assert.equal(page.headline, null);
    assert.equal(page.draft.language, 'de');
  }
});
