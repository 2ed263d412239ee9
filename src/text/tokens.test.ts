import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalize, normalizePlain, splitHyphenated, tokenize } from './tokens.ts'

test('keeps umlauts, ß, hyphenated compounds and numbers; drops punctuation', () => {
  assert.deepEqual(tokenize('Der Ukraine-Krieg: Großbritannien zahlt 1.000 Euro (3,5 %) – für Straßen!'), [
    'Der', 'Ukraine-Krieg', 'Großbritannien', 'zahlt', '1.000', 'Euro', '3,5', 'für', 'Straßen',
  ])
  assert.deepEqual(tokenize('„Covid-19“, geht’s? E-Mail…'), ['Covid-19', 'geht’s', 'E-Mail'])
})

test('splits hyphenated compounds on request', () => {
  assert.deepEqual(tokenize('Der Ukraine-Krieg und die EU-Kommission', { splitHyphens: true }), [
    'Der', 'Ukraine', 'Krieg', 'und', 'die', 'EU', 'Kommission',
  ])
  assert.deepEqual(splitHyphenated('Nato-Gipfel'), ['Nato', 'Gipfel'])
  assert.deepEqual(splitHyphenated('Gipfel'), ['Gipfel'])
})

test('returns no tokens for text without words', () => {
  assert.deepEqual(tokenize(' – … „“ '), [])
})

test('normalize folds umlauts to ae/oe/ue and ß to ss', () => {
  assert.equal(normalize('Straße'), 'strasse')
  assert.equal(normalize('Strasse'), 'strasse')
  assert.equal(normalize('München'), 'muenchen')
  assert.equal(normalize('Muenchen'), 'muenchen')
  assert.equal(normalize('ÖL'), 'oel')
  assert.equal(normalize('Größe'), 'groesse')
  assert.equal(normalize('François'), 'francois')
})

test('normalizePlain drops umlaut dots', () => {
  assert.equal(normalizePlain('München'), 'munchen')
  assert.equal(normalizePlain('Munchen'), 'munchen')
  assert.equal(normalizePlain('Straße'), 'strasse')
  assert.equal(normalizePlain('Café'), 'cafe')
})
