import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findNearDuplicate, nearDuplicateThreshold, type DuplicateCandidate } from './near-duplicates.ts';
import { fingerprintText } from './text-fingerprint.ts';

// Our own agency-style story, and what other feeds make of it.
const headline = 'Bahnstreik: GDL legt Fernverkehr bis Mittwoch lahm';
const paragraphs = [
  'Die Lokführergewerkschaft GDL hat ihre Mitglieder erneut zum Streik aufgerufen. Von Montagabend an sollen im Güterverkehr, von Dienstag früh an auch im Personenverkehr bundesweit die Züge stillstehen.',
  'Die Deutsche Bahn kündigte einen Notfahrplan an, der etwa ein Fünftel der Fernzüge vorsieht. Fahrgäste, die ihre Reise verschieben wollen, können ihr Ticket flexibel nutzen oder kostenlos erstatten lassen.',
  'GDL-Chef Claus Weselsky begründete den Ausstand mit dem „unzureichenden Angebot“ des Konzerns. Die Bahn hatte zuletzt elf Prozent mehr Lohn in zwei Stufen angeboten, die Gewerkschaft fordert zudem eine kürzere Wochenarbeitszeit.',
  'Der Fahrgastverband Pro Bahn kritisierte beide Seiten. Pendler und Urlauber würden erneut zu Leidtragenden eines Konflikts, der längst am Verhandlungstisch hätte gelöst werden können.',
  'Es ist bereits der vierte Arbeitskampf in dieser Tarifrunde. Eine Schlichtung hatte die Gewerkschaft im Herbst abgelehnt.',
];
const original = [headline, ...paragraphs].join('\n\n');

/** As a second feed sends it: another headline, a dateline, other quotes, wrapped lines, two words edited, the last paragraph cut, a credit line. */
const edited = [
  'Lokführer streiken wieder – Notfahrplan im Fernverkehr',
  `Frankfurt/Main (dpa) - ${paragraphs[0]?.replace('erneut', 'nun erneut')}`,
  paragraphs[1]?.replace(/ (?=Fahrgäste)/u, '\n'),
  paragraphs[2]?.replace('„unzureichenden Angebot“', '»unzureichenden Angebot«').replace('zuletzt ', ''),
  paragraphs[3],
  '© dpa-infocom, dpa:240108-99-512345/2',
].join('\n\n');

// The same strike, reported by another outlet in its own words.
const otherReport = `Schon wieder Streik bei der Bahn

Reisende müssen sich ab Dienstag auf massive Ausfälle einstellen: Die GDL streikt erneut, diesmal bis Mittwochabend. Nur jeder fünfte Fernzug soll nach Angaben der Bahn fahren.

Weselsky wirft dem Unternehmen vor, kein ernsthaftes Angebot vorgelegt zu haben. Die Bahn nennt den Streik „völlig überzogen“ und prüft rechtliche Schritte. Im Regionalverkehr sind die Folgen je nach Land unterschiedlich.`;

const candidate = (id: string, text: string, candidateHeadline: string): DuplicateCandidate => ({ id, fingerprint: fingerprintText(text), headline: candidateHeadline });

describe('findNearDuplicate', () => {
  test('an edited copy of an agency text is found, above the threshold', () => {
    const found = findNearDuplicate(fingerprintText(edited), 'Lokführer streiken wieder – Notfahrplan im Fernverkehr', [
      candidate('bericht', otherReport, 'Schon wieder Streik bei der Bahn'),
      candidate('agentur', original, headline),
    ]);
    assert.equal(found?.id, 'agentur');
    assert.ok((found?.resemblance ?? 0) >= nearDuplicateThreshold, String(found?.resemblance));
  });

  test('another outlet’s report of the same event is not a copy', () => {
    assert.equal(findNearDuplicate(fingerprintText(otherReport), 'Schon wieder Streik bei der Bahn', [candidate('agentur', original, headline)]), null);
  });

  test('a copy cut to its first paragraph is found by containment', () => {
    const cut = [headline, paragraphs[0]].join('\n\n');
    const found = findNearDuplicate(fingerprintText(cut), headline, [candidate('agentur', original, headline)]);
    assert.equal(found?.id, 'agentur');
    assert.ok((found?.resemblance ?? 1) < nearDuplicateThreshold, `resemblance ${found?.resemblance}: this copy would not need containment`);
  });

  test('of two copies the closer one is chosen', () => {
    const lightly = original.replace('erneut', 'wieder');
    const found = findNearDuplicate(fingerprintText(original), headline, [candidate('bearbeitet', edited, 'x'), candidate('fast-gleich', lightly, headline)]);
    assert.equal(found?.id, 'fast-gleich');
  });

  test('a text without words duplicates nothing', () => {
    assert.equal(findNearDuplicate(fingerprintText(''), '', [candidate('leer', '', ''), candidate('agentur', original, headline)]), null);
  });
});

describe('short teasers', () => {
  const teaser = 'Glätte: Zahlreiche Unfälle auf der A7\n\nBei Schneefall und Glätte hat es auf der A7 bei Kassel am Morgen mehrere Unfälle gegeben.';
  const teaserHeadline = 'Glätte: Zahlreiche Unfälle auf der A7';

  test('the same teaser under the same headline from a second feed is merged, with a word edited', () => {
    const again = teaser.replace('mehrere', 'zahlreiche');
    assert.equal(findNearDuplicate(fingerprintText(again), teaserHeadline, [candidate('zuerst', teaser, teaserHeadline)])?.id, 'zuerst');
  });

  test('two different teasers that share a stock phrase are kept apart', () => {
    const other = 'Glätte: Unfälle auf der A4 bei Dresden\n\nBei Schneefall und Glätte hat es auf der A4 bei Dresden am Abend mehrere Unfälle gegeben.';
    assert.equal(findNearDuplicate(fingerprintText(other), 'Glätte: Unfälle auf der A4 bei Dresden', [candidate('a7', teaser, teaserHeadline)]), null);
  });

  test('a recurring format with the same headline pattern is not a copy', () => {
    const monday = 'Frage des Tages 16.12.: Wo wurde die Mayonnaise erfunden?\n\nRätsel des Tages';
    const tuesday = 'Frage des Tages 17.12.: Was beschreibt der Matilda-Effekt?\n\nRätsel des Tages';
    assert.equal(findNearDuplicate(fingerprintText(tuesday), 'Frage des Tages 17.12.', [candidate('montag', monday, 'Frage des Tages 16.12.')]), null);
  });
});
