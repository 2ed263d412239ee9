import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildCatalog } from './catalog.ts'
import { buildReadingModel } from './reading-model.ts'
import type { RecommendableArticle } from './recommendable-article.ts'
import { recommenderDefaults } from './recommender-options.ts'

const HOUR = 3_600_000
const NOW = 1000 * HOUR
const article = (id: string, sectionSlug = 'politik'): RecommendableArticle =>
  ({ id, headline: id, sectionSlug, sectionName: sectionSlug, publishedMs: 0, entities: [], terms: [] })
const catalog = buildCatalog(['a', 'b', 'c', 'd', 'e'].map((id) => article(id, id === 'e' ? 'sport' : 'politik')))

test('popularity halves with each half-life of age and is 1 for the most read article', () => {
  const halfLife = recommenderDefaults.popularityHalfLifeHours
  const model = buildReadingModel(catalog, {
    reads: [
      { articleId: 'a', hourMs: NOW - HOUR / 2, reads: 100 },
      { articleId: 'b', hourMs: NOW - halfLife * HOUR - HOUR / 2, reads: 200 },
      { articleId: 'c', hourMs: NOW - HOUR / 2, reads: 10 },
    ],
    coReads: [],
  }, NOW, recommenderDefaults)
  // a and b decay to the same 100 reads.
  assert.ok(Math.abs(model.popularity[0]! - 1) < 1e-6)
  assert.ok(Math.abs(model.popularity[1]! - 1) < 1e-6)
  assert.ok(model.popularity[2]! > 0 && model.popularity[2]! < 1)
  assert.equal(model.popularity[3], 0)
  assert.deepEqual([...model.topPopular], [0, 1, 2])
  assert.deepEqual([...model.sectionTopPopular[1]!], [])
})

test('co-reading neighbours: an article read with everything is not everybody’s best neighbour', () => {
  const model = buildReadingModel(catalog, {
    reads: [],
    coReads: [
      { fromId: 'a', toId: 'b', reads: 20 },
      { fromId: 'a', toId: 'c', reads: 25 },
      { fromId: 'd', toId: 'c', reads: 200 },
      { fromId: 'e', toId: 'c', reads: 200 },
      { fromId: 'x', toId: 'a', reads: 999 },
    ],
  }, NOW, recommenderDefaults)
  const neighbours = (i: number) => [...model.neighbourArticle.subarray(model.neighbourStart[i]!, model.neighbourStart[i + 1]!)]
  assert.deepEqual(neighbours(0), [1, 2])
  assert.deepEqual(neighbours(1), [0])
  for (const s of model.neighbourStrength) assert.ok(s > 0 && s <= 1)
})

test('a pair read in the other order counts, but less', () => {
  const model = buildReadingModel(catalog, {
    reads: [],
    coReads: [
      { fromId: 'a', toId: 'b', reads: 10 },
      { fromId: 'c', toId: 'a', reads: 10 },
    ],
  }, NOW, recommenderDefaults)
  const start = model.neighbourStart[0]!
  assert.deepEqual([...model.neighbourArticle.subarray(start, start + 2)], [1, 2])
  assert.ok(model.neighbourStrength[start]! > model.neighbourStrength[start + 1]!)
})
