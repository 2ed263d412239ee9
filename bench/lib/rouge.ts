import { stem } from '../../src/text/stem.ts';
import { tokenize } from '../../src/text/tokens.ts';

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004) over Snowball German stems, the
 * same for every system: tokens are words and numbers (punctuation dropped,
 * hyphenated words split), lower-cased and stemmed; n-gram counts are clipped;
 * ROUGE-L is the longest common subsequence of the whole token sequences.
 * No stop words are removed, as in the usual `rouge-score` setup.
 */

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function rougeTokens(text: string): string[] {
  return tokenize(text, { splitHyphens: true }).map((token) => stem(token));
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: ngramF1(c, r, 1), rouge2: ngramF1(c, r, 2), rougeL: lcsF1(c, r) };
}

/** Mean of each score over documents, ×100. */
export function meanRouge(scores: RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores): number =>
    scores.length === 0 ? 0 : (100 * scores.reduce((sum, s) => sum + s[key], 0)) / scores.length;
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL') };
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function ngramF1(candidate: string[], reference: string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** LCS length with two rolling rows: O(|c|·|r|) time, O(|r|) memory. */
export function lcsF1(candidate: string[], reference: string[]): number {
  let previous = new Uint32Array(reference.length + 1);
  let current = new Uint32Array(reference.length + 1);
  for (const token of candidate) {
    for (let j = 1; j <= reference.length; j++) {
      current[j] = token === reference[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return f1(previous[reference.length]!, candidate.length, reference.length);
}
