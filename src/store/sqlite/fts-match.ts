import type { MatchAlternative, MatchClause, MatchQuery } from '../search-repository.ts';

/**
 * Turns an analysed query into FTS5 query syntax. Keys are runs of letters
 * and digits (see `text/search-terms.ts`) and are quoted all the same, so no
 * input can form an FTS5 operator. Every column holds stem keys.
 */
export function ftsMatch(query: MatchQuery): string | null {
  const included = query.clauses.filter((clause) => !clause.exclude).map(clauseExpression);
  if (included.length === 0) return null;
  const excluded = query.clauses.filter((clause) => clause.exclude).map(clauseExpression);
  const positive = `(${included.join(query.mode === 'all' ? ' AND ' : ' OR ')})`;
  return excluded.length === 0 ? positive : `${positive} NOT (${excluded.join(' OR ')})`;
}

function clauseExpression(clause: MatchClause): string {
  return `(${clause.anyOf.map(alternativeExpression).join(' OR ')})`;
}

function alternativeExpression(alternative: MatchAlternative): string {
  if ('prefix' in alternative) return `${quoted(alternative.prefix)} *`;
  if ('phrase' in alternative) return quoted(alternative.phrase.join(' '));
  return `(${alternative.allOf.map(quoted).join(' AND ')})`;
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
