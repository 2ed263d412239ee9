/**
 * The recommender's settings and why their defaults are what they are.
 *
 * The weights were checked on MIND with the model built from 9–11 November
 * and evaluated on 12 November (bench/recommend/tune.ts), never on the test
 * day. That sample can tell little apart: it has text for 3 % of its
 * articles (so the content weights are not measurable on it), co-reading
 * moved AUC by less than 0.001 either way, and every weight set we tried lay
 * within ±0.002 AUC — except freshness (see `freshWeight`) and a larger
 * popularity weight, which it preferred. The rest follow from what the block
 * is for: under an article, what readers of that article read next, then
 * what is like it, then what is read and new.
 */
import { DepescheError } from '../errors.ts'

export interface RecommenderOptions {
  /** Reads lose half their weight for popularity after this many hours. */
  popularityHalfLifeHours: number
  /** An article's freshness halves after this many hours. */
  freshHalfLifeHours: number
  /** Articles newer than this are gathered as „fresh“ candidates. */
  freshWindowHours: number
  /** The reader's most recent reads that count (older ones are only excluded). */
  historyLimit: number
  /** A history read this many places back from the newest weighs half as much. */
  historyHalfLife: number
  /** How much the newest history read weighs against the article being read (1). */
  historyWeight: number
  /** Co-reading neighbours kept per article. */
  coReadNeighbours: number
  /** Pairs read together this often count half: one or two readers prove little. */
  coReadShrinkage: number
  /** Weight of a pair read the other way round (B then A) for A → B. */
  coReadReverseWeight: number
  /** Co-reading evidence (summed neighbour strengths) at which the co-read part reaches half its weight. */
  coReadSaturation: number
  coReadWeight: number
  /** Content similarity to the article being read. */
  similarWeight: number
  /** Content similarity to the reader's history. */
  historySimilarWeight: number
  popularWeight: number
  freshWeight: number
  /** Share of the reader's reads in the candidate's section. */
  sectionWeight: number
  /** An entity shared weighs this many times a term of the same rarity. */
  entityWeight: number
  /** The section as a content feature, relative to a term of the same rarity. */
  sectionFeatureWeight: number
  /** Features kept per article (the heaviest ones). */
  maxFeaturesPerArticle: number
  /** Features of the reader's history profile. */
  profileFeatures: number
  /** Features in more than this share of articles (and in more than 100) say nothing and are dropped. */
  maxFeatureShare: number
  /** Articles kept per feature for finding similar ones, newest first. */
  maxPostings: number
  /** Similar articles gathered as candidates per request. */
  contentCandidates: number
  /** Most-read and newest articles gathered overall, and per section of interest. */
  popularCandidates: number
  sectionCandidates: number
  /** 0: no diversification; 1: an exact duplicate of a pick scores nothing. */
  diversity: number
  /** At most this share of the block from one section (rounded up). */
  sectionShare: number
}

export const recommenderDefaults: RecommenderOptions = {
  // News is read within a day; a 24-hour half-life makes „Meistgelesen“ about
  // today without letting one busy hour decide it. On MIND's validation day
  // 24 h did best of 6, 24 and 72 h, all within 0.003 AUC.
  popularityHalfLifeHours: 24,
  // A news article is new for about a day; after three days it is no longer
  // „neu“ but may still be the best match.
  freshHalfLifeHours: 24,
  freshWindowHours: 72,
  // The history cookie holds the last 20 reads (web/reading/history-cookie.ts).
  historyLimit: 20,
  // The last few reads say most about what the reader wants now.
  historyHalfLife: 5,
  historyWeight: 0.7,
  // Enough to fill a block five times over from one article; 30 × 8 bytes per article.
  coReadNeighbours: 30,
  coReadShrinkage: 2,
  // Readers meet pairs in either order often enough; the direction read adds a little.
  coReadReverseWeight: 0.5,
  // Strengths are cosines of read counts: 0.05 is, for two articles read 200
  // times each, some ten readers who read both.
  coReadSaturation: 0.05,
  // Weights of the score's parts, each part in [0, 1]. Co-reading is the
  // strongest evidence that readers of one article want another; similarity
  // to the article on the page next; popularity and freshness fill the rest.
  coReadWeight: 1,
  similarWeight: 0.8,
  historySimilarWeight: 0.4,
  // MIND's validation day preferred popularity at 1–3 (+0.002 AUC over 0.3);
  // 0.5 lets a strong co-reading or content match still lead the block.
  popularWeight: 0.5,
  // With publication times known (articles first shown after the training
  // days counted as new), validation preferred 0.15 over 0, 0.05 and 0.5
  // (+0.02 AUC over none). Under the bench's protocol, where such articles
  // count as old, any freshness lowers AUC by as much: there „fresh“ only
  // means „shown on an earlier day“.
  freshWeight: 0.15,
  sectionWeight: 0.1,
  // A shared person or place says more about a story than a shared word.
  entityWeight: 2,
  sectionFeatureWeight: 0.5,
  // A headline, lead and tags have 20–50 terms; 64 keeps them whole (on
  // 10kGNAD's 600-character leads, 64 instead of 40 raised precision@5
  // from 0.47 to 0.49).
  maxFeaturesPerArticle: 64,
  profileFeatures: 48,
  maxFeatureShare: 0.05,
  // Bounds the work per request (features × postings) at any catalogue
  // size; the newest 500 articles of a person or a word are plenty to choose
  // from (p99 1.2 ms at 100,000 articles, against 1.6 ms with 1,000).
  maxPostings: 500,
  contentCandidates: 100,
  popularCandidates: 50,
  sectionCandidates: 20,
  // Two articles about one story share most entities and words (similarity
  // about 0.5–0.9): their score is cut by 40–70 %, so a second article on the
  // same story needs to be much better than anything else to stay.
  diversity: 0.8,
  sectionShare: 0.6,
}

export function resolveOptions(options: Partial<RecommenderOptions> | undefined): RecommenderOptions {
  const resolved = { ...recommenderDefaults, ...options }
  for (const [key, value] of Object.entries(resolved)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new DepescheError('invalid_config', `recommender option ${key}: ${String(value)} is not a number ≥ 0`)
    }
  }
  for (const key of ['popularityHalfLifeHours', 'freshHalfLifeHours', 'historyHalfLife'] as const) {
    if (resolved[key] === 0) throw new DepescheError('invalid_config', `recommender option ${key} must be greater than 0`)
  }
  return resolved
}
