/**
 * Near-duplicates on the wire desk: is a new item another copy of an agency
 * text already received (the same dpa story from a second feed, with another
 * headline, a paragraph cut, a dateline added)? Then it becomes a second
 * source of the existing draft instead of a draft of its own.
 *
 * Three ways to be a copy, each judged on the text sketches:
 * - **resemblance**: the shingle sets overlap by at least
 *   `nearDuplicateThreshold` (Jaccard). An edited copy of a long text stays
 *   far above it; two different reports of one event, even by the same
 *   agency, share almost no run of four words and stay far below.
 * - **containment**: the shorter text lies almost wholly inside the longer
 *   (a copy cut to its first paragraphs, a teaser of the full text). Told
 *   from the resemblance and the two shingle counts.
 * - **short texts** (a headline and a teaser, under `shortText` shingles) give
 *   few shingles and noisy sketches, and agencies' teasers of different
 *   stories can share a stock phrase: there a copy needs a near-exact match
 *   of the text, or a clear overlap together with a similar headline.
 */
import { resemblance, type TextFingerprint } from './text-fingerprint.ts';
import { textWords } from './text-shingles.ts';

export interface DuplicateCandidate {
  id: string;
  fingerprint: TextFingerprint;
  headline: string;
}

/** Least estimated Jaccard resemblance of two texts that are copies of one another. */
export const nearDuplicateThreshold = 0.4;

/** Below this many shingles (about 20 words) a text counts as short. */
export const shortText = 20;
/** A short text without a similar headline must match nearly exactly. */
const shortTextThreshold = 0.8;
/** Headline word overlap (Jaccard) that supports a short text's match. */
const similarHeadline = 0.5;
/** Share of the shorter text's shingles found in the longer one. */
const containmentThreshold = 0.7;

export interface NearDuplicateOptions {
  /** Instead of `nearDuplicateThreshold` (the benchmark's sweep). */
  threshold?: number;
}

/** The candidate the text duplicates (best resemblance above the threshold), or null. */
export function findNearDuplicate(
  fingerprint: TextFingerprint,
  headline: string,
  candidates: readonly DuplicateCandidate[],
  options: NearDuplicateOptions = {},
): { id: string; resemblance: number } | null {
  const threshold = options.threshold ?? nearDuplicateThreshold;
  if (fingerprint.size === 0) return null;
  let headlineWords: ReadonlySet<string> | null = null;
  let best: { id: string; resemblance: number } | null = null;
  let bestContainment = 0;
  for (const candidate of candidates) {
    const r = resemblance(fingerprint, candidate.fingerprint);
    // Nothing below this can be a copy by any of the three rules: skip the rest of the work.
    if (r < 0.04) continue;
    const smaller = Math.min(fingerprint.size, candidate.fingerprint.size);
    const larger = Math.max(fingerprint.size, candidate.fingerprint.size);
    const contained = containment(r, smaller, larger);
    let copy: boolean;
    if (smaller < shortText) {
      if (r >= shortTextThreshold) copy = true;
      else if (r >= threshold || contained >= containmentThreshold) {
        headlineWords ??= new Set(textWords(headline));
        copy = wordJaccard(headlineWords, new Set(textWords(candidate.headline))) >= similarHeadline;
      } else copy = false;
    } else {
      copy = r >= threshold || contained >= containmentThreshold;
    }
    if (!copy) continue;
    if (!best || r > best.resemblance || (r === best.resemblance && contained > bestContainment)) {
      best = { id: candidate.id, resemblance: r };
      bestContainment = contained;
    }
  }
  return best;
}

/**
 * |A∩B| / |A| for the smaller set A, from the Jaccard estimate J and the
 * set sizes: |A∩B| = J·(|A|+|B|)/(1+J). Capped at 1 (J is an estimate).
 */
export function containment(jaccard: number, smaller: number, larger: number): number {
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (smaller + larger)) / ((1 + jaccard) * smaller));
}

function wordJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
