import type { SearchResult } from '../../src/search/search-articles.ts';

export type Answer = 'as typed' | 'typo' | 'any word' | 'nothing';

/**
 * How the engine came to its hits. `relaxed` (the fallback from all words to
 * any word) is read only where the result carries it, so the benchmark keeps
 * working with an engine that has no such fallback.
 */
export function answerOf(result: SearchResult): Answer {
  if (result.total === 0) return 'nothing';
  if (result.correctedTo !== undefined) return 'typo';
  return 'relaxed' in result && result.relaxed === true ? 'any word' : 'as typed';
}
