import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { CACHE_GENERATION_WORDS, documentTerms, indexTerms, queryPrefixKeys, queryStemKeys, searchWords, stemKey, surfaceKey, wordKeys } from './search-terms.ts'
import { isStopword } from './stopwords.ts'

/**
 * The search analysis: index and query both go through these functions, so
 * the tests state how words relate (same key, part of, distinct from) rather
 * than which exact string a key is.
 */

const KEY = /^[\p{L}\p{N}]+$/u

/** The stem keys of an indexed text, one per entry. */
function indexedStems(text: string): string[] {
  const { stems } = indexTerms(text)
  return stems === '' ? [] : stems.split(' ')
}

describe('folding of case, umlauts and ß', () => {
  test('the surface key folds umlauts to ae/oe/ue and ß to ss, so both spellings meet', () => {
    assert.equal(surfaceKey('München'), surfaceKey('Muenchen'))
    assert.equal(surfaceKey('Straße'), surfaceKey('Strasse'))
    assert.equal(surfaceKey('Öl'), surfaceKey('Oel'))
    assert.equal(surfaceKey('Übergänge'), surfaceKey('Uebergaenge'))
    assert.equal(surfaceKey('STRASSE'), surfaceKey('straße'))
    assert.equal(surfaceKey('GROẞ'), surfaceKey('gross'), 'capital ẞ folds like ß')
    // The unstemmed surface keeps the word apart from one that only differs by the umlaut.
    assert.notEqual(surfaceKey('München'), surfaceKey('Munchen'))
  })

  test('the surface key is lower-case and drops other diacritics', () => {
    assert.equal(surfaceKey('Café'), surfaceKey('cafe'))
    assert.equal(surfaceKey('Łódź'.normalize('NFD')), surfaceKey('Łódź'))
    for (const word of ['München', 'STRASSE', 'Café', 'Ärger']) {
      assert.equal(surfaceKey(word), surfaceKey(word).toLowerCase(), word)
      assert.doesNotMatch(surfaceKey(word), /[äöüßé]/u, word)
    }
  })

  test('the stem key folds umlauts plainly (ä→a), so a word typed without them still meets', () => {
    assert.equal(stemKey('München'), stemKey('Munchen'))
    assert.equal(stemKey('Straßen'), stemKey('Strassen'))
    assert.equal(stemKey('Straße'), stemKey('Strassen'), 'singular and plural, ß and ss')
    assert.equal(stemKey('KOALITION'), stemKey('koalition'))
  })

  test('a query word typed with an umlaut also looks for the ae spelling, and the other way round', () => {
    const umlaut = queryStemKeys('München')
    const spelledOut = queryStemKeys('Muenchen')
    assert.ok(umlaut.includes(stemKey('München')))
    assert.ok(umlaut.includes(stemKey('Muenchen')), 'München also finds texts that write Muenchen')
    assert.ok(spelledOut.includes(stemKey('Muenchen')))
    assert.ok(spelledOut.includes(stemKey('München')), 'Muenchen also finds texts that write München')
    assert.ok(queryStemKeys('Munchen').includes(stemKey('München')), 'Munchen finds München')
  })

  test('a prefix key begins the stem key of words that begin with the prefix, in either spelling of an umlaut', () => {
    const begins = (prefix: string, word: string) => queryPrefixKeys(prefix).some((key) => stemKey(word).startsWith(key))
    assert.ok(begins('Straß', 'Straßenbahn'))
    assert.ok(begins('Strass', 'Straßenbahn'))
    assert.ok(begins('Münch', 'München') && begins('Münch', 'Muenchen'))
    assert.ok(begins('Muench', 'München') && begins('Muench', 'Muenchen'))
    assert.ok(begins('Sicherheits', 'Sicherheitsgarantien'))
    assert.ok(!begins('Sicherheitz', 'Sicherheitsgarantien'))
    assert.deepEqual(queryPrefixKeys('Straßen'), ['strassen'], 'folded like a stem key, not stemmed')
    assert.deepEqual(queryPrefixKeys('Moe'), ['moe'], 'no umlaut spelling shorter than three letters')
    assert.deepEqual(queryPrefixKeys('Neue'), ['neue'], 'ue after a vowel is no umlaut')
    assert.deepEqual(queryPrefixKeys('Bauer'), ['bauer'])
  })

  test("a query word's own key comes first and no key is empty", () => {
    for (const word of ['München', 'Muenchen', 'Quelle', 'Steuer', 'Straße', 'Garantie', 'Ukraine']) {
      const keys = queryStemKeys(word)
      assert.equal(keys[0], stemKey(word), word)
      assert.ok(keys.every((key) => key !== ''), word)
      assert.equal(new Set(keys).size, keys.length, `${word}: no duplicates`)
    }
    assert.deepEqual(queryStemKeys('–'), [], 'punctuation has no key')
    assert.deepEqual(queryStemKeys(''), [])
  })
})

describe('stemming', () => {
  test('inflected forms of a word share one stem key', () => {
    assert.equal(stemKey('Sicherheitsgarantie'), stemKey('Sicherheitsgarantien'))
    assert.equal(stemKey('Garantie'), stemKey('Garantien'))
    assert.equal(stemKey('Koalition'), stemKey('Koalitionen'))
    assert.equal(stemKey('Einheit'), stemKey('Einheiten'))
  })

  test('different words keep different stem keys', () => {
    assert.notEqual(stemKey('Garantie'), stemKey('Sicherheitsgarantie'))
    assert.notEqual(stemKey('Straße'), stemKey('Stadt'))
    assert.notEqual(stemKey('Haus'), stemKey('Hals'))
  })

  test('Sicherheit does not collapse to the stop word sich', () => {
    const key = stemKey('Sicherheit')
    assert.notEqual(key, stemKey('sich'))
    assert.equal(isStopword(key), false, `key of Sicherheit: ${key}`)
    assert.equal(stemKey('Sicherheiten'), key, 'its plural still meets it')
    assert.equal(stemKey('SICHERHEIT'), key)
    // The same guard for other words that Snowball would cut to a function word.
    for (const [word, plural] of [['Einheit', 'Einheiten'], ['Mehrheit', 'Mehrheiten']] as const) {
      assert.equal(isStopword(stemKey(word)), false, word)
      assert.equal(stemKey(word), stemKey(plural), word)
    }
  })

  test('a stop word itself still has a key (a query of only stop words can be searched)', () => {
    assert.notEqual(stemKey('sich'), '')
    assert.notEqual(stemKey('die'), '')
  })
})

describe('compound parts', () => {
  test('Sicherheitsgarantien is indexed with its parts, so Garantie and Sicherheit find it', () => {
    const { parts, stem } = wordKeys('Sicherheitsgarantien')
    assert.ok(parts.includes(stemKey('Garantie')), `parts: ${parts.join(', ')}`)
    assert.ok(parts.includes(stemKey('Sicherheit')), `parts: ${parts.join(', ')}`)
    assert.ok(!parts.includes(stemKey('sich')), 'no part is the stop word sich')
    assert.equal(stem, stemKey('Sicherheitsgarantien'), 'the whole word keeps its own key beside the parts')
    assert.deepEqual(wordKeys('Sicherheitsgarantie').parts, parts, 'singular and plural split alike')
  })

  test('a word that is no compound, and a short word, have no parts', () => {
    assert.deepEqual(wordKeys('Garantie').parts, [])
    assert.deepEqual(wordKeys('Haus').parts, [])
    assert.deepEqual(wordKeys('Ukraine').parts, [])
  })

  test('a hyphenated word has its pieces as parts', () => {
    const { parts } = wordKeys('Ukraine-Krieg')
    assert.ok(parts.includes(stemKey('Ukraine')))
    assert.ok(parts.includes(stemKey('Krieg')))
  })

  test('wordKeys agrees with stemKey, also on a second (cached) call', () => {
    for (const word of ['Sicherheitsgarantien', 'Straßen', 'München', "geht's"]) {
      const { stop, stem, parts } = wordKeys(word)
      assert.equal(stem, stemKey(word), word)
      const again = wordKeys(word)
      assert.deepEqual({ stop: again.stop, stem: again.stem, parts: [...again.parts] }, { stop, stem, parts: [...parts] }, `${word}, again`)
    }
  })

  test('wordKeys gives the same keys after far more distinct words than its cache holds', () => {
    const frequentWords = ['Sicherheitsgarantien', 'Straßen', 'Haushaltsentwurf']
    // Used once before and once after: dropped with its generation, then analysed again.
    const rareWord = 'Nordseeküste'
    const words = [...frequentWords, rareWord]
    const keysOf = (word: string) => {
      const { stop, stem, parts } = wordKeys(word)
      return { stop, stem, parts: [...parts] }
    }
    const before = words.map(keysOf)
    // The frequent words used often enough to count as frequent, then more
    // distinct others than two cache generations hold.
    for (let i = 0; i < 40; i++) for (const word of frequentWords) wordKeys(word)
    for (let i = 0; i < 2 * CACHE_GENERATION_WORDS + 100_000; i++) wordKeys(`Wort${i.toString(36)}`)
    assert.deepEqual(words.map(keysOf), before)
  })
})

describe('numbers and apostrophes', () => {
  test('a number with thousands or decimal marks is one key of its digits', () => {
    assert.deepEqual(searchWords('1.000 Euro'), ['1.000', 'Euro'])
    assert.equal(stemKey('1.000'), stemKey('1000'))
    assert.match(stemKey('1.000'), /^\d+$/)
    assert.equal(stemKey('3,5'), stemKey('35'))
    const stems = indexedStems('Es kostet 1.000 Euro.')
    assert.ok(stems.includes(stemKey('1000')), 'the number is one key in the index')
    assert.ok(!stems.includes('1') && !stems.includes('000'), 'not cut into pieces')
  })

  test("an elision is one key, with a straight or a curly apostrophe", () => {
    assert.equal(stemKey("geht's"), stemKey('geht’s'))
    assert.equal(surfaceKey("geht's"), surfaceKey('geht’s'))
    assert.equal(surfaceKey("geht's"), surfaceKey('gehts'))
    assert.equal(indexedStems("Plötzlich geht's Regen").length, 3, 'three words, three keys')
  })
})

describe('keys contain only letters and digits', () => {
  const awkward = [
    "geht's", 'geht’s', '1.000', '3,5', 'Covid-19', 'Ukraine-Krieg', 'x²', 'Café', 'Łódź', 'naïve', 'İstanbul',
    'Зеленский', 'Σοφία', 'Straße', 'ÄÖÜ', 'e\u0301', 'Sicherheitsgarantien',
  ]

  test('stem, surface, prefix and part keys of awkward words', () => {
    for (const word of awkward) {
      const keys = wordKeys(word)
      for (const key of [keys.stem, surfaceKey(word), ...keys.parts, ...queryStemKeys(word), ...queryPrefixKeys(word)]) {
        assert.match(key, KEY, `${JSON.stringify(word)} → ${JSON.stringify(key)}`)
      }
    }
  })

  test('index terms of a text full of punctuation, quotes, symbols and emoji', () => {
    const text = 'Am 1.000. Tag – geht\'s los: 3,5 % (Covid-19) … „Zitat“ «citation» 😀 x² "NEAR(a b)" col:value ^start * -- ; DROP'
    const stems = indexedStems(text)
    assert.ok(stems.length > 0)
    for (const key of stems) assert.match(key, KEY, JSON.stringify(key))
  })

  test('a word of only a combining mark has no key and is left out of the index', () => {
    assert.equal(stemKey('\u0301'), '')
    assert.deepEqual(indexedStems('\u0301 Ukraine'), [stemKey('Ukraine')])
  })
})

describe('indexTerms', () => {
  test('stem keys stand in reading order without stop words, the compound parts after them', () => {
    const stems = indexedStems('Sicherheitsgarantien für die Ukraine')
    const words = ['Sicherheitsgarantien', 'Ukraine'].map(stemKey)
    assert.deepEqual(stems.slice(0, words.length), words)
    assert.deepEqual(stems.slice(words.length), wordKeys('Sicherheitsgarantien').parts)
  })

  test('hyphenated words are indexed as their pieces, so the phrase of the pieces matches', () => {
    assert.deepEqual(searchWords('Ukraine-Krieg'), ['Ukraine', 'Krieg'])
    assert.deepEqual(indexedStems('der Ukraine-Krieg'), ['Ukraine', 'Krieg'].map(stemKey))
  })

  test('the fields of a document keep their own stems', () => {
    const stems = documentTerms(['Straßen in München', '', 'Die Straßen von Kiel'])
    assert.deepEqual(stems, [['Straßen', 'München'].map(stemKey).join(' '), '', ['Straßen', 'Kiel'].map(stemKey).join(' ')])
  })

  test('stop words in capitals are left out as in lower case', () => {
    assert.deepEqual(indexedStems('DER Krieg UND Die Ukraine'), ['Krieg', 'Ukraine'].map(stemKey))
  })

  test('a text without words gives no terms', () => {
    assert.deepEqual(indexTerms(''), { stems: '' })
    assert.deepEqual(indexTerms(' – … ! 😀 '), { stems: '' })
  })

  test('index and query meet: what a query for Sicherheitsgarantie, Garantie or Strassen looks up is in the text', () => {
    const stems = indexedStems('Die Sicherheitsgarantien gelten auch für Straßen.')
    assert.ok(queryStemKeys('Sicherheitsgarantie').some((key) => stems.includes(key)))
    assert.ok(queryStemKeys('Garantie').some((key) => stems.includes(key)))
    assert.ok(queryStemKeys('Strassen').some((key) => stems.includes(key)))
    assert.ok(!queryStemKeys('Ukraine').some((key) => stems.includes(key)), 'a word that is not there is not found')
  })
})
