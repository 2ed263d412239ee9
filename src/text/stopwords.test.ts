import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { isCommonStopwordForm, isStopword } from './stopwords.ts'

test('knows common German function words, in any case', () => {
  for (const word of ['der', 'Die', 'und', 'nicht', 'über', 'dass', 'daß', 'ausserdem', 'außerdem']) {
    assert.ok(isStopword(word), word)
  }
})

test('adds news attribution words', () => {
  for (const word of ['laut', 'zufolge', 'heißt', 'sagte', 'demnach']) assert.ok(isStopword(word), word)
})

test('keeps topic words that the package lists', () => {
  for (const word of ['Recht', 'Rechte', 'Gott', 'Menschen', 'Zeit', 'Jahr']) assert.ok(!isStopword(word), word)
})

test('content words are not stop words', () => {
  for (const word of ['Ukraine', 'Koalition', 'Waffenstillstand', 'Starmer']) assert.ok(!isStopword(word), word)
})

test('the quick test knows stop words as running text spells them, and never takes a content word for one', () => {
  for (const word of ['der', 'Der', 'und', 'Und', 'dass', 'Dass', 'daß', 'außerdem', 'Außerdem']) assert.ok(isCommonStopwordForm(word), word)
  // Other spellings are left to isStopword.
  assert.ok(!isCommonStopwordForm('DER'))
  const { deu } = createRequire(import.meta.url)('stopword') as { deu: string[] }
  const spellings = deu.flatMap((word) => [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1), word.replaceAll('ss', 'ß')])
  for (const word of [...spellings, 'Recht', 'Zeit', 'Jahr', 'Ukraine', 'Straße']) {
    if (isCommonStopwordForm(word)) assert.ok(isStopword(word), word)
  }
})
