import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { DepescheError } from '../errors.ts';
import { decodeFingerprint, encodeFingerprint, fingerprintText, resemblance, sketchLength } from './text-fingerprint.ts';
import { textWords } from './text-shingles.ts';

const story = `Hochwasser an der Elbe: Dresden bereitet sich auf Pegel von sechs Metern vor

Nach tagelangem Regen in Tschechien steigt die Elbe in Sachsen weiter. Die Stadt Dresden rechnet bis Sonntag mit einem Pegelstand von sechs Metern und hat die Altstadt-Ufer gesperrt.

Feuerwehr und Technisches Hilfswerk füllten am Freitag Tausende Sandsäcke. „Wir sind besser vorbereitet als 2013“, sagte der Leiter des Krisenstabs. Anwohner tiefer gelegener Straßen sollen Keller räumen und Autos umparken.

Die Schifffahrt auf der Elbe ist eingestellt. Auch die Fähren zwischen Pillnitz und Kleinzschachwitz fahren nicht mehr.`;

describe('fingerprints', () => {
  test('the same text gives the same sketch, in this process and in another', () => {
    const once = encodeFingerprint(fingerprintText(story));
    assert.equal(encodeFingerprint(fingerprintText(story)), once);
    const module = new URL('./text-fingerprint.ts', import.meta.url).href;
    const script = `import { encodeFingerprint, fingerprintText } from ${JSON.stringify(module)};
      process.stdout.write(encodeFingerprint(fingerprintText(${JSON.stringify(story)})));`;
    const elsewhere = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(elsewhere, once);
  });

  test('a sketch has one value per position and counts the distinct shingles', () => {
    const fingerprint = fingerprintText(story);
    assert.equal(fingerprint.values.length, sketchLength);
    const words = textWords(story).length;
    assert.ok(fingerprint.size > words / 2 && fingerprint.size <= words, `${fingerprint.size} shingles for ${words} words`);
  });

  test('encode and decode round-trip', () => {
    const fingerprint = fingerprintText(story);
    const encoded = encodeFingerprint(fingerprint);
    assert.match(encoded, /^mh1:[A-Za-z0-9+/]+={0,2}$/);
    const decoded = decodeFingerprint(encoded);
    assert.deepEqual([...decoded.values], [...fingerprint.values]);
    assert.equal(decoded.size, fingerprint.size);
    assert.equal(resemblance(decoded, fingerprint), 1);
  });

  test('an empty text round-trips and resembles nothing, not even itself', () => {
    const empty = fingerprintText(' \n – „“ ');
    assert.equal(empty.size, 0);
    assert.equal(resemblance(empty, empty), 0);
    assert.equal(resemblance(decodeFingerprint(encodeFingerprint(empty)), fingerprintText(story)), 0);
  });

  test('garbage is rejected with a German message that says what to do', () => {
    const good = encodeFingerprint(fingerprintText(story));
    const garbage = [
      '',
      'kein Fingerabdruck',
      good.slice(0, -4),
      `${good}AAAA`,
      good.replace('mh1:', 'mh0:'),
      `mh1:${'!'.repeat(good.length - 4)}`,
      // A stored text sketch claiming no shingles but holding values.
      `mh1:${Buffer.alloc(4 * (sketchLength + 1)).toString('base64')}`,
    ];
    for (const stored of garbage) {
      assert.throws(
        () => decodeFingerprint(stored),
        (error: unknown) => {
          assert.ok(error instanceof DepescheError);
          assert.equal(error.code, 'invalid_input');
          assert.match(error.message, /Textfingerabdruck unlesbar/);
          assert.match(error.message, /neu berechnen/);
          return true;
        },
        JSON.stringify(stored.slice(0, 30)),
      );
    }
  });

  test('unrelated texts resemble each other hardly at all', () => {
    const other = `Haushalt 2025: Stadtrat beschließt höhere Kita-Gebühren

Der Stadtrat hat nach langer Debatte den Haushalt für das kommende Jahr beschlossen. Eltern müssen für einen Kita-Platz künftig bis zu 40 Euro mehr im Monat zahlen; dafür werden zwei neue Einrichtungen gebaut.`;
    assert.ok(resemblance(fingerprintText(story), fingerprintText(other)) < 0.05);
  });
});

describe('what the comparison ignores', () => {
  const plain = 'Die Stadt Dresden rechnet bis Sonntag mit einem Pegelstand von sechs Metern. "Wir sind vorbereitet", sagte der Leiter - die Lage bleibt ernst.';

  test('agency datelines and tags, credit lines and story keys', () => {
    const agency = `Dresden (dpa) - ${plain}\n\n© dpa-infocom, dpa:241221-930-123456/1`;
    assert.deepEqual(textWords(agency), textWords(plain));
    assert.deepEqual(textWords(`DRESDEN (AFP/dpa) — ${plain} (dpa)\nFoto: Robert Michael`), textWords(plain));
    assert.deepEqual(textWords(`${plain}\n\ndpa/AFP/rtr`), textWords(plain));
  });

  test('quote style, dashes, line wrapping, soft hyphens, ß and case', () => {
    const otherDesk = 'Die Stadt DRESDEN rechnet bis Sonntag\nmit einem Pegel\u00ADstand von  sechs Metern. »Wir sind vorbereitet«, sagte der Leiter –\ndie Lage bleibt ernst.';
    assert.deepEqual(textWords(otherDesk), textWords(plain));
    assert.deepEqual(textWords('Die Straße bleibt gesperrt.'), textWords('Die Strasse bleibt gesperrt.'));
    assert.deepEqual(textWords('Ukraine-Krieg: 1.000 Soldaten'), textWords('Ukraine Krieg: 1000 Soldaten'));
  });

  test('words themselves still count: a changed number is a changed text', () => {
    assert.notDeepEqual(textWords(plain.replace('sechs', 'sieben')), textWords(plain));
  });
});
