import { test } from 'node:test'
import assert from 'node:assert/strict'
import { recommendableTerms } from './recommendable-terms.ts'

test('headline, lead and tags become stem keys without stop words; compounds bring their parts', () => {
  const terms = recommendableTerms({
    headline: 'USA bereit zu Sicherheitsgarantien',
    lead: 'Die Garantien für die Ukraine stehen.',
    tags: ['Keir Starmer'],
  })
  assert.ok(terms.includes('garanti'), terms.join(' '))
  assert.ok(terms.includes('ukrain'))
  assert.ok(terms.includes('starm'))
  assert.ok(!terms.includes('die') && !terms.includes('fur') && !terms.includes('zu'))
  assert.ok(terms.filter((term) => term === 'garanti').length >= 2, 'the compound part and the word itself both count')
})

test('an article without text has no terms', () => {
  assert.deepEqual(recommendableTerms({ headline: '', lead: '', tags: [] }), [])
})
