/**
 * Labelled pairs for near-duplicate detection and their evaluation.
 *
 * Positives: a 10kGNAD article and an agency-style copy (three strengths),
 * teasers of one story from two feeds, real copies from the feed snapshot
 * (the same link in several feeds; two pairs read by hand). Negatives:
 * random pairs, each article with its most similar article of the same
 * category (full text and teaser), different outlets' reports of one event
 * (the hand-labelled stories), and recurring formats of one outlet. The
 * labels come from construction, links and hand reading; the detector sees
 * only the texts and headlines.
 */
import { createHash } from 'node:crypto';
import { findNearDuplicate, type DuplicateCandidate } from '../../src/wire/near-duplicates.ts';
import { fingerprintText, type TextFingerprint } from '../../src/wire/text-fingerprint.ts';
import { isStopword } from '../../src/text/stopwords.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { below } from '../lib/random.ts';
import { feedItemText, gnadText, type FeedItem, type GnadArticle, type StoryLabels } from './corpus.ts';
import { agencyVariant, strengths, teaserText, teaserVariant } from './variants.ts';

export interface Side {
  text: string;
  headline: string;
}

export interface LabelledPair {
  category: string;
  positive: boolean;
  a: Side;
  b: Side;
}

export interface PairSets {
  /** The pairs of the main precision/recall figure. */
  main: LabelledPair[];
  /** Teaser against the full text of the same story: whether that is a copy is the desk's choice; reported apart. */
  teaserInFull: LabelledPair[];
  /** Every other pair of distinct feed items (not labelled a copy or ambiguous): false matches only. */
  feedOthers: LabelledPair[];
}

export function buildPairs(articles: readonly GnadArticle[], items: readonly FeedItem[], labels: StoryLabels, random: () => number): PairSets {
  const main: LabelledPair[] = [];
  const original = (article: GnadArticle): Side => ({ text: gnadText(article), headline: article.headline });
  const byLabel = groupBy(articles, (article) => article.label);
  const otherOfLabel = (article: GnadArticle): GnadArticle => {
    const pool = byLabel.get(article.label) ?? [];
    for (;;) {
      const other = pool[below(random, pool.length)];
      if (!other || pool.length < 2) return article;
      if (other !== article) return other;
    }
  };

  for (const strength of strengths) {
    for (const article of articles) {
      main.push({ category: `10kGNAD copy, ${strength} edit`, positive: true, a: original(article), b: agencyVariant(article, strength, random, otherOfLabel(article)) });
    }
  }
  const withLead = articles.filter((article) => article.lead.split(' ').length >= 12);
  for (const article of withLead) {
    main.push({ category: '10kGNAD teaser, other headline and one word edited', positive: true, a: { text: teaserText(article), headline: article.headline }, b: teaserVariant(article, random) });
  }

  for (const article of articles) {
    let other = articles[below(random, articles.length)];
    while (!other || other === article) other = articles[below(random, articles.length)];
    main.push({ category: '10kGNAD random pair (copy of one, original of another)', positive: false, a: original(other), b: agencyVariant(article, 'light', random, other) });
  }
  const nearest = nearestOfSameLabel(articles);
  for (const [index, article] of articles.entries()) {
    const neighbour = articles[nearest[index] ?? index];
    if (!neighbour || neighbour === article) continue;
    main.push({ category: '10kGNAD hard: most similar article of the same category', positive: false, a: original(neighbour), b: agencyVariant(article, 'light', random, neighbour) });
    // Two different articles that print the same paragraph (a press release, a background box).
    const shared = articles[below(random, articles.length)]?.paragraphs[0];
    if (shared && !article.paragraphs.includes(shared) && !neighbour.paragraphs.includes(shared)) {
      main.push({
        category: '10kGNAD hard: most similar articles, one paragraph printed in both',
        positive: false,
        a: { text: gnadText({ ...neighbour, paragraphs: [...neighbour.paragraphs, shared] }), headline: neighbour.headline },
        b: { text: gnadText({ ...article, paragraphs: [...article.paragraphs, shared] }), headline: article.headline },
      });
    }
    if (article.lead !== '' && neighbour.lead !== '') {
      main.push({ category: '10kGNAD hard: teasers of the most similar articles', positive: false, a: { text: teaserText(neighbour), headline: neighbour.headline }, b: { text: teaserText(article), headline: article.headline } });
    }
  }

  // The feed snapshot: one side per link (the first feed that carries it).
  const byLink = groupBy(items, (item) => item.link);
  const side = (link: string): Side | null => {
    const item = byLink.get(link)?.[0];
    return item ? { text: feedItemText(item), headline: item.headline } : null;
  };
  for (const copies of byLink.values()) {
    const [first, second] = copies;
    if (first && second) {
      main.push({ category: 'feeds: the same item in two feeds (same link)', positive: true, a: { text: feedItemText(first), headline: first.headline }, b: { text: feedItemText(second), headline: second.headline } });
    }
  }
  const labelledPairs = new Set<string>();
  const pairKey = (x: string, y: string) => (x < y ? `${x}\n${y}` : `${y}\n${x}`);
  for (const { links } of [...labels.duplicates.sameText, ...labels.duplicates.ambiguous]) labelledPairs.add(pairKey(links[0] ?? '', links[1] ?? ''));
  for (const { links } of labels.duplicates.sameText) {
    const a = side(links[0] ?? '');
    const b = side(links[1] ?? '');
    if (a && b) main.push({ category: 'feeds: edited copies of one text (read by hand)', positive: true, a, b });
  }

  const negativeFeedPairs = new Set<string>();
  const addFeedNegative = (category: string, x: string, y: string) => {
    const key = pairKey(x, y);
    if (x === y || labelledPairs.has(key) || negativeFeedPairs.has(key)) return;
    const a = side(x);
    const b = side(y);
    if (!a || !b) return;
    negativeFeedPairs.add(key);
    main.push({ category, positive: false, a, b });
  };
  for (const story of labels.stories) {
    const links = story.items.map((item) => item.link);
    for (let i = 0; i < links.length; i++) for (let j = i + 1; j < links.length; j++) addFeedNegative('feeds hard: two reports of one story (hand labels)', links[i] ?? '', links[j] ?? '');
  }
  // Recurring formats: the same first two headline words (`Frage des Tages …`, `Ukraine-Liveblog: ++ …`).
  const links = [...byLink.keys()];
  const opening = (link: string) => (byLink.get(link)?.[0]?.headline ?? '').split(/\s+/u).slice(0, 2).join(' ');
  const byOpening = groupBy(links, opening);
  for (const group of byOpening.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) addFeedNegative('feeds hard: same headline opening (recurring formats, one outlet)', group[i] ?? '', group[j] ?? '');
  }

  const teaserInFull = withLead.map((article): LabelledPair => ({ category: '10kGNAD teaser against its full text', positive: true, a: { text: teaserText(article), headline: article.headline }, b: original(article) }));

  const feedOthers: LabelledPair[] = [];
  for (let i = 0; i < links.length; i++) {
    for (let j = i + 1; j < links.length; j++) {
      const key = pairKey(links[i] ?? '', links[j] ?? '');
      if (labelledPairs.has(key)) continue;
      const a = side(links[i] ?? '');
      const b = side(links[j] ?? '');
      if (a && b) feedOthers.push({ category: 'feeds: every other pair of distinct links', positive: false, a, b });
    }
  }
  return { main, teaserInFull, feedOthers };
}

/** For every article, the index of the article of its category with the most content words in common (Jaccard). */
function nearestOfSameLabel(articles: readonly GnadArticle[]): number[] {
  const words = articles.map((article) => new Set(tokenize(gnadText(article).toLowerCase()).filter((word) => !isStopword(word) && word.length > 2)));
  return articles.map((article, i) => {
    let best = i;
    let bestScore = -1;
    for (let j = 0; j < articles.length; j++) {
      if (j === i || articles[j]?.label !== article.label) continue;
      const score = jaccard(words[i] ?? new Set(), words[j] ?? new Set());
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    return best;
  });
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}

// ---------------------------------------------------------------------------
// Deciding and counting

export type Decide = (a: Side, b: Side) => boolean;

export class FingerprintCache {
  readonly #cache = new Map<string, TextFingerprint>();
  get(text: string): TextFingerprint {
    let fingerprint = this.#cache.get(text);
    if (!fingerprint) {
      fingerprint = fingerprintText(text);
      this.#cache.set(text, fingerprint);
    }
    return fingerprint;
  }
}

/** Ours: b duplicates a when findNearDuplicate finds a among the one candidate. */
export function ours(cache: FingerprintCache, threshold?: number): Decide {
  return (a, b) => {
    const candidate: DuplicateCandidate = { id: 'a', fingerprint: cache.get(a.text), headline: a.headline };
    return findNearDuplicate(cache.get(b.text), b.headline, [candidate], threshold === undefined ? {} : { threshold }) !== null;
  };
}

/** The baseline: equal hashes of the text in lower case with whitespace collapsed. */
export function exactHash(): Decide {
  const cache = new Map<string, string>();
  const hash = (text: string) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = createHash('sha1').update(text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()).digest('hex');
      cache.set(text, value);
    }
    return value;
  };
  return (a, b) => hash(a.text) === hash(b.text);
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export function count(pairs: readonly LabelledPair[], decide: Decide): Counts {
  const counts: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
  for (const pair of pairs) {
    const said = decide(pair.a, pair.b);
    if (pair.positive) said ? counts.truePositives++ : counts.falseNegatives++;
    else said ? counts.falsePositives++ : counts.trueNegatives++;
  }
  return counts;
}

export function precision(c: Counts): number {
  return c.truePositives / (c.truePositives + c.falsePositives || 1);
}

export function recall(c: Counts): number {
  return c.truePositives / (c.truePositives + c.falseNegatives || 1);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface PoolSearch {
  queries: number;
  candidates: number;
  /** The copy's own original came back. */
  right: number;
  /** Another text came back. */
  wrong: number;
  missed: number;
}

/** Each copy searched for among all originals and feed items at once, as the wire desk searches its recent drafts. */
export function searchPool(copies: readonly LabelledPair[], pool: readonly Side[], cache: FingerprintCache): PoolSearch {
  const candidates: DuplicateCandidate[] = pool.map((side, i) => ({ id: String(i), fingerprint: cache.get(side.text), headline: side.headline }));
  const index = new Map(pool.map((side, i) => [side.text, String(i)]));
  const result: PoolSearch = { queries: copies.length, candidates: candidates.length, right: 0, wrong: 0, missed: 0 };
  for (const pair of copies) {
    const found = findNearDuplicate(cache.get(pair.b.text), pair.b.headline, candidates);
    if (!found) result.missed++;
    else if (found.id === index.get(pair.a.text)) result.right++;
    else result.wrong++;
  }
  return result;
}
