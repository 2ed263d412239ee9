import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildCatalog } from './catalog.ts'
import { buildContentIndex, QueryVector } from './content-index.ts'
import type { RecommendableArticle } from './recommendable-article.ts'
import { recommenderDefaults } from './recommender-options.ts'
import { SparseScores } from './sparse-scores.ts'

function article(id: string, terms: string[], entities: string[] = [], sectionSlug = ''): RecommendableArticle {
  return { id, headline: id, sectionSlug, sectionName: sectionSlug, publishedMs: 0, entities, terms }
}

const articles = [
  article('a', ['haushalt', 'schuldenbremse', 'bundestag'], ['olaf-scholz']),
  article('b', ['haushalt', 'schuldenbremse', 'klage'], ['olaf-scholz']),
  article('c', ['bundesliga', 'tor']),
  article('d', ['haushalt', 'kommune']),
  article('e', ['haushalt'], ['christian-lindner']),
]
const catalog = buildCatalog(articles)
const index = buildContentIndex(catalog, recommenderDefaults)
const similarity = (a: number, b: number) => {
  const vector = new QueryVector(index.featureCount)
  vector.setArticle(index, a)
  return vector.dot(index, b)
}

test('an article is fully like itself and not at all like one with nothing in common', () => {
  assert.ok(Math.abs(similarity(0, 0) - 1) < 1e-6)
  assert.equal(similarity(0, 2), 0)
})

test('sharing an entity and a rare word counts more than sharing a common word', () => {
  assert.ok(similarity(0, 1) > similarity(0, 3))
  assert.ok(similarity(0, 3) > 0)
})

test('similarity is symmetric', () => {
  assert.ok(Math.abs(similarity(0, 1) - similarity(1, 0)) < 1e-6)
})

test('the posting lists find exactly the articles sharing a feature, with the cosine as their score', () => {
  const vector = new QueryVector(index.featureCount)
  vector.setArticle(index, 0)
  const found = new SparseScores(catalog.count)
  vector.accumulate(index, found, 1)
  assert.deepEqual([...found.touched()].sort(), [0, 1, 3, 4])
  assert.ok(Math.abs(found.get(1) - similarity(0, 1)) < 1e-6)
})

test('a feature in most articles of a large catalogue is dropped, so it makes nothing similar', () => {
  const many = Array.from({ length: 300 }, (_, k) => article(`n${k}`, ['ueberall', `eigen${k}`, `paar${k >> 1}`]))
  const big = buildContentIndex(buildCatalog(many), recommenderDefaults)
  const vector = new QueryVector(big.featureCount)
  vector.setArticle(big, 0)
  assert.equal(vector.dot(big, 5), 0)
  assert.ok(vector.dot(big, 1) > 0.3)
})

test('posting lists are capped, newest articles kept', () => {
  const dated = Array.from({ length: 10 }, (_, k) => ({ ...article(`p${k}`, ['gemeinsam', `eigen${k}`]), publishedMs: k }))
  const capped = buildContentIndex(buildCatalog(dated), { ...recommenderDefaults, maxPostings: 3 })
  const vector = new QueryVector(capped.featureCount)
  // Features are numbered as first met: `gemeinsam` is the first.
  vector.setFeatures([0], [1])
  const found = new SparseScores(10)
  vector.accumulate(capped, found, 1)
  assert.deepEqual([...found.touched()], [9, 8, 7])
})
