import { indexTerms } from '../text/search-terms.ts'

/**
 * `RecommendableArticle.terms` from what the store has of an article: its
 * headline, lead and tags, analysed as the search index analyses them
 * (stem keys, stop words left out, compounds' parts beside the whole), so
 * that `Sicherheitsgarantien` and `Garantie` meet. Repeats are kept: a term
 * the headline and the lead share weighs more.
 */
export function recommendableTerms(fields: { headline: string; lead: string; tags: readonly string[] }): string[] {
  const text = [fields.headline, fields.lead, ...fields.tags].join('\n')
  return indexTerms(text).stems.split(' ').filter((term) => term !== '')
}
