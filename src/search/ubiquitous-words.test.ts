import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts'
import { sampleArticle } from '../../test/helpers/sample-article.ts'
import { tempDir } from '../../test/helpers/temp-dir.ts'
import { searchArticles } from './search-articles.ts'

// A word in more than half of the articles of a large index is left out of
// the matching when the query has other words (BM25 gives it no weight).
const store = await openSqliteStore(join(await tempDir(), 'ubiquitous.sqlite'))
const common = Array.from({ length: 1000 }, (_, i) =>
  sampleArticle({ id: `jahr${i}`, slug: `jahr-${i}`, body: [{ type: 'paragraph', text: `Im Jahr ${2000 + (i % 25)} geschah wenig.` }] }),
)
const kormorane = [1, 2].map((i) =>
  sampleArticle({ id: `kormoran${i}`, slug: `kormoran-${i}`, body: [{ type: 'paragraph', text: 'Im Jahr der Kormorane brüteten viele Vögel.' }] }),
)
await store.articles.saveAll([...common, ...kormorane], { actor: 'test' })
const search = (text: string) =>
  searchArticles(store.search, {
    text,
    filters: { statuses: ['published'] },
    order: 'relevance',
    page: 1,
    pageSize: 10,
    freshness: { percent: 0, halfLifeDays: 30 },
    now: new Date(),
  })

test('a word in most articles is left out of the matching beside rarer words, but still marked', async () => {
  const result = await search('Jahr Kormorane')
  assert.equal(result.total, 2, 'only the articles with the rarer word')
  assert.deepEqual(result.hits.map((hit) => hit.article.id).sort(), ['kormoran1', 'kormoran2'])
  const marked = result.hits[0]!.snippet.filter((part) => part.match).map((part) => part.text)
  assert.ok(marked.includes('Jahr') && marked.includes('Kormorane'), marked.join(', '))
  assert.equal(result.query, 'Jahr Kormorane', 'the query is shown as typed')
})

test('a query of only such words is searched as typed', async () => {
  assert.equal((await search('Jahr')).total, 1002)
})

test.after(() => store.close())
