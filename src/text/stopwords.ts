/**
 * German stop words: the `deu` list of the `stopword` package, adjusted for
 * news. A stop word carries no topic and is skipped when indexing or picking
 * search terms.
 */
import { createRequire } from 'node:module'

// The package is CommonJS without type declarations; this is the part we use.
const { deu } = createRequire(import.meta.url)('stopword') as { deu: string[] }

// Words the package lists that are topics in news: `Recht`, `Rechte` (rights,
// the political right), `Gott`, `Mensch`, `Zeit`, `Jahr`... Also its stray
// entries with punctuation or fragments (`und?`, `ei,`, `unse`).
const NOT_STOPWORDS_IN_NEWS = new Set([
  'gott', 'mensch', 'menschen', 'mann', 'recht', 'rechte', 'rechten', 'rechter',
  'rechtes', 'ordnung', 'sache', 'teil', 'ende', 'zeit', 'tag', 'tage', 'tagen',
  'jahr', 'jahre', 'jahren', 'uhr', 'mittel', 'ernst', 'startseite', 'suche',
  'ei,', 'und?', 'wahr?', 'tel', 'unse', 'unsem', 'unsen', 'anderr',
])

// Reporting verbs and attributions that fill news copy without naming a topic:
// `laut Polizei`, `sagte der Minister`, `wie es heißt`, `demnach`.
const NEWS_STOPWORDS = [
  'laut', 'zufolge', 'demnach', 'heißt', 'hieß', 'sagten', 'erklärte',
  'erklärten', 'berichtete', 'berichteten', 'betonte', 'zudem',
  'bislang', 'derzeit', 'inzwischen', 'mehrere', 'sowohl', 'insgesamt',
]

const STOPWORDS: ReadonlySet<string> = new Set([
  ...deu.filter((word) => !NOT_STOPWORDS_IN_NEWS.has(word)),
  ...NEWS_STOPWORDS,
])

/** Case-insensitive; `ß` and `ss` spellings both count (`dass`, `daß`). */
export function isStopword(word: string): boolean {
  const lower = word.toLowerCase()
  return STOPWORDS.has(lower) || STOPWORDS.has(lower.replace(/ß/gu, 'ss'))
}
