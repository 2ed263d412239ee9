import { isHeadingShaped, isHeadlineShaped, isParagraph, isProse, wordCount } from './shape.ts';
import { nextContent, previousContent, type Unit } from './unit.ts';

/**
 * The key-points box near the top (`Was müssen Sie wissen?` and three
 * bullets): the first list before the body gets going, with the heading line
 * above it. Some boxes keep their heading but lose the items in the scrape;
 * some overview lists have neither heading nor bullet characters and show as
 * a run of headline-like lines right under the lead.
 */

export interface KeyPointsBox {
  heading: string | null;
  items: string[];
}

// Headings of summary boxes on German news sites.
const headingWording =
  /^(?:was (?:müssen sie|sie|du) (?:wissen|wissen müssen|wissen musst)|das (?:müssen sie|sollten sie) wissen|das wichtigste\b.*|die wichtigsten (?:informationen|fakten|punkte|infos|nachrichten|fragen und antworten)\b.*|.*\bim überblick|.*\bauf einen blick|das war passiert|darum geht(?:'|’)?s|worum es .{0,40}geht|kurz (?:und knapp|gefasst)|in kürze|zusammenfassung|fakten|überblick)\s*[:?]?$/i;

export function isKeyPointsHeading(text: string): boolean {
  return text.length <= 80 && headingWording.test(text);
}

/** How many body paragraphs may come before the box before it is just a list in the text. */
const maxParagraphsBefore = 2;

export function findKeyPoints(units: readonly Unit[], start: number, lead: Unit | null): KeyPointsBox | null {
  let paragraphs = 0;
  for (const unit of units.slice(start)) {
    if (unit.marker === 'heading' || unit.role === 'subheading' && lead && unit.index > lead.index) break;
    if (unit.role !== null) continue;
    if (unit.bullet !== null) return bulletBox(units, unit, lead);
    if (isKeyPointsHeading(unit.text) && (nextContent(units, unit)?.bullet ?? null) === null) {
      unit.role = 'keyPointsHeading';
      return { heading: unit.text, items: plainItems(units, unit) };
    }
    if (lead && unit.index > lead.index && isProse(unit.text) && ++paragraphs > maxParagraphsBefore) break;
  }
  return lead ? overviewAfter(units, lead) : null;
}

function bulletBox(units: readonly Unit[], first: Unit, lead: Unit | null): KeyPointsBox | null {
  const above = previousContent(units, first);
  let heading: string | null = null;
  if (above && above.role === null && isBoxHeading(above.text)) {
    above.role = 'keyPointsHeading';
    heading = above.text;
  } else if (above && above !== lead && above.role === null && (isProse(above.text) || /:$/.test(above.text))) {
    // A list that a sentence introduces (`Der Kämmerer nennt drei Gründe:`) belongs to the body.
    return null;
  }
  const items: string[] = [];
  for (let unit: Unit | undefined = first; unit && unit.bullet !== null && unit.role === null; unit = nextContent(units, unit)) {
    unit.role = 'keyPoint';
    items.push(unit.text);
  }
  return { heading, items };
}

/** A title-like line, or a short label with a colon (`Auf einen Blick:`), not a sentence ending in a colon. */
function isBoxHeading(text: string): boolean {
  if (isProse(text)) return false;
  if (isKeyPointsHeading(text) || isHeadingShaped(text)) return true;
  return /:$/.test(text) && wordCount(text) <= 4 && !/[.!?]\s/.test(text);
}

/** Items without bullet characters under a key-points heading. */
function plainItems(units: readonly Unit[], heading: Unit): string[] {
  const run = headlineRun(units, heading);
  return run.length >= 2 ? take(run) : [];
}

/** `Thema eins` / `Thema zwei` / `Thema drei`, each its own line, right under the lead. */
function overviewAfter(units: readonly Unit[], lead: Unit): KeyPointsBox | null {
  const run = headlineRun(units, lead);
  return run.length >= 3 ? { heading: null, items: take(run) } : null;
}

function headlineRun(units: readonly Unit[], after: Unit): Unit[] {
  const run: Unit[] = [];
  for (let unit = nextContent(units, after); unit; unit = nextContent(units, unit)) {
    if (unit.role !== null || unit.bullet !== null || unit.marker !== null) break;
    if (!isHeadlineShaped(unit.text) || isParagraph(unit.text)) break;
    run.push(unit);
  }
  // The last line of the run heads the paragraph after it: a subheading, not an item.
  const last = run.at(-1);
  const following = last && nextContent(units, last);
  if (following && following.role === null && isParagraph(following.text)) run.pop();
  return run;
}

function take(run: readonly Unit[]): string[] {
  for (const unit of run) unit.role = 'keyPoint';
  return run.map((unit) => unit.text);
}

