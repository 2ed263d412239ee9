import { previousContent, type Unit } from './unit.ts';

/**
 * Scrapes print headlines, captions, credit lines and author names twice.
 * Later copies go; short lines only when they repeat the line just before,
 * since a short line may legitimately occur twice in a list.
 */
export function markDuplicates(units: readonly Unit[], dropped: string[]): void {
  const seen = new Set<string>();
  for (const unit of units) {
    if (unit.role !== null) continue;
    const key = unit.text;
    const previous = previousContent(units, unit);
    const repeated = key.length >= 15 ? seen.has(key) : previous !== undefined && previous.text === key;
    if (repeated) {
      unit.role = 'duplicate';
      dropped.push(unit.text);
    }
    seen.add(key);
  }
}
