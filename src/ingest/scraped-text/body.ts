import type { Block } from '../../article/article.ts';
import type { FoundImage } from './image.ts';
import { isHeadingShaped, isParagraph, isProse } from './shape.ts';
import { nextContent, sameGroup, type Unit } from './unit.ts';

/**
 * The article body from the units no other pass claimed, in page order:
 * paragraphs, subheadings (a title-like line over a paragraph), lists
 * (bullets, or short lines stacked without empty lines such as election
 * results), quotes standing alone, and the images after the first.
 */

const maxListLine = 60;
const wholeQuote = /^[„"»“‚](?:[^„"»“”«]+)[“"«”‘]$/u;

export function buildBody(units: readonly Unit[], images: readonly FoundImage[], from: number): Block[] {
  const blocks: Block[] = [];
  const pending = [...images].sort((a, b) => a.at - b.at);
  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (!unit) continue;
    while (pending[0] && pending[0].at <= unit.index) {
      const image = pending.shift()!;
      blocks.push({ type: 'image', text: image.caption, image: { alt: image.alt || image.caption, caption: image.caption, credit: image.credit } });
    }
    if (unit.role === 'subheading') {
      blocks.push({ type: 'subheading', text: unit.text });
      continue;
    }
    if (unit.role !== null) continue;

    const items = listAt(units, unit);
    if (items.length > 0) {
      blocks.push({ type: 'list', text: '', items: items.map((item) => item.text), ...(items.every((item) => item.ordered) ? { ordered: true } : {}) });
      i = items.at(-1)!.index;
      continue;
    }
    if (unit.marker === 'heading' || isSubheading(units, unit)) {
      unit.role = 'subheading';
      blocks.push({ type: 'subheading', text: unit.text });
    } else if (wholeQuote.test(unit.text) && unit.text.length > 20) {
      blocks.push({ type: 'quote', text: unit.text.slice(1, -1).trim() });
    } else {
      blocks.push({ type: 'paragraph', text: unit.text });
    }
  }
  for (const image of pending) {
    blocks.push({ type: 'image', text: image.caption, image: { alt: image.alt || image.caption, caption: image.caption, credit: image.credit } });
  }
  return blocks;
}

/** A bullet run, or at least two short lines stacked without an empty line between. */
function listAt(units: readonly Unit[], first: Unit): Unit[] {
  const run: Unit[] = [];
  if (first.bullet !== null) {
    for (let unit: Unit | undefined = first; unit && unit.role === null && unit.bullet !== null; unit = nextContent(units, unit)) {
      run.push(unit);
    }
    return run;
  }
  for (let unit: Unit | undefined = first; unit; unit = nextContent(units, unit)) {
    if (unit.role !== null || unit.bullet !== null || unit.marker !== null) break;
    // A line ending in a colon introduces the list; it is not an item.
    if (unit.text.length > maxListLine || isProse(unit.text) || /:$/.test(unit.text)) break;
    const last = run.at(-1);
    if (last && !sameGroup(units, last, unit)) break;
    run.push(unit);
  }
  return run.length >= 2 ? run : [];
}

function isSubheading(units: readonly Unit[], unit: Unit): boolean {
  // `Quelle: FAZ.NET` names a source; it heads nothing.
  if (!isHeadingShaped(unit.text) || /^(?:[\p{L}-]+-)?Quelle\s*:/iu.test(unit.text)) return false;
  const next = nextContent(units, unit);
  return next !== undefined && next.role === null && (isParagraph(next.text) || next.bullet !== null);
}
