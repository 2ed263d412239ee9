import { diffArrays, diffWords } from 'diff';
import { articleFieldOrder, statusLabels, type Article, type Entity } from '../article/article.ts';
import { blocksToMarkdown } from '../article/blocks-to-markdown.ts';

/**
 * What changed between two revisions of an article, field by field, for the
 * newsroom's revision history and its edit-conflict page. Pure: two articles
 * in, plain text out; the view escapes it.
 */

export type DiffPartKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

/** Every field but `updatedAt`, which changes with every save and says nothing. */
export type DiffedField = Exclude<(typeof articleFieldOrder)[number], 'updatedAt'>;

export interface FieldDiff {
  field: DiffedField;
  label: string;
  /**
   * `words`: a one-line field; the parts run on as one text, spaces included.
   * `lines`: a field of many lines (body, key points, lists); every part is one
   * line ending in `\n`, so joined they read as lines too.
   */
  granularity: 'words' | 'lines';
  parts: DiffPart[];
}

/** The German name of every field, as the editor form calls it. */
export const fieldLabels = {
  id: 'Kennung',
  slug: 'Adresse',
  section: 'Ressort',
  headline: 'Überschrift',
  lead: 'Vorspann',
  heroImage: 'Bild',
  keyPoints: 'Was müssen Sie wissen?',
  body: 'Text',
  sources: 'Quellen',
  entities: 'Personen, Orte und Organisationen',
  tags: 'Themen',
  authors: 'Autoren',
  language: 'Sprache',
  status: 'Status',
  publishedAt: 'Veröffentlichung',
} as const satisfies Record<DiffedField, string>;

const entityKindLabels = { person: 'Person', place: 'Ort', organisation: 'Organisation', other: 'Sonstiges' } as const satisfies Record<Entity['kind'], string>;

type Rendering = { granularity: 'words'; text: string } | { granularity: 'lines'; lines: string[] };

const words = (text: string | null): Rendering => ({ granularity: 'words', text: text ?? '' });
const lines = (items: readonly string[]): Rendering => ({ granularity: 'lines', lines: [...items] });

/**
 * Each field as the editor reads it. A difference that does not show here
 * (`ordered: false` against no `ordered`) is no change worth listing.
 */
const renderField: { [F in DiffedField]: (value: Article[F]) => Rendering } = {
  id: words,
  slug: words,
  section: words,
  headline: words,
  lead: words,
  heroImage: (image) =>
    lines(
      image === null
        ? []
        : [
            ...(image.src === undefined ? [] : [`Datei: ${image.src}`]),
            `Alt-Text: ${image.alt}`,
            `Bildunterschrift: ${image.caption}`,
            `Bildnachweis: ${image.credit}`,
          ],
    ),
  keyPoints: (points) => lines(points.map((point) => (point.origin === 'suggested' ? `${point.text} (vorgeschlagen)` : point.text))),
  // The body as the editor writes it; blank lines between blocks would only add noise.
  body: (body) => lines(blocksToMarkdown(body).split('\n').filter((line) => line.trim() !== '')),
  sources: (sources) => lines(sources.map((source) => (source.url === undefined ? source.name : `${source.name} | ${source.url}`))),
  entities: (entities) => lines(entities.map((entity) => `${entity.name} (${entityKindLabels[entity.kind]})`)),
  tags: lines,
  authors: lines,
  language: words,
  status: (status) => words(statusLabels[status]),
  publishedAt: words,
};

/** One entry per changed field, in the model's field order; `[]` when nothing changed. */
export function diffArticles(older: Article, newer: Article): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of articleFieldOrder) {
    if (field === 'updatedAt') continue;
    const diff = diffField(field, older, newer);
    if (diff) diffs.push(diff);
  }
  return diffs;
}

function diffField<F extends DiffedField>(field: F, older: Article, newer: Article): FieldDiff | undefined {
  const render = renderField[field] as (value: Article[F]) => Rendering;
  const before = render(older[field]);
  const after = render(newer[field]);
  const label = fieldLabels[field];
  if (before.granularity === 'words' && after.granularity === 'words') {
    if (before.text === after.text) return undefined;
    const changes = diffWords(before.text, after.text, { timeout: diffTimeoutMs });
    const parts = changes
      ? changes.map((change) => ({ kind: kindOf(change), text: change.value }))
      : wholesale([before.text], [after.text]);
    return { field, label, granularity: 'words', parts };
  }
  if (before.granularity === 'lines' && after.granularity === 'lines') {
    if (before.lines.length === after.lines.length && before.lines.every((line, i) => line === after.lines[i])) return undefined;
    const changes = diffArrays(before.lines, after.lines, { timeout: diffTimeoutMs });
    const parts = changes
      ? changes.flatMap((change) => change.value.map((line) => ({ kind: kindOf(change), text: `${line}\n` })))
      : wholesale(before.lines.map((line) => `${line}\n`), after.lines.map((line) => `${line}\n`));
    return { field, label, granularity: 'lines', parts };
  }
  throw new Error(`diffArticles: ${field} is rendered two ways`);
}

/**
 * The diff's cost grows with the square of the changes and runs on the event
 * loop that serves every reader, so a comparison gets this long; past it, the
 * field is shown as replaced as a whole.
 */
const diffTimeoutMs = 150;

function wholesale(before: string[], after: string[]): DiffPart[] {
  return [...before.map((text) => ({ kind: 'removed' as const, text })), ...after.map((text) => ({ kind: 'added' as const, text }))];
}

function kindOf(change: { added: boolean; removed: boolean }): DiffPartKind {
  return change.added ? 'added' : change.removed ? 'removed' : 'same';
}
