import type { SearchRequest, SearchResult } from '../../src/search/search-articles.ts';

export type Answer = 'as typed' | 'typo' | 'nothing';

/** How the engine came to its hits: as typed, or for a corrected query. */
export function answerOf(result: SearchResult): Answer {
  if (result.total === 0) return 'nothing';
  return result.correctedTo !== undefined ? 'typo' : 'as typed';
}

/** What the reader search page asks for: published only, relevance order, page 1. */
export function readerRequest(text: string, options: { pageSize: number; freshnessPercent: number; now: Date }): SearchRequest {
  return {
    text,
    filters: { statuses: ['published'] },
    order: 'relevance',
    page: 1,
    pageSize: options.pageSize,
    freshness: { percent: options.freshnessPercent, halfLifeDays: 30 },
    now: options.now,
  };
}
