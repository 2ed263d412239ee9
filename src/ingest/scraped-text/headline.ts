import { isHeadlineShaped, isParagraph, isProse, isShortLabel, wordCount } from './shape.ts';
import { nextContent, previousContent, type Unit } from './unit.ts';

/**
 * The head of the page: section (a label, a breadcrumb, or a word glued
 * before the headline), kicker (Dachzeile), and the headline. The head ends
 * at the first paragraph of prose; a page that starts with prose has no
 * headline in its text, which is frequent with teaser and paywall scrapes.
 */

export interface Head {
  section: string | null;
  kicker: string | null;
  headline: Unit | null;
}

// Section names German news sites use for their main departments.
const sectionNames = [
  'Nachrichten', 'News', 'Aktuell', 'Politik', 'Inland', 'Ausland', 'Deutschland', 'Welt', 'International', 'Europa',
  'Wirtschaft', 'Finanzen', 'Geld', 'Börse', 'Sport', 'Fußball', 'Kultur', 'Feuilleton', 'Panorama', 'Vermischtes',
  'Gesellschaft', 'Leben', 'Lifestyle', 'Wissen', 'Wissenschaft', 'Gesundheit', 'Digital', 'Technik', 'Netzwelt',
  'Auto', 'Mobilität', 'Reise', 'Regional', 'Region', 'Lokales', 'Lokal', 'Meinung', 'Wetter', 'Karriere', 'Bildung',
  'Familie', 'Ratgeber', 'Verbraucher', 'Unterhaltung', 'Medien', 'Stars', 'Leute', 'Klima', 'Umwelt', 'Zeitgeschehen',
];
const sectionWords = new Set(sectionNames.map((word) => word.toLowerCase()));

export function isSectionWord(text: string): boolean {
  return sectionWords.has(text.toLowerCase());
}

// Case matters here: `Politikverdrossenheit` is no glued label, `NachrichtenUSA` is.
const gluedSection = new RegExp(`^(${sectionNames.join('|')})(?=[\\p{Lu}"„])`, 'u');
// Breadcrumb entries that name the site rather than a section.
const siteLike = /^(?:startseite|home|homepage|übersicht)$|[.-](?:de|at|ch|com|net|online)$|online/i;
const headLines = 8;
// A ticker kicker in the headline line: `+++ Live-Ticker +++: Headline`.
const tickerKicker = /^(\+{2,}[^+]+\+{2,})\s*:?\s*(.+)$/;

/**
 * `NachrichtenUSA bieten …`: a label glued before the headline, recognised as
 * a known section word, or as a prefix that leaves a line printed elsewhere.
 */
export function splitGluedLabel(units: readonly Unit[], head: Head): void {
  // The head is a handful of lines, and a scrape repeats the headline close by.
  const candidates = units.filter((unit) => unit.role === null).slice(0, headLines);
  for (const unit of candidates) {
    if (isProse(unit.text)) return;
    const known = gluedSection.exec(unit.text);
    const rest = known ? unit.text.slice(known[0].length) : '';
    if (known && isHeadlineShaped(rest)) {
      head.section = known[1] ?? null;
      unit.text = rest;
      return;
    }
    for (const other of units.slice(Math.max(0, unit.index - headLines), unit.index + 1 + headLines)) {
      if (other === unit || other.text.length < 15 || wordCount(other.text) < 3 || !unit.text.endsWith(other.text)) continue;
      const prefix = unit.text.slice(0, unit.text.length - other.text.length).replace(/[\s:|–—-]+$/, '').trim();
      if (prefix === '' || wordCount(prefix) > 4 || /[.!?]$/.test(prefix)) continue;
      if (isSectionWord(prefix) || !/\s/.test(prefix)) head.section = prefix;
      else head.kicker = prefix;
      unit.text = other.text;
      return;
    }
  }
}

export function findHead(units: readonly Unit[], head: Head, dropped: string[]): void {
  const zone = headZone(units);
  markBreadcrumb(zone, head);

  const titled = units.find((unit) => unit.role === null && unit.marker === 'title');
  let headline = titled ?? zone.find((unit) => unit.role === null && isHeadlineShaped(cleanHeadline(unit.text)));
  if (headline) {
    // `Krieg in Nahost` directly over a longer title line is its kicker.
    const next = nextContent(units, headline);
    if (
      !titled && next && next.role === null && zone.includes(next) && headline.text.length <= 40 &&
      isHeadlineShaped(next.text) && !isParagraph(next.text) && next.text.length > headline.text.length &&
      !/[?!]$/.test(headline.text)
    ) {
      headline.role = 'kicker';
      head.kicker ??= headline.text;
      headline = next;
    }
    headline.role = 'headline';
    headline.text = cleanHeadline(headline.text);
    const ticker = tickerKicker.exec(headline.text);
    if (ticker && wordCount(ticker[2] ?? '') >= 2) {
      head.kicker ??= (ticker[1] ?? '').trim();
      headline.text = (ticker[2] ?? '').trim();
    }
    head.headline = headline;
  }

  // Short lines in the head: the one right above the headline is its kicker, a section word is the section
  // (several section words are the site's menu, which names no section).
  const above = headline ? unitAbove(units, headline) : undefined;
  const before = zone.filter((unit) => unit.role === null && (!headline || unit.index < headline.index));
  const menu = before.filter((unit) => isSectionWord(unit.text)).length > 1;
  for (const unit of before) {
    if (isSectionWord(unit.text) && head.section === null && !menu) {
      unit.role = 'section';
      head.section = unit.text;
    } else if (unit === above && isShortLabel(unit.text) && head.kicker === null) {
      unit.role = 'kicker';
      head.kicker = unit.text;
    } else if (isShortLabel(unit.text) || !headline) {
      unit.role = 'label';
      dropped.push(unit.text);
    }
  }
}

/** Everything before the first prose paragraph (or list) that has no other role. */
function headZone(units: readonly Unit[]): Unit[] {
  const zone: Unit[] = [];
  for (const unit of units) {
    const startsBody = isProse(unit.text) || (unit.bullet !== null && !unit.ordered);
    if (unit.role === null && unit.marker !== 'title' && startsBody) break;
    zone.push(unit);
  }
  return zone;
}

/**
 * A breadcrumb at the top, numbered (`1. Site` / `2. Welt`) or on one line
 * (`Startseite › Politik › Ausland`): the first entry that is not the site
 * names the section.
 */
function markBreadcrumb(zone: readonly Unit[], head: Head): void {
  const crumbs = zone.filter((unit) => unit.role === null && unit.ordered && wordCount(unit.text) <= 4);
  if (crumbs.length >= 2) {
    for (const crumb of crumbs) crumb.role = 'breadcrumb';
    head.section ??= crumbs.find((crumb) => !siteLike.test(crumb.text))?.text ?? null;
    return;
  }
  for (const unit of zone) {
    if (unit.role !== null) continue;
    const parts = unit.text.split(/\s*[›»>]\s*|\s+[/|]\s+/).filter(Boolean);
    const homeFirst = siteLike.test(parts[0] ?? '') || isSectionWord(parts[0] ?? '');
    const arrows = /[›»>]/.test(unit.text);
    if (parts.length < 2 || parts.some((part) => wordCount(part) > 3) || (!arrows && !homeFirst)) continue;
    unit.role = 'breadcrumb';
    head.section ??= parts.find((part) => !siteLike.test(part)) ?? null;
    return;
  }
}

/** The line above, looking past pictures: some pages put the photo between kicker and headline. */
function unitAbove(units: readonly Unit[], unit: Unit): Unit | undefined {
  let above = previousContent(units, unit);
  while (above && (above.role === 'caption' || above.role === 'credit' || above.role === 'alt')) above = previousContent(units, above);
  return above;
}

/** Leftovers of an empty kicker or label before the title (`: Landtag: …`). */
function cleanHeadline(text: string): string {
  return text.replace(/^[\s:|–—-]+(?=\S)/, '').trim();
}
