/**
 * Cost per call as the wire desk pays it: every incoming item is
 * fingerprinted and compared with the drafts of the last days (5,000 here),
 * and its story is looked for among as many recent articles.
 */
import { findEntities } from '../../src/enrich/entities.ts';
import { findNearDuplicate, type DuplicateCandidate } from '../../src/wire/near-duplicates.ts';
import { findSameStory, storyWindowMs, type StoryMember } from '../../src/wire/story-grouping.ts';
import { decodeFingerprint, encodeFingerprint, fingerprintText } from '../../src/wire/text-fingerprint.ts';
import { below } from '../lib/random.ts';
import { feedItemText, gnadText, type FeedItem, type GnadArticle } from './corpus.ts';
import { agencyVariant, strengths, teaserText, teaserVariant } from './variants.ts';

export interface Timing {
  calls: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
}

export interface SpeedResult {
  candidates: number;
  fingerprint: Timing & { meanWords: number };
  decode: Timing;
  duplicates: Timing;
  storyMembers: number;
  /** The first call on articles never seen before: every article's features are computed. */
  storyFirstCallMs: number;
  /** The first call on new objects for the same articles (as every poll builds them), the words' analysis cached. */
  storyNewObjectsMs: number;
  stories: Timing;
}

const candidateCount = 5000;
const queryCount = 1000;

export function runSpeed(articles: readonly GnadArticle[], items: readonly FeedItem[], random: () => number): SpeedResult {
  // Texts for 5,000 candidates: the articles, copies of them, feed items, teasers.
  const texts: { text: string; headline: string }[] = [];
  for (const article of articles) texts.push({ text: gnadText(article), headline: article.headline });
  for (const strength of strengths) for (const article of articles) texts.push(agencyVariant(article, strength, random, articles[below(random, articles.length)] ?? article));
  for (const item of items) texts.push({ text: feedItemText(item), headline: item.headline });
  for (const article of articles) texts.push({ text: teaserText(article), headline: article.headline });
  for (const article of articles) if (article.lead !== '') texts.push(teaserVariant(article, random));
  const pool = texts.slice(0, candidateCount);

  const fingerprintTimes: number[] = [];
  let words = 0;
  const stored: string[] = [];
  for (const [i, { text }] of pool.entries()) {
    const begin = performance.now();
    const fingerprint = fingerprintText(text);
    const took = performance.now() - begin;
    if (i < articles.length) {
      fingerprintTimes.push(took);
      words += text.split(/\s+/u).length;
    }
    stored.push(encodeFingerprint(fingerprint));
  }
  const decodeTimes: number[] = [];
  const candidates: DuplicateCandidate[] = stored.map((encoded, i) => {
    const begin = performance.now();
    const fingerprint = decodeFingerprint(encoded);
    decodeTimes.push(performance.now() - begin);
    return { id: `c${i}`, fingerprint, headline: pool[i]?.headline ?? '' };
  });

  const queries = Array.from({ length: queryCount }, () => texts[below(random, texts.length)] ?? { text: '', headline: '' });
  const queryPrints = queries.map((query) => fingerprintText(query.text));
  for (let i = 0; i < 50; i++) findNearDuplicate(queryPrints[i] ?? fingerprintText(''), queries[i]?.headline ?? '', candidates);
  const duplicateTimes = queries.map((query, i) => {
    const begin = performance.now();
    findNearDuplicate(queryPrints[i] ?? fingerprintText(''), query.headline, candidates);
    return performance.now() - begin;
  });

  // 5,000 recent articles spread over the window before `now`: the feed items, the
  // 10kGNAD articles, and their paragraphs as further headline-and-lead pairs.
  const now = Date.parse('2024-12-21T20:00:00Z');
  const pairs: { headline: string; lead: string }[] = [
    ...items.map((item) => ({ headline: item.headline, lead: item.teaser })),
    ...articles.map((article) => ({ headline: article.headline, lead: article.lead })),
  ];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const [headline, ...rest] = paragraph.split(/(?<=[.!?])\s+/u);
      if (headline && rest.length > 0) pairs.push({ headline, lead: rest.join(' ') });
    }
  }
  const recent: StoryMember[] = pairs.slice(0, candidateCount).map((pair, i) => ({
    id: `m${i}`,
    storyId: below(random, 4) === 0 ? `s${below(random, 400)}` : null,
    headline: pair.headline,
    lead: pair.lead,
    entitySlugs: findEntities(`${pair.headline}\n${pair.lead}`).map((entity) => entity.slug),
    publishedMs: now - below(random, storyWindowMs),
  }));
  const storyQueries: StoryMember[] = Array.from({ length: queryCount }, (_, i) => {
    const source = pairs[below(random, pairs.length)] ?? { headline: '', lead: '' };
    return { id: `q${i}`, storyId: null, ...source, entitySlugs: findEntities(`${source.headline}\n${source.lead}`).map((entity) => entity.slug), publishedMs: now };
  });
  const firstBegin = performance.now();
  findSameStory(storyQueries[0] ?? (recent[0] as StoryMember), recent);
  const storyFirstCallMs = performance.now() - firstBegin;
  const storyTimes = storyQueries.map((query) => {
    const begin = performance.now();
    findSameStory(query, recent);
    return performance.now() - begin;
  });

  const again = recent.map((member) => ({ ...member, entitySlugs: [...member.entitySlugs] }));
  const againBegin = performance.now();
  findSameStory(storyQueries[1] ?? (recent[0] as StoryMember), again);
  const storyNewObjectsMs = performance.now() - againBegin;

  return {
    candidates: candidates.length,
    fingerprint: { ...timing(fingerprintTimes), meanWords: words / Math.max(1, fingerprintTimes.length) },
    decode: timing(decodeTimes),
    duplicates: timing(duplicateTimes),
    storyMembers: recent.length,
    storyFirstCallMs,
    storyNewObjectsMs,
    stories: timing(storyTimes),
  };
}

function timing(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { calls: times.length, meanMs: times.reduce((sum, time) => sum + time, 0) / Math.max(1, times.length), p50Ms: at(0.5), p99Ms: at(0.99) };
}
