import { after, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { articleStatuses, type Article, type ArticleStatus } from '../article/article.ts'
import type { Store } from '../store/article-repository.ts'
import type { SearchFilters } from '../store/search-repository.ts'
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts'
import { surfaceKey } from '../text/search-terms.ts'
import { textArticle } from '../../test/helpers/sample-article.ts'
import { tempDir } from '../../test/helpers/temp-dir.ts'
import { searchArticles, type SearchRequest, type SearchResult } from './search-articles.ts'

/**
 * The search every surface uses, against a real SQLite file with small
 * German articles written for these tests. Each test looks for words that
 * only its own articles contain, so they do not disturb each other.
 */

const NOW = new Date('2025-05-01T12:00:00+02:00')
const PUBLIC: readonly ArticleStatus[] = ['published']

async function freshStore(name: string): Promise<Store> {
  const store = await openSqliteStore(join(await tempDir(), `${name}.sqlite`))
  after(() => store.close())
  return store
}

let counter = 0

/** An article with only the text given: no sample key points, tags or body blocks to match by accident. */
function article(fields: Partial<Article> & { text?: string }): Article {
  counter++
  return textArticle({ id: `suche${String(counter).padStart(5, '0')}`, ...fields })
}

function searcher(store: Store) {
  return (text: string, options: Partial<Omit<SearchRequest, 'text' | 'filters'>> & { filters?: Partial<SearchFilters> } = {}): Promise<SearchResult> =>
    searchArticles(store.search, {
      text,
      order: 'relevance',
      page: 1,
      pageSize: 10,
      freshness: { percent: 20, halfLifeDays: 30 },
      now: NOW,
      ...options,
      filters: { statuses: PUBLIC, ...options.filters },
    })
}

const idsOf = (result: SearchResult) => result.hits.map((hit) => hit.article.id)
const markedWords = (result: SearchResult, id: string) =>
  result.hits.find((hit) => hit.article.id === id)?.snippet.filter((part) => part.match).map((part) => part.text) ?? []

describe('matching German words', async () => {
  const store = await freshStore('matching')
  const search = searcher(store)

  const garantien = article({
    headline: 'Europa ringt um Zusagen für Kiew',
    lead: 'Die Verhandlungen in Paris dauern an.',
    text: 'Die Sicherheitsgarantien für die Ukraine sollen bis zum Sommer stehen.',
  })
  const moldau = article({ headline: 'Moldau hofft auf Beistand', text: 'Über Garantien für Moldau wird erst später gesprochen.' })
  const strassen = article({ headline: 'Kassel saniert seine Innenstadt', text: 'Viele Straßen werden zwei Jahre lang gesperrt.' })
  const muenchenUmlaut = article({ headline: 'Neue Tram für München', text: 'In München fährt bald eine neue Linie.' })
  const muenchenAe = article({ headline: 'Messe eröffnet', text: 'Die Messe in Muenchen zieht Besucher an.' })
  const roteKarte = article({ headline: 'Eklat im Stadion', text: 'Der Schiedsrichter zeigte die rote Karte.' })
  const wanderkarte = article({ headline: 'Wanderführer neu aufgelegt', text: 'Die Karte zeigt rote Wege und blaue Seen.' })
  const kielHafen = article({ headline: 'Kiel baut den Hafen aus', text: 'Der Hafen wird größer.' })
  const hamburgHafen = article({ headline: 'Hamburg meldet Rekord', text: 'Der Hafen wächst weiter.' })
  await store.articles.saveAll(
    [garantien, moldau, strassen, muenchenUmlaut, muenchenAe, roteKarte, wanderkarte, kielHafen, hamburgHafen],
    { actor: 'test' },
  )

  test('Sicherheitsgarantie finds Sicherheitsgarantien', async () => {
    const result = await search('Sicherheitsgarantie')
    assert.deepEqual(idsOf(result), [garantien.id])
    assert.equal(result.total, 1)
    assert.equal(result.correctedTo, undefined, 'found as typed, not by correcting it')
  })

  test('a compound part finds the compound: Garantie finds Sicherheitsgarantien (and Garantien)', async () => {
    const found = idsOf(await search('Garantie'))
    assert.ok(found.includes(garantien.id))
    assert.ok(found.includes(moldau.id))
  })

  test('Garantien für die Ukraine finds the article that says Sicherheitsgarantien … Ukraine, first', async () => {
    const result = await search('Garantien für die Ukraine')
    assert.equal(idsOf(result)[0], garantien.id, 'the article with both words ranks above those with one')
  })

  test('Strassen finds Straßen, and so do Straße and STRASSE', async () => {
    for (const query of ['Strassen', 'Straße', 'STRASSE', 'strassen']) {
      assert.deepEqual(idsOf(await search(query)), [strassen.id], query)
    }
  })

  test('Muenchen and Munchen find München; München finds Muenchen', async () => {
    assert.ok(idsOf(await search('Muenchen')).includes(muenchenUmlaut.id), 'Muenchen → München')
    assert.ok(idsOf(await search('Munchen')).includes(muenchenUmlaut.id), 'Munchen → München')
    const umlaut = idsOf(await search('München'))
    assert.ok(umlaut.includes(muenchenAe.id), 'München → Muenchen')
    assert.ok(umlaut.includes(muenchenUmlaut.id))
    assert.deepEqual(new Set(idsOf(await search('Muenchen'))), new Set(umlaut), 'both spellings find the same')
  })

  test('Sicherheits* finds words that begin so; a prefix with ß or an umlaut is folded too', async () => {
    assert.deepEqual(idsOf(await search('Sicherheits*')), [garantien.id])
    assert.deepEqual(idsOf(await search('Straß*')), [strassen.id])
    assert.deepEqual(idsOf(await search('Strass*')), [strassen.id])
    assert.deepEqual(new Set(idsOf(await search('Münch*'))), new Set([muenchenUmlaut.id, muenchenAe.id]))
    assert.deepEqual(idsOf(await search('Sicherheitz*')), [], 'a prefix that begins no word finds nothing')
  })

  test('a prefix longer than the stem of the word it spells still finds that word; a compound part begins too', async () => {
    // Straßen is stemmed to the key of Straße, shorter than the prefix `strassen`.
    assert.deepEqual(idsOf(await search('Straßen*')), [strassen.id])
    assert.deepEqual(idsOf(await search('Strassen*')), [strassen.id])
    assert.deepEqual(new Set(idsOf(await search('Garanti*'))), new Set([garantien.id, moldau.id]), 'Sicherheitsgarantien has the part Garantie')
    assert.ok(markedWords(await search('Garanti*'), garantien.id).includes('Sicherheitsgarantien'))
  })

  test('a quoted phrase matches only the adjacent words; the same words unquoted match both', async () => {
    assert.deepEqual(idsOf(await search('"rote Karte"')), [roteKarte.id])
    assert.deepEqual(idsOf(await search('„rote Karte“')), [roteKarte.id], 'German quotes')
    assert.deepEqual(idsOf(await search('"Karte rote"')), [], 'order matters')
    assert.deepEqual(new Set(idsOf(await search('rote Karte'))), new Set([roteKarte.id, wanderkarte.id]))
  })

  test('-Wort excludes articles with the word', async () => {
    assert.deepEqual(new Set(idsOf(await search('Hafen'))), new Set([kielHafen.id, hamburgHafen.id]))
    assert.deepEqual(idsOf(await search('Hafen -Kiel')), [hamburgHafen.id])
    assert.deepEqual(idsOf(await search('Karte -"rote Karte"')), [wanderkarte.id], 'an excluded phrase')
    assert.deepEqual(idsOf(await search('Hafen -Hafen')), [], 'excluding the word itself leaves nothing')
  })

  test('only excluded words, or nothing searchable, is an empty query', async () => {
    for (const query of ['-Hafen', '   ', '"', '* - ^ :', '\u0000\u202e']) {
      const result = await search(query)
      assert.equal(result.empty, true, JSON.stringify(query))
      assert.equal(result.total, 0)
      assert.deepEqual(result.hits, [])
    }
    assert.equal((await search('Hafen')).empty, false)
  })

  test('a typo in a long word finds the word meant, and says which it searched for', async () => {
    const result = await search('Sicherheitsgarantein')
    assert.deepEqual(idsOf(result), [garantien.id])
    assert.ok(result.correctedTo, 'correctedTo is set')
    assert.equal(surfaceKey(result.correctedTo), surfaceKey('Sicherheitsgarantien'))
    assert.equal(result.query, 'Sicherheitsgarantein', 'the query as typed is kept')
  })

  test('a typo in a short word is not corrected', async () => {
    const result = await search('Kiwl')
    assert.equal(result.correctedTo, undefined)
    assert.equal(result.total, 0)
  })

  test('a query with hits that a correction improves gets a suggestion (Meinten Sie)', async () => {
    // Munchen finds München (the stem meets); Muenchen would find both spellings.
    const result = await search('Munchen')
    assert.ok(result.total > 0)
    assert.ok(result.suggestion, 'a suggestion')
    assert.equal(surfaceKey(result.suggestion.query), surfaceKey('Muenchen'))
    assert.ok(result.suggestion.total > result.total)
    assert.equal(result.suggestion.total, (await search(result.suggestion.query)).total, 'its count is what that query finds')
    assert.equal(result.correctedTo, undefined, 'the hits are for the query as typed')
  })

  test('a query that finds everything it can gets no suggestion', async () => {
    const result = await search('Muenchen')
    assert.equal(result.suggestion, undefined)
    assert.equal(result.correctedTo, undefined)
  })

  test('articles with some of the words are found too, below those with all of them', async () => {
    const some = await search('Sicherheitsgarantien Pinguinkolonie')
    assert.ok(idsOf(some).includes(garantien.id), 'one word is enough to be found')
    assert.equal(some.total, some.hits.length)
    assert.equal(some.correctedTo, undefined)
    const both = await search('Hafen Kiel')
    assert.equal(idsOf(both)[0], kielHafen.id, 'both words beat one')
    assert.ok(idsOf(both).includes(hamburgHafen.id), 'one word still counts')
  })

  test('a single word that matches nothing finds nothing', async () => {
    const result = await search('Pinguinkolonie')
    assert.equal(result.total, 0)
    assert.deepEqual(result.hits, [])
    assert.equal(result.empty, false)
  })

  test('snippets mark the words that matched, in the spelling of the article', async () => {
    const cases: [string, string, string[]][] = [
      ['Strassen', strassen.id, ['Straßen']],
      ['Garantie', garantien.id, ['Sicherheitsgarantien']],
      ['Sicherheits*', garantien.id, ['Sicherheitsgarantien']],
      ['Garantien für die Ukraine', garantien.id, ['Sicherheitsgarantien', 'Ukraine']],
      ['München', muenchenAe.id, ['Muenchen']],
      ['"rote Karte"', roteKarte.id, ['rote', 'Karte']],
    ]
    for (const [query, id, words] of cases) {
      const marked = markedWords(await search(query), id)
      for (const word of words) assert.ok(marked.includes(word), `${query}: ${word} is marked (marked: ${marked.join(', ')})`)
    }
  })

  test("a snippet is the article's own text, with nothing but the matched words marked", async () => {
    const result = await search('Hafen -Kiel')
    const hit = result.hits[0]!
    const joined = hit.snippet.map((part) => part.text).join('')
    assert.ok(hamburgHafen.body.some((block) => block.text.includes(joined.trim())), joined)
    assert.deepEqual(hit.snippet.filter((part) => part.match).map((part) => part.text), ['Hafen'])
    assert.ok(hit.snippet.some((part) => !part.match), 'the rest of the sentence is there, unmarked')
  })
})

describe('ranking', async () => {
  const store = await freshStore('ranking')
  const search = searcher(store)

  const inHeadline = article({ headline: 'Windpark vor der Küste genehmigt', text: 'Der Bau beginnt im Herbst, sagt die Behörde.' })
  const inBody = article({ headline: 'Neue Pläne für die Küste', text: 'Ein Windpark soll dort entstehen, sagt die Behörde.' })
  await store.articles.saveAll([inBody, inHeadline], { actor: 'test' })

  test('a headline match ranks above a body-only match', async () => {
    for (const percent of [0, 20]) {
      assert.deepEqual(idsOf(await search('Windpark', { freshness: { percent, halfLifeDays: 30 } })), [inHeadline.id, inBody.id], `freshness ${percent}`)
    }
  })

  test('a lead match ranks above a body-only match', async () => {
    const lead = article({ headline: 'Was die Gemeinde plant', lead: 'Das Solardach kommt.', text: 'Der Rat hat entschieden.' })
    const body = article({ headline: 'Was die Stadt plant', lead: 'Der Rat hat entschieden.', text: 'Das Solardach kommt.' })
    await store.articles.saveAll([body, lead], { actor: 'test' })
    assert.deepEqual(idsOf(await search('Solardach', { freshness: { percent: 0, halfLifeDays: 30 } })), [lead.id, body.id])
  })

  test('with no freshness, a year-old headline match still ranks above a new body-only match', async () => {
    const old = article({ headline: 'Gezeitenkraftwerk geplant', text: 'Die Planung läuft.', publishedAt: '2024-04-20T10:00:00+02:00' })
    const recent = article({ headline: 'Neues aus dem Norden', text: 'Ein Gezeitenkraftwerk ist im Gespräch.', publishedAt: '2025-04-30T10:00:00+02:00' })
    await store.articles.saveAll([recent, old], { actor: 'test' })
    assert.deepEqual(idsOf(await search('Gezeitenkraftwerk', { freshness: { percent: 0, halfLifeDays: 30 } })), [old.id, recent.id])
  })

  describe('freshness', async () => {
    // Two articles with the same text; only their dates differ, and the test swaps them.
    const text = { headline: 'Deichbau an der Nordsee', lead: 'Der Deich wird erhöht.', text: 'Der Deichbau dauert drei Jahre.' }
    const first = article({ ...text, slug: 'deichbau-eins' })
    const second = article({ ...text, slug: 'deichbau-zwei' })
    const older = '2024-01-10T10:00:00+01:00'
    const newer = '2025-04-28T10:00:00+02:00'

    async function dated(newest: Article): Promise<void> {
      for (const item of [first, second]) {
        const stored = (await store.articles.get(item.id))!
        const publishedAt = item.id === newest.id ? newer : older
        await store.articles.update({ ...stored.article, publishedAt }, { actor: 'test', expectedVersion: stored.version })
      }
    }
    await store.articles.saveAll([first, second], { actor: 'test' })

    test('with freshness above 0, the newer of two equal articles ranks first, whichever it is', async () => {
      for (const newest of [first, second]) {
        await dated(newest)
        const order = idsOf(await search('Deichbau', { freshness: { percent: 20, halfLifeDays: 30 } }))
        assert.equal(order[0], newest.id)
        assert.equal(order.length, 2)
      }
    })

    test('with freshness 0, the dates do not change the order', async () => {
      await dated(first)
      const one = idsOf(await search('Deichbau', { freshness: { percent: 0, halfLifeDays: 30 } }))
      await dated(second)
      const other = idsOf(await search('Deichbau', { freshness: { percent: 0, halfLifeDays: 30 } }))
      assert.deepEqual(one, other)
      assert.equal(one.length, 2)
    })

    test("order 'newest' puts the newest first, however relevant", async () => {
      await dated(second)
      const result = await search('Deichbau', { order: 'newest', freshness: { percent: 0, halfLifeDays: 30 } })
      assert.deepEqual(idsOf(result), [second.id, first.id])
      await dated(first)
      assert.deepEqual(idsOf(await search('Deichbau', { order: 'newest' })), [first.id, second.id])
    })
  })

  test("order 'newest' sorts by publication date even against relevance", async () => {
    const byRelevance = idsOf(await search('Gezeitenkraftwerk', { freshness: { percent: 0, halfLifeDays: 30 } }))
    const byDate = await search('Gezeitenkraftwerk', { order: 'newest' })
    assert.deepEqual(idsOf(byDate), [...byRelevance].reverse(), 'the new body match now comes before the old headline match')
    const dates = byDate.hits.map((hit) => Date.parse(hit.article.publishedAt!))
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a))
  })
})

describe('filters', async () => {
  const store = await freshStore('filters')
  const search = searcher(store)

  const politik = article({
    section: 'Politik',
    headline: 'Brückengipfel in Berlin',
    text: 'Der Brückengipfel beginnt.',
    publishedAt: '2025-03-01T09:00:00+01:00',
    entities: [{ name: 'Ukraine', slug: 'ukraine', kind: 'place' }],
    authors: ['Anna Beispiel'],
  })
  const lokales = article({
    section: 'Lokales',
    headline: 'Brückengipfel der Stadtwerke',
    text: 'Auch lokal gibt es einen Brückengipfel.',
    publishedAt: '2025-04-01T09:00:00+02:00',
    entities: [{ name: 'Kassel', slug: 'kassel', kind: 'place' }],
    authors: ['Bernd Muster', 'Anna Beispiel-Schmidt'],
  })
  const wirtschaft = article({
    section: 'Wirtschaft',
    headline: 'Brückengipfel der Banken',
    text: 'Ein Brückengipfel ohne Ergebnis.',
    publishedAt: '2025-04-15T09:00:00+02:00',
    entities: [{ name: 'Ukraine', slug: 'ukraine', kind: 'place' }],
    authors: ['Bernd Muster'],
  })
  await store.articles.saveAll([politik, lokales, wirtschaft], { actor: 'test' })
  const all = new Set([politik.id, lokales.id, wirtschaft.id])

  test('without filters, every article with the word', async () => {
    assert.deepEqual(new Set(idsOf(await search('Brückengipfel'))), all)
  })

  test('by section slug', async () => {
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { section: 'lokales' } })), [lokales.id])
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { section: 'wirtschaft' } })), [wirtschaft.id])
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { section: 'sport' } })), [])
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { section: 'Lokales' } })), [], 'the slug, not the name')
  })

  test('by date range: from is inclusive, until exclusive', async () => {
    const range = (from?: string, until?: string) =>
      search('Brückengipfel', { filters: { ...(from && { from: new Date(from) }), ...(until && { until: new Date(until) }) } })
    assert.deepEqual(new Set(idsOf(await range('2025-03-15T00:00:00Z'))), new Set([lokales.id, wirtschaft.id]))
    assert.deepEqual(new Set(idsOf(await range(undefined, '2025-03-15T00:00:00Z'))), new Set([politik.id]))
    assert.deepEqual(idsOf(await range('2025-03-15T00:00:00Z', '2025-04-10T00:00:00Z')), [lokales.id])
    assert.deepEqual(idsOf(await range(lokales.publishedAt!)), idsOf(await range('2025-03-15T00:00:00Z')).filter((id) => id !== politik.id))
    assert.ok(idsOf(await range(lokales.publishedAt!)).includes(lokales.id), 'from the exact moment includes it')
    assert.ok(!idsOf(await range(undefined, lokales.publishedAt!)).includes(lokales.id), 'until the exact moment excludes it')
    assert.deepEqual(idsOf(await range('2026-01-01T00:00:00Z')), [])
  })

  test('by entity slug', async () => {
    assert.deepEqual(new Set(idsOf(await search('Brückengipfel', { filters: { entity: 'ukraine' } }))), new Set([politik.id, wirtschaft.id]))
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { entity: 'kassel' } })), [lokales.id])
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { entity: 'ukr' } })), [], 'a whole slug, not a part')
  })

  test('by author, the whole name only', async () => {
    assert.deepEqual(new Set(idsOf(await search('Brückengipfel', { filters: { author: 'Bernd Muster' } }))), new Set([lokales.id, wirtschaft.id]))
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { author: 'Anna Beispiel' } })), [politik.id], 'not Anna Beispiel-Schmidt')
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { author: 'Muster' } })), [])
    assert.deepEqual(idsOf(await search('Brückengipfel', { filters: { author: '%' } })), [], 'LIKE wildcards are literal')
  })

  test('filters combine', async () => {
    const result = await search('Brückengipfel', { filters: { entity: 'ukraine', author: 'Bernd Muster', from: new Date('2025-04-01T00:00:00Z') } })
    assert.deepEqual(idsOf(result), [wirtschaft.id])
    assert.equal(result.total, 1)
  })

  test('a filter applies to corrections and to articles with some of the words', async () => {
    const typo = await search('Brückengipfle', { filters: { section: 'lokales' } })
    assert.deepEqual(idsOf(typo), [lokales.id])
    const some = await search('Brückengipfel Pinguinkolonie', { filters: { section: 'wirtschaft' } })
    assert.deepEqual(idsOf(some), [wirtschaft.id])
  })
})

describe('published content only', async () => {
  const store = await freshStore('statuses')
  const search = searcher(store)

  const published = article({ headline: 'Zwergpudel gewinnt Preis', text: 'Der Zwergpudel war der Schnellste.' })
  const others = articleStatuses
    .filter((status) => status !== 'published')
    .map((status) =>
      article({
        status,
        headline: `Zwergpudel im Status ${status}`,
        text: `Geheimer Zwergpudelplan Nummer ${status}.`,
        publishedAt: status === 'draft' || status === 'review' ? null : '2025-04-25T10:00:00+02:00',
      }),
    )
  await store.articles.saveAll([published, ...others], { actor: 'test' })

  test("with statuses ['published'], drafts and every other status never appear", async () => {
    for (const query of ['Zwergpudel', 'Zwergpudel*', 'Zwergpudelplan', '"Geheimer Zwergpudelplan"', 'Status']) {
      const result = await search(query)
      assert.ok(idsOf(result).every((id) => id === published.id), `${query}: ${idsOf(result).join(', ')}`)
      for (const hit of result.hits) assert.doesNotMatch(hit.snippet.map((part) => part.text).join(''), /Geheim/, query)
    }
    assert.equal((await search('Zwergpudel')).total, 1)
  })

  test('with every status, drafts and the rest appear', async () => {
    const result = await search('Zwergpudel', { filters: { statuses: articleStatuses } })
    assert.deepEqual(new Set(idsOf(result)), new Set([published.id, ...others.map((item) => item.id)]))
    assert.equal(result.total, articleStatuses.length)
  })

  test('with only draft, only the draft', async () => {
    const draft = others.find((item) => item.status === 'draft')!
    assert.deepEqual(idsOf(await search('Zwergpudel', { filters: { statuses: ['draft'] } })), [draft.id])
  })

  test('with no statuses at all, nothing', async () => {
    assert.deepEqual(idsOf(await search('Zwergpudel', { filters: { statuses: [] } })), [])
  })

  test(
    "a spelling correction names no draft's word, and names the query its hits are for",
    async () => {
      // Published: Hafenkante. Two drafts: Hafenkanne, a word no reader may see.
      const kante = article({ headline: 'Fest an der Hafenkante', text: 'Die Hafenkante war voll.' })
      const drafts = [1, 2].map((n) =>
        article({ status: 'draft', publishedAt: null, headline: `Vertraulich ${n}`, text: `Die Hafenkanne ist Geheimsache ${n}.` }),
      )
      await store.articles.saveAll([kante, ...drafts], { actor: 'test' })
      // One letter off both words.
      const result = await search('Hafenkanxe')
      assert.deepEqual(idsOf(result), [kante.id], 'the published article is found')
      assert.ok(result.correctedTo, 'as a correction')
      assert.doesNotMatch(result.correctedTo, /Hafenkanne/i, 'a word of a draft reaches a reader')
      assert.deepEqual(idsOf(await search(result.correctedTo)), idsOf(result), 'the corrected query finds these hits')
    },
  )
})

describe('pages and limits', async () => {
  const store = await freshStore('pages')
  const search = searcher(store)
  const items = Array.from({ length: 7 }, (_, i) =>
    article({ headline: `Leuchtturm Nummer ${i + 1}`, text: 'Der Leuchtturm steht am Meer.', publishedAt: `2025-04-0${i + 1}T10:00:00+02:00` }),
  )
  await store.articles.saveAll(items, { actor: 'test' })

  test('pages split the hits without gaps or repeats, and each knows the total', async () => {
    const pages: string[][] = []
    for (const page of [1, 2, 3]) {
      const result = await search('Leuchtturm', { page, pageSize: 3 })
      assert.equal(result.total, items.length, `page ${page}`)
      pages.push(idsOf(result))
    }
    assert.deepEqual(pages.map((ids) => ids.length), [3, 3, 1])
    assert.deepEqual(new Set(pages.flat()), new Set(items.map((item) => item.id)))
    assert.deepEqual(idsOf(await search('Leuchtturm', { page: 4, pageSize: 3 })), [])
    assert.equal((await search('Leuchtturm', { page: 4, pageSize: 3 })).total, items.length, 'a page past the end still knows the total')
  })

  test('the pages of order newest follow each other', async () => {
    const first = await search('Leuchtturm', { page: 1, pageSize: 4, order: 'newest' })
    const second = await search('Leuchtturm', { page: 2, pageSize: 4, order: 'newest' })
    const dates = [...first.hits, ...second.hits].map((hit) => hit.article.publishedAt!)
    assert.deepEqual(dates, [...dates].sort().reverse())
  })

  test('an overlong query is searched by its beginning and says truncated', async () => {
    const result = await search(`Leuchtturm ${'Meer '.repeat(2_000)}`)
    assert.equal(result.truncated, true)
    assert.equal(result.query, 'Leuchtturm Meer')
    assert.equal(result.total, items.length)
    assert.equal((await search('Leuchtturm')).truncated, false)
  })

  test(
    'a 10,000-character word is answered within two seconds',
    async () => {
      const started = performance.now()
      const result = await search('x'.repeat(10_000))
      const elapsed = performance.now() - started
      assert.equal(result.truncated, true)
      assert.equal(result.total, 0)
      assert.ok(elapsed < 2_000, `took ${Math.round(elapsed)} ms`)
    },
  )

  test(
    'a long word with umlauts is answered, not an SQL error',
    async () => {
      for (const text of ['ä'.repeat(600), 'Straßenbahnüberführung'.repeat(30), `Leuchtturm ${'ß'.repeat(600)}`]) {
        const result = await search(text)
        assert.equal(result.truncated, true)
        assert.equal(result.correctedTo, undefined)
      }
    },
  )

  test('the query is given back as read: control characters and syntax gone', async () => {
    const result = await search('\u0000Leuchtturm\u202e NEAR( ^ :')
    assert.equal(result.query, 'Leuchtturm NEAR')
  })
})

describe('prefixes', async () => {
  const store = await freshStore('prefixes')
  const search = searcher(store)

  const politik = article({ headline: 'Debatte im Landtag', text: 'Die Politik der Regierung steht in der Kritik.' })
  const politikerin = article({ headline: 'Porträt', text: 'Eine Politikerin aus Kassel.' })
  const strasse = article({ headline: 'Sperrung', text: 'Die Straße bleibt bis Freitag zu.' })
  const einerseits = article({ headline: 'Abwägung', text: 'Einerseits ist eine Lösung nah.' })
  const neubau = article({ headline: 'Wohnungsmarkt', text: 'Der Neubau stockt.' })
  const ergebnis = article({ headline: 'Wahlabend', text: 'Das Ergebnis liegt vor.' })
  await store.articles.saveAll([politik, politikerin, strasse, einerseits, neubau, ergebnis], { actor: 'test' })

  test('a prefix that ends inside an ending the stemmer cuts finds the word: Politi*, Regierun*', async () => {
    assert.deepEqual(new Set(idsOf(await search('Politi*'))), new Set([politik.id, politikerin.id]))
    assert.deepEqual(idsOf(await search('Regierun*')), [politik.id])
    assert.ok(markedWords(await search('Politi*'), politik.id).includes('Politik'))
  })

  test('a prefix finds the other forms of the word it ends in: Straßen* finds Straße, Ergebnisse* finds Ergebnis', async () => {
    assert.deepEqual(idsOf(await search('Straßen*')), [strasse.id])
    assert.deepEqual(idsOf(await search('Ergebnisse*')), [ergebnis.id])
  })

  test('a prefix whose stem is a stop word does not mark the stop words', async () => {
    const result = await search('Einer*')
    assert.deepEqual(idsOf(result), [einerseits.id])
    assert.deepEqual(markedWords(result, einerseits.id), ['Einerseits'])
  })

  test('ue after a vowel is not read as an umlaut: Neue* does not find Neubau', async () => {
    assert.deepEqual(idsOf(await search('Neue*')), [])
    assert.deepEqual(idsOf(await search('Neub*')), [neubau.id])
  })
})
