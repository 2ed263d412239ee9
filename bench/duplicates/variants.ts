/**
 * Agency-style copies of an article, as a second feed delivers the same dpa
 * or APA story: another headline, a dateline and a credit line added, the
 * quote and dash style of the other desk, lines wrapped differently, a few
 * words edited, the last paragraphs cut; the heavy edit also adds a
 * paragraph of the desk's own. Seeded: every run builds the same copies.
 */
import { below } from '../lib/random.ts';
import type { GnadArticle } from './corpus.ts';

export const strengths = ['light', 'medium', 'heavy'] as const;
export type Strength = (typeof strengths)[number];

interface StrengthSettings {
  /** Share of the paragraphs cut from the end (at least one stays). */
  cut: number;
  /** Share of the words edited (replaced, dropped or inserted), at least one. */
  edits: number;
  /** A paragraph of another article inserted after the first. */
  addParagraph: boolean;
}

const settings: Record<Strength, StrengthSettings> = {
  light: { cut: 0, edits: 0.005, addParagraph: false },
  medium: { cut: 0.25, edits: 0.02, addParagraph: false },
  heavy: { cut: 0.5, edits: 0.05, addParagraph: true },
};

const datelines = ['Wien (APA) – ', 'Berlin (dpa) - ', 'Hamburg (dpa) – ', 'Frankfurt/Main (AFP) - ', 'Zürich (sda) – ', 'Brüssel (dpa/AFP) – '];
const credits = ['© dpa-infocom, dpa:241221-930-123456/1', '(APA/red)', 'Quelle: dpa', 'Mitarbeit: Anna Muster', 'dpa/AFP/rtr'];
const fillers = ['nun', 'bereits', 'am Freitag', 'demnach', 'zuletzt', 'offenbar', 'laut Angaben'];

export interface Variant {
  headline: string;
  text: string;
}

/** A copy of the article as another desk would send it. `other` lends the heavy copy its added paragraph. */
export function agencyVariant(article: GnadArticle, strength: Strength, random: () => number, other: GnadArticle): Variant {
  const { cut, edits, addParagraph } = settings[strength];
  const keep = Math.max(1, article.paragraphs.length - Math.round(article.paragraphs.length * cut));
  const paragraphs = article.paragraphs.slice(0, keep);
  if (addParagraph && other.paragraphs[0]) paragraphs.splice(Math.min(1, paragraphs.length), 0, other.paragraphs[0]);

  const headline = otherHeadline(article, random);
  const parts = [article.lead, ...paragraphs].map((part) => part.split(' '));
  const words = parts.reduce((sum, part) => sum + part.length, 0);
  const editCount = Math.max(1, Math.round(words * edits));
  for (let i = 0; i < editCount; i++) editWord(parts, random);
  const lead = parts[0]?.join(' ') ?? '';
  const body = parts.slice(1).map((part) => part.join(' '));

  const dateline = datelines[below(random, datelines.length)] ?? '';
  const credit = credits[below(random, credits.length)] ?? '';
  const text = [headline, `${dateline}${lead}`, ...body, credit].filter((part) => part.trim() !== '').map((part) => wrap(restyle(part), random)).join('\n\n');
  return { headline, text };
}

/** A teaser-only item: the headline and lead, as many feeds carry nothing more. */
export function teaserText(article: Pick<GnadArticle, 'headline' | 'lead'>): string {
  return `${article.headline}\n\n${article.lead}`;
}

/** A teaser of the same story from another feed: another headline, one word of the lead edited. */
export function teaserVariant(article: GnadArticle, random: () => number): Variant {
  const headline = otherHeadline(article, random);
  const parts = [article.lead.split(' ')];
  editWord(parts, random);
  return { headline, text: `${headline}\n\n${restyle(parts[0]?.join(' ') ?? '')}` };
}

/** A headline the other desk wrote: the start of one of the article's own sentences. */
function otherHeadline(article: GnadArticle, random: () => number): string {
  const sentences = article.paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/u));
  const source = sentences[below(random, sentences.length)] ?? article.lead;
  const words = source.replace(/[.!?]+$/u, '').split(' ');
  return words.slice(0, 5 + below(random, 5)).join(' ');
}

function editWord(parts: string[][], random: () => number): void {
  const part = parts[below(random, parts.length)];
  if (!part || part.length < 4) return;
  const at = below(random, part.length);
  const kind = below(random, 3);
  if (kind === 0) part.splice(at, 1);
  else if (kind === 1) part.splice(at, 0, fillers[below(random, fillers.length)] ?? 'nun');
  else part[at] = part[below(random, part.length)] ?? '';
}

/** The other desk's typography: German quotes become guillemets or straight ones, dashes become hyphens. */
function restyle(text: string): string {
  return text
    .replace(/„([^“"]*)[“"]/gu, '»$1«')
    .replace(/"([^"]*)"/gu, '„$1“')
    .replace(/ – /gu, ' - ');
}

/** Hard line breaks at 60 to 80 characters, now and then two spaces. */
function wrap(text: string, random: () => number): string {
  const width = 60 + below(random, 21);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line}${below(random, 12) === 0 ? '  ' : ' '}${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
