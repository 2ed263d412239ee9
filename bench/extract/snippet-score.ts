/**
 * The scoring of trafilatura's evaluation, written anew from its description:
 * after white space is collapsed, every `with` snippet found in the extracted
 * text is a true positive (missing: false negative), every `without` snippet
 * found is a false positive (absent: true negative); counts are summed over
 * the corpus before precision, recall and F-score are taken.
 */

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface SnippetScore {
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
}

const collapse = (text: string) => text.split(/\s+/).filter((part) => part !== '').join(' ');

export function snippetCounts(extracted: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetCounts {
  const text = collapse(extracted);
  const counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const snippet of withSnippets) {
    if (text.includes(collapse(snippet))) counts.tp++;
    else counts.fn++;
  }
  for (const snippet of withoutSnippets) {
    if (text.includes(collapse(snippet))) counts.fp++;
    else counts.tn++;
  }
  return counts;
}

export function sumCounts(pages: readonly SnippetCounts[]): SnippetCounts {
  return pages.reduce((total, page) => ({ tp: total.tp + page.tp, fn: total.fn + page.fn, fp: total.fp + page.fp, tn: total.tn + page.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
}

export function snippetScore({ tp, fn, fp, tn }: SnippetCounts): SnippetScore {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const accuracy = (tp + tn) / Math.max(1, tp + fn + fp + tn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, accuracy, f };
}
