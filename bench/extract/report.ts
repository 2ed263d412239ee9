import type { AebRun, TrafRun } from './run.ts';
import type { ShingleScore } from './shingle-score.ts';
import { snippetScore, sumCounts } from './snippet-score.ts';

/** The Markdown of the results section. */

const f3 = (value: number) => value.toFixed(3);
const f4 = (value: number) => value.toFixed(4);
const ms = (value: number) => `${value.toFixed(1)} ms`;

export function aebTable(runs: readonly AebRun[]): string {
  const rows = runs.map((run) => `| ${run.name} | ${f4(run.score.f1)} | ${f3(run.score.precision)} | ${f3(run.score.recall)} | ${f3(run.score.accuracy)} | ${ms(run.msPerPage)} |`);
  return ['| extractor | F1 | precision | recall | accuracy | time per page |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function referenceTable(references: readonly { name: string; score: ShingleScore }[]): string {
  const rows = references.map(({ name, score }) => `| ${name} | ${f3(score.f1)} | ${f3(score.precision)} | ${f3(score.recall)} | ${f3(score.accuracy)} |`);
  return ['| reference output (shipped with the benchmark) | F1 | precision | recall | accuracy |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function trafTable(runs: readonly TrafRun[]): string {
  const rows = runs.map(
    (run) =>
      `| ${run.name} | ${f4(run.score.f)} | ${f3(run.score.precision)} | ${f3(run.score.recall)} | ${f3(run.score.accuracy)} | ${run.counts.tp} / ${run.counts.fn} / ${run.counts.fp} / ${run.counts.tn} | ${ms(run.msPerPage)} |`,
  );
  return ['| extractor | F-score | precision | recall | accuracy | TP / FN / FP / TN | time per page |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * The visible pages in two halves by the last hex digit of their id (even, odd): the rules
 * added after the overfitting review were written looking at the even half only, so the odd
 * half shows whether they carry over (the rules before it were written on all pages).
 */
export function halvesTable(pageIds: readonly string[], runs: readonly TrafRun[]): string {
  const even = (id: string) => Number.parseInt(id.slice(-1), 16) % 2 === 0;
  const half = (run: TrafRun, wanted: boolean) => snippetScore(sumCounts(run.pageCounts.filter((_, i) => even(pageIds[i] ?? '') === wanted))).f;
  const sizes = [true, false].map((wanted) => pageIds.filter((id) => even(id) === wanted).length);
  const rows = runs.map((run) => `| ${run.name} | ${f4(half(run, true))} | ${f4(half(run, false))} |`);
  return [`| extractor | F-score, even half (${sizes[0]} pages) | F-score, odd half (${sizes[1]} pages) |`, '|---|---|---|', ...rows].join('\n');
}

export function ratio(ours: number, baseline: number): string {
  return `${(ours - baseline >= 0 ? '+' : '')}${(ours - baseline).toFixed(4)}`;
}
