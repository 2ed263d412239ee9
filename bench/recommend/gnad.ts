/**
 * Content similarity on 10kGNAD: under each article, how many of the five
 * picks share its category (precision@5), with no readers and no history,
 * so that only the articles' terms decide. Every article has the same
 * section and the same date: the category must not leak in through the
 * section, and freshness must not pick for the content.
 */
import { readGnad, type GnadRecord } from '../search/corpus.ts';
import { buildRecommender } from '../../src/recommend/recommender.ts';
import type { RecommendableArticle } from '../../src/recommend/recommendable-article.ts';
import { indexTerms } from '../../src/text/search-terms.ts';
import { below, seeded } from '../lib/random.ts';

// The headline and lead of a news page are about this long; the dataset runs them into the body.
const LEAD_CHARACTERS = 600;
const NOW = Date.parse('2026-01-01T00:00:00Z');
const PICKS = 5;

export interface GnadQuality {
  articles: number;
  labels: number;
  /** The block as readers get it (`recommend`: diversified). */
  block: number;
  /** The ranking alone: the five best `score`s among all other articles. */
  ranking: number;
  random: number;
  /** Share of the block's picks whose reason is `similar`. */
  similarReasons: number;
}

export function gnadArticles(records: readonly GnadRecord[]): RecommendableArticle[] {
  return records.map((record) => {
    const cut = record.text.lastIndexOf(' ', LEAD_CHARACTERS);
    const lead = record.text.length <= LEAD_CHARACTERS ? record.text : record.text.slice(0, cut > 0 ? cut : LEAD_CHARACTERS);
    return {
      id: record.id,
      headline: lead.slice(0, 80),
      sectionSlug: 'nachrichten',
      sectionName: 'Nachrichten',
      publishedMs: NOW - 86_400_000,
      entities: [],
      terms: indexTerms(lead).stems.split(' ').filter(Boolean),
    };
  });
}

export function evaluateGnad(file: string, seed = 10273): GnadQuality {
  const records = readGnad(file);
  const labelOf = new Map(records.map((record) => [record.id, record.label]));
  const articles = gnadArticles(records);
  const recommender = buildRecommender({ articles, signals: { reads: [], coReads: [] }, nowMs: NOW });
  const random = seeded(seed);
  const ids = articles.map((article) => article.id);
  let block = 0;
  let ranking = 0;
  let randomHits = 0;
  let similar = 0;
  let picks = 0;
  for (const article of articles) {
    const label = labelOf.get(article.id);
    const request = { currentId: article.id, history: [], nowMs: NOW };
    const recommended = recommender.recommend({ ...request, limit: PICKS, rules: { pinned: [], excluded: [] } });
    picks += recommended.length;
    for (const pick of recommended) {
      if (labelOf.get(pick.articleId) === label) block++;
      if (pick.reason.kind === 'similar') similar++;
    }
    const others = ids.filter((id) => id !== article.id);
    const scores = recommender.score(request, others);
    const best = others.map((id, k) => ({ id, score: scores[k]! })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, PICKS);
    ranking += best.filter((pick) => labelOf.get(pick.id) === label).length;
    const drawn = new Set<string>();
    while (drawn.size < PICKS) drawn.add(others[below(random, others.length)]!);
    randomHits += [...drawn].filter((id) => labelOf.get(id) === label).length;
  }
  const total = articles.length * PICKS;
  return {
    articles: articles.length,
    labels: new Set(labelOf.values()).size,
    block: block / picks,
    ranking: ranking / total,
    random: randomHits / total,
    similarReasons: similar / picks,
  };
}
