import type { Article, Image, KeyPoint, SourceRef } from '../../article/article.ts';
import { articleSchema, keyPointOrigins } from '../../article/article.ts';
import { blocksToMarkdown } from '../../article/blocks-to-markdown.ts';
import { newArticleId } from '../../article/from-draft.ts';
import { slugify } from '../../article/slug.ts';
import { isDepescheError } from '../../errors.ts';
import { parseMarkdownBody } from '../../ingest/markdown-body.ts';
import { suggestKeyPoints } from '../../enrich/key-points.ts';
import type { FieldProblem } from '../../commands/workflow.ts';
import { isoToLocal, localToIso } from './zoned-time.ts';

/**
 * The editor form as plain strings, both ways: from an article to the values
 * the form shows, and from what was posted back to an article, with a German
 * message for every field that is wrong.
 */
export interface ArticleFormValues {
  section: string;
  headline: string;
  lead: string;
  heroSrc: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  keyPoints: KeyPoint[];
  body: string;
  sources: string;
  tags: string;
  authors: string;
  publishAt: string;
  version: string;
  /** Key points the platform suggests for this text, offered beside the list. */
  suggestions: string[];
  /** Suggestions the editor turned down while editing. */
  rejected: string[];
}

export type PostedForm = Record<string, string | File | (string | File)[]>;

export function emptyForm(authorName: string): ArticleFormValues {
  return {
    section: 'Nachrichten', headline: '', lead: '', heroSrc: '', heroAlt: '', heroCaption: '', heroCredit: '',
    keyPoints: [], body: '', sources: '', tags: '', authors: authorName, publishAt: '', version: '0',
    suggestions: [], rejected: [],
  };
}

export function formFromArticle(article: Article, version: number, timeZone: string): ArticleFormValues {
  return {
    section: article.section,
    headline: article.headline,
    lead: article.lead,
    heroSrc: article.heroImage?.src ?? '',
    heroAlt: article.heroImage?.alt ?? '',
    heroCaption: article.heroImage?.caption ?? '',
    heroCredit: article.heroImage?.credit ?? '',
    keyPoints: article.keyPoints,
    body: blocksToMarkdown(article.body),
    sources: article.sources.map((s) => (s.url ? `${s.name} | ${s.url}` : s.name)).join('\n'),
    tags: article.tags.join(', '),
    authors: article.authors.join(', '),
    publishAt: article.publishedAt ? isoToLocal(article.publishedAt, timeZone) : '',
    version: String(version),
    suggestions: suggestKeyPoints(article, { count: 5 }).map((point) => point.text),
    rejected: [],
  };
}

const text = (form: PostedForm, name: string): string => {
  const value = form[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.replace(/\r\n/g, '\n') : '';
};

const texts = (form: PostedForm, name: string): string[] => {
  const value = form[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string');
};

/** The posted form as values; key points keep their order and origin, empty ones drop out. */
export function valuesFromPost(form: PostedForm): ArticleFormValues {
  const pointTexts = texts(form, 'keyPoint');
  const origins = texts(form, 'keyPointOrigin');
  const keyPoints = pointTexts
    .map((point, i): KeyPoint => ({
      text: point.trim(),
      origin: (keyPointOrigins as readonly string[]).includes(origins[i] ?? '') ? (origins[i] as KeyPoint['origin']) : 'editor',
    }))
    .filter((point) => point.text !== '');
  return {
    section: text(form, 'section'),
    headline: text(form, 'headline'),
    lead: text(form, 'lead'),
    heroSrc: text(form, 'heroSrc'),
    heroAlt: text(form, 'heroAlt'),
    heroCaption: text(form, 'heroCaption'),
    heroCredit: text(form, 'heroCredit'),
    keyPoints,
    body: text(form, 'body'),
    sources: text(form, 'sources'),
    tags: text(form, 'tags'),
    authors: text(form, 'authors'),
    publishAt: text(form, 'publishAt'),
    version: text(form, 'version') || '0',
    suggestions: texts(form, 'suggestion').slice(0, 10),
    rejected: texts(form, 'rejectedSuggestion').slice(0, 10),
  };
}

/** The buttons beside each key point (↑, ↓, ×) rearrange the list without saving. */
export function applyKeyPointCommand(values: ArticleFormValues, command: string): ArticleFormValues {
  const [verb, indexText] = command.split(':');
  const index = Number(indexText);
  const points = [...values.keyPoints];
  if (verb === 'add') points.push({ text: '', origin: 'editor' });
  else if (verb === 'accept' && values.suggestions[index]) points.push({ text: values.suggestions[index]!, origin: 'suggested' });
  else if (verb === 'reject' && values.suggestions[index]) return { ...values, rejected: [...values.rejected, values.suggestions[index]!] };
  else if (verb === 'remove' && points[index]) points.splice(index, 1);
  else if (verb === 'up' && index > 0 && points[index]) [points[index - 1], points[index]] = [points[index]!, points[index - 1]!];
  else if (verb === 'down' && index >= 0 && points[index] && points[index + 1]) [points[index + 1], points[index]] = [points[index]!, points[index + 1]!];
  return { ...values, keyPoints: points };
}

const splitList = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

/**
 * Builds the article the form describes on top of `base` (id, slug and
 * status stay theirs). Returns every problem at once, each for its field.
 */
export function articleFromValues(
  values: ArticleFormValues,
  base: Article | null,
  options: { now: Date; timeZone: string },
): { article: Article; problems: [] } | { article: null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  let body: Article['body'] = [];
  try {
    body = parseMarkdownBody(values.body, 'Text');
  } catch (error) {
    problems.push({ field: 'body', message: isDepescheError(error) ? error.message.replace(/^Text: /, '') : 'Der Text ist nicht lesbar.' });
  }

  const sources: SourceRef[] = [];
  for (const [i, line] of values.sources.split('\n').entries()) {
    if (line.trim() === '') continue;
    const [name = '', url = ''] = line.split('|').map((part) => part.trim());
    if (url && !/^https?:\/\/\S+$/.test(url)) {
      problems.push({ field: 'sources', message: `Zeile ${i + 1}: „${url}“ ist keine http(s)-Adresse.` });
      continue;
    }
    sources.push(url ? { name, url } : { name });
  }

  let publishedAt = base?.publishedAt ?? null;
  // The field shows minutes only; unchanged, it must not round the stored time.
  const unchanged = base?.publishedAt != null && values.publishAt === isoToLocal(base.publishedAt, options.timeZone);
  if (values.publishAt.trim() !== '' && !unchanged) {
    const iso = localToIso(values.publishAt, options.timeZone);
    if (iso === null) problems.push({ field: 'publishAt', message: 'Bitte Datum und Uhrzeit vollständig angeben.' });
    else publishedAt = iso;
  }

  const hasImage = values.heroSrc.trim() !== '';
  // The address comes from a hidden field: only our own files are accepted.
  if (hasImage && !values.heroSrc.trim().startsWith('/media/')) {
    problems.push({ field: 'heroFile', message: 'Das Bild muss hier hochgeladen werden; fremde Adressen werden nicht übernommen.' });
  }
  const heroImage: Image | null = hasImage
    ? { src: values.heroSrc.trim(), alt: values.heroAlt.trim(), caption: values.heroCaption.trim(), credit: values.heroCredit.trim() }
    : null;

  const candidate = {
    id: base?.id ?? newArticleId(),
    slug: base?.slug ?? (slugify(values.headline) || 'artikel'),
    section: values.section.trim(),
    headline: values.headline.trim(),
    lead: values.lead.trim(),
    heroImage,
    keyPoints: values.keyPoints,
    body,
    sources,
    entities: base?.entities ?? [],
    tags: splitList(values.tags),
    authors: splitList(values.authors),
    language: base?.language ?? 'de',
    status: base?.status ?? 'draft',
    publishedAt,
    updatedAt: options.now.toISOString(),
  };

  const result = articleSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ field: formFieldFor(issue.path), message: issue.message });
    }
  }
  if (problems.length > 0 || !result.success) return { article: null, problems: dedupe(problems) };
  return { article: result.data, problems: [] };
}

/** Maps a model path (`heroImage.caption`, `keyPoints[2].text`) to the form field that edits it. */
function formFieldFor(path: readonly PropertyKey[]): string {
  const [head, , leaf] = path;
  if (head === 'heroImage') return `hero${String(path[1] ?? '').replace(/^./, (c) => c.toUpperCase())}`;
  if (head === 'keyPoints') return 'keyPoints';
  if (head === 'sources') return 'sources';
  if (head === 'publishedAt') return 'publishAt';
  return leaf === undefined ? String(head ?? 'form') : String(head);
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
