/**
 * Splits German running text into sentences.
 *
 * Rules, in the order they are applied:
 * - A blank line always ends a sentence.
 * - A single line break ends a sentence too, because scraped and feed text puts
 *   one headline, caption or paragraph per line. It does not when the next line
 *   starts in lower case or the line ends with a comma or hyphen: that is
 *   hard-wrapped running text, and the lines are joined with a space.
 * - A line that starts with a bullet (`•`, `-`, `–`, `►`, `▶`, `*`, `·`, `▪`)
 *   starts a new sentence; the bullet itself is dropped.
 * - Inside a line, `.`, `!`, `?` and `…` (and runs of them: `?!`, `...`) end a
 *   sentence when whitespace or the end follows, after any closing quotes or
 *   brackets, and the next word does not start in lower case. A full stop does
 *   not end one after a known abbreviation (`Dr.`, `bzw.`, `Jan.`), a single
 *   letter (initials `J.`, `z. B.`, `u. a.`) or an ordinal number (`25. April`,
 *   `am 3. Oktober`, `im 19. Jahrhundert`).
 * Whitespace inside a sentence is collapsed to one space.
 *
 * Every step looks at each character a bounded number of times, so the split
 * runs in linear time even on hostile input (one huge word, a wall of dots).
 */

// Lower-cased, without the final dot. Multi-part ones such as `z. B.` need no
// entry: their pieces are single letters, which never end a sentence.
const ABBREVIATIONS = new Set([
  'abb', 'abs', 'abt', 'allg', 'bd', 'bzgl', 'bzw', 'ca', 'chr', 'dr', 'dt',
  'ebd', 'evtl', 'fa', 'ff', 'frl', 'geb', 'gegr', 'gem', 'ggf', 'hl', 'hr',
  'hrsg', 'inkl', 'jh', 'jhd', 'jr', 'kap', 'max', 'mind', 'min', 'mio', 'mrd',
  'nr', 'nrn', 'o', 'pkt', 'prof', 'rd', 'sog', 'st', 'std', 'str', 'tel',
  'tsd', 'usw', 'etc', 'vgl', 'vs', 'zit', 'zzgl', 'ziff', 'jan', 'feb', 'mär',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'mo', 'di',
  'mi', 'do', 'fr', 'sa', 'so', 'bspw', 'insb', 'ehem', 'gest', 'verh', 'zb',
])

// These close lists (`Äpfel, Birnen usw.`), so a capitalised word after them
// is more often a new sentence than a noun of the same one.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['usw', 'etc'])

const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli',
  'august', 'september', 'oktober', 'november', 'dezember',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
])

// Words after which a small number with a dot is an ordinal (`am 3. Oktober`,
// `der 2. Platz`) rather than the end of a sentence (`auf Platz 2.`).
const ORDINAL_LEADS = new Set([
  'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ab', 'bis', 'seit', 'vor', 'nach',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einen',
  'jeder', 'jedes', 'jeden', 'jedem', 'ihr', 'ihre', 'ihrem', 'ihren', 'sein',
  'seine', 'seinem', 'seinen', 'zu', 'für', 'und', 'oder', 'bzw',
])

const TERMINALS = '.!?…'
const CLOSERS = '"“”„\'’‘«»›‹)]'
const OPENERS = '"“„\'‚‘«»›‹(['
const BULLET_LINE = /^(?:[•►▶▸▪■●·*–—-](?:\s+|$))+/u
const LOWER = /\p{Ll}/u
const WHITESPACE = /\s/u

export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  for (const block of lineBlocks(text)) splitBlock(block, sentences)
  return sentences
}

/** Groups lines into blocks that the sentence scanner may not cross. */
function lineBlocks(text: string): string[] {
  const blocks: string[] = []
  let current = ''
  const flush = (): void => {
    if (current.trim() !== '') blocks.push(current)
    current = ''
  }
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim()
    if (line === '') {
      flush()
      continue
    }
    const bullet = BULLET_LINE.exec(line)
    if (bullet) {
      flush()
      current = line.slice(bullet[0].length)
      continue
    }
    const previousEnd = current.trimEnd().at(-1) ?? ''
    const continues = current !== '' && (LOWER.test(line[0] ?? '') || previousEnd === ',' || previousEnd === '-')
    if (continues) current += ' ' + line
    else {
      flush()
      current = line
    }
  }
  flush()
  return blocks
}

function splitBlock(block: string, out: string[]): void {
  let start = 0
  let i = 0
  while (i < block.length) {
    if (!TERMINALS.includes(block[i] ?? '')) {
      i++
      continue
    }
    let runEnd = i
    while (runEnd < block.length && TERMINALS.includes(block[runEnd] ?? '')) runEnd++
    let after = runEnd
    while (after < block.length && CLOSERS.includes(block[after] ?? '')) after++
    if ((after === block.length || WHITESPACE.test(block[after] ?? '')) && endsSentence(block, i, runEnd, after)) {
      push(out, block.slice(start, after))
      start = after
    }
    i = after
  }
  push(out, block.slice(start))
}

function push(out: string[], sentence: string): void {
  const clean = sentence.replace(/\s+/gu, ' ').trim()
  if (clean !== '') out.push(clean)
}

function endsSentence(block: string, runStart: number, runEnd: number, after: number): boolean {
  const next = nextWord(block, after)
  if (next === '') return true
  if (LOWER.test(next[0] ?? '')) return false
  const run = block.slice(runStart, runEnd)
  if (run !== '.') return true

  const word = previousToken(block, runStart)
  const bare = word.toLowerCase()
  if (bare === '') return true
  if (SENTENCE_FINAL_ABBREVIATIONS.has(bare)) return true
  if (ABBREVIATIONS.has(bare)) return false
  // Initials and the pieces of `z. B.`; also `z.B.`, `u.a.`, `d.h.`.
  if (/^(?:\p{L}{1,2}\.)*\p{L}$/u.test(word)) return false
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return false
  if (/^\d{1,3}$/.test(word)) {
    if (word.length <= 2 && MONTHS.has(next.toLowerCase())) return false
    const lead = previousToken(block, runStart - word.length).toLowerCase()
    if (ORDINAL_LEADS.has(lead)) return false
  }
  return true
}

/** The token that ends at `end`, without surrounding quotes or brackets. */
function previousToken(block: string, end: number): string {
  let i = end
  while (i > 0 && WHITESPACE.test(block[i - 1] ?? '')) i--
  let start = i
  while (start > 0 && !WHITESPACE.test(block[start - 1] ?? '')) start--
  let token = block.slice(start, i)
  while (token !== '' && (OPENERS.includes(token[0] ?? '') || CLOSERS.includes(token[0] ?? ''))) token = token.slice(1)
  while (token !== '' && (CLOSERS.includes(token.at(-1) ?? '') || OPENERS.includes(token.at(-1) ?? ''))) token = token.slice(0, -1)
  return token
}

/** The word that starts after whitespace and opening quotes from `from`. */
function nextWord(block: string, from: number): string {
  let i = from
  while (i < block.length && (WHITESPACE.test(block[i] ?? '') || OPENERS.includes(block[i] ?? ''))) i++
  let end = i
  while (end < block.length && /[\p{L}\p{N}]/u.test(block[end] ?? '')) end++
  return end > i ? block.slice(i, end) : block.slice(i, i + 1)
}
