/**
 * Ranking quality on one MIND split: our ranking (`recommender.score`,
 * the product's code), a seeded random scorer and training popularity,
 * over the same impressions in the same run.
 */
import { buildRecommender } from '../../src/recommend/recommender.ts';
import type { RecommenderOptions } from '../../src/recommend/recommender-options.ts';
import { seeded } from '../lib/random.ts';
import { impressionMetrics, meanMetrics, type ImpressionMetrics, type MeanMetrics } from './metrics.ts';
import { mindArticles, mindSignals, splitAt, trainingClicks, type MindData, type UnseenPublication } from './mind.ts';

export interface SplitQuality {
  testDay: string;
  trainDays: string[];
  trainImpressions: number;
  testImpressions: number;
  /** Impressions left out of AUC: no click, or nothing but clicks. */
  withoutPositive: number;
  withoutNegative: number;
  articles: number;
  /** Of these, the ids news.tsv has a row for (section, entities, terms). */
  articlesWithText: number;
  reads: number;
  coReadPairs: number;
  buildMs: number;
  /** Of the test day's displayed candidates: the share no training impression showed, and the click rates of both kinds. */
  unseenShare: number;
  unseenClickRate: number;
  seenClickRate: number;
  ours: MeanMetrics;
  random: MeanMetrics;
  popularity: MeanMetrics;
  /** Our ranking with some options changed, on the same impressions. */
  variants: { name: string; metrics: MeanMetrics }[];
}

export interface Variant {
  name: string;
  options: Partial<RecommenderOptions>;
}

export function evaluateSplit(
  data: MindData,
  testDay: string,
  unseen: UnseenPublication,
  options: Partial<RecommenderOptions> = {},
  variants: readonly Variant[] = [],
  seed = 20191113,
): SplitQuality {
  const split = splitAt(data, testDay);
  const articles = mindArticles(data, split, unseen);
  const signals = mindSignals(split);
  const started = performance.now();
  const recommender = buildRecommender({ articles, signals, nowMs: split.buildMs, options });
  const buildMs = performance.now() - started;
  const variantRecommenders = variants.map((variant) => buildRecommender({ articles, signals, nowMs: split.buildMs, options: { ...options, ...variant.options } }));
  const variantMetrics: ImpressionMetrics[][] = variants.map(() => []);
  const clicks = trainingClicks(split);
  const random = seeded(seed);

  const ours: ImpressionMetrics[] = [];
  const randomMetrics: ImpressionMetrics[] = [];
  const popularity: ImpressionMetrics[] = [];
  let withoutPositive = 0;
  let withoutNegative = 0;
  const shownInTraining = new Set(split.train.flatMap((impression) => impression.candidates));
  const displays = { seen: 0, seenClicks: 0, unseen: 0, unseenClicks: 0 };
  for (const impression of split.test) {
    impression.candidates.forEach((id, k) => {
      const clicked = impression.labels[k] === 1 ? 1 : 0;
      if (shownInTraining.has(id)) {
        displays.seen++;
        displays.seenClicks += clicked;
      } else {
        displays.unseen++;
        displays.unseenClicks += clicked;
      }
    });
    const positives = impression.labels.filter((label) => label > 0).length;
    if (positives === 0) withoutPositive++;
    if (positives === impression.labels.length) withoutNegative++;
    const request = { currentId: impression.history.at(-1) ?? null, history: impression.history, nowMs: impression.timeMs };
    ours.push(impressionMetrics(recommender.score(request, impression.candidates), impression.labels));
    variantRecommenders.forEach((variant, k) => variantMetrics[k]!.push(impressionMetrics(variant.score(request, impression.candidates), impression.labels)));
    randomMetrics.push(impressionMetrics(impression.candidates.map(() => random()), impression.labels));
    popularity.push(impressionMetrics(impression.candidates.map((id) => clicks.get(id) ?? 0), impression.labels));
  }
  return {
    testDay,
    trainDays: split.trainDays,
    trainImpressions: split.train.length,
    testImpressions: split.test.length,
    withoutPositive,
    withoutNegative,
    articles: recommender.articleCount,
    articlesWithText: articles.filter((article) => data.news.has(article.id)).length,
    reads: signals.reads.reduce((sum, read) => sum + read.reads, 0),
    coReadPairs: signals.coReads.length,
    buildMs,
    unseenShare: displays.unseen / (displays.seen + displays.unseen),
    unseenClickRate: displays.unseenClicks / Math.max(1, displays.unseen),
    seenClickRate: displays.seenClicks / Math.max(1, displays.seen),
    ours: meanMetrics(ours),
    random: meanMetrics(randomMetrics),
    popularity: meanMetrics(popularity),
    variants: variants.map((variant, k) => ({ name: variant.name, metrics: meanMetrics(variantMetrics[k]!) })),
  };
}
