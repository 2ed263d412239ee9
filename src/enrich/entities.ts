import type { Entity } from '../article/article.ts';
import type { ArticleDraft } from '../article/draft.ts';
import { slugify } from '../article/slug.ts';
import { splitSentences } from '../text/sentences.ts';
import { isStopword } from '../text/stopwords.ts';
import { normalize, tokenize } from '../text/tokens.ts';
import { isKnownName, matchKnownName } from './entities/gazetteer.ts';
import { stripGenitive } from './entities/inflection.ts';
import { companySuffixes, institutionHeads, isOrganisationWord, ministryWord } from './entities/organisations.ts';
import { firstNames, isRoleWord, nameParticles, nameTitles, notNameWords } from './entities/person-names.ts';
import { findOutlet } from './known-outlets.ts';

/**
 * The entities enricher: the people, places and organisations an article
 * names, for the topic pages that gather every article about them.
 *
 * Known names (every country in German, major cities and regions, curated
 * institutions, parties and companies) are looked up in their inflected forms
 * (`Russlands`, `der Europäischen Union`). People are recognised by context:
 * a common first name (`Donald Trump`) or a title or role word before the name
 * (`Premierminister Keir Starmer`, `Papst Franziskus`). A surname alone later
 * (`Trump`, `Merkels`) is the person named in full. Outlets are left to the
 * sources enricher.
 *
 * Text is cut into sentences, then into chunks at punctuation, then into
 * tokens; every rule looks at a bounded number of tokens from each position,
 * so the work is linear in the text and no regular expression can backtrack.
 */

/** The most entities an article may hold (the schema's bound). */
const maxEntities = 200;

export function recognizeEntities(draft: ArticleDraft): ArticleDraft {
  const entities = [...draft.entities];
  const seen = new Set(entities.map((entity) => entity.slug || slugify(entity.name)));
  for (const entity of findEntities(textsToScan(draft).join('\n\n'))) {
    if (entities.length >= maxEntities) break;
    if (seen.has(entity.slug)) continue;
    seen.add(entity.slug);
    entities.push(entity);
  }
  return { ...draft, entities };
}

/** The entities one text names, in order of first mention, without duplicates. */
export function findEntities(text: string): Entity[] {
  const chunks = chunksOf(text);
  const words = new Set(chunks.flatMap((chunk) => chunk.tokens));
  const spans: Span[] = [];
  for (const chunk of chunks) {
    for (const place of chunk.dateline ?? []) spans.push(datelinePlace(place, chunk));
    spans.push(...scanChunk(chunk, words));
  }
  acceptPartyContext(spans);
  const persons = resolveSurnames(chunks, spans);
  return toEntities(spans.filter((span) => !span.pending), persons);
}

// ---------------------------------------------------------------------------
// Chunks: the runs of words between punctuation inside one sentence.

interface Chunk {
  tokens: string[];
  sentence: number;
  /** The chunk opens its sentence: its first word is capitalised by position, not by being a name. */
  opensSentence: boolean;
  /** The places of a dateline that opens the sentence (`Innsbruck/Eisenstadt – …`). */
  dateline?: string[];
}

/**
 * A dateline: one to five capitalised place names separated by slashes (or
 * joined by `am`, `an der`), then a dash. Looked for only in the first 64
 * characters, with bounded repetition, so it cannot backtrack far.
 */
const dateline = /^(\p{Lu}[\p{L}\p{M}.'-]*(?:(?: ?\/ ?| am | an der | im | bei )\p{Lu}[\p{L}\p{M}.'-]*){0,4}) [–—-] /u;

/** Punctuation that no name spans: quotes, brackets, dashes between spaces, commas, colons. */
const chunkBreak = /[,;:!?()[\]{}"„“”‚‘«»›‹]|\s[-–—]\s|[–—]/u;
/** Invisible and control characters, which would otherwise glue or split words unpredictably. */
const controlCharacters = /[\p{Cc}\p{Cf}]/gu;

function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const clean = text.replace(controlCharacters, (ch) => (ch === '\n' ? '\n' : ' '));
  splitSentences(clean).forEach((sentence, index) => {
    let first = true;
    const places = sentence.slice(0, 64).match(dateline)?.[1]?.split('/').map((place) => place.trim());
    for (const part of sentence.split(chunkBreak)) {
      const tokens = tokenize(part);
      if (tokens.length === 0) continue;
      chunks.push({ tokens, sentence: index, opensSentence: first, dateline: first ? places : undefined });
      first = false;
    }
  });
  return chunks;
}

// ---------------------------------------------------------------------------
// Spans: one recognised name in one chunk.

interface Span {
  name: string;
  kind: Entity['kind'];
  chunk: Chunk;
  /** A party alias that still needs a party context (`Grüne`). */
  pending?: boolean;
  party?: boolean;
  /** A person known by one word only so far (`Mitterlehner` after `ÖVP-Chef`). */
  surnameOnly?: boolean;
}

const capitalised = /^\p{Lu}[\p{Ll}'’]/u;
const patronymic = /(?:owitsch|ewitsch|ovich|evich|owna|ewna|ovna|evna)$/u;

/** A word that may be part of a person's name after its first word. */
function isNameWord(word: string): boolean {
  return capitalised.test(word) && !isStopword(word) && !notNameWords.has(word) && !isRoleWord(word) && !isKnownName(word) && !/\p{N}/u.test(word);
}

function isFirstName(word: string): boolean {
  return firstNames.has(word) || firstNames.has(word.split('-')[0]!);
}

/**
 * End (exclusive) of the name words from `start`: at most `maxWords` of them,
 * and after a first name also the particles of a surname (`Andre de Grasse`,
 * `Alexander Van der Bellen`), which never follow a surname (`Becher den Umfang`).
 */
function nameRun(tokens: readonly string[], start: number, maxWords: number): number {
  let end = start;
  let words = 0;
  if (start > 0 && isFirstName(tokens[start - 1]!)) {
    let look = start;
    while (look < tokens.length && look - start < 3 && nameParticles.has(tokens[look]!)) look++;
    if (look > start && look < tokens.length && isNameWord(tokens[look]!)) end = look;
  }
  while (end < tokens.length && words < maxWords && isNameWord(tokens[end]!)) {
    end++;
    words++;
  }
  return words === 0 ? start : end;
}

/** End (exclusive) of a person's name that opens with a first name at `start`, or `start`. */
function fullNameAt(tokens: readonly string[], start: number): number {
  if (!capitalised.test(tokens[start]!) || !isFirstName(tokens[start]!)) return start;
  let next = start + 1;
  // Further first names and patronymics: `Jean Claude`, `Alexander Jewgenjewitsch Lebedew`.
  while (next < tokens.length - 1 && (isFirstName(tokens[next]!) || patronymic.test(tokens[next]!)) && isNameWord(tokens[next + 1]!)) next++;
  const end = nameRun(tokens, next, 1);
  return end > next ? end : start;
}

/** End (exclusive) of an organisation's name after a word for its trade (`Elektroautobauer Tesla`), or `start`. */
function organisationNameAt(tokens: readonly string[], start: number): number {
  let end = start;
  while (end < tokens.length && end - start < 3) {
    const token = tokens[end]!;
    if (!/^\p{Lu}/u.test(token) || isStopword(token) || notNameWords.has(token) || isRoleWord(token) || isOrganisationWord(token)) break;
    end++;
  }
  return end;
}

function scanChunk(chunk: Chunk, words: ReadonlySet<string>): Span[] {
  const { tokens } = chunk;
  const spans: Span[] = [];
  const person = (start: number, end: number, surnameOnly = false): void => {
    const name = tokens.slice(start, end);
    name[name.length - 1] = genitiveFree(name[name.length - 1]!, tokens[end], words);
    spans.push({ name: name.join(' '), kind: 'person', chunk, surnameOnly });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;

    // `Siemens AG`, `ESI Group`: capitalised words before a legal form.
    const company = companyAt(tokens, i);
    if (company) {
      const inner = tokens.slice(i, company - 1);
      const known = matchKnownName(inner, 0);
      const name = known && known.length === inner.length ? known.entry.name : tokens.slice(i, company).join(' ');
      spans.push({ name, kind: 'organisation', chunk });
      i = company - 1;
      continue;
    }

    // `Ministerium für Arbeit und Soziales`, `Verband der Automobilindustrie`.
    const institution = institutionAt(tokens, i);
    if (institution) {
      spans.push({ name: [genitiveHead(token), ...tokens.slice(i + 1, institution)].join(' '), kind: 'organisation', chunk });
      i = institution - 1;
      continue;
    }

    const known = matchKnownName(tokens, i);
    if (known) {
      const { entry } = known;
      spans.push({ name: entry.name, kind: entry.kind, chunk, pending: entry.contextOnly || undefined, party: entry.party || undefined });
      i += known.length - 1;
      continue;
    }

    if (ministryWord.test(token)) {
      spans.push({ name: token.endsWith('s') ? token.slice(0, -1) : token, kind: 'organisation', chunk });
      continue;
    }

    // `Papst Franziskus`: the title is part of the name.
    if (nameTitles.has(token) && i + 1 < tokens.length && isNameWord(tokens[i + 1]!)) {
      person(i, i + 2);
      i += 1;
      continue;
    }

    // `Premierminister Keir Starmer`, `Regierungschef Gheorghe Brega`, `ÖVP-Chef Mitterlehner`.
    if (isRoleWord(token) && i + 1 < tokens.length) {
      const start = i + 1;
      const full = fullNameAt(tokens, start);
      const end = full > start ? full : nameRun(tokens, start, 2);
      if (end > start) {
        person(start, end, end - start === 1);
        i = end - 1;
        continue;
      }
    }

    // `Elektroautobauer Tesla`, `Dating-App Tinder`.
    if (isOrganisationWord(token) && i + 1 < tokens.length) {
      const end = organisationNameAt(tokens, i + 1);
      if (end > i + 1) {
        const known = matchKnownName(tokens.slice(i + 1, end), 0);
        spans.push({ name: known?.length === end - i - 1 ? known.entry.name : tokens.slice(i + 1, end).join(' '), kind: known?.entry.kind ?? 'organisation', chunk });
        i = end - 1;
        continue;
      }
    }

    // `Donald Trump`, `Jean-Claude Juncker`, `Alexander Jewgenjewitsch Lebedew`.
    const end = fullNameAt(tokens, i);
    if (end > i) {
      person(i, end);
      i = end - 1;
      continue;
    }
  }
  return spans;
}

/** A place of a dateline, by its known name where it has one (`Wien`, `Neu-Delhi`). */
function datelinePlace(place: string, chunk: Chunk): Span {
  const tokens = tokenize(place);
  const known = matchKnownName(tokens, 0);
  const name = known && known.length === tokens.length ? known.entry.name : place;
  return { name, kind: known?.entry.kind === 'place' || !known ? 'place' : known.entry.kind, chunk };
}

/** End (exclusive) of `Name … AG` starting at `start`, or 0. */
function companyAt(tokens: readonly string[], start: number): number {
  for (let n = 0; n < 3 && start + n < tokens.length; n++) {
    const token = tokens[start + n]!;
    if (n > 0 && companySuffixes.has(token)) return start + n + 1;
    if (!/^\p{Lu}/u.test(token) || isStopword(token) || companySuffixes.has(token)) return 0;
  }
  return start + 3 < tokens.length && companySuffixes.has(tokens[start + 3]!) ? start + 4 : 0;
}

const institutionLinks = new Set(['für', 'der', 'des', 'zur', 'zum', 'von']);

/** End (exclusive) of `Ministerium für X und Y` starting at `start`, or 0. */
function institutionAt(tokens: readonly string[], start: number): number {
  if (!institutionHeads.has(genitiveHead(tokens[start]!)) || !institutionLinks.has(tokens[start + 1] ?? '')) return 0;
  let end = start + 2;
  let last = 0;
  while (end < tokens.length && end - start < 7) {
    const token = tokens[end]!;
    if (/^\p{Lu}\p{Ll}/u.test(token) && !isStopword(token)) last = ++end;
    else if (token === 'und' && last === end) end++;
    else break;
  }
  return last;
}

/** `Ministeriums` → `Ministerium`, for the head of an institution's name. */
function genitiveHead(word: string): string {
  return institutionHeads.has(word) ? word : institutionHeads.has(word.replace(/e?s$/u, '')) ? word.replace(/e?s$/u, '') : word;
}

/** `Merkels` → `Merkel` when the text also writes `Merkel`, or when a noun follows (`Rostons Buch`). */
function genitiveFree(word: string, next: string | undefined, words: ReadonlySet<string>): string {
  const nounFollows = next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && !isStopword(next);
  return stripGenitive(word, (base) => nounFollows || words.has(base));
}

// ---------------------------------------------------------------------------
// Resolution

/** `Grüne` is the party where another party stands in the same sentence, or where it stands alone in brackets. */
function acceptPartyContext(spans: Span[]): void {
  for (const span of spans) {
    if (!span.pending) continue;
    const otherParty = spans.some((other) => other !== span && other.party && !other.pending && other.chunk.sentence === span.chunk.sentence);
    if (otherParty || span.chunk.tokens.length === 1) span.pending = false;
  }
}

/**
 * The people of the text by full name, and every lone surname turned into the
 * full name it shortens (`Trump` → `Donald Trump`).
 */
function resolveSurnames(chunks: readonly Chunk[], spans: Span[]): Map<string, string> {
  const bySurname = new Map<string, string | null>();
  for (const span of spans) {
    if (span.kind !== 'person' || span.surnameOnly) continue;
    const surname = span.name.split(' ').at(-1)!;
    const current = bySurname.get(surname);
    bySurname.set(surname, current === undefined || current === span.name ? span.name : null);
  }
  const fullName = new Map<string, string>();
  for (const [surname, name] of bySurname) if (name) fullName.set(surname, name);

  // Surnames standing alone anywhere, also before the full name (headlines).
  for (const chunk of chunks) {
    for (const token of chunk.tokens) {
      const surname = fullName.has(token) ? token : stripGenitive(token, (base) => fullName.has(base));
      const name = fullName.get(surname);
      if (name) spans.push({ name, kind: 'person', chunk });
    }
  }
  return fullName;
}

function toEntities(spans: readonly Span[], fullNames: ReadonlyMap<string, string>): Entity[] {
  const found = new Map<string, Entity>();
  const known = new Map<string, Entity['kind']>();
  for (const span of spans) if (span.kind !== 'person') known.set(normalize(span.name), span.kind);
  for (const span of spans) {
    let name = span.name;
    if (span.kind === 'person') {
      name = fullNames.get(name) ?? name;
      // A person's "name" that is a known place or organisation was misread.
      if (known.has(normalize(name))) continue;
    }
    if (findOutlet(name)) continue;
    const slug = slugify(name);
    if (slug === '' || found.has(slug)) continue;
    found.set(slug, { name, slug, kind: span.kind });
  }
  return [...found.values()];
}

/** Where an article names things: everything an editor or reader reads, but not image credits. */
function textsToScan(draft: ArticleDraft): string[] {
  const texts = [draft.headline, draft.lead, draft.heroImage?.caption ?? '', ...draft.keyPoints.map((point) => point.text)];
  for (const block of draft.body) {
    if (block.type === 'list') texts.push(block.text, ...block.items);
    else if (block.type === 'quote') texts.push(block.text, block.attribution ?? '');
    else if (block.type === 'image') texts.push(block.image.caption);
    else texts.push(block.text);
  }
  return texts.filter((text) => text.trim() !== '');
}
