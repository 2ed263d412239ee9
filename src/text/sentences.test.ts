import { test } from 'node:test'
import assert from 'node:assert/strict'
import { splitSentences } from './sentences.ts'

test('splits plain sentences', () => {
  assert.deepEqual(splitSentences('Die USA bieten Hilfe an. Europa reagiert! Was nun?'), [
    'Die USA bieten Hilfe an.',
    'Europa reagiert!',
    'Was nun?',
  ])
})

test('does not split after abbreviations', () => {
  const text =
    'Dr. Müller kam z. B. mit Prof. Schmidt, u. a. wegen Nr. 5 bzw. ca. 300 Gästen aus St. Pauli. ' +
    'Es geht um 2 Mio. Euro und 3 Mrd. Dollar seit dem 19. Jh. Kein Wunder. Danach folgte der Bericht.'
  assert.deepEqual(splitSentences(text), [
    'Dr. Müller kam z. B. mit Prof. Schmidt, u. a. wegen Nr. 5 bzw. ca. 300 Gästen aus St. Pauli.',
    // An abbreviation followed by a capital is taken to go on: German nouns
    // are capitalised, so `Jh. Kein` cannot be told from `Mio. Euro`.
    'Es geht um 2 Mio. Euro und 3 Mrd. Dollar seit dem 19. Jh. Kein Wunder.',
    'Danach folgte der Bericht.',
  ])
})

test('ends a sentence after usw. and etc. when a capital follows', () => {
  assert.deepEqual(splitSentences('Es gab Äpfel, Birnen usw. Dann kam Regen. Dazu Kisten etc. Fertig.'), [
    'Es gab Äpfel, Birnen usw.',
    'Dann kam Regen.',
    'Dazu Kisten etc.',
    'Fertig.',
  ])
})

test('keeps month abbreviations and compact abbreviations inside', () => {
  assert.deepEqual(splitSentences('Seit dem 3. Jan. Gilt die Regel, z.B. Berlin. Ende.'), [
    'Seit dem 3. Jan. Gilt die Regel, z.B. Berlin.',
    'Ende.',
  ])
})

test('reads ordinal dates and numbers', () => {
  assert.deepEqual(
    splitSentences('Am 25. April trafen sie sich. Die Wahl ist am 3. Oktober. Es kostet 1.000 Euro, also 3.5 Prozent mehr. Er wurde Platz 2. Danach ging er.'),
    [
      'Am 25. April trafen sie sich.',
      'Die Wahl ist am 3. Oktober.',
      'Es kostet 1.000 Euro, also 3.5 Prozent mehr.',
      'Er wurde Platz 2.',
      'Danach ging er.',
    ],
  )
  assert.deepEqual(splitSentences('25. April: Gipfel in Rom. Der 2. Platz ging an Berlin.'), [
    '25. April: Gipfel in Rom.',
    'Der 2. Platz ging an Berlin.',
  ])
  assert.deepEqual(splitSentences('Das war 2024. Im Jahr danach nicht.'), ['Das war 2024.', 'Im Jahr danach nicht.'])
})

test('keeps initials inside names', () => {
  assert.deepEqual(splitSentences('Donald J. Trump sprach mit Keir Starmer. Dann mit Emmanuel Macron.'), [
    'Donald J. Trump sprach mit Keir Starmer.',
    'Dann mit Emmanuel Macron.',
  ])
})

test('handles quotes with the end inside or outside', () => {
  assert.deepEqual(splitSentences('Er sagte: „Wir kommen.“ Dann ging er. Sie rief „Nein“. Danach Stille.'), [
    'Er sagte: „Wir kommen.“',
    'Dann ging er.',
    'Sie rief „Nein“.',
    'Danach Stille.',
  ])
  assert.deepEqual(splitSentences('„Kommt ihr?“, fragte sie. "Ja." Er nickte. »Gut!« Sie ging. «Prima.» Ende.'), [
    '„Kommt ihr?“, fragte sie.',
    '"Ja."',
    'Er nickte.',
    '»Gut!«',
    'Sie ging.',
    '«Prima.»',
    'Ende.',
  ])
  assert.deepEqual(splitSentences('Laut "Telegraph" ist das neu. Die "Times" berichtet.'), [
    'Laut "Telegraph" ist das neu.',
    'Die "Times" berichtet.',
  ])
})

test('handles ellipses and ?!', () => {
  assert.deepEqual(splitSentences('Er zögerte … dann ging er. Und dann... Nichts. Wirklich?! Ja.'), [
    'Er zögerte … dann ging er.',
    'Und dann...',
    'Nichts.',
    'Wirklich?!',
    'Ja.',
  ])
})

test('treats bullets as sentence starts and drops the marker', () => {
  const text = 'Was müssen Sie wissen?\n\n    • • • • \n  • Die USA helfen\n  - Europa zahlt\n► Russland schweigt\n* London zögert'
  assert.deepEqual(splitSentences(text), [
    'Was müssen Sie wissen?',
    'Die USA helfen',
    'Europa zahlt',
    'Russland schweigt',
    'London zögert',
  ])
})

test('ends sentences at blank lines and at lines of their own', () => {
  assert.deepEqual(splitSentences('Titel ohne Punkt\n\nErster Absatz ohne Punkt\nBildunterschrift\nBildquelle: © zsu'), [
    'Titel ohne Punkt',
    'Erster Absatz ohne Punkt',
    'Bildunterschrift',
    'Bildquelle: © zsu',
  ])
})

test('joins hard-wrapped lines', () => {
  assert.deepEqual(splitSentences('Die Regierung hat\nbeschlossen, dass die Hilfe,\nSoldaten eingeschlossen, kommt.\r\nEnde.'), [
    'Die Regierung hat beschlossen, dass die Hilfe, Soldaten eingeschlossen, kommt.',
    'Ende.',
  ])
})

test('returns nothing for empty text', () => {
  assert.deepEqual(splitSentences(''), [])
  assert.deepEqual(splitSentences(' \n\n '), [])
})

test('runs in linear time on hostile input', () => {
  const inputs = ['a'.repeat(200_000), 'Wort '.repeat(40_000), '.'.repeat(200_000), '. '.repeat(100_000), 'a.'.repeat(100_000), 'z. '.repeat(70_000)]
  for (const input of inputs) {
    const started = performance.now()
    splitSentences(input)
    const elapsed = performance.now() - started
    assert.ok(elapsed < 1000, `${input.slice(0, 6)}…: ${elapsed.toFixed(0)} ms`)
  }
})
