import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { formatQuery, MAX_CLAUSES, MAX_QUERY_CHARACTERS, parseQuery, type QueryClause } from './parse-query.ts'

/**
 * What a person types into the search box, read as words, phrases,
 * exclusions and prefixes. Nothing else typed may survive as syntax.
 */

const word = (text: string, exclude = false): QueryClause => ({ kind: 'word', text, exclude })
const phrase = (words: string[], exclude = false): QueryClause => ({ kind: 'phrase', words, exclude })
const prefix = (text: string, exclude = false): QueryClause => ({ kind: 'prefix', text, exclude })

function clausesOf(input: string): QueryClause[] {
  return parseQuery(input).clauses
}

/** Every piece of text a clause carries. */
function textsOf(clauses: readonly QueryClause[]): string[] {
  return clauses.flatMap((clause) => (clause.kind === 'phrase' ? clause.words : [clause.text]))
}

// Characters with a meaning in FTS5 query syntax.
const FTS_SYNTAX = ['"', '*', 'NEAR(', '-', ':', '^', '(', ')', '+', '{', '}']

describe('words', () => {
  test('words separated by spaces are separate clauses, in order', () => {
    assert.deepEqual(clausesOf('Garantien für die Ukraine'), [word('Garantien'), word('für'), word('die'), word('Ukraine')])
  })

  test('surrounding and repeated whitespace, tabs and newlines separate words too', () => {
    assert.deepEqual(clausesOf('  Garantien \t\n  Ukraine  '), [word('Garantien'), word('Ukraine')])
  })

  test('a repeated word is one clause', () => {
    assert.deepEqual(clausesOf('Ukraine Ukraine ukraine'), [word('Ukraine'), word('ukraine')])
  })

  test('punctuation around words is dropped, numbers and elisions stay whole', () => {
    assert.deepEqual(clausesOf('Kiew, Paris. (Berlin)!'), [word('Kiew'), word('Paris'), word('Berlin')])
    assert.deepEqual(clausesOf("1.000 geht's"), [word('1.000'), word("geht's")])
  })

  test('empty and whitespace-only input has no clauses', () => {
    for (const input of ['', ' ', '\t\n', '   \u00a0  ']) {
      const parsed = parseQuery(input)
      assert.deepEqual(parsed.clauses, [], JSON.stringify(input))
      assert.equal(parsed.truncated, false)
    }
  })
})

describe('phrases', () => {
  test('words in straight quotes are a phrase', () => {
    assert.deepEqual(clausesOf('"Garantien für die Ukraine"'), [phrase(['Garantien', 'für', 'die', 'Ukraine'])])
  })

  test('German quotes „…“ and typographic quotes “…” make a phrase too', () => {
    assert.deepEqual(clausesOf('„Koalition der Willigen“ Ukraine'), [phrase(['Koalition', 'der', 'Willigen']), word('Ukraine')])
    assert.deepEqual(clausesOf('“Koalition der Willigen”'), [phrase(['Koalition', 'der', 'Willigen'])])
  })

  test('a quoted single word is just that word', () => {
    assert.deepEqual(clausesOf('"Ukraine"'), [word('Ukraine')])
  })

  test('an unbalanced quote runs to the end of the input', () => {
    assert.deepEqual(clausesOf('Kiew "Garantien für die'), [word('Kiew'), phrase(['Garantien', 'für', 'die'])])
    assert.deepEqual(clausesOf('Ukraine "'), [word('Ukraine')], 'a trailing quote alone adds nothing')
    assert.deepEqual(clausesOf('"'), [])
    assert.deepEqual(clausesOf('""'), [])
    assert.deepEqual(clausesOf('"" Ukraine'), [word('Ukraine')])
  })

  test('a phrase and words around it', () => {
    assert.deepEqual(clausesOf('Paris "rote Linie" Kiew'), [word('Paris'), phrase(['rote', 'Linie']), word('Kiew')])
  })
})

describe('exclusion with a minus', () => {
  test('-Wort excludes a word, -"…" a phrase', () => {
    assert.deepEqual(clausesOf('Hafen -Kiel'), [word('Hafen'), word('Kiel', true)])
    assert.deepEqual(clausesOf('Hafen -"neue Brücke"'), [word('Hafen'), phrase(['neue', 'Brücke'], true)])
  })

  test('a minus alone, or doubled, excludes nothing', () => {
    assert.deepEqual(clausesOf('Hafen - Kiel'), [word('Hafen'), word('Kiel')])
    assert.deepEqual(clausesOf('Hafen --'), [word('Hafen')])
    assert.deepEqual(clausesOf('-'), [])
  })

  test('a hyphen inside a word is no exclusion', () => {
    const clauses = clausesOf('Ukraine-Krieg')
    assert.ok(clauses.every((clause) => !clause.exclude))
  })
})

describe('prefixes', () => {
  test('a word ending in * is a prefix', () => {
    assert.deepEqual(clausesOf('Sicherheits*'), [prefix('Sicherheits')])
    assert.deepEqual(clausesOf('Sicherheits* Ukraine'), [prefix('Sicherheits'), word('Ukraine')])
    assert.deepEqual(clausesOf('-Sicherheits*'), [prefix('Sicherheits', true)])
  })

  test('a prefix needs at least three letters; shorter is a plain word', () => {
    assert.deepEqual(clausesOf('Sic*'), [prefix('Sic')])
    assert.deepEqual(clausesOf('Si*'), [word('Si')])
    assert.deepEqual(clausesOf('S*'), [word('S')])
  })

  test('a * alone, or inside a word, is no prefix', () => {
    assert.deepEqual(clausesOf('*'), [])
    assert.deepEqual(clausesOf('* Ukraine'), [word('Ukraine')])
    assert.ok(clausesOf('Sicher*heit').every((clause) => clause.kind !== 'prefix'))
  })
})

describe('hyphenated words', () => {
  test('become the phrase of their pieces, as the index holds them', () => {
    assert.deepEqual(clausesOf('Ukraine-Krieg'), [phrase(['Ukraine', 'Krieg'])])
    assert.deepEqual(clausesOf('Covid-19 Impfung'), [phrase(['Covid', '19']), word('Impfung')])
    assert.deepEqual(clausesOf('-Nato-Gipfel'), [phrase(['Nato', 'Gipfel'], true)])
  })

  test('inside quotes they are split into the phrase', () => {
    assert.deepEqual(clausesOf('"der Ukraine-Krieg"'), [phrase(['der', 'Ukraine', 'Krieg'])])
  })
})

describe('FTS syntax characters are only separators', () => {
  for (const character of FTS_SYNTAX.filter((c) => c !== 'NEAR(')) {
    test(`${JSON.stringify(character)} alone gives no clause`, () => {
      assert.deepEqual(clausesOf(character), [])
      assert.deepEqual(clausesOf(character.repeat(5)), [])
      assert.deepEqual(clausesOf(`${character} ${character}`), [])
    })
  }

  test('NEAR( is the plain word NEAR, not an operator', () => {
    assert.deepEqual(clausesOf('NEAR('), [word('NEAR')])
    assert.deepEqual(clausesOf('NEAR(NEAR(NEAR('), [word('NEAR')])
  })

  test('mixed into words, they leave only the words', () => {
    const inputs = [
      'Ukraine"Garantien',
      'Ukr*aine',
      'NEAR(Ukraine Garantien)',
      'NEAR(Ukraine Garantien, 5)',
      'headline_terms:Ukraine',
      '{headline_terms body_terms}:Ukraine',
      '^Ukraine',
      'Ukraine^2',
      'Ukraine AND OR NOT Garantien',
      'Ukraine + Garantien',
      '(Ukraine)',
    ]
    for (const input of inputs) {
      const clauses = clausesOf(input)
      assert.ok(clauses.length > 0, input)
      for (const text of textsOf(clauses)) {
        assert.match(text, /^[\p{L}\p{M}\p{N}'’.,]+$/u, `${input}: ${JSON.stringify(text)}`)
      }
    }
    assert.deepEqual(clausesOf('^Ukraine'), [word('Ukraine')])
    // A column filter is no column filter: its name becomes ordinary words.
    assert.deepEqual(clausesOf('headline_terms:Ukraine'), [word('headline'), word('terms'), word('Ukraine')])
    assert.ok(textsOf(clausesOf('NEAR(Ukraine Garantien)')).includes('Ukraine'))
    assert.ok(textsOf(clausesOf('Ukraine"Garantien')).includes('Garantien'))
  })
})

describe('SQL fragments and control characters', () => {
  test('an SQL fragment is read as words, its punctuation gone', () => {
    for (const input of ["'; DROP TABLE articles; --", '1 OR 1=1', "' OR ''='", 'Ukraine\'); DELETE FROM articles; --', '/* Kommentar */ Ukraine']) {
      const clauses = clausesOf(input)
      for (const text of textsOf(clauses)) assert.match(text, /^[\p{L}\p{N}.,]+$/u, `${input}: ${JSON.stringify(text)}`)
      assert.ok(clauses.every((clause) => !clause.exclude), `${input}: the -- of a comment excludes nothing`)
      assert.ok(clauses.every((clause) => clause.kind !== 'prefix'), `${input}: no prefix`)
    }
    assert.deepEqual(textsOf(clausesOf("'; DROP TABLE articles; --")), ['DROP', 'TABLE', 'articles'])
  })

  test('control and formatting characters separate words and never reach a clause', () => {
    assert.deepEqual(clausesOf('\u0000Ukraine\u0007'), [word('Ukraine')])
    assert.deepEqual(clausesOf('Sicher\u0000heit'), [word('Sicher'), word('heit')])
    assert.deepEqual(clausesOf('\u202eUkraine\u202c'), [word('Ukraine')], 'right-to-left override')
    assert.deepEqual(clausesOf('Kiew\u200bParis'), [word('Kiew'), word('Paris')], 'zero-width space')
    assert.deepEqual(clausesOf('\u0000\u0007\u202e\u2028\u2029\u001b'), [])
    assert.deepEqual(clausesOf('"Garantien\u0000für"'), [phrase(['Garantien', 'für'])])
    for (const text of textsOf(clausesOf('a\u0000b\u0007c\u202ed\u0085e\u00adf'))) {
      assert.doesNotMatch(text, /[\p{Cc}\p{Cf}]/u, JSON.stringify(text))
    }
  })
})

describe('limits', () => {
  test(`input is cut at ${MAX_QUERY_CHARACTERS} characters and says so`, () => {
    const long = parseQuery('x'.repeat(10_000))
    assert.equal(long.truncated, true)
    assert.equal(long.clauses.length, 1)
    assert.equal(textsOf(long.clauses)[0]!.length, MAX_QUERY_CHARACTERS)
  })

  test('input of exactly the maximum is not truncated; surrounding space does not count', () => {
    assert.equal(parseQuery('x'.repeat(MAX_QUERY_CHARACTERS)).truncated, false)
    assert.equal(parseQuery(`   ${'x'.repeat(MAX_QUERY_CHARACTERS)}   `).truncated, false)
    assert.equal(parseQuery('x'.repeat(MAX_QUERY_CHARACTERS + 1)).truncated, true)
  })

  test('words after the cut are left out', () => {
    const head = 'Kiew '.repeat(110) // 550 characters; the cut falls after the 100th Kiew
    const parsed = parseQuery(`${head}Garantien`)
    assert.equal(parsed.truncated, true)
    assert.deepEqual(parsed.clauses, [word('Kiew')])
  })

  test(`at most ${MAX_CLAUSES} clauses; more set truncated`, () => {
    const words = Array.from({ length: MAX_CLAUSES + 3 }, (_, i) => `Wort${String.fromCharCode(97 + i)}`)
    const parsed = parseQuery(words.join(' '))
    assert.equal(parsed.truncated, true)
    assert.deepEqual(parsed.clauses, words.slice(0, MAX_CLAUSES).map((text) => word(text)))

    const exactly = parseQuery(words.slice(0, MAX_CLAUSES).join(' '))
    assert.equal(exactly.truncated, false)
    assert.equal(exactly.clauses.length, MAX_CLAUSES)
  })

  test('repeated clauses do not count towards the cap', () => {
    const parsed = parseQuery('Ukraine '.repeat(40).trim())
    assert.equal(parsed.truncated, false)
    assert.deepEqual(parsed.clauses, [word('Ukraine')])
  })

  test('phrases and exclusions count as one clause each', () => {
    const clauses = Array.from({ length: MAX_CLAUSES }, (_, i) => (i % 2 === 0 ? `"a${i} b${i}"` : `-c${i}`))
    const parsed = parseQuery(`${clauses.join(' ')} zuviel`)
    assert.equal(parsed.clauses.length, MAX_CLAUSES)
    assert.equal(parsed.truncated, true)
    assert.ok(!textsOf(parsed.clauses).includes('zuviel'))
  })
})

describe('formatQuery', () => {
  test('writes each kind of clause back in the search syntax', () => {
    assert.equal(formatQuery(parseQuery('„Garantien für“   -Kiel  Sicherheits*   Ukraine')), '"Garantien für" -Kiel Sicherheits* Ukraine')
    assert.equal(formatQuery(parseQuery('-"neue Brücke"')), '-"neue Brücke"')
    assert.equal(formatQuery(parseQuery('Ukraine-Krieg')), '"Ukraine Krieg"')
    assert.equal(formatQuery(parseQuery('')), '')
  })

  test('drops what was no syntax: control characters, FTS operators, SQL punctuation', () => {
    assert.equal(formatQuery(parseQuery('\u0000Ukraine\u202e')), 'Ukraine')
    assert.equal(formatQuery(parseQuery('^Ukraine:')), 'Ukraine')
    assert.equal(formatQuery(parseQuery("'; DROP TABLE articles; --")), 'DROP TABLE articles')
  })

  test('what it writes reads back as the same query', () => {
    const inputs = [
      'Garantien für die Ukraine',
      '„Koalition der Willigen“ -Kiel Sicherheits*',
      'Ukraine-Krieg -Nato-Gipfel',
      'Kiew "Garantien für die',
      'NEAR(Ukraine Garantien) ^x:y',
      "'; DROP TABLE articles; --",
      '-Sicher* "a b" c*',
      'x'.repeat(600),
    ]
    for (const input of inputs) {
      const parsed = parseQuery(input)
      assert.deepEqual(parseQuery(formatQuery(parsed)).clauses, parsed.clauses, input.slice(0, 60))
    }
  })
})
