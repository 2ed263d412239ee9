import { decodeHtml } from '../../src/ingest/html/decode-html.ts';
import type { AebCorpus, TrafPage } from './corpora.ts';
import type { Extractor } from './extractors.ts';
import { pageCounts, score, type ShingleScore } from './shingle-score.ts';
import { snippetCounts, snippetScore, sumCounts, type SnippetCounts, type SnippetScore } from './snippet-score.ts';

/** One extractor over one corpus: its score and its time per page. */

export interface AebRun {
  name: string;
  score: ShingleScore;
  msPerPage: number;
}

export interface TrafRun {
  name: string;
  score: SnippetScore;
  counts: SnippetCounts;
  /** counts per page, in the order of the pages given */
  pageCounts: SnippetCounts[];
  msPerPage: number;
}

export function runAeb(corpus: AebCorpus, extractor: Extractor): AebRun {
  const started = performance.now();
  const texts = corpus.pages.map((page) => extractor.extract(page.html, page.url));
  const msPerPage = (performance.now() - started) / corpus.pages.length;
  return { name: extractor.name, score: score(corpus.pages.map((page, i) => pageCounts(page.truth, texts[i] ?? ''))), msPerPage };
}

/** The reference outputs shipped with the benchmark, scored by our metric: its check. */
export function referenceRuns(corpus: AebCorpus): { name: string; score: ShingleScore }[] {
  return [...corpus.references].map(([name, outputs]) => ({
    name,
    score: score(corpus.pages.map((page) => pageCounts(page.truth, outputs.get(page.id) ?? ''))),
  }));
}

export function runTraf(pages: readonly TrafPage[], extractor: Extractor): TrafRun {
  const perPage: SnippetCounts[] = [];
  let elapsed = 0;
  for (const page of pages) {
    const started = performance.now();
    // Decoding is part of the work for every extractor: the pages are bytes in their own charsets.
    const text = extractor.extract(decodeHtml(page.bytes, null), page.url);
    elapsed += performance.now() - started;
    perPage.push(snippetCounts(text, page.with, page.without));
  }
  const counts = sumCounts(perPage);
  return { name: extractor.name, score: snippetScore(counts), counts, pageCounts: perPage, msPerPage: elapsed / pages.length };
}
