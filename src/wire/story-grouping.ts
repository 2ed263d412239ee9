/**
 * Story grouping: which recent article reports the same event as a new one,
 * in other words? The newsroom shows a story's articles together, and
 * article pages link them („Mehr zu dieser Geschichte“).
 *
 * Two reports of one event name the same people and places and share rare
 * content words in headline and lead (`Magdeburg`, `Weihnachtsmarkt`,
 * `Todesfahrt`); two reports of different events share at most the
 * institution they happen in (`Bundestag`) and the words every such report
 * uses (`debattiert`, `Gesetz`). So:
 * - only articles within `storyWindowMs` of each other are compared;
 * - every feature (entity or content word, see story-features.ts) weighs by
 *   its rarity among those recent articles (inverse document frequency): a
 *   word in every second article of the evening says little;
 * - two articles score the weighted Dice overlap of their features, 0..1;
 * - a pair counts only with evidence beyond one common name: at least three
 *   shared features, one of them a content word that is not part of an
 *   entity's name on both sides;
 * - a story scores its best-matching member, plus half the scores of up to
 *   three further members that match too (each at least
 *   `storySupportFloor`): a report of one side of a big event (the
 *   suspect's past, a minute of silence in the stadiums) shares a little
 *   with many of the event's reports and enough with none of them alone.
 * The best story at or above `sameStoryThreshold` wins; an article that is
 * in no story yet is a story of its own here.
 */
import { featureKind, storyFeatures, trimVocabulary, vocabularySize, type StoryFeatures } from './story-features.ts';

export interface StoryMember {
  id: string;
  /** null when the article is not in a story yet */
  storyId: string | null;
  headline: string;
  lead: string;
  /** entity slugs from the enrichment (persons, places, organisations) */
  entitySlugs: readonly string[];
  publishedMs: number;
}

/** How far apart in time two reports of one event may be. */
export const storyWindowMs = 72 * 3_600_000;
/** Least score (0..1) of the story an article joins. */
export const sameStoryThreshold = 0.2;
/** Least score of a further member that supports its story. */
export const storySupportFloor = 0.1;
/** How much a supporting member's score adds. */
export const storySupportFactor = 0.5;
/** At most this many further members support: a big story must not draw in everything that touches it. */
export const storySupportMembers = 3;
/** Shared features a pair needs at all, and how many of them must be content words beside the entities. */
const minimumEvidence = 3;
const minimumSharedWords = 1;
/** Below this many articles in the window, rarity is measured as if there were this many. */
const minimumDocuments = 50;

/** Instead of the defaults above: the benchmark's sweep. */
export interface SameStoryOptions {
  threshold?: number;
  supportFloor?: number;
  supportFactor?: number;
  supportMembers?: number;
}

/**
 * The recent article the given one reports the same event as (best match above a threshold, within a time window, e.g. 72 h), or null.
 * `score` is the story's: its best member's, with the support of the others.
 */
export function findSameStory(
  article: StoryMember,
  recent: readonly StoryMember[],
  options: SameStoryOptions = {},
): { id: string; storyId: string | null; score: number } | null {
  const threshold = options.threshold ?? sameStoryThreshold;
  const floor = options.supportFloor ?? storySupportFloor;
  const factor = options.supportFactor ?? storySupportFactor;
  const supporters = options.supportMembers ?? storySupportMembers;

  const stories = new Map<string, ScoredMember[]>();
  for (const candidate of scoreRecent(article, recent)) {
    if (candidate.score < floor) continue;
    if (candidate.entities + candidate.words < minimumEvidence || candidate.words < minimumSharedWords) continue;
    const key = candidate.member.storyId ?? `article:${candidate.member.id}`;
    const members = stories.get(key);
    if (members) members.push(candidate);
    else stories.set(key, [candidate]);
  }

  let best: { member: StoryMember; score: number } | null = null;
  for (const members of stories.values()) {
    members.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    const [first, ...others] = members;
    if (!first) continue;
    let score = first.score;
    for (const other of others.slice(0, supporters)) score += factor * other.score;
    score = Math.min(1, score);
    if (score < threshold) continue;
    if (!best || score > best.score || (score === best.score && first.member.publishedMs > best.member.publishedMs)) {
      best = { member: first.member, score };
    }
  }
  return best ? { id: best.member.id, storyId: best.member.storyId, score: best.score } : null;
}

/** Higher score first; of equal scores the newer article. */
function better(a: ScoredMember, b: ScoredMember): boolean {
  return a.score > b.score || (a.score === b.score && a.member.publishedMs > b.member.publishedMs);
}

export interface ScoredMember {
  member: StoryMember;
  /** Weighted Dice overlap, 0..1. */
  score: number;
  /** Shared entities. */
  entities: number;
  /** Shared content words that are not part of an entity's name on both sides. */
  words: number;
  /** The weight of the shared features, and of all features of each side. */
  shared: number;
  ownWeight: number;
  weight: number;
}

// Scratch arrays over feature numbers, reused by every call (the work is
// synchronous); each call resets exactly what it touched.
let documentFrequency = new Int32Array(0);
let rarity = new Float64Array(0);
let ownKinds = new Uint8Array(0);

/**
 * Every recent article within the time window that shares a feature with
 * the given one, with its score and evidence: the ground findSameStory
 * decides on, open for inspection (the benchmark's threshold sweep).
 */
export function scoreRecent(article: StoryMember, recent: readonly StoryMember[]): ScoredMember[] {
  trimVocabulary();
  const own = storyFeatures(article);
  const members: StoryMember[] = [];
  const features: StoryFeatures[] = [];
  for (const member of recent) {
    if (member.id === article.id || Math.abs(member.publishedMs - article.publishedMs) > storyWindowMs) continue;
    members.push(member);
    features.push(storyFeatures(member));
  }
  if (members.length === 0 || own.ids.length === 0) return [];

  const size = vocabularySize();
  if (documentFrequency.length < size) {
    const length = Math.max(size, documentFrequency.length * 2);
    documentFrequency = new Int32Array(length);
    rarity = new Float64Array(length);
    ownKinds = new Uint8Array(length);
  }
  const df = documentFrequency;
  const idf = rarity;
  const mine = ownKinds;

  // Document frequencies over the window and the article, then each touched
  // feature's weight once (not once per article that has it).
  const touched: number[] = [];
  for (const { ids } of [own, ...features]) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      if (df[id] === 0) touched.push(id);
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  // Rarity needs something to be rare in: with a handful of recent articles
  // every shared word would look common; count at least this many.
  const documents = Math.max(members.length + 1, minimumDocuments);
  for (const id of touched) idf[id] = Math.log(1 + documents / (df[id] ?? 1));

  let ownWeight = 0;
  for (let i = 0; i < own.ids.length; i++) {
    const id = own.ids[i] ?? 0;
    const kind = own.kinds[i] ?? featureKind.term;
    mine[id] = kind + 1;
    if (kind !== featureKind.entityTerm) ownWeight += idf[id] ?? 0;
  }

  const scored: ScoredMember[] = [];
  for (let m = 0; m < members.length; m++) {
    const { ids, kinds } = features[m] as StoryFeatures;
    let shared = 0;
    let entities = 0;
    let words = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      const other = mine[id] ?? 0;
      if (other === 0) continue;
      const kind = kinds[i] ?? featureKind.term;
      if (kind === featureKind.entity) {
        shared += idf[id] ?? 0;
        entities++;
      } else if (!(kind === featureKind.entityTerm && other - 1 === featureKind.entityTerm)) {
        // A name both sides recognised counts once, as the entity.
        shared += idf[id] ?? 0;
        words++;
      }
    }
    // Most recent articles share nothing; only the others need their whole weight.
    if (shared === 0) continue;
    let weight = 0;
    for (let i = 0; i < ids.length; i++) if (kinds[i] !== featureKind.entityTerm) weight += idf[ids[i] ?? 0] ?? 0;
    const member = members[m] as StoryMember;
    scored.push({ member, score: Math.min(1, (2 * shared) / (ownWeight + weight)), entities, words, shared, ownWeight, weight });
  }

  for (const id of touched) df[id] = 0;
  for (const id of own.ids) mine[id] = 0;
  return scored;
}
