import type { Article, SourceRef } from '../article/article.ts';
import { randomUUID } from 'node:crypto';
import type { ItemPlacement, RecentFingerprint, RecentStoryMember, StoryPlacement } from '../store/wire-repository.ts';
import { findNearDuplicate, type DuplicateCandidate } from './near-duplicates.ts';
import { findSameStory, type StoryMember } from './story-grouping.ts';
import { decodeFingerprint, encodeFingerprint, fingerprintText, type TextFingerprint } from './text-fingerprint.ts';

/** How far back duplicates and stories are looked for. */
export const placementWindowMs = 72 * 3_600_000;

/**
 * What the wire desk compares a new item with: the recent items' text
 * sketches and the recent articles. Loaded once per poll and extended as
 * items are taken, so two copies within one feed are caught too.
 */
export class PlacementContext {
  readonly #duplicates: DuplicateCandidate[];
  readonly #members: StoryMember[];

  constructor(fingerprints: readonly RecentFingerprint[], members: readonly RecentStoryMember[]) {
    this.#duplicates = [];
    for (const recent of fingerprints) {
      const fingerprint = tryDecode(recent.fingerprint);
      if (fingerprint) this.#duplicates.push({ id: recent.articleId, fingerprint, headline: recent.headline });
    }
    this.#members = members.map((member) => ({
      id: member.id,
      storyId: member.storyId,
      headline: member.headline,
      lead: member.lead,
      entitySlugs: member.entitySlugs,
      publishedMs: member.timeMs,
    }));
  }

  /**
   * A second copy of a text already received becomes another source of its
   * article; anything else a new article, in the story of the recent article
   * that reports the same event, if there is one.
   */
  place(article: Article, source: SourceRef, receivedAt: Date): { placement: ItemPlacement; fingerprint: string } {
    const fingerprint = fingerprintText(articleText(article));
    const encoded = encodeFingerprint(fingerprint);
    const duplicate = findNearDuplicate(fingerprint, article.headline, this.#duplicates);
    if (duplicate) return { placement: { kind: 'merge', articleId: duplicate.id, source }, fingerprint: encoded };

    const member = storyMember(article, receivedAt);
    const match = findSameStory(member, this.#members);
    let story: StoryPlacement | null = null;
    if (match?.storyId) story = { kind: 'join', storyId: match.storyId };
    else if (match) story = { kind: 'start', storyId: newStoryId(), withArticleId: match.id, title: this.#headlineOf(match.id) ?? article.headline };
    return { placement: { kind: 'new', article, story }, fingerprint: encoded };
  }

  /** Takes a stored placement into account for the next items of the same poll. */
  remember(placement: ItemPlacement, fingerprint: string, receivedAt: Date): void {
    if (placement.kind !== 'new') return;
    const { article, story } = placement;
    const decoded = tryDecode(fingerprint);
    if (decoded) this.#duplicates.push({ id: article.id, fingerprint: decoded, headline: article.headline });
    if (story?.kind === 'start') {
      const partner = this.#members.find((member) => member.id === story.withArticleId);
      if (partner) partner.storyId = story.storyId;
    }
    this.#members.push({ ...storyMember(article, receivedAt), storyId: story?.storyId ?? null });
  }

  #headlineOf(id: string): string | undefined {
    return this.#members.find((member) => member.id === id)?.headline;
  }
}

/** The text compared for duplicates: what a reader would read. */
export function articleText(article: Pick<Article, 'headline' | 'lead' | 'body'>): string {
  const blocks = article.body.map((block) => (block.type === 'list' ? [block.text, ...block.items].join('\n') : block.text));
  return [article.headline, article.lead, ...blocks].join('\n\n');
}

function storyMember(article: Article, receivedAt: Date): StoryMember {
  return {
    id: article.id,
    storyId: null,
    headline: article.headline,
    lead: article.lead,
    entitySlugs: article.entities.map((entity) => entity.slug),
    publishedMs: receivedAt.getTime(),
  };
}

function newStoryId(): string {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}

function tryDecode(encoded: string): TextFingerprint | null {
  try {
    return decodeFingerprint(encoded);
  } catch {
    // A sketch from an older fingerprint format compares with nothing rather than failing the poll.
    return null;
  }
}
