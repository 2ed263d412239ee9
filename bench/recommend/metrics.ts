/**
 * MIND's per-impression metrics (Wu et al. 2020, the `evaluate.py` of the
 * MIND competition): AUC over the impression's candidates, MRR, nDCG@5 and
 * nDCG@10 with gain 2^label − 1 and a log2 discount; then averaged over
 * impressions.
 *
 * Ties are scored fairly for every scorer: AUC counts a tied
 * positive/negative pair as one half (average ranks), and MRR and nDCG are
 * their expected values when tied candidates are put in random order (each
 * tied candidate is equally likely at each place of its tie group). A
 * popularity count ties often; this way it is neither helped nor hurt by
 * whichever order a sort happens to leave.
 */
export interface ImpressionMetrics {
  /** Null when the impression has no positive or no negative. */
  auc: number | null;
  /** Null when the impression has no positive. */
  mrr: number | null;
  ndcg5: number | null;
  ndcg10: number | null;
}

export function impressionMetrics(scores: readonly number[], labels: readonly number[]): ImpressionMetrics {
  const positives = labels.filter((label) => label > 0).length;
  if (positives === 0) return { auc: null, mrr: null, ndcg5: null, ndcg10: null };
  const groups = tieGroups(scores);
  return {
    auc: positives === labels.length ? null : auc(groups, labels, positives),
    mrr: expected(groups, labels, (label, place) => (label > 0 ? 1 / place : 0)) / positives,
    ndcg5: ndcg(groups, labels, 5),
    ndcg10: ndcg(groups, labels, 10),
  };
}

interface TieGroup {
  /** First place of the group, 1-based. */
  first: number;
  members: number[];
}

/** Candidates in descending score order, equal scores grouped. */
function tieGroups(scores: readonly number[]): TieGroup[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const groups: TieGroup[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const last = groups[groups.length - 1];
    if (last && scores[last.members[0]!] === scores[i]) last.members.push(i);
    else groups.push({ first: k + 1, members: [i] });
  }
  return groups;
}

/** Σ over candidates of the expected value of `value(label, place)` with ties in random order. */
function expected(groups: readonly TieGroup[], labels: readonly number[], value: (label: number, place: number) => number): number {
  let sum = 0;
  for (const group of groups) {
    for (const member of group.members) {
      let mean = 0;
      for (let place = group.first; place < group.first + group.members.length; place++) mean += value(labels[member]!, place);
      sum += mean / group.members.length;
    }
  }
  return sum;
}

function auc(groups: readonly TieGroup[], labels: readonly number[], positives: number): number {
  const negatives = labels.length - positives;
  // Mann–Whitney U from ascending average ranks.
  let rankSum = 0;
  let rank = labels.length;
  for (const group of groups) {
    const averageRank = rank - (group.members.length - 1) / 2;
    for (const member of group.members) if (labels[member]! > 0) rankSum += averageRank;
    rank -= group.members.length;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function ndcg(groups: readonly TieGroup[], labels: readonly number[], k: number): number {
  const gain = (label: number, place: number) => (place <= k ? (2 ** label - 1) / Math.log2(place + 1) : 0);
  const dcg = expected(groups, labels, gain);
  const ideal = [...labels].sort((a, b) => b - a).reduce((sum, label, i) => sum + gain(label, i + 1), 0);
  return dcg / ideal;
}

export interface MeanMetrics {
  auc: number;
  mrr: number;
  ndcg5: number;
  ndcg10: number;
  /** Impressions averaged for AUC, and for the other three. */
  aucImpressions: number;
  rankImpressions: number;
}

export function meanMetrics(all: readonly ImpressionMetrics[]): MeanMetrics {
  const mean = (values: (number | null)[]) => {
    const kept = values.filter((value): value is number => value !== null);
    return { mean: kept.reduce((sum, value) => sum + value, 0) / Math.max(1, kept.length), count: kept.length };
  };
  const aucMean = mean(all.map((m) => m.auc));
  const mrr = mean(all.map((m) => m.mrr));
  return {
    auc: aucMean.mean,
    mrr: mrr.mean,
    ndcg5: mean(all.map((m) => m.ndcg5)).mean,
    ndcg10: mean(all.map((m) => m.ndcg10)).mean,
    aucImpressions: aucMean.count,
    rankImpressions: mrr.count,
  };
}
