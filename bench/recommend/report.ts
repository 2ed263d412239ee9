/** The bench's figures as the `## Recommendations` section of bench/RESULTS.md. */
import type { GnadQuality } from './gnad.ts';
import type { MeanMetrics } from './metrics.ts';
import type { SplitQuality } from './mind-quality.ts';
import type { SpeedResult } from './speed.ts';

export const AUC_TARGET = 0.08;
export const P99_TARGET_MS = 5;

const points = (value: number) => (100 * value).toFixed(2);
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(100 * value).toFixed(2)}`;
const count = (value: number) => value.toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function metricsRow(name: string, metrics: MeanMetrics): string {
  return `| ${name} | ${points(metrics.auc)} | ${points(metrics.mrr)} | ${points(metrics.ndcg5)} | ${points(metrics.ndcg10)} |`;
}

function metricsTable(quality: SplitQuality): string {
  return [
    '| ranking | AUC | MRR | nDCG@5 | nDCG@10 |',
    '| --- | ---: | ---: | ---: | ---: |',
    metricsRow('ours (`recommender.score`)', quality.ours),
    ...quality.variants.map((variant) => metricsRow(variant.name, variant.metrics)),
    metricsRow('popularity (training clicks)', quality.popularity),
    metricsRow('random (seeded)', quality.random),
  ].join('\n');
}

export function mindSection(test: SplitQuality, validation: SplitQuality, strict: SplitQuality, strictValidation: SplitQuality): string {
  const lift = test.ours.auc - test.popularity.auc;
  const skipped = test.testImpressions - test.ours.aucImpressions;
  const verdict = lift >= AUC_TARGET
    ? `**met** (${signed(lift)} points)`
    : `**missed**: ours − popularity = ${signed(lift)} AUC points, ${points(AUC_TARGET - lift)} short of the target`;
  return `### Ranking quality on MIND (real impressions, \`mind-small-sample\`)

Model built only from the training days ${test.trainDays.join(', ')} (${count(test.trainImpressions)} impressions: ${count(test.reads)} clicks as hourly reads at the impression's hour, ${count(test.coReadPairs)} co-reading pairs from each user's history, oldest first, then their training clicks, each read paired with the 5 before it as the site pairs them). No click of the test day is read. Catalogue: ${count(test.articles)} news ids; news.tsv has a row (section, entities, terms) for ${count(test.articlesWithText)} of them (${(100 * test.articlesWithText / Math.max(1, test.articles)).toFixed(1)} %). MIND has no publication times; an article's publication time is taken as the first impression (of any day) that showed it. That reads no label and looks nowhere ahead: an article scored in an impression at time t was shown at t, so its first display is at or before t — and the site itself knows every article's real publication time, which comes earlier still. Tested on every impression of ${test.testDay} (${count(test.testImpressions)}): candidates ranked by the product's \`recommender.score\`, the page's article = the last history item, the reader's history = the impression's. Per-impression AUC, MRR, nDCG@5, nDCG@10 (gain 2^label − 1, log2 discount), averaged, ×100; ties count half in AUC and at their expected place in the others, for every ranking alike. Impressions left out: ${skipped} (${test.withoutPositive} without a click, ${test.withoutNegative} without a non-click).

${metricsTable(test)}

Target: AUC at least ${points(AUC_TARGET)} points above popularity — ${verdict}.

Where the weights were chosen — the validation split, model from ${validation.trainDays.join(', ')}, tested on ${validation.testDay} (${count(validation.testImpressions)} impressions; \`node bench/recommend/tune.ts --unseen first-display\`). No weight was tuned on the test day (an early look at the test day's click rates by article age, before any tuning, is how the publication-time question below was found):

${metricsTable(validation)}

Articles that no earlier day showed are ${(100 * validation.unseenShare).toFixed(0)} % of the candidates on the validation day and clicked on ${(100 * validation.unseenClickRate).toFixed(1)} % of their displays against ${(100 * validation.seenClickRate).toFixed(1)} % for articles shown before (test day: ${(100 * test.unseenShare).toFixed(0)} %, ${(100 * test.unseenClickRate).toFixed(1)} % against ${(100 * test.seenClickRate).toFixed(1)} %): new articles are read most, which is what freshness uses.

Stricter reading, for comparison (not the product's situation): an article that no training impression showed counts as old, as if its publication time were unknown. Test day:

${metricsTable(strict)}

Validation day under this reading: ours ${points(strictValidation.ours.auc)} AUC, popularity ${points(strictValidation.popularity.auc)}, random ${points(strictValidation.random.auc)}. Here freshness points the wrong way (the newest articles look oldest), so ours falls below popularity.

Published anchors (not comparable): NRMS 67.76 AUC on MIND-large, 64–66 on MIND-small, all trained on the news texts and the impressions of 50,000 (MIND-small) to 1,000,000 (MIND-large) users. This sample has ${count(test.trainImpressions)} training impressions over ${test.trainDays.length} days and texts for 3 % of the news, so only behaviour can carry a ranking here — and in it, co-reading reaches few candidates: the test day's articles are mostly new, and the histories hold older ones.`;
}

export function gnadSection(quality: GnadQuality): string {
  const ratio = (value: number) => (value / quality.random).toFixed(1);
  return `### Content similarity on 10kGNAD

${count(quality.articles)} articles of ${quality.labels} categories (the shared part). Each article's terms come from its first 600 characters (headline and lead stand-in), analysed by \`text/search-terms\` as the product does; no entities; one section and one date for all, so that neither the label nor freshness can leak in. Under every article: the five picks with no readers and no history, and the share of picks in the article's category (precision@5).

| picks | precision@5 | × random |
| --- | ---: | ---: |
| the block (\`recommend\`, diversified) | ${quality.block.toFixed(3)} | ${ratio(quality.block)} |
| the ranking alone (best five \`score\`s) | ${quality.ranking.toFixed(3)} | ${ratio(quality.ranking)} |
| random (seeded) | ${quality.random.toFixed(3)} | 1.0 |

${(100 * quality.similarReasons).toFixed(1)} % of the block's picks carry the reason \`similar\`.`;
}

export function speedSection(speed: SpeedResult, peakRss: number): string {
  const verdict = speed.p99 < P99_TARGET_MS ? `**met** (${(P99_TARGET_MS / speed.p99).toFixed(1)}× under)` : '**missed**';
  return `### Speed and memory (synthetic, ${count(speed.articles)} articles)

${count(speed.articles)} articles recombined from 10kGNAD sentences (terms of about 600 characters each, 2–6 of 20,000 Zipf-distributed entities, 20 sections, published over 60 days) and ${count(speed.events)} read events by ${count(speed.readers)} readers of 1–10 articles (Zipf popularity), aggregated as the site stores them: ${count(speed.hourlyRows)} hourly rows and ${count(speed.coReadPairs)} co-reading pairs. Then \`recommend()\` for ${count(speed.requests)} readers (page article and 0–20 history articles drawn by popularity, a block of 5, every tenth with a pin and an exclusion), after a warm-up of 200 other readers; one process, one request at a time.

| build | p50 | p95 | p99 | max | mean | blocks full |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${speed.buildSeconds.toFixed(1)} s | ${speed.p50.toFixed(2)} ms | ${speed.p95.toFixed(2)} ms | ${speed.p99.toFixed(2)} ms | ${speed.max.toFixed(2)} ms | ${speed.mean.toFixed(2)} ms | ${speed.blocksFull} / ${speed.requests} |

Target p99 under ${P99_TARGET_MS} ms: ${verdict}. The very first request after building, before any warm-up, took ${speed.firstMs.toFixed(1)} ms.

Memory the built recommender holds${speed.gcAvailable ? ' (after a full collection, before and after building)' : ' (without --expose-gc: includes garbage)'}: ${mib(speed.heapBytes + speed.arrayBufferBytes)} (${mib(speed.heapBytes)} V8 heap, ${mib(speed.arrayBufferBytes)} typed arrays). Process RSS after building ${mib(speed.rssAfterBuild)}; peak RSS of the whole bench ${mib(peakRss)} (it also holds the input: the articles' terms and the signals as objects).`;
}
