import { test } from 'node:test'
import assert from 'node:assert/strict'
import { topK } from './top-k.ts'

const scores = [5, 1, 9, 9, 3, 7, 0, 9]
const byScore = (i: number) => scores[i]!

test('the k best, best first, equal scores in index order', () => {
  assert.deepEqual(topK([0, 1, 2, 3, 4, 5, 6, 7], byScore, 4), [2, 3, 7, 5])
  assert.deepEqual(topK([7, 6, 5, 4, 3, 2, 1, 0], byScore, 4), [2, 3, 7, 5])
})

test('k larger than the list: all of it, sorted; k of 0: nothing', () => {
  assert.deepEqual(topK(Int32Array.from([4, 0, 1]), byScore, 10), [0, 4, 1])
  assert.deepEqual(topK([0, 1], byScore, 0), [])
})

test('the same as a full sort on many random values', () => {
  let state = 7
  const values = Array.from({ length: 2000 }, () => (state = (state * 48271) % 2147483647) % 100)
  const all = values.map((_, i) => i)
  const sorted = [...all].sort((a, b) => values[b]! - values[a]! || a - b)
  assert.deepEqual(topK(all, (i) => values[i]!, 37), sorted.slice(0, 37))
})
