/**
 * One logical line of a scraped page: a physical line, or several when the
 * page was hard-wrapped. Every pass of the importer gives units a role; a unit
 * without a role at the end is body text.
 */
export type Role =
  | 'chrome' // site furniture: cookie text, share buttons, related links …
  | 'duplicate' // a line the scrape printed twice
  | 'label' // a short line with no place in the article (video label, source brand)
  | 'date'
  | 'byline'
  | 'section'
  | 'breadcrumb'
  | 'kicker'
  | 'headline'
  | 'lead'
  | 'alt'
  | 'caption'
  | 'credit'
  | 'keyPointsHeading'
  | 'keyPoint'
  | 'subheading';

/** How a plain-text renderer (Gopher, Markdown) marked the line. */
export type Marker = 'title' | 'heading' | 'quote' | 'image';

export interface Unit {
  /** Position in the page, for "before"/"after" questions. */
  index: number;
  /** The line with whitespace collapsed and bullet or renderer markers removed. */
  text: string;
  indent: number;
  /** An empty line separates this unit from the one before. */
  blankBefore: boolean;
  bullet: string | null;
  /** A numbered item (`1.`), only set when numbers follow each other. */
  ordered: boolean;
  marker: Marker | null;
  role: Role | null;
}

/** Chrome, duplicates and labels are skipped when looking for neighbours. */
export function isNoise(unit: Unit): boolean {
  return unit.role === 'chrome' || unit.role === 'duplicate' || unit.role === 'label' || unit.role === 'date';
}

/** The nearest unit before `unit` that is not noise. */
export function previousContent(units: readonly Unit[], unit: Unit): Unit | undefined {
  for (let i = unit.index - 1; i >= 0; i--) {
    const candidate = units[i];
    if (candidate && !isNoise(candidate)) return candidate;
  }
  return undefined;
}

/** The nearest unit after `unit` that is not noise. */
export function nextContent(units: readonly Unit[], unit: Unit): Unit | undefined {
  for (let i = unit.index + 1; i < units.length; i++) {
    const candidate = units[i];
    if (candidate && !isNoise(candidate)) return candidate;
  }
  return undefined;
}

/** No empty line and nothing but noise between the two units. */
export function sameGroup(units: readonly Unit[], first: Unit, second: Unit): boolean {
  for (let i = first.index + 1; i <= second.index; i++) {
    if (units[i]?.blankBefore) return false;
  }
  return true;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
