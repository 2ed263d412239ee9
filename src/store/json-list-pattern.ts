/**
 * LIKE patterns for the JSON list columns (`authors`, `entities`): a quoted
 * value matches whole values only, and `%`, `_` in it are literal.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Matches an author name in the `authors` column. */
export function authorPattern(name: string): string {
  return `%${escapeLike(JSON.stringify(name))}%`;
}

/** Matches an entity slug in the `entities` column. */
export function entityPattern(slug: string): string {
  return `%${escapeLike(`"slug":${JSON.stringify(slug)}`)}%`;
}
