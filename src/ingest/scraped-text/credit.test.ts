import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captionAfterLabel, isNamePrefix, parseCreditLine, splitGluedCredit } from './credit.ts';

test('credit lines: the word label goes, the © sign and the text stay', () => {
  assert.equal(parseCreditLine('Bildquelle: © zsu'), '© zsu');
  assert.equal(parseCreditLine('Foto: Lena Vogt'), 'Lena Vogt');
  assert.equal(parseCreditLine('Bildrechte: Stadt Beispielheim'), 'Stadt Beispielheim');
  assert.equal(parseCreditLine('Bild: imago images'), 'imago images');
  assert.equal(parseCreditLine('Symbolfoto: © Tim Beispiel | bildportal.de'), '© Tim Beispiel | bildportal.de');
  assert.equal(parseCreditLine('Archivbild: © dpa (Symbolbild)'), '© dpa');
  assert.equal(parseCreditLine('© Stadtarchiv'), '© Stadtarchiv');
});

test('not credits: sources, galleries, sentences after a label, copyright footers', () => {
  assert.equal(parseCreditLine('Quelle: Statistisches Landesamt'), null);
  assert.equal(parseCreditLine('Fotostrecke: Zwölf Bilder vom Fest'), null);
  assert.equal(parseCreditLine('Bild: Die Abgeordneten stimmen im Plenarsaal über das neue Schulgesetz ab, das heftig umstritten ist'), null);
  assert.equal(captionAfterLabel('Bild: Die Abgeordneten stimmen im Plenarsaal über das neue Schulgesetz ab, das heftig umstritten ist'), 'Die Abgeordneten stimmen im Plenarsaal über das neue Schulgesetz ab, das heftig umstritten ist');
});

test('credits glued to the caption', () => {
  assert.deepEqual(splitGluedCredit('Die neue Fähre legt an. © Peter Lindner'), { caption: 'Die neue Fähre legt an.', credit: '© Peter Lindner' });
  assert.deepEqual(splitGluedCredit('Jubel nach dem Siegtor. Bild: HANS MEYER/REUTERS'), { caption: 'Jubel nach dem Siegtor.', credit: 'HANS MEYER/REUTERS' });
  assert.deepEqual(splitGluedCredit('Die Ministerin im Landtag. (Max Muster/dpa)'), { caption: 'Die Ministerin im Landtag.', credit: 'Max Muster/dpa' });
  assert.deepEqual(splitGluedCredit('Die Ministerin im Landtag Foto: picture alliance/dpa'), { caption: 'Die Ministerin im Landtag', credit: 'picture alliance/dpa' });
  assert.equal(splitGluedCredit('Die Koalition (SPD/Grüne) streitet.'), null);
  assert.equal(splitGluedCredit('Das Foto: ein Beweis für die These'), null);
});

test('photographer names glued in front of a caption', () => {
  assert.ok(isNamePrefix('Axel Beispiel'));
  assert.ok(isNamePrefix('Anna von Muster'));
  assert.ok(!isNamePrefix('Nachrichten'));
  assert.ok(!isNamePrefix('Am Montag'));
});
