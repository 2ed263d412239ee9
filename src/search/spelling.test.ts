import { after, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { articleStatuses, type Article } from '../article/article.ts'
import type { SearchFilters } from '../store/search-repository.ts'
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts'
import { stemKey, surfaceKey } from '../text/search-terms.ts'
import { sampleArticle } from '../../test/helpers/sample-article.ts'
import { tempDir } from '../../test/helpers/temp-dir.ts'
import { corrections, MIN_CORRECTED_LENGTH, oneEditAway } from './spelling.ts'

/**
 * Edit distance with adjacent transpositions (optimal string alignment), the
 * measure `oneEditAway` promises: written out here so the test does not rely
 * on the code under test.
 */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

describe('oneEditAway', () => {
  const variants = oneEditAway('haus')

  test('contains every deletion', () => {
    for (const deleted of ['aus', 'hus', 'has', 'hau']) assert.ok(variants.includes(deleted), deleted)
  })

  test('contains insertions at every position, also at the ends', () => {
    for (const inserted of ['shaus', 'hxaus', 'haaus', 'hauus', 'hauss', 'hause']) assert.ok(variants.includes(inserted), inserted)
  })

  test('contains substitutions of every letter', () => {
    for (const substituted of ['maus', 'hals', 'hans', 'hauf', 'hdus']) assert.ok(variants.includes(substituted), substituted)
  })

  test('contains the swap of every two neighbouring letters', () => {
    for (const swapped of ['ahus', 'huas', 'hasu']) assert.ok(variants.includes(swapped), swapped)
  })

  test('does not contain the word itself, nor anything twice', () => {
    assert.ok(!variants.includes('haus'))
    assert.equal(new Set(variants).size, variants.length)
    // A doubled letter swapped with itself, or replaced by itself, gives the word again.
    assert.ok(!oneEditAway('strasse').includes('strasse'))
  })

  test('every variant is exactly one edit away', () => {
    for (const word of ['haus', 'garantie', 'strasse', 'ab']) {
      for (const variant of oneEditAway(word)) assert.equal(editDistance(word, variant), 1, `${word} → ${variant}`)
    }
  })

  test('every string one edit away over a-z is there (checked for a short word)', () => {
    const word = 'rat'
    const found = new Set(oneEditAway(word))
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    const expected = new Set<string>()
    // All strings of length 2 to 4 over a-z at distance 1 from "rat", built by brute force.
    const grow = (prefix: string, length: number): void => {
      if (prefix.length === length) {
        if (editDistance(word, prefix) === 1) expected.add(prefix)
        return
      }
      for (const letter of letters) grow(prefix + letter, length)
    }
    for (const length of [2, 3, 4]) grow('', length)
    assert.deepEqual([...found].sort(), [...expected].sort())
  })

  test('uses only the letters of folded surface keys', () => {
    for (const variant of oneEditAway('muenchen')) assert.match(variant, /^[a-z]+$/)
  })

  test('the typo from the issue is one edit from the word meant', () => {
    assert.ok(oneEditAway(surfaceKey('Sicherheitsgarantein')).includes(surfaceKey('Sicherheitsgarantien')))
    assert.ok(oneEditAway(surfaceKey('Munchen')).includes(surfaceKey('München')))
  })

  test('of the empty word: the single letters', () => {
    assert.deepEqual(oneEditAway('').sort(), [...'abcdefghijklmnopqrstuvwxyz'])
  })
})

const PUBLISHED: SearchFilters = { statuses: ['published'] }

describe('corrections against a real index', async () => {
  const store = await openSqliteStore(join(await tempDir(), 'spelling.sqlite'))
  after(() => store.close())

  const paragraph = (text: string): Article['body'] => [{ type: 'paragraph', text }]
  let n = 0
  const article = (text: string) =>
    sampleArticle({ id: `spell${String(++n).padStart(4, '0')}`, headline: `Meldung ${n}`, lead: '', keyPoints: [], tags: [], body: paragraph(text) })

  // Haushaltsentwurf in twelve articles; a rare name (Haushaltsentwurm) in one.
  await store.articles.saveAll(
    [
      ...Array.from({ length: 12 }, () => article('Der Haushaltsentwurf liegt vor.')),
      article('Herr Haushaltsentwurm ist ein seltener Name.'),
      article('Die Sicherheitsgarantien für die Ukraine.'),
      article('Die Sicherheitsgarantien für Moldau.'),
      article('Ein kurzes Wort: Rat.'),
      article('Im Jahr 20255 nicht.'),
      article('Sturm an der Nordseeküste.'),
      ...Array.from({ length: 3 }, () => article('Die Nordseekueste im Winter.')),
      ...Array.from({ length: 3 }, () => ({ ...article('Das Geheimprojekt beginnt.'), status: 'draft' as const, publishedAt: null })),
    ],
    { actor: 'test' },
  )

  test('a word absent from the index is corrected to the word one edit away, as the articles write it', async () => {
    const fixes = await corrections(['Sicherheitsgarantein'], store.search, PUBLISHED)
    const fix = fixes.get('Sicherheitsgarantein')
    assert.ok(fix, 'a correction is offered')
    assert.equal(fix.candidates[0], 'Sicherheitsgarantien')
    const lower = (await corrections(['sicherheitsgarantein'], store.search, PUBLISHED)).get('sicherheitsgarantein')
    assert.equal(lower?.candidates[0], 'sicherheitsgarantien', 'lower-case as it was typed')
  })

  test('a typo in another form of an indexed word is corrected by its stem', async () => {
    // Sicherheitsgarantei is two edits from the indexed Sicherheitsgarantien but one from Sicherheitsgarantie, its singular.
    const fix = (await corrections(['Sicherheitsgarantei'], store.search, PUBLISHED)).get('Sicherheitsgarantei')
    assert.ok(fix, 'a correction by stem')
    assert.deepEqual(fix.candidates, ['Sicherheitsgarantien'], 'offered as the articles write it')
  })

  test('candidates are words of the index, most frequent first, at most three', async () => {
    // "haushaltsentwur" is one deletion from both the frequent and the rare word.
    const fix = (await corrections(['haushaltsentwur'], store.search, PUBLISHED)).get('haushaltsentwur')
    assert.ok(fix)
    assert.ok(fix.candidates.length <= 3)
    assert.equal(fix.candidates[0], 'haushaltsentwurf')
    assert.ok(fix.candidates.includes('haushaltsentwurm'))
    const frequencies = await store.search.stemFrequencies(fix.candidates.map(stemKey))
    const counts = fix.candidates.map((candidate) => frequencies.get(stemKey(candidate)) ?? 0)
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a))
  })

  test('a rare word that is in the index is kept unless a neighbour is far more frequent', async () => {
    // Haushaltsentwurm is in one article, Haushaltsentwurf in twelve: more than ten times as many.
    const rare = (await corrections(['haushaltsentwurm'], store.search, PUBLISHED)).get('haushaltsentwurm')
    assert.equal(rare?.candidates[0], 'haushaltsentwurf')
    // Sicherheitsgarantien is in two articles, with no neighbour at all.
    assert.equal((await corrections(['Sicherheitsgarantien'], store.search, PUBLISHED)).size, 0)
  })

  test('a word spelt as no article spells it is compared as typed, though its stem is known', async () => {
    // Nordseekuste shares its stem with Nordseeküste (one article), yet no article writes it so;
    // Nordseekueste, one edit away, is in three.
    const fix = (await corrections(['Nordseekuste'], store.search, PUBLISHED)).get('Nordseekuste')
    assert.deepEqual(fix?.candidates, ['Nordseekueste'])
  })

  test('a stem that articles have only inside compounds is offered in the spelling one edit away', async () => {
    // Garantien stands only in Sicherheitsgarantien; its stem is indexed as a compound part.
    const fix = (await corrections(['Garantein'], store.search, PUBLISHED)).get('Garantein')
    assert.ok(fix?.candidates.includes('Garantien'), fix?.candidates.join(', '))
  })

  test('a spelling only drafts contain is never offered', async () => {
    assert.equal((await corrections(['Geheimprojekd'], store.search, PUBLISHED)).size, 0)
    const fix = (await corrections(['Geheimprojekd'], store.search, { statuses: articleStatuses })).get('Geheimprojekd')
    assert.deepEqual(fix?.candidates, ['Geheimprojekt'], 'the newsroom, which sees drafts, is offered it')
  })

  test(`words shorter than ${MIN_CORRECTED_LENGTH} letters and words with digits are not corrected`, async () => {
    assert.equal((await corrections(['Rad'], store.search, PUBLISHED)).size, 0, 'Rad is not corrected to Rat')
    assert.equal((await corrections(['20256'], store.search, PUBLISHED)).size, 0)
  })

  test('a word with no neighbour in the index gets no correction', async () => {
    assert.equal((await corrections(['Pinguinkolonie'], store.search, PUBLISHED)).size, 0)
    assert.equal((await corrections([], store.search, PUBLISHED)).size, 0)
  })
})
