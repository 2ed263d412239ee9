/**
 * The speed benchmark's material: a pool of real German paragraphs and
 * sentences, synthetic articles recombined from it, and reader-like queries
 * drawn from it. Everything is seeded, so every run indexes and asks the same.
 */
import type { Article } from '../../src/article/article.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { isStopword } from '../../src/text/stopwords.ts';
import { benchArticle, contentWords, paragraphsOf, type GnadRecord, type KlexikonPair } from './corpus.ts';
import { below, seeded } from '../lib/random.ts';

export interface Pool {
  paragraphs: string[];
  /** Sentences of 20–100 characters, the headlines. */
  headlines: string[];
  /** Running total of content words over the paragraphs, for drawing a word weighted by its frequency. */
  cumulativeWords: Float64Array;
}

const MIN_PARAGRAPH = 80;
// The model's limit for a lead; no paragraph of the pool is longer.
const MAX_PARAGRAPH = 2000;
const GNAD_SENTENCES_PER_PARAGRAPH = 4;

/** Wikipedia paragraphs of the Klexikon pairs (no headings) and 10kGNAD texts cut into paragraphs of four sentences. */
export function buildPool(pairs: readonly KlexikonPair[], records: readonly GnadRecord[]): Pool {
  const paragraphs: string[] = [];
  const headlines: string[] = [];
  const keep = (sentences: readonly string[]) => {
    for (const sentence of sentences) if (sentence.length >= 20 && sentence.length <= 100) headlines.push(sentence);
    const paragraph = sentences.join(' ');
    if (paragraph.length >= MIN_PARAGRAPH && paragraph.length <= MAX_PARAGRAPH) paragraphs.push(paragraph);
  };
  for (const pair of pairs) {
    for (const paragraph of paragraphsOf(pair.wikipedia)) {
      if (!paragraph.startsWith('=')) keep(paragraph.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('=')));
    }
  }
  for (const record of records) {
    const sentences = splitSentences(record.text);
    for (let i = 0; i < sentences.length; i += GNAD_SENTENCES_PER_PARAGRAPH) keep(sentences.slice(i, i + GNAD_SENTENCES_PER_PARAGRAPH));
  }
  const cumulativeWords = new Float64Array(paragraphs.length);
  let total = 0;
  paragraphs.forEach((paragraph, i) => {
    total += contentWords(paragraph).length;
    cumulativeWords[i] = total;
  });
  return { paragraphs, headlines, cumulativeWords };
}

export const SECTIONS = ['Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Wissen', 'Panorama', 'Netz'] as const;
const SPAN_MS = 2 * 365 * 86_400_000;
/** The newest article's date and the `now` of every speed query. */
export const NEWEST = Date.parse('2026-01-01T00:00:00Z');

/**
 * `count` articles in batches: a headline sentence, a lead paragraph, 3–8
 * body paragraphs, a section and a publication time within the last two years.
 */
export function* syntheticBatches(pool: Pool, count: number, batchSize: number, seed: number): Generator<Article[]> {
  const random = seeded(seed);
  const paragraph = () => pool.paragraphs[below(random, pool.paragraphs.length)]!;
  for (let start = 0; start < count; start += batchSize) {
    const batch: Article[] = [];
    for (let i = start; i < Math.min(count, start + batchSize); i++) {
      const published = new Date(NEWEST - Math.floor(random() * SPAN_MS / 60_000) * 60_000);
      batch.push(benchArticle({
        id: `syn-${String(i).padStart(6, '0')}`,
        section: SECTIONS[below(random, SECTIONS.length)]!,
        headline: pool.headlines[below(random, pool.headlines.length)]!,
        lead: paragraph(),
        body: Array.from({ length: 3 + below(random, 6) }, () => ({ type: 'paragraph' as const, text: paragraph() })),
        publishedAt: published.toISOString(),
      }));
    }
    yield batch;
  }
}

export type QueryShape = 'one word' | 'two words' | 'three words' | 'phrase' | 'prefix';

export interface SpeedQuery {
  shape: QueryShape;
  text: string;
}

// Reader searches are mostly one or two words.
const SHAPES: [QueryShape, number][] = [['one word', 0.4], ['two words', 0.35], ['three words', 0.15], ['phrase', 0.05], ['prefix', 0.05]];

/**
 * Reader-like queries. A word is a content word drawn uniformly from all
 * content-word occurrences of the pool (so weighted by its frequency); the
 * further words of a query come from the same paragraph as the first, the
 * way related words occur together in what readers look for.
 */
export function speedQueries(pool: Pool, count: number, seed: number): SpeedQuery[] {
  const random = seeded(seed);
  const total = pool.cumulativeWords.at(-1) ?? 0;
  const occurrence = () => {
    const target = random() * total;
    let low = 0;
    let high = pool.cumulativeWords.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pool.cumulativeWords[mid]! > target) high = mid;
      else low = mid + 1;
    }
    const words = contentWords(pool.paragraphs[low]!);
    const before = low === 0 ? 0 : pool.cumulativeWords[low - 1]!;
    return { paragraph: low, words, at: Math.min(words.length - 1, Math.floor(target - before)) };
  };
  const queries: SpeedQuery[] = [];
  while (queries.length < count) {
    const shape = pickShape(random());
    // Draw again until the shape fits, so that the mix of shapes stays as stated.
    let text: string | null = null;
    while (text === null) text = queryOf(shape, occurrence(), pool, random);
    queries.push({ shape, text });
  }
  return queries;
}

function pickShape(r: number): QueryShape {
  let sum = 0;
  for (const [shape, share] of SHAPES) {
    sum += share;
    if (r < sum) return shape;
  }
  return SHAPES[0]![0];
}

/** The query of a shape around one word occurrence; null when the paragraph cannot give it (drawn again). */
function queryOf(
  shape: QueryShape,
  { paragraph, words, at }: { paragraph: number; words: string[]; at: number },
  pool: Pool,
  random: () => number,
): string | null {
  const word = words[at]!;
  switch (shape) {
    case 'one word':
      return word;
    case 'two words':
    case 'three words': {
      const chosen = new Map([[word.toLowerCase(), word]]);
      const wanted = shape === 'two words' ? 2 : 3;
      // Distinct words drawn uniformly among the paragraph's occurrences; give up on paragraphs too poor for it.
      for (let tries = 0; chosen.size < wanted && tries < 50; tries++) {
        const other = words[below(random, words.length)]!;
        if (!chosen.has(other.toLowerCase())) chosen.set(other.toLowerCase(), other);
      }
      return chosen.size === wanted ? [...chosen.values()].join(' ') : null;
    }
    case 'phrase': {
      // Two neighbouring words of the paragraph, at least one of them a content word.
      const tokens = tokenize(pool.paragraphs[paragraph]!, { splitHyphens: true });
      const starts = tokens.flatMap((token, i) => {
        const next = tokens[i + 1];
        const isWord = (w: string) => !/\p{N}/u.test(w);
        return next !== undefined && isWord(token) && isWord(next) && (!isStopword(token) || !isStopword(next)) ? [i] : [];
      });
      if (starts.length === 0) return null;
      const i = starts[below(random, starts.length)]!;
      return `"${tokens[i]} ${tokens[i + 1]}"`;
    }
    case 'prefix': {
      if (word.length < 6 || !/^\p{L}+$/u.test(word)) return null;
      return `${word.slice(0, 5 + below(random, word.length - 5))}*`;
    }
  }
}
