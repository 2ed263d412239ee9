import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isStopword } from './stopwords.ts'

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
