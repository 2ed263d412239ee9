import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitUnits } from './lines.ts';

test('paragraphs hard-wrapped at terminal width are joined, stacked titles are not', () => {
  const wrapped = splitUnits(
    'Der Landtag hat am Donnerstag nach langer Debatte das neue Gesetz\nbeschlossen, das ab dem kommenden Jahr für alle Schulen im Land\ngelten soll und das die Opposition seit Monaten bekämpft hat.\n\nDie Regierung verteidigte die Pläne, die Kritik der Verbände hält\nan, weil sie mehr Personal für die Schulen fordern als vorgesehen.',
  );
  assert.equal(wrapped.units.length, 2);
  assert.match(wrapped.units[0]!.text, /Gesetz beschlossen, das ab dem kommenden Jahr/);
  const stacked = splitUnits('Stadtrat vertagt die Entscheidung über den Haushalt auf Dezember\nBürgerinitiative sammelt Unterschriften gegen die Bäderschließung\nNeue Parkgebühren in der Innenstadt gelten ab Januar für alle\nDer Winterdienst bereitet sich auf die ersten Fröste der Saison vor');
  assert.equal(stacked.units.length, 4);
});

test('bullets: marker removed, wrapped text joined, decoration lines ignored, numbers only in sequence', () => {
  const { units } = splitUnits('  • • • •\n  • Erster Punkt, der über\n    zwei Zeilen geht.\n  ► Zweiter Punkt\n- Dritter Punkt\n* Vierter Punkt\n1. FC Beispiel gewinnt');
  assert.deepEqual(units.map((unit) => [unit.bullet, unit.text]), [
    [null, '• • • •'],
    ['•', 'Erster Punkt, der über zwei Zeilen geht.'],
    ['►', 'Zweiter Punkt'],
    ['-', 'Dritter Punkt'],
    ['*', 'Vierter Punkt'],
    [null, '1. FC Beispiel gewinnt'],
  ]);
});

test('a crawler date marker before the first line is taken off', () => {
  const page = splitUnits(' date 2024-03 Berlin. Das Bündnis ist betroffen.');
  assert.equal(page.crawlerDate, '2024-03');
  assert.equal(page.units[0]!.text, 'Berlin. Das Bündnis ist betroffen.');
});
