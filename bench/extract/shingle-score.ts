/**
 * The scoring of the article extraction benchmark (Zyte), written anew from
 * its description: word tokens (`\w+`, Unicode), 4-token shingles counted as
 * a multiset, per page true/false positives and negatives normalised to sum
 * to one so that every page weighs the same; precision and recall are the
 * means over pages, F1 their harmonic mean; accuracy counts pages whose token
 * lists are identical.
 */

const shingleSize = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Token lists of truth and prediction are the same. */
  exact: boolean;
}

export interface ShingleScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

/** Python's `\w` with re.UNICODE: letters, numbers and the underscore. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  // A text shorter than one shingle is one shingle of all its tokens (none for an empty text).
  const last = Math.max(1, tokens.length - shingleSize + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + shingleSize).join(' ');
    if (shingle !== '') counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export function pageCounts(truth: string, prediction: string): PageCounts {
  const trueTokens = tokenize(truth);
  const predictedTokens = tokenize(prediction);
  const expected = shingles(trueTokens);
  const predicted = shingles(predictedTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, count] of predicted) {
    const inTruth = expected.get(shingle) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [shingle, count] of expected) fn += Math.max(0, count - (predicted.get(shingle) ?? 0));
  const sum = tp + fp + fn;
  const exact = trueTokens.length === predictedTokens.length && trueTokens.every((token, i) => token === predictedTokens[i]);
  return sum === 0 ? { tp, fp, fn, exact } : { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

export function score(pages: readonly PageCounts[]): ShingleScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.filter((page) => page.exact).length / Math.max(1, pages.length);
  return { f1, precision, recall, accuracy, pages: pages.length };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
