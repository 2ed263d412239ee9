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
   * article. A clearly longer version of it (the agency adds paragraphs,
   * another feed carries the whole text where the first had a teaser) is
   * marked `longer`: the caller decides, knowing whether a person has
   * touched the first, whether it replaces that draft's text or becomes an
   * article of its own (`ownVersion`). Anything else is a new article, in
   * the story of the recent article that reports the same event, if any.
   */
  place(article: Article, source: SourceRef, receivedAt: Date): Placed {
    const fingerprint = fingerprintText(articleText(article));
    const encoded = encodeFingerprint(fingerprint);
    const duplicate = findNearDuplicate(fingerprint, article.headline, this.#duplicates);
    // The newest sketch of that article: a replaced text is compared as it is now.
    const earlier = duplicate && this.#duplicates.findLast((candidate) => candidate.id === duplicate.id);
    if (duplicate && earlier) {
      const longer = addsText(fingerprint, earlier.fingerprint, duplicate.resemblance);
      return { placement: { kind: 'merge', articleId: duplicate.id, source }, fingerprint: encoded, note: null, longer };
    }
    const match = findSameStory(storyMember(article, receivedAt), this.#members);
    const story = match ? this.#storyWith(match.id, this.#headlineOf(match.id) ?? article.headline, match.storyId) : null;
    return { placement: { kind: 'new', article, story }, fingerprint: encoded, note: null, longer: false };
  }

  /** A longer version as an article of its own, in the story of the one it extends. */
  ownVersion(placed: Placed, article: Article): Placed {
    if (placed.placement.kind !== 'merge') return placed;
    const earlierId = placed.placement.articleId;
    const earlierHeadline = this.#duplicates.findLast((candidate) => candidate.id === earlierId)?.headline ?? article.headline;
    const story = this.#storyWith(earlierId, earlierHeadline);
    const note = `„${article.headline}“ ist eine längere Fassung von „${earlierHeadline}“, das schon bearbeitet oder veröffentlicht ist, und steht als eigener Entwurf in derselben Geschichte.`;
    return { placement: { kind: 'new', article, story }, fingerprint: placed.fingerprint, note, longer: false };
  }

  /** Joins the story of the given article, or starts one with it. */
  #storyWith(articleId: string, headline: string, knownStoryId?: string | null): StoryPlacement {
    const storyId = knownStoryId ?? this.#members.find((member) => member.id === articleId)?.storyId ?? null;
    return storyId ? { kind: 'join', storyId } : { kind: 'start', storyId: newStoryId(), withArticleId: articleId, title: headline };
  }

  /** Takes a stored placement into account for the next items of the same poll. */
  remember(placement: ItemPlacement, fingerprint: string, receivedAt: Date): void {
    const decoded = tryDecode(fingerprint);
    if (placement.kind === 'merge' && placement.replace && decoded) {
      this.#duplicates.push({ id: placement.articleId, fingerprint: decoded, headline: placement.replace.article.headline });
    }
    if (placement.kind !== 'new') return;
    const { article, story } = placement;
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

export interface Placed {
  placement: ItemPlacement;
  /** Encoded text fingerprint of the item. */
  fingerprint: string;
  /** What the newsroom should be told about the placement, if anything. */
  note: string | null;
  /** A merge whose text is clearly longer than the article it copies. */
  longer: boolean;
}

/** Near-identical texts merge; a clearly longer one brings text the earlier lacks. */
function addsText(newer: TextFingerprint, earlier: TextFingerprint, resemblance: number): boolean {
  return resemblance < 0.9 && newer.size > earlier.size * 1.1;
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
