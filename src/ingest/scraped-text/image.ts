import { captionAfterLabel, isNamePrefix, parseCreditLine, splitGluedCredit } from './credit.ts';
import { isHeadlineShaped, isParagraph, isProse } from './shape.ts';
import { isNoise, previousContent, sameGroup, type Unit } from './unit.ts';

/**
 * Images: found from their credit (a caption alone is just a sentence), then
 * the caption beside the credit, the caption's scrape copies, and the alt
 * text that some scrapes keep as an extra line above the caption.
 */

export interface FoundImage {
  /** Index of the unit that carries the image, for ordering in the body. */
  at: number;
  caption: string;
  credit: string;
  alt: string;
}

export function findImages(units: readonly Unit[], dropped: string[]): FoundImage[] {
  const images: FoundImage[] = [];
  const lines = new Set(units.map((unit) => unit.text));
  let proseSeen = false;
  for (const unit of units) {
    if (unit.role !== null) continue;
    const found = imageAt(units, unit, proseSeen, lines);
    if (found) {
      const last = images.at(-1);
      // A second credit line right under the first one belongs to the same picture.
      if (last && unit.role === 'credit' && found.caption === '' && last.at === previousContent(units, unit)?.index) {
        continue;
      }
      images.push(found);
      markCopies(units, unit, found, dropped);
      found.alt = findAlt(units, unit);
    }
    if (unit.role === null && isProse(unit.text)) proseSeen = true;
  }
  return images;
}

function imageAt(units: readonly Unit[], unit: Unit, proseSeen: boolean, lines: ReadonlySet<string>): FoundImage | null {
  const text = unit.text;
  if (unit.marker === 'image') {
    const glued = splitGluedCredit(text);
    const credit = parseCreditLine(text);
    unit.role = 'caption';
    if (credit !== null) return { at: unit.index, caption: '', credit, alt: '' };
    const caption = captionAfterLabel(text) ?? glued?.caption ?? text;
    unit.text = caption;
    return { at: unit.index, caption, credit: glued?.credit ?? '', alt: '' };
  }
  const credit = parseCreditLine(text);
  if (credit !== null) {
    unit.role = 'credit';
    const caption = captionBefore(units, unit);
    if (caption) caption.role = 'caption';
    return { at: unit.index, caption: caption?.text ?? '', credit, alt: '' };
  }
  const glued = splitGluedCredit(text);
  if (glued && glued.caption !== '') {
    unit.role = 'caption';
    unit.text = glued.caption;
    return { at: unit.index, caption: glued.caption, credit: glued.credit, alt: '' };
  }
  // `Mara Lenz Wochenmarkt zieht …`: a name in front of a line printed elsewhere on the page.
  // Only below the article's start: at the top such a prefix is a section label.
  if (proseSeen) {
    const words = text.split(' ');
    for (let cut = 2; cut <= 5 && cut < words.length; cut++) {
      const rest = words.slice(cut).join(' ');
      const prefix = words.slice(0, cut).join(' ');
      if (rest.length < 15 || !lines.has(rest) || !isNamePrefix(prefix)) continue;
      unit.role = 'caption';
      unit.text = rest;
      return { at: unit.index, caption: rest, credit: prefix, alt: '' };
    }
  }
  return null;
}

/** The caption of a credit line stands right above it, without an empty line between. */
function captionBefore(units: readonly Unit[], credit: Unit): Unit | null {
  const candidate = previousContent(units, credit);
  if (!candidate || candidate.role !== null || candidate.bullet !== null || candidate.marker !== null) return null;
  if (!sameGroup(units, candidate, credit) || candidate.text.length > 300) return null;
  // A title-like first line is the page's headline, not a caption.
  const first = units.find((unit) => !isNoise(unit));
  return first === candidate && isHeadlineShaped(candidate.text) ? null : candidate;
}

/** Scrapes often print a caption twice, or the caption alone above the caption with credit. */
function markCopies(units: readonly Unit[], carrier: Unit, image: FoundImage, dropped: string[]): void {
  if (image.caption === '') return;
  // The page's first line stays: when it equals the caption, it is the headline the picture repeats.
  const first = units.find((unit) => !isNoise(unit));
  for (let i = Math.max(0, carrier.index - 2); i <= Math.min(units.length - 1, carrier.index + 2); i++) {
    const unit = units[i];
    if (!unit || unit === carrier || unit === first || unit.role !== null || unit.text !== image.caption) continue;
    unit.role = 'duplicate';
    dropped.push(unit.text);
  }
}

/**
 * Alt text kept as an extra line above the caption: a file name, a keyword
 * list, or a description that sits right on the caption or above the headline.
 */
function findAlt(units: readonly Unit[], carrier: Unit): string {
  const caption = carrier.role === 'credit' ? previousContent(units, carrier) : carrier;
  if (!caption || caption.role !== 'caption') return '';
  const candidate = previousContent(units, caption);
  if (!candidate || candidate.role !== null || candidate.bullet !== null || candidate.marker !== null) return '';
  const text = candidate.text;
  const fileName = /^[\w.-]+$/.test(text) && /[_.\d]/.test(text);
  const keywords = !/[.!?]$/.test(text) && text.split(',').length >= 3 && text.split(',').every((part) => part.trim().split(/\s+/).length <= 4);
  const description =
    isParagraph(text) &&
    (sameGroup(units, candidate, caption) || !units.some((u) => u.index < candidate.index && u.role === null && isHeadlineShaped(u.text)));
  if (!fileName && !keywords && !description) return '';
  candidate.role = 'alt';
  return text;
}
