import { test } from 'node:test'
import assert from 'node:assert/strict'
import { stem } from './stem.ts'

// What Snowball German actually gives, including where it falls short.
test('conflates regular plural forms', () => {
  assert.equal(stem('Garantien'), 'garanti')
  assert.equal(stem('Garantie'), 'garanti')
  assert.equal(stem('Koalitionen'), 'koalition')
  assert.equal(stem('Koalition'), 'koalition')
  assert.equal(stem('Sicherheiten'), stem('Sicherheit'))
})

test('folds umlauts, so umlaut plurals meet their singular', () => {
  assert.equal(stem('Streitkräfte'), 'streitkraft')
  assert.equal(stem('Streitkraft'), 'streitkraft')
  assert.equal(stem('Häuser'), stem('Haus'))
})

test('is a rule set, not a dictionary: known limits', () => {
  // Over-stemming: -heit and a preceding -er are both cut.
  assert.equal(stem('Sicherheit'), 'sich')
  // Strong verbs keep their vowel change.
  assert.equal(stem('läuft'), 'lauft')
  assert.equal(stem('laufen'), 'lauf')
  // Latin plurals are not known.
  assert.notEqual(stem('Ministerien'), stem('Ministerium'))
})

test('ignores case', () => {
  assert.equal(stem('KOALITION'), stem('koalition'))
})

// Pinned from the reference port (`snowball-stemmers`), which the stemmer we
// use replaced: one word for each rule the tests above leave out.
test('gives the reference port’s stems for ß, y between vowels, -nisse, -keit, -st', () => {
  const reference: [string, string][] = [
    ['Straße', 'strass'],
    ['Ergebnisse', 'ergebnis'],
    ['Bayern', 'bay'],
    ['Freundlichkeit', 'freundlich'],
    ['Möglichkeiten', 'moglich'],
    ['kleinste', 'klein'],
  ]
  for (const [word, expected] of reference) assert.equal(stem(word), expected, word)
})
