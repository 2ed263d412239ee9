/**
 * The passage of an article shown under a search hit: the sentence (or two)
 * with the most of the query's words, with those words marked. Built from
 * the article's own text, so a reader sees what was actually written.
 */
import { splitSentences } from '../text/sentences.ts'
import { wordMatches, type QueryKeys } from './query-keys.ts'

export interface SnippetPart {
  text: string
  /** A word the query looked for. */
  match: boolean
}

const MAX_LENGTH = 240
// A hit's snippet is built on every search; an encyclopedia-length article
// must not cost more than its first pages.
const MAX_SCANNED = 20_000
const WORD = /[\p{L}\p{M}\p{N}]+/gu

export function snippet(paragraphs: readonly string[], keys: QueryKeys): SnippetPart[] {
  const paragraph = bestOf(paragraphs, keys, true)
  if (paragraph === undefined) return []
  const sentences = splitSentences(paragraph)
  const best = Math.max(0, sentences.indexOf(bestOf(sentences, keys, false) ?? ''))
  let text = sentences[best] ?? paragraph
  if (text.length < MAX_LENGTH / 2 && best + 1 < sentences.length) text = `${text} ${sentences[best + 1]}`
  return marked(shorten(text), keys)
}

/** The first text with the most different query words; stops early when one has them all. */
function bestOf(texts: readonly string[], keys: QueryKeys, limitScan: boolean): string | undefined {
  const wanted = keys.stems.size + keys.prefixes.length
  let best: string | undefined
  let bestScore = -1
  let scanned = 0
  for (const text of texts) {
    const score = matchedWords(text, keys).size
    if (score > bestScore) {
      best = text
      bestScore = score
      if (score >= wanted) break
    }
    scanned += text.length
    if (limitScan && scanned > MAX_SCANNED) break
  }
  return best
}

function matchedWords(sentence: string, keys: QueryKeys): Set<string> {
  const found = new Set<string>()
  for (const [word] of sentence.matchAll(WORD)) if (wordMatches(word, keys)) found.add(word.toLowerCase())
  return found
}

function shorten(text: string): string {
  if (text.length <= MAX_LENGTH) return text
  const cut = text.lastIndexOf(' ', MAX_LENGTH)
  return `${text.slice(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).trimEnd()} …`
}

function marked(text: string, keys: QueryKeys): SnippetPart[] {
  const parts: SnippetPart[] = []
  let last = 0
  for (const found of text.matchAll(WORD)) {
    if (!wordMatches(found[0], keys)) continue
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false })
    parts.push({ text: found[0], match: true })
    last = found.index + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
