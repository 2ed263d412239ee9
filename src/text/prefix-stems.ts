/**
 * The stems shorter than a typed prefix that words beginning with it can
 * have. The index holds stem keys, and Snowball cuts endings: `Politik` and
 * `politisch` are stored as `polit`, so a search for `Politi*` must also look
 * for the key `polit` itself, not only for keys beginning with `politi`.
 *
 * A shorter stem is the prefix with a tail cut off, and that tail must be the
 * start of endings the German Snowball stemmer removes (its steps 3, 2 and 1,
 * in this order after the stem). Each candidate is checked by stemming it
 * with such endings, so that `Sicherheits*` does not also look for `sicher`:
 * the endings fit (`heit` + `s`), but `Sicherheits` stems to `sicherheit`.
 */
import { MIN_PREFIX_KEY, stemKey } from './search-terms.ts'
import { isStopword } from './stopwords.ts'

const STEP3 = ['', 'end', 'ung', 'igend', 'igung', 'ig', 'ik', 'isch', 'lich', 'heit', 'erlich', 'enlich', 'erheit', 'enheit', 'keit', 'lichkeit', 'igkeit']
const STEP2 = ['', 'en', 'er', 'est', 'st']
const STEP1 = ['', 'em', 'ern', 'er', 'e', 'en', 'es', 's']
const ENDINGS = [...new Set(STEP3.flatMap((a) => STEP2.flatMap((b) => STEP1.map((c) => a + b + c))))]
  .filter((ending) => ending !== '')
  .sort((a, b) => a.length - b.length || a.localeCompare(b))
const LONGEST_ENDING = Math.max(...ENDINGS.map((ending) => ending.length))

/** Proper beginnings of `key` (a prefix folded like a stem key, see `queryPrefixKeys`) that a word beginning with `key` stems to. */
export function shorterStems(key: string): string[] {
  const stems: string[] = []
  for (let cut = Math.max(MIN_PREFIX_KEY, key.length - LONGEST_ENDING); cut < key.length; cut++) {
    const stem = key.slice(0, cut)
    const tail = key.slice(cut)
    if (isStopword(stem)) continue
    if (ENDINGS.some((ending) => ending.startsWith(tail) && stemKey(stem + ending) === stem)) stems.push(stem)
  }
  return stems
}
