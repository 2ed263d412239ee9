import { isKeyPointsHeading } from './key-points.ts';
import { isHeadlineShaped, isParagraph } from './shape.ts';
import { nextContent, type Unit } from './unit.ts';
import type { Head } from './headline.ts';

/**
 * The lead (teaser, standfirst) is the first paragraph after the headline.
 * A teaser is short: a first paragraph of more than a few sentences is the
 * body of a page whose teaser the scrape did not keep.
 */
const maxLeadLength = 500;

export function findLead(units: readonly Unit[], head: Head, dropped: string[]): Unit | null {
  const start = head.headline ? head.headline.index + 1 : 0;
  for (const unit of units.slice(start)) {
    if (unit.role !== null || unit.bullet !== null || unit.marker === 'heading') continue;
    if (isParagraph(unit.text)) {
      if (unit.text.length > maxLeadLength) return null;
      unit.role = 'lead';
      return unit;
    }
    // Between headline and lead: title-like lines are subheadings, short ones are
    // labels (author names, video labels); what heads a list is left to the key points.
    const next = nextContent(units, unit);
    if (next?.bullet !== null && next !== undefined) continue;
    if (isKeyPointsHeading(unit.text)) continue;
    if (head.headline && isHeadlineShaped(unit.text)) {
      unit.role = 'subheading';
    } else {
      unit.role = 'label';
      dropped.push(unit.text);
    }
  }
  return null;
}
