import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { isDepescheError } from '../errors.ts'
import type { CoReads, HourlyReads, ReadingSignals } from './reading-signals.ts'
import type { RecommendableArticle } from './recommendable-article.ts'
import type { Recommendation, RecommendationRequest, RecommendationRules } from './recommendation.ts'
import { buildRecommender } from './recommender.ts'

const HOUR = 3_600_000
const NOW = Date.parse('2026-03-02T12:00:00Z')
const noSignals: ReadingSignals = { reads: [], coReads: [] }
const noRules: RecommendationRules = { pinned: [], excluded: [] }

function article(id: string, fields: Partial<RecommendableArticle> = {}): RecommendableArticle {
  const sectionSlug = fields.sectionSlug ?? 'politik'
  return {
    id,
    headline: `Schlagzeile ${id}`,
    sectionSlug,
    sectionName: sectionSlug[0]!.toUpperCase() + sectionSlug.slice(1),
    publishedMs: NOW - 5 * HOUR,
    entities: [],
    // A word of its own, so that no two articles are alike unless a test says so.
    terms: [`wort${id}`],
    ...fields,
  }
}

/** `count` unrelated articles `x00`…, an hour apart, the first the newest. */
function unrelated(count: number, fields: Partial<RecommendableArticle> = {}): RecommendableArticle[] {
  return Array.from({ length: count }, (_, k) => article(`x${String(k).padStart(2, '0')}`, { publishedMs: NOW - (k + 1) * HOUR, ...fields }))
}

function reads(articleId: string, count: number, hoursAgo = 1): HourlyReads {
  return { articleId, hourMs: NOW - hoursAgo * HOUR, reads: count }
}

function coReads(fromId: string, toId: string, count: number): CoReads {
  return { fromId, toId, reads: count }
}

function request(fields: Partial<RecommendationRequest> = {}): RecommendationRequest {
  return { currentId: null, history: [], limit: 5, nowMs: NOW, rules: noRules, ...fields }
}

const ids = (block: readonly Recommendation[]) => block.map((pick) => pick.articleId)

// A story told five times: the same people, places and words.
const storyEntities = ['keir-starmer', 'ukraine', 'donald-trump']
const storyTerms = ['sicherheitsgarantie', 'friedensplan', 'waffenstillstand', 'truppen', 'london']
const story = (id: string, hoursAgo = 2) =>
  article(id, { entities: storyEntities, terms: [...storyTerms, `eigen${id}`], publishedMs: NOW - hoursAgo * HOUR })

describe('what the block never shows', () => {
  const articles = [article('a'), article('b'), article('c'), article('d'), ...unrelated(10)]
  // Every one of a, b, c, d is read a lot and read together: the ranking would want them.
  const signals: ReadingSignals = {
    reads: ['a', 'b', 'c', 'd'].map((id) => reads(id, 500)),
    coReads: [coReads('a', 'b', 50), coReads('a', 'c', 50), coReads('a', 'd', 50), coReads('b', 'c', 50)],
  }
  const recommender = buildRecommender({ articles, signals, nowMs: NOW })

  test('the page article, the read ones and the excluded ones are left out, and the block is still full', () => {
    const block = recommender.recommend(request({ currentId: 'a', history: ['b'], rules: { pinned: [], excluded: ['c'] } }))
    assert.equal(block.length, 5)
    for (const id of ['a', 'b', 'c']) assert.ok(!ids(block).includes(id), `${id} must not be recommended`)
    assert.equal(block[0]!.articleId, 'd')
  })

  test('every article read is left out, not only the recent ones that shape the ranking', () => {
    const history = [...unrelated(10).map((a) => a.id), 'b', 'c', 'd']
    const block = recommender.recommend(request({ currentId: 'a', history, limit: 3 }))
    assert.deepEqual(ids(block), [])
  })

  test('an article published after `nowMs` is not shown yet', () => {
    const scheduled = buildRecommender({
      articles: [article('later', { publishedMs: NOW + HOUR }), ...unrelated(6)],
      signals: { reads: [reads('later', 1000, 0)], coReads: [] },
      nowMs: NOW,
    })
    assert.ok(!ids(scheduled.recommend(request({ limit: 6 }))).includes('later'))
    assert.ok(ids(scheduled.recommend(request({ limit: 6, nowMs: NOW + 2 * HOUR }))).includes('later'))
  })

  test('a block never repeats an article', () => {
    const block = recommender.recommend(request({ currentId: 'a', limit: 14, rules: { pinned: ['d', 'd', 'x01'], excluded: [] } }))
    assert.equal(new Set(ids(block)).size, block.length)
    assert.equal(block.length, 13)
  })
})

describe('editors’ pins', () => {
  const articles = [article('a'), article('b'), article('p1'), article('p2'), article('p3'), ...unrelated(8)]
  const signals: ReadingSignals = { reads: [reads('b', 100)], coReads: [coReads('a', 'b', 40)] }
  const recommender = buildRecommender({ articles, signals, nowMs: NOW })

  test('come first, in the editors’ order, with the reason `pinned`, and the ranking follows', () => {
    const block = recommender.recommend(request({ currentId: 'a', rules: { pinned: ['p2', 'p1'], excluded: [] } }))
    assert.deepEqual(ids(block).slice(0, 3), ['p2', 'p1', 'b'])
    assert.deepEqual(block[0]!.reason, { kind: 'pinned' })
    assert.deepEqual(block[1]!.reason, { kind: 'pinned' })
    assert.equal(block[2]!.reason.kind, 'co-read')
    assert.equal(block.length, 5)
  })

  test('more pins than slots: the first ones, in order', () => {
    const block = recommender.recommend(request({ currentId: 'a', limit: 2, rules: { pinned: ['p3', 'p1', 'p2'], excluded: [] } }))
    assert.deepEqual(ids(block), ['p3', 'p1'])
  })

  test('a pin that is unknown, excluded, the page article or already read is skipped', () => {
    const block = recommender.recommend(
      request({ currentId: 'a', history: ['p3'], rules: { pinned: ['gibt-es-nicht', 'p1', 'a', 'p3', 'p2'], excluded: ['p1'] } }),
    )
    assert.deepEqual(ids(block).slice(0, 2), ['p2', 'b'])
    assert.equal(block.filter((pick) => pick.reason.kind === 'pinned').length, 1)
  })
})

describe('reasons', () => {
  const articles = [
    article('seite'),
    article('gelesen', { sectionSlug: 'sport' }),
    article('mit-seite', { sectionSlug: 'kultur' }),
    article('mit-gelesen', { sectionSlug: 'kultur' }),
    article('aehnlich', { entities: ['olaf-scholz'], terms: ['haushalt', 'schuldenbremse'], sectionSlug: 'wirtschaft', publishedMs: NOW - 200 * HOUR }),
    article('beliebt', { sectionSlug: 'wirtschaft', publishedMs: NOW - 300 * HOUR }),
    article('neu', { sectionSlug: 'wissen', publishedMs: NOW - 0.1 * HOUR }),
  ]
  articles[0] = article('seite', { entities: ['olaf-scholz'], terms: ['haushalt', 'schuldenbremse', 'bundestag'] })
  // Old enough that their freshness says nothing.
  const old = articles.map((a) => (a.id === 'neu' ? a : { ...a, publishedMs: Math.min(a.publishedMs, NOW - 400 * HOUR) }))
  const signals: ReadingSignals = {
    reads: [reads('beliebt', 5000), reads('mit-seite', 10), reads('mit-gelesen', 10)],
    coReads: [coReads('seite', 'mit-seite', 30), coReads('gelesen', 'mit-gelesen', 30)],
  }
  const recommender = buildRecommender({ articles: old, signals, nowMs: NOW })
  const block = recommender.recommend(request({ currentId: 'seite', history: ['gelesen'] }))
  const reasonOf = (id: string) => block.find((pick) => pick.articleId === id)?.reason

  test('a co-read pick names the article that brought it: the page’s or one from the history', () => {
    assert.deepEqual(reasonOf('mit-seite'), { kind: 'co-read', becauseOf: 'seite' })
    assert.deepEqual(reasonOf('mit-gelesen'), { kind: 'co-read', becauseOf: 'gelesen' })
  })

  test('a similar pick names the article it is like', () => {
    assert.deepEqual(reasonOf('aehnlich'), { kind: 'similar', becauseOf: 'seite' })
  })

  test('a popular pick and a fresh pick name their section', () => {
    assert.deepEqual(reasonOf('beliebt'), { kind: 'popular', sectionSlug: 'wirtschaft' })
    assert.deepEqual(reasonOf('neu'), { kind: 'fresh', sectionSlug: 'wissen' })
  })

  test('a pick similar to the history, not to the page, names the history article', () => {
    const withHistory = buildRecommender({
      articles: [
        article('seite'),
        article('frueher', { entities: ['bayern-muenchen'], terms: ['bundesliga', 'tabellenfuehrung'], sectionSlug: 'sport' }),
        article('frueher2', { sectionSlug: 'kultur' }),
        article('passt', { entities: ['bayern-muenchen'], terms: ['bundesliga', 'tabellenfuehrung', 'trainer'], sectionSlug: 'sport' }),
        ...unrelated(6, { publishedMs: NOW - 500 * HOUR }),
      ],
      signals: noSignals,
      nowMs: NOW,
    })
    const picks = withHistory.recommend(request({ currentId: 'seite', history: ['frueher', 'frueher2'] }))
    assert.deepEqual(picks[0], { ...picks[0], articleId: 'passt', reason: { kind: 'similar', becauseOf: 'frueher' } })
  })

  test('what every candidate has alike is not a reason: equally new articles picked for their content say `similar`', () => {
    const sameAge = buildRecommender({
      articles: [
        article('seite', { terms: ['klimagipfel', 'emissionen', 'kohleausstieg'], publishedMs: NOW - HOUR }),
        article('wenig', { terms: ['emissionen', 'kohleausstieg', 'stahlwerk', 'wasserstoff', 'subvention', 'standort'], publishedMs: NOW - HOUR }),
        ...unrelated(8, { publishedMs: NOW - HOUR }),
      ],
      signals: noSignals,
      nowMs: NOW,
    })
    const [first] = sameAge.recommend(request({ currentId: 'seite' }))
    assert.equal(first!.articleId, 'wenig')
    // Its freshness part is larger than its similarity part, but every candidate has the same.
    assert.deepEqual(first!.reason, { kind: 'similar', becauseOf: 'seite' })
  })

  test('a pick that shares only the section (or a single word) is not called similar', () => {
    const sectionOnly = buildRecommender({
      articles: [
        article('seite', { terms: ['klimagipfel', 'emissionen'], sectionSlug: 'politik', publishedMs: NOW - HOUR }),
        article('nachbar', { terms: ['emissionen', 'fundbuero', 'regenschirm'], sectionSlug: 'politik', publishedMs: NOW - HOUR }),
        ...unrelated(8, { publishedMs: NOW - 30 * HOUR, sectionSlug: 'sport' }),
      ],
      signals: noSignals,
      nowMs: NOW,
    })
    const picks = sectionOnly.recommend(request({ currentId: 'seite' }))
    const neighbour = picks.find((pick) => pick.articleId === 'nachbar')
    assert.ok(neighbour, 'still picked: the same section and a word in common')
    assert.notEqual(neighbour.reason.kind, 'similar')
  })

  test('every pick carries a score and a reason of the known kinds', () => {
    for (const pick of block) {
      assert.ok(Number.isFinite(pick.score) && pick.score >= 0)
      assert.ok(['co-read', 'similar', 'popular', 'fresh'].includes(pick.reason.kind))
    }
  })
})

describe('diversification', () => {
  test('five articles about one story do not fill the block', () => {
    const articles = [story('seite', 3), ...['s1', 's2', 's3', 's4', 's5'].map((id) => story(id)), ...unrelated(8, { sectionSlug: 'panorama' })]
    const recommender = buildRecommender({ articles, signals: { reads: unrelated(8).map((a) => reads(a.id, 20)), coReads: [] }, nowMs: NOW })
    const block = recommender.recommend(request({ currentId: 'seite' }))
    const fromStory = ids(block).filter((id) => id.startsWith('s'))
    assert.equal(block.length, 5)
    assert.ok(fromStory.length >= 1, 'the story is represented')
    assert.ok(fromStory.length <= 2, `at most two of the story, got ${fromStory.join(', ')}`)
  })

  test('without diversification the same ranking would show the story five times', () => {
    const articles = [story('seite', 3), ...['s1', 's2', 's3', 's4', 's5'].map((id) => story(id)), ...unrelated(8, { sectionSlug: 'panorama' })]
    const recommender = buildRecommender({ articles, signals: noSignals, nowMs: NOW, options: { diversity: 0, sectionShare: 1 } })
    assert.deepEqual(ids(recommender.recommend(request({ currentId: 'seite' }))).sort(), ['s1', 's2', 's3', 's4', 's5'])
  })

  test('one section fills at most three of five places while others have articles', () => {
    const articles = [...unrelated(8, { sectionSlug: 'sport' }), article('k1', { sectionSlug: 'kultur', publishedMs: NOW - 50 * HOUR })]
    articles.push(article('k2', { sectionSlug: 'kultur', publishedMs: NOW - 60 * HOUR }))
    const recommender = buildRecommender({ articles, signals: noSignals, nowMs: NOW })
    const block = recommender.recommend(request())
    assert.equal(block.filter((pick) => pick.articleId.startsWith('x')).length, 3)
  })

  test('the section cap gives way rather than leave a place empty', () => {
    const recommender = buildRecommender({ articles: unrelated(8, { sectionSlug: 'sport' }), signals: noSignals, nowMs: NOW })
    assert.equal(recommender.recommend(request()).length, 5)
  })
})

describe('cold start', () => {
  test('no signals, no history, an article the recommender has never seen: the block is full', () => {
    const recommender = buildRecommender({ articles: unrelated(12), signals: noSignals, nowMs: NOW })
    const block = recommender.recommend(request({ currentId: 'brandneu', history: [] }))
    assert.equal(block.length, 5)
    assert.deepEqual(ids(block), ['x00', 'x01', 'x02', 'x03', 'x04'])
    assert.ok(block.every((pick) => pick.reason.kind === 'fresh'))
  })

  test('no page article (a section front) and old articles only: still full', () => {
    const recommender = buildRecommender({ articles: unrelated(7, { publishedMs: NOW - 2000 * HOUR }), signals: noSignals, nowMs: NOW })
    assert.equal(recommender.recommend(request({ limit: 6 })).length, 6)
  })

  test('a new article with no reads gets its similar articles from its content alone', () => {
    const recommender = buildRecommender({ articles: [story('neu', 0), story('frueher', 30), ...unrelated(10)], signals: noSignals, nowMs: NOW })
    const block = recommender.recommend(request({ currentId: 'neu' }))
    assert.deepEqual(block[0], { ...block[0], articleId: 'frueher', reason: { kind: 'similar', becauseOf: 'neu' } })
  })

  test('fewer articles than places: every one that may be shown', () => {
    const recommender = buildRecommender({ articles: unrelated(3), signals: noSignals, nowMs: NOW })
    assert.deepEqual(ids(recommender.recommend(request({ currentId: 'x00', limit: 5 }))).sort(), ['x01', 'x02'])
    assert.deepEqual(recommender.recommend(request({ limit: 0 })), [])
  })

  test('an empty catalogue gives an empty block', () => {
    const recommender = buildRecommender({ articles: [], signals: noSignals, nowMs: NOW })
    assert.deepEqual(recommender.recommend(request({ currentId: 'x' })), [])
    assert.equal(recommender.articleCount, 0)
  })
})

describe('ranking', () => {
  const articles = [article('a'), article('mit'), article('ohne'), ...unrelated(6, { publishedMs: NOW - 300 * HOUR })]
  const signals: ReadingSignals = {
    reads: [reads('mit', 10), reads('ohne', 10)],
    coReads: [coReads('a', 'mit', 12), coReads('x00', 'ohne', 12)],
  }
  const recommender = buildRecommender({ articles, signals, nowMs: NOW })

  test('an article read together with the page article beats an unrelated one as popular and as new', () => {
    const [withCo, without] = recommender.score({ currentId: 'a', history: [], nowMs: NOW }, ['mit', 'ohne'])
    assert.ok(withCo! > without!, `${withCo} > ${without}`)
    assert.equal(recommender.recommend(request({ currentId: 'a' }))[0]!.articleId, 'mit')
  })

  test('read together with the reader’s history counts too', () => {
    const [withCo, without] = recommender.score({ currentId: null, history: ['a'], nowMs: NOW }, ['mit', 'ohne'])
    assert.ok(withCo! > without!)
  })

  test('score: unknown ids score 0, known ones more, one number per id in order', () => {
    const scores = recommender.score({ currentId: 'a', history: [], nowMs: NOW }, ['gibt-es-nicht', 'mit', 'ohne', 'mit'])
    assert.equal(scores.length, 4)
    assert.equal(scores[0], 0)
    assert.ok(scores[1]! > 0 && scores[2]! > 0)
    assert.equal(scores[1], scores[3])
  })

  test('the block’s scores are the ranking’s scores', () => {
    const block = recommender.recommend(request({ currentId: 'a' }))
    const scores = recommender.score({ currentId: 'a', history: [], nowMs: NOW }, ids(block))
    assert.deepEqual(block.map((pick) => pick.score), scores)
  })

  test('more recent reads count more for popularity', () => {
    const recent = buildRecommender({
      articles: [article('heute'), article('gestern'), article('a')],
      signals: { reads: [reads('heute', 50, 1), reads('gestern', 60, 48)], coReads: [] },
      nowMs: NOW,
    })
    const [today, yesterday] = recent.score({ currentId: null, history: [], nowMs: NOW }, ['heute', 'gestern'])
    assert.ok(today! > yesterday!)
  })
})

describe('robustness', () => {
  const articles = [article('a'), article('b'), article('c'), ...unrelated(10)]
  const signals: ReadingSignals = {
    reads: [reads('b', 30), reads('c', 5), reads('nicht-im-katalog', 1000)],
    coReads: [coReads('a', 'b', 5), coReads('a', 'nicht-im-katalog', 50), coReads('nicht-im-katalog', 'c', 50)],
  }
  const build = () => buildRecommender({ articles, signals, nowMs: NOW })

  test('unknown ids in the history, the page and the signals are ignored', () => {
    const recommender = build()
    const plain = recommender.recommend(request({ currentId: 'a', history: ['b'] }))
    const noisy = recommender.recommend(request({ currentId: 'a', history: ['weg', 'b', 'auch-weg'] }))
    assert.deepEqual(noisy, plain)
    assert.equal(recommender.recommend(request({ currentId: 'unbekannt', history: ['weg'] })).length, 5)
    assert.equal(recommender.has('nicht-im-katalog'), false)
    assert.equal(recommender.has('a'), true)
    assert.equal(recommender.articleCount, 13)
  })

  test('deterministic: the same input gives the same block, whatever was asked before', () => {
    const first = build()
    const second = build()
    const ask = request({ currentId: 'a', history: ['x03', 'x05'] })
    const answer = first.recommend(ask)
    first.recommend(request({ currentId: 'b', history: ['c', 'x01'], rules: { pinned: ['x09'], excluded: ['x02'] } }))
    first.score({ currentId: 'c', history: ['a'], nowMs: NOW }, ['b', 'x00'])
    assert.deepEqual(first.recommend(ask), answer)
    assert.deepEqual(second.recommend(ask), answer)
  })

  test('a repeated id in the articles: the first one counts', () => {
    const recommender = buildRecommender({ articles: [article('a'), article('a', { sectionSlug: 'sport' }), article('b')], signals: noSignals, nowMs: NOW })
    assert.equal(recommender.articleCount, 2)
  })

  test('an impossible option is refused with a message that names it', () => {
    assert.throws(
      () => buildRecommender({ articles, signals, nowMs: NOW, options: { popularityHalfLifeHours: 0 } }),
      (error: unknown) => isDepescheError(error) && error.code === 'invalid_config' && error.message.includes('popularityHalfLifeHours'),
    )
    assert.throws(() => buildRecommender({ articles, signals, nowMs: NOW, options: { diversity: Number.NaN } }), /diversity/)
  })
})
