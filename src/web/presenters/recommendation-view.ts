import type { Reason } from '../../recommend/recommendation.ts';
import type { TeaserView } from './article-view.ts';
import type { SiteContext } from './site-context.ts';

/** A pick of "Für Sie ausgewählt" as the page shows it: the teaser and why it was picked, in German. */
export interface RecommendationView extends TeaserView {
  reason: string;
}

export interface ReasonContext {
  site: SiteContext;
  /** The article under which the block stands. */
  currentId: string;
  /** Headlines of the articles that reasons may name (the reader's history). */
  headlineOf: (id: string) => string | undefined;
}

/**
 * The sentence a reason becomes. A pick brought by the reader's own history
 * says which article brought it; one brought by the current article says so
 * without naming it, since the reader is on it.
 */
export function reasonText(reason: Reason, pick: TeaserView, context: ReasonContext): string {
  const m = context.site.messages;
  switch (reason.kind) {
    case 'pinned':
      return m.reasonPinned;
    case 'co-read':
    case 'similar': {
      if (reason.becauseOf === context.currentId) return reason.kind === 'co-read' ? m.reasonAlsoRead : m.reasonSimilar;
      const headline = context.headlineOf(reason.becauseOf);
      return headline ? m.reasonBecauseYouRead(headline) : m.reasonSimilar;
    }
    case 'popular':
    case 'fresh': {
      const section = context.site.sections.find((s) => s.slug === reason.sectionSlug)?.name ?? pick.section.name;
      return reason.kind === 'popular' ? m.reasonPopular(section) : m.reasonFresh(section);
    }
  }
}
