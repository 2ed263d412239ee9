/**
 * Known-item collections: documents to index and, for each, queries that
 * should find it. The query rule was fixed before any system was measured
 * and is stated in the Search section of bench/RESULTS.md.
 */
import type { Article } from '../../src/article/article.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { benchArticle, contentWords, paragraphsOf, wikipediaBlocks, type GnadRecord, type KlexikonPair } from './corpus.ts';

export interface KnownItemQuery {
  targetId: string;
  /** The query words as they first occur in the source text, best score first. */
  words: string[];
}

export interface KnownItemSet {
  name: string;
  articles: Article[];
  /** Queries by word count. */
  queries: Map<number, KnownItemQuery[]>;
}

export const QUERY_SIZES = [2, 3, 4] as const;
// Every article gets the same date, so that freshness can play no part.
const SAME_DATE = '2025-06-01T08:00:00+02:00';

/** In how many of the texts each content word (lower-cased) occurs. */
export function documentFrequencies(texts: readonly string[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(contentWords(text).map((w) => w.toLowerCase()))) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  }
  return frequencies;
}

/**
 * The rule: content words of the first paragraph (and of the following ones,
 * only while fewer than `count` distinct candidates were found), without the
 * excluded words; the `count` with the highest IDF, i.e. the lowest document
 * frequency, ties broken by first occurrence. Null when the text has fewer.
 */
export function queryWords(
  paragraphs: readonly string[],
  count: number,
  frequencies: ReadonlyMap<string, number>,
  excluded: ReadonlySet<string>,
): string[] | null {
  const candidates = new Map<string, { word: string; position: number }>();
  for (const paragraph of paragraphs) {
    for (const word of contentWords(paragraph)) {
      const key = word.toLowerCase();
      if (!excluded.has(key) && !candidates.has(key)) candidates.set(key, { word, position: candidates.size });
    }
    if (candidates.size >= count) break;
  }
  if (candidates.size < count) return null;
  return [...candidates]
    .sort(([a, x], [b, y]) => (frequencies.get(a) ?? 0) - (frequencies.get(b) ?? 0) || x.position - y.position)
    .slice(0, count)
    .map(([, candidate]) => candidate.word);
}

/**
 * Klexikon: the Wikipedia article is the item (headline = title, lead = first
 * paragraph, body = the rest); the query comes from the children's-lexicon
 * article about the same thing, without the words of the title.
 */
export function klexikonSet(pairs: readonly KlexikonPair[]): KnownItemSet {
  const frequencies = documentFrequencies(pairs.map((pair) => pair.klexikon));
  const queries = new Map<number, KnownItemQuery[]>(QUERY_SIZES.map((size) => [size, []]));
  const articles = pairs.map((pair, i) => {
    const [lead = '', ...rest] = paragraphsOf(pair.wikipedia);
    const id = `kx-${String(i).padStart(5, '0')}`;
    const titleWords = new Set(contentWords(pair.title).map((word) => word.toLowerCase()));
    for (const size of QUERY_SIZES) {
      const words = queryWords(paragraphsOf(pair.klexikon), size, frequencies, titleWords);
      if (words) queries.get(size)!.push({ targetId: id, words });
    }
    return benchArticle({
      id,
      section: 'Wissen',
      headline: pair.title,
      lead: lead.split('\n').join(' '),
      body: rest.flatMap(wikipediaBlocks),
      publishedAt: SAME_DATE,
    });
  });
  return { name: 'Klexikon', articles, queries };
}

const SENTENCES_PER_PARAGRAPH = 5;

/**
 * 10kGNAD: the first sentence (the title or teaser) is the query source and
 * is left out of the indexed article: headline = second sentence, lead =
 * third, body = the rest in paragraphs of five sentences. Articles of one
 * sentence are not indexed; the IDF is over the first sentences.
 */
export function gnadSet(records: readonly GnadRecord[]): KnownItemSet {
  const split = records.map((record) => ({ record, sentences: splitSentences(record.text) })).filter(({ sentences }) => sentences.length >= 2);
  const frequencies = documentFrequencies(split.map(({ sentences }) => sentences[0]!));
  const queries = new Map<number, KnownItemQuery[]>(QUERY_SIZES.map((size) => [size, []]));
  const articles = split.map(({ record, sentences }) => {
    const [first, headline, lead = '', ...rest] = sentences as [string, string, ...string[]];
    const id = record.id;
    for (const size of QUERY_SIZES) {
      const words = queryWords([first], size, frequencies, new Set());
      if (words) queries.get(size)!.push({ targetId: id, words });
    }
    const body = [];
    for (let i = 0; i < rest.length; i += SENTENCES_PER_PARAGRAPH) {
      body.push({ type: 'paragraph' as const, text: rest.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' ') });
    }
    return benchArticle({ id, section: record.label, headline, lead, body, publishedAt: SAME_DATE });
  });
  return { name: '10kGNAD', articles, queries };
}
