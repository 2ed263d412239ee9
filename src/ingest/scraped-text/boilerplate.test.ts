import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseScrapedText } from '../scraped-text.ts';
import { chromeKind, stripChromeFragments } from './boilerplate.ts';

test('chrome lines by wording', () => {
  const cases: [string, string][] = [
    ['Wir verwenden Cookies, um unsere Website für Sie zu verbessern.', 'consent'],
    ['Um diesen Inhalt zu sehen, benötigen wir Ihre Zustimmung.', 'consent'],
    ['Schließen Sie jetzt ein Probeabo ab, um diesen Artikel zu lesen.', 'paywall'],
    ['Lesezeit 3 Min.', 'reading-time'],
    ['Lesedauer: 4 Minuten', 'reading-time'],
    ['03:45 Min.', 'media'],
    ['Artikel anhören', 'media'],
    ['ANZEIGE', 'ad'],
    ['Lesen Sie mehr …', 'read-more'],
    ['Den vollständigen Artikel lesen ...', 'read-more'],
    ['Lesen Sie auch: Neue Regeln für Mieter', 'related'],
    ['Das könnte Sie auch interessieren', 'related'],
    ['12 Kommentare', 'comments'],
    ['Facebook | X | WhatsApp | E-Mail', 'share'],
    ['+++Aktualisieren+++', 'ticker'],
    ['Erstellt: Aktualisiert:', 'empty-date'],
    ['[newsletter_box]', 'shortcode'],
    ['© 2024 Beispielverlag GmbH', 'copyright'],
  ];
  for (const [line, kind] of cases) assert.equal(chromeKind(line), kind, line);
});

test('news sentences that share words with chrome stay article', () => {
  for (const line of [
    'Die Länder gaben ihre Zustimmung zu dem Plan.',
    'Das Ticket kostet künftig 58,00 Euro pro Monat.',
    'Der Konzern hat seine Datenschutzerklärung geändert.',
    'Twitter und Facebook sperrten das Konto am Abend.',
  ]) {
    assert.equal(chromeKind(line), null, line);
  }
});

test('chrome glued to article text is cut off as a fragment', () => {
  assert.deepEqual(stripChromeFragments('beispiel.de -- Schulgesetz beschlossen'), { text: 'Schulgesetz beschlossen', fragments: ['beispiel.de --'] });
  assert.deepEqual(stripChromeFragments('Die Preise steigen weiter. Weiterlesen »'), { text: 'Die Preise steigen weiter.', fragments: ['Weiterlesen »'] });
});

test('a related-content label at the top of a page does not take the headline along', () => {
  const page = analyseScrapedText('Aktuelle Nachrichten\n\nStadt sperrt die alte Brücke für Lastwagen\n\nDie Brücke ist marode. Ab Montag dürfen nur noch Autos darüber fahren.');
  assert.equal(page.headline, 'Stadt sperrt die alte Brücke für Lastwagen');
  assert.match(page.draft.lead, /^Die Brücke ist marode/);
});
