import type { KeyPoint } from '../article/article.ts';
import type { ArticleDraft } from '../article/draft.ts';
import { collectCandidates, defaultCandidateLimits, type Candidate } from './key-points/candidates.ts';
import { cutAtClause } from './key-points/clause-cut.ts';
import { cosine, lexRank, similarityMatrix, tfidfVectors, type Vector } from './key-points/lexrank.ts';
import { sentenceTerms } from './key-points/sentence-terms.ts';

/**
 * The key-points enricher: suggests the bullets of the "Was müssen Sie
 * wissen?" box by extracting sentences of the lead and body.
 *
 * Each sentence is scored by its centrality in the article (LexRank over
 * TF-IDF vectors of stemmed, stop-word-free, compound-split terms), its
 * position (news puts the essentials first) and how much of the article's
 * recurring vocabulary it covers. Sentences are then picked greedily with a
 * redundancy penalty (maximal marginal relevance), each from a paragraph not
 * yet used while there is one, never one too close to the headline or to a pick.
 * The picks come back in article order.
 */

export interface KeyPointOptions {
  /** How many bullets, 2–5 (default 3). Fewer come back when the article has fewer usable sentences. */
  count?: number;
}

/** The tuning of the extractor; the bench uses it with other budgets. */
export interface ExtractOptions {
  count: number;
  /** Longest bullet; a longer sentence is cut at a clause boundary or skipped. */
  maxChars: number;
}

const DEFAULT_COUNT = 3;
const MAX_CHARS = 200;
const WEIGHTS = { centrality: 0.55, position: 0.3, coverage: 0.15 };
const MMR_LAMBDA = 0.7;
// Above these cosines a sentence says what the headline or a pick already says.
const MAX_HEADLINE_SIMILARITY = 0.6;
const MAX_PICK_SIMILARITY = 0.5;
// A sentence that opens by pointing back (`Dies ist …`) reads poorly out of context.
// So does one that leans on a lower-case `dies` (`Laut "Telegraph" ist dies …`).
const ANAPHORIC = /^(?:Dies|Diese[srmn]?|Damit|Dabei|Deshalb|Daher|Dadurch|Darum|Er|Zudem|Außerdem|Auch|Allerdings|Doch|Trotzdem)\b|\bdies\b/u;
const ANAPHORA_FACTOR = 0.8;

export function suggestKeyPoints(draft: ArticleDraft, options: KeyPointOptions = {}): KeyPoint[] {
  const count = Math.min(5, Math.max(2, Math.round(options.count ?? DEFAULT_COUNT)));
  return extractSentences(draft, { count, maxChars: MAX_CHARS }).map((text) => ({ text, origin: 'suggested' }));
}

/** Fills the key points of a draft that has none; an editor's bullets are never replaced. */
export function addSuggestedKeyPoints(draft: ArticleDraft, options: KeyPointOptions = {}): ArticleDraft {
  return draft.keyPoints.length > 0 ? draft : { ...draft, keyPoints: suggestKeyPoints(draft, options) };
}

interface Scored extends Candidate {
  /** The text as it would be shown: the sentence, or its shortened form. */
  shown: string;
  vector: Vector;
  score: number;
}

/** The chosen sentences in article order, without the KeyPoint wrapper. */
export function extractSentences(draft: ArticleDraft, options: ExtractOptions): string[] {
  const candidates = collectCandidates(draft, { ...defaultCandidateLimits, maxSentenceChars: Math.max(options.maxChars * 3, 600) });
  if (candidates.length === 0 || options.count <= 0) return [];

  const headlineTerms = sentenceTerms(draft.headline);
  const termSets = candidates.map((candidate) => sentenceTerms(candidate.text));
  const vectors = tfidfVectors([...termSets, headlineTerms]);
  const headlineVector = vectors.pop()!;
  const centrality = normalise(lexRank(similarityMatrix(vectors)));
  const coverage = normalise(coverageScores(termSets));
  const headlineKey = comparable(draft.headline);

  const scored: Scored[] = [];
  candidates.forEach((candidate, i) => {
    const shown = candidate.text.length <= options.maxChars ? candidate.text : cutAtClause(candidate.text, options.maxChars);
    if (shown === undefined || comparable(shown) === headlineKey) return;
    const vector = vectors[i]!;
    if (vector.size === 0 || cosine(vector, headlineVector) > MAX_HEADLINE_SIMILARITY) return;
    const position = 1 / (1 + candidate.index / 4);
    let score = WEIGHTS.centrality * centrality[i]! + WEIGHTS.position * position + WEIGHTS.coverage * coverage[i]!;
    if (ANAPHORIC.test(shown)) score *= ANAPHORA_FACTOR;
    // A shortened sentence earns only the share of the content it still shows.
    if (shown !== candidate.text) score *= sentenceTerms(shown).size / Math.max(1, termSets[i]!.size);
    scored.push({ ...candidate, shown, vector, score });
  });

  const picks: Scored[] = [];
  const remaining = new Set(scored);
  while (picks.length < options.count && remaining.size > 0) {
    // A paragraph not yet used wins over any sentence of a used one; only when
    // every paragraph has given a bullet may one give a second.
    const best = bestNext(remaining, picks, true) ?? bestNext(remaining, picks, false);
    if (!best) break;
    picks.push(best);
    remaining.delete(best);
  }
  return picks.sort((a, b) => a.index - b.index).map((pick) => pick.shown);
}

/** Maximal marginal relevance: score against similarity to what is already picked. */
function bestNext(remaining: Set<Scored>, picks: Scored[], newParagraphOnly: boolean): Scored | undefined {
  let best: Scored | undefined;
  let bestValue = -Infinity;
  for (const candidate of remaining) {
    if (newParagraphOnly && picks.some((pick) => pick.paragraph === candidate.paragraph)) continue;
    const redundancy = Math.max(0, ...picks.map((pick) => cosine(pick.vector, candidate.vector)));
    if (redundancy > MAX_PICK_SIMILARITY) continue;
    const value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * redundancy;
    if (value > bestValue) {
      bestValue = value;
      best = candidate;
    }
  }
  return best;
}

/** How much of the article's recurring vocabulary (terms in more than one sentence) a sentence carries. */
function coverageScores(termSets: Map<string, number>[]): Float64Array {
  const df = new Map<string, number>();
  for (const terms of termSets) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return Float64Array.from(termSets, (terms) => {
    let sum = 0;
    for (const term of terms.keys()) {
      const frequency = df.get(term) ?? 0;
      if (frequency > 1) sum += Math.log(frequency);
    }
    // Per square root of length, so that long sentences do not win by length alone.
    return terms.size === 0 ? 0 : sum / Math.sqrt(terms.size);
  });
}

function normalise(values: Float64Array): Float64Array {
  const max = values.reduce((m, v) => Math.max(m, v), 0);
  return max > 0 ? values.map((v) => v / max) : values;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
