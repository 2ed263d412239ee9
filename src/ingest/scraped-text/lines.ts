import { collapse, type Marker, type Unit } from './unit.ts';

/**
 * Turns page text into units. Scrapes come in three shapes: one paragraph per
 * line (most pages), text hard-wrapped at ~80 columns (Gopher and terminal
 * renderings), and bullets whose text wraps onto indented lines; the last two
 * are joined back so that a paragraph or a bullet is one unit.
 */

export interface SplitPage {
  units: Unit[];
  /** A crawler's ` date 2024-03 ` prefix before the first line, if any. */
  crawlerDate: string | null;
}

interface RawLine {
  text: string;
  indent: number;
  blankBefore: boolean;
  bullet: string | null;
  marker: Marker | null;
}

// Characters sites and renderers put before list items. A dash counts only with a space after it.
const bulletPattern = /^(?:([•●▪■□►▸▶➤➢→◦‣∙·✓✔])|([-–—*+])(?=\s))\s*/u;
const numberPattern = /^(\d{1,2})[.)]\s+/;
const monthAfterNumber = /^\d{1,2}\.\s*(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/i;
// Some crawlers prefix the page with the date they filed it under.
const crawlerDatePattern = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)/;
const terminalPunctuation = /[.!?:;…"“”»«)]$/u;

export function splitUnits(text: string): SplitPage {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  let crawlerDate: string | null = null;
  const firstIndex = physical.findIndex((line) => line.trim() !== '');
  const first = physical[firstIndex];
  if (first !== undefined) {
    const match = crawlerDatePattern.exec(first);
    if (match) {
      crawlerDate = match[1] ?? null;
      physical[firstIndex] = first.slice(match[0].length);
    }
  }

  const lines: RawLine[] = [];
  let blank = false;
  for (const line of physical) {
    const parsed = parseLine(line, blank);
    if (parsed === null) {
      blank = true;
      continue;
    }
    lines.push(parsed);
    blank = false;
  }

  const joined = joinContinuations(lines, isHardWrapped(lines));
  const units = joined.map((line, index): Unit => ({
    index,
    text: line.text,
    indent: line.indent,
    blankBefore: line.blankBefore,
    bullet: line.bullet,
    ordered: false,
    marker: line.marker,
    role: null,
  }));
  markOrderedRuns(units);
  return { units, crawlerDate };
}

function parseLine(line: string, blankBefore: boolean): RawLine | null {
  const expanded = line.replace(/\t/g, '    ').replace(/[\u00a0\u2007\u202f]/g, ' ');
  let rest = expanded.trim();
  if (rest === '') return null;
  const indent = expanded.length - expanded.trimStart().length;

  let marker: Marker | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^IMG\s+/.exec(rest))) marker = 'image';
  else if ((match = /^#\s+/.exec(rest))) marker = 'title';
  else if ((match = /^#{2,6}\s+/.exec(rest))) marker = 'heading';
  else if ((match = /^>(?:\s+|$)/.exec(rest))) marker = 'quote';
  if (match) rest = rest.slice(match[0].length);
  // Numbered link references of text renderings: `[1][hier]` or `[hier][1]`.
  rest = rest.replace(/\[\d+\]\[([^\]]+)\]|\[([^\]]+)\]\[\d+\]/g, (_all, a: string | undefined, b: string | undefined) => a ?? b ?? '');

  let bullet: string | null = null;
  const bulletMatch = bulletPattern.exec(rest);
  // A line of bullet characters alone ("• • • •") is decoration, not an item.
  if (bulletMatch && /[\p{L}\p{N}]/u.test(rest.slice(bulletMatch[0].length))) {
    bullet = bulletMatch[1] ?? bulletMatch[2] ?? null;
    rest = rest.slice(bulletMatch[0].length);
  }
  const text = collapse(rest);
  if (text === '' && marker === null) return null;
  return { text, indent, blankBefore, bullet, marker };
}

/**
 * A page is hard-wrapped when several lines of typical terminal width stop
 * without punctuation and go on in the next line.
 */
function isHardWrapped(lines: readonly RawLine[]): boolean {
  let wrapped = 0;
  let lowercase = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line || !next || next.blankBefore || line.text.length < 55 || line.text.length > 100) continue;
    if (!terminalPunctuation.test(line.text)) wrapped++;
    // Stacked titles also stop without punctuation, but only wrapped prose goes on in lower case.
    if (/^\p{Ll}/u.test(next.text)) lowercase++;
  }
  return wrapped >= 3 && lowercase >= 2;
}

function joinContinuations(lines: readonly RawLine[], hardWrapped: boolean): RawLine[] {
  const result: RawLine[] = [];
  let bulletIndent: number | null = null;
  for (const line of lines) {
    const previous = result.at(-1);
    if (previous && !line.blankBefore && line.bullet === null && isContinuation(previous, line, hardWrapped, bulletIndent)) {
      previous.text = `${previous.text} ${line.text}`;
      continue;
    }
    bulletIndent = line.bullet !== null ? line.indent : null;
    result.push({ ...line });
  }
  return result;
}

function isContinuation(previous: RawLine, line: RawLine, hardWrapped: boolean, bulletIndent: number | null): boolean {
  if (line.marker === 'title' || line.marker === 'heading' || line.marker === 'image') return false;
  if (previous.marker === 'title' || previous.marker === 'heading' || previous.marker === 'image') return false;
  if ((previous.marker === 'quote') !== (line.marker === 'quote')) return false;
  // A bullet's text that wraps onto a deeper-indented line.
  if (previous.bullet !== null && bulletIndent !== null && line.indent > bulletIndent) return true;
  if (!hardWrapped) return false;
  if (previous.text.length < 40) return false;
  return !terminalPunctuation.test(previous.text) || /^\p{Ll}/u.test(line.text);
}

/** `1.`, `2.` … count as a numbered list only when the numbers follow each other. */
function markOrderedRuns(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const run: { unit: Unit; text: string }[] = [];
    for (let j = i; j < units.length; j++) {
      const unit = units[j];
      if (!unit || unit.bullet !== null) break;
      const match = numberPattern.exec(unit.text);
      if (!match || monthAfterNumber.test(unit.text) || Number(match[1]) !== run.length + 1) break;
      run.push({ unit, text: unit.text.slice(match[0].length) });
    }
    if (run.length >= 2) {
      for (const { unit, text } of run) {
        unit.ordered = true;
        unit.bullet = '1.';
        unit.text = text;
      }
      i += run.length - 1;
    }
  }
}
