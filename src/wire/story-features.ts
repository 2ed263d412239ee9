/**
 * What story grouping compares of an article: the entities the enrichment
 * found and the content words of headline and lead, analysed as the search
 * index and the recommender analyse them (`text/search-terms`: stem keys,
 * stop words left out, compounds' parts beside the whole), so that
 * `Todesfahrt`/`Todesfahrer` or `Weihnachtsmärkten`/`Weihnachtsmarkt` meet.
 *
 * Features are numbered once per process (a bounded vocabulary), so that
 * counting them over thousands of recent articles on every call is array
 * arithmetic, not string hashing; an article's features are kept with the
 * article object (and by its text, for new objects of the same article) and
 * recomputed only when its text changes.
 */
import { searchWords, surfaceKey, wordKeys } from '../text/search-terms.ts';
import { dropInvisible } from '../text/invisible-characters.ts';

export const featureKind = { term: 0, entity: 1, entityTerm: 2 } as const;

export interface StoryFeatures {
  /** Feature numbers, each once. */
  readonly ids: Int32Array;
  /**
   * Per feature: an entity, a content word, or a content word that is part
   * of one of the article's own entity names (`Magdeburger` beside the
   * entity `magdeburg`), which must not count as evidence twice.
   */
  readonly kinds: Uint8Array;
}

export interface StoryText {
  readonly headline: string;
  readonly lead: string;
  readonly entitySlugs: readonly string[];
}

// A feature word has at least one letter: numbers alone say nothing about a story.
const letter = /\p{L}/u;

/**
 * Words of time and quantity: searchable (the search keeps them), but every
 * report has a weekday, a month or a `mindestens`, and two reports "from
 * Saturday" are not one story. Compared by their stem keys.
 */
const timeWords = new Set(
  [
    'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag',
    'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
    'Uhr', 'Tag', 'Tage', 'Woche', 'Wochenende', 'Monat', 'Jahr', 'Jahre', 'Jahren', 'Morgen', 'Abend', 'Nacht', 'Vormittag', 'Nachmittag',
    'Mittag', 'mindestens', 'rund', 'etwa', 'knapp', 'Prozent', 'Millionen', 'Milliarden',
  ].map((word) => wordKeys(word).stem),
);

/** Longer than any window of recent articles needs; reset (with every cached feature) when full. */
const vocabularyLimit = 1_000_000;
let vocabulary = new Map<string, number>();
let generation = 0;

interface CachedFeatures {
  headline: string;
  lead: string;
  slugs: readonly string[];
  generation: number;
  features: StoryFeatures;
}
const cache = new WeakMap<object, CachedFeatures>();
// Callers build new objects for the same articles (the wire desk, once per
// poll): the features are also kept by text, for a bounded number of texts.
const byTextLimit = 50_000;
let byText = new Map<string, StoryFeatures>();

/** How many feature numbers are in use: the size of a counting array over them. */
export function vocabularySize(): number {
  return vocabulary.size;
}

/**
 * Starts over with an empty vocabulary when it has grown past its limit.
 * Called before a comparison, never during one: the numbers of the features
 * being compared must come from one vocabulary.
 */
export function trimVocabulary(): void {
  if (vocabulary.size <= vocabularyLimit) return;
  vocabulary = new Map();
  byText = new Map();
  generation++;
}

/** The article's features; cached with the article object while its headline, lead and entities stay. */
export function storyFeatures(article: StoryText): StoryFeatures {
  const cached = cache.get(article);
  if (
    cached &&
    cached.generation === generation &&
    cached.headline === article.headline &&
    cached.lead === article.lead &&
    sameSlugs(cached.slugs, article.entitySlugs)
  ) {
    return cached.features;
  }
  const key = `${article.headline}\u0000${article.lead}\u0000${article.entitySlugs.join(' ')}`;
  let features = byText.get(key);
  if (!features) {
    features = computeFeatures(article);
    if (byText.size >= byTextLimit) forgetOldest(byTextLimit / 4);
    byText.set(key, features);
  }
  cache.set(article, { headline: article.headline, lead: article.lead, slugs: [...article.entitySlugs], generation, features });
  return features;
}

/** A Map iterates in insertion order: the first entries are the oldest. */
function forgetOldest(count: number): void {
  let left = count;
  for (const key of byText.keys()) {
    if (left-- <= 0) break;
    byText.delete(key);
  }
}

function computeFeatures(article: StoryText): StoryFeatures {
  const kinds = new Map<number, number>();
  const entityParts = new Set<string>();
  for (const slug of article.entitySlugs) {
    if (slug === '') continue;
    kinds.set(featureId(`e:${slug}`), featureKind.entity);
    for (const part of slug.split('-')) if (part.length >= 3) entityParts.add(part);
  }
  const text = dropInvisible(`${article.headline}\n${article.lead}`);
  for (const word of searchWords(text)) {
    // Dates, scores and counts (`21.12.2024`, `5:1`) tie together the wrong articles.
    if (!letter.test(word)) continue;
    const keys = wordKeys(word);
    if (keys.stop || keys.stem === '' || timeWords.has(keys.stem)) continue;
    const kind = coversEntity(surfaceKey(word), entityParts) ? featureKind.entityTerm : featureKind.term;
    for (const key of [keys.stem, ...keys.parts]) {
      const id = featureId(`t:${key}`);
      // A word that is an entity's name in one place and a plain word in another counts as plain.
      const previous = kinds.get(id);
      kinds.set(id, previous === undefined ? kind : Math.min(previous, kind));
    }
  }
  const ids = Int32Array.from(kinds.keys());
  return { ids, kinds: Uint8Array.from(ids, (id) => kinds.get(id) ?? featureKind.term) };
}

/**
 * Slugs transliterate umlauts as the surface key does (`mueller`), so a word
 * belongs to an entity when it is one of the name's parts with at most an
 * inflection or adjective ending (`Magdeburgs`, `Magdeburger`).
 */
function coversEntity(surface: string, entityParts: ReadonlySet<string>): boolean {
  if (entityParts.has(surface)) return true;
  for (let cut = 1; cut <= 3 && surface.length - cut >= 3; cut++) {
    if (entityParts.has(surface.slice(0, -cut))) return true;
  }
  return false;
}

function featureId(key: string): number {
  let id = vocabulary.get(key);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(key, id);
  }
  return id;
}

function sameSlugs(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
