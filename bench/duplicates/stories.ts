/**
 * Story grouping on the real feed snapshot: the items arrive in publication
 * order and each is placed as the wire desk places it (join the story of the
 * matched article, or start one with it), then the grouping is compared with
 * the hand labels pair by pair.
 */
import { findEntities } from '../../src/enrich/entities.ts';
import { findSameStory, storyWindowMs, type SameStoryOptions, type StoryMember } from '../../src/wire/story-grouping.ts';
import { isStopword } from '../../src/text/stopwords.ts';
import { tokenize } from '../../src/text/tokens.ts';
import type { FeedItem, GnadArticle, StoryLabels } from './corpus.ts';

/** The labels' scope: items published from here on. */
export const scopeStartMs = Date.parse('2024-12-18T00:00:00Z');

export type Matcher = (article: StoryMember, recent: readonly StoryMember[]) => { id: string; storyId: string | null } | null;

export function scopeMembers(items: readonly FeedItem[]): StoryMember[] {
  const seen = new Set<string>();
  const members: StoryMember[] = [];
  for (const item of items) {
    if (item.publishedMs < scopeStartMs || seen.has(item.link)) continue;
    seen.add(item.link);
    members.push({ id: item.link, storyId: null, headline: item.headline, lead: item.teaser, entitySlugs: item.entitySlugs, publishedMs: item.publishedMs });
  }
  return members.sort((a, b) => a.publishedMs - b.publishedMs || a.id.localeCompare(b.id));
}

export function gnadMembers(articles: readonly GnadArticle[], publishedMs: number): StoryMember[] {
  return articles.map((article) => ({
    id: article.id,
    storyId: null,
    headline: article.headline,
    lead: article.lead,
    entitySlugs: findEntities(`${article.headline}\n${article.lead}`).map((entity) => entity.slug),
    publishedMs,
  }));
}

/** Places the articles one by one, oldest first, as the wire desk does; returns article id → story (its own id when alone). */
export function group(members: readonly StoryMember[], match: Matcher): Map<string, string> {
  const placed: StoryMember[] = [];
  let next = 0;
  for (const original of members) {
    const member: StoryMember = { ...original, storyId: null };
    const found = match(member, placed);
    if (found) {
      let storyId = found.storyId;
      if (storyId === null) {
        storyId = `story-${next++}`;
        const partner = placed.find((candidate) => candidate.id === found.id);
        if (partner) partner.storyId = storyId;
      }
      member.storyId = storyId;
    }
    placed.push(member);
  }
  return new Map(placed.map((member) => [member.id, member.storyId ?? member.id]));
}

export const ours = (options: SameStoryOptions = {}): Matcher => (article, recent) => findSameStory(article, recent, options);

/** Baseline: the most recent article in the window that shares at least `minimum` entities (most shared first). */
export function sharedEntities(minimum: number): Matcher {
  return (article, recent) => {
    const own = new Set(article.entitySlugs);
    let best: { member: StoryMember; shared: number } | null = null;
    for (const member of recent) {
      if (Math.abs(member.publishedMs - article.publishedMs) > storyWindowMs) continue;
      const shared = member.entitySlugs.filter((slug) => own.has(slug)).length;
      if (shared < minimum) continue;
      if (!best || shared > best.shared || (shared === best.shared && member.publishedMs >= best.member.publishedMs)) best = { member, shared };
    }
    return best ? { id: best.member.id, storyId: best.member.storyId } : null;
  };
}

/** Baseline: headline content words (lower case, stop words out), Jaccard at least `threshold`, best first. */
export function headlineJaccard(threshold: number): Matcher {
  const words = (headline: string) => new Set(tokenize(headline.toLowerCase(), { splitHyphens: true }).filter((word) => !isStopword(word) && /\p{L}/u.test(word)));
  return (article, recent) => {
    const own = words(article.headline);
    let best: { member: StoryMember; score: number } | null = null;
    for (const member of recent) {
      if (Math.abs(member.publishedMs - article.publishedMs) > storyWindowMs) continue;
      const other = words(member.headline);
      let shared = 0;
      for (const word of own) if (other.has(word)) shared++;
      const score = shared / (own.size + other.size - shared || 1);
      if (score >= threshold && (!best || score > best.score)) best = { member, score };
    }
    return best ? { id: best.member.id, storyId: best.member.storyId } : null;
  };
}

export interface PairCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export type Truth = 'stories' | 'strict';

/** Article id → labelled group, for the ids the labels name; others are groups of their own. */
export function truthOf(labels: StoryLabels, level: Truth): Map<string, string> {
  const truth = new Map<string, string>();
  labels.stories.forEach((story, s) => {
    if (level === 'stories') for (const item of story.items) truth.set(item.link, `s${s}`);
    else story.strict.forEach((strict, g) => strict.links.forEach((link) => truth.set(link, `s${s}.${g}`)));
  });
  return truth;
}

/** Pairwise: same-story pairs found (recall) and predicted same-story pairs that are right (precision). */
export function pairCounts(ids: readonly string[], predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>, skip: ReadonlySet<string> = new Set()): PairCounts {
  const counts: PairCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const kept = ids.filter((id) => !skip.has(id));
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const a = kept[i] ?? '';
      const b = kept[j] ?? '';
      const said = predicted.get(a) === predicted.get(b);
      const ta = truth.get(a);
      const real = ta !== undefined && ta === truth.get(b);
      if (said && real) counts.truePositives++;
      else if (said) counts.falsePositives++;
      else if (real) counts.falseNegatives++;
    }
  }
  return counts;
}

/** Predicted same-story pairs among 10kGNAD articles, and how many of them join different categories (surely wrong). */
export function gnadJoins(articles: readonly GnadArticle[], predicted: ReadonlyMap<string, string>): { pairs: number; crossCategory: number; articlesJoined: number } {
  const byStory = new Map<string, GnadArticle[]>();
  for (const article of articles) {
    const story = predicted.get(article.id) ?? article.id;
    byStory.set(story, [...(byStory.get(story) ?? []), article]);
  }
  let pairs = 0;
  let crossCategory = 0;
  let articlesJoined = 0;
  for (const members of byStory.values()) {
    if (members.length > 1) articlesJoined += members.length;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        pairs++;
        if (members[i]?.label !== members[j]?.label) crossCategory++;
      }
    }
  }
  return { pairs, crossCategory, articlesJoined };
}
