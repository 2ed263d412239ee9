/**
 * The speed benchmark's material, all seeded: articles recombined from
 * 10kGNAD sentences (so their terms are real German terms, analysed as the
 * product analyses them), Zipf-distributed entities, about 20 sections and
 * publication times over 60 days; and read events of readers who read 1–10
 * articles each, Zipf-popular, aggregated the way the site stores them
 * (hourly reads, and co-reading pairs of each read with the five before it).
 */
import type { GnadRecord } from '../search/corpus.ts';
import type { CoReads, HourlyReads, ReadingSignals } from '../../src/recommend/reading-signals.ts';
import type { RecommendableArticle } from '../../src/recommend/recommendable-article.ts';
import { indexTerms } from '../../src/text/search-terms.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { below, seeded } from '../lib/random.ts';

export const NOW = Date.parse('2026-01-01T00:00:00Z');
const HOUR_MS = 3_600_000;
const SPAN_HOURS = 60 * 24;
const SECTIONS = 20;
const ENTITIES = 20_000;
/** How many earlier reads each read is paired with (the site's `pairsPerRead`). */
const PAIRS_PER_READ = 5;
// A news site's read counts fall off roughly as 1 / rank.
const ZIPF_EXPONENT = 1;

interface Sentence {
  text: string;
  terms: string[];
}

export interface SentencePool {
  headlines: Sentence[];
  sentences: Sentence[];
}

/** 10kGNAD sentences with their terms, analysed once. */
export function sentencePool(records: readonly GnadRecord[]): SentencePool {
  const headlines: Sentence[] = [];
  const sentences: Sentence[] = [];
  for (const record of records) {
    for (const text of splitSentences(record.text.slice(0, 3000))) {
      if (text.length < 20 || text.length > 300) continue;
      const sentence = { text, terms: indexTerms(text).stems.split(' ').filter(Boolean) };
      sentences.push(sentence);
      if (text.length <= 120) headlines.push(sentence);
    }
  }
  return { headlines, sentences };
}

/** Draws ranks 0 … n−1 with probability ∝ 1 / (rank + 1)^s. */
export function zipf(n: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) cumulative[rank] = total += 1 / (rank + 1) ** exponent;
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** A headline sentence and a lead of sentences up to about 600 characters, 2–6 entities, a section, a time in the last 60 days. */
export function syntheticArticles(pool: SentencePool, count: number, seed: number): RecommendableArticle[] {
  const random = seeded(seed);
  const entity = zipf(ENTITIES, ZIPF_EXPONENT, random);
  const section = zipf(SECTIONS, 0.7, random);
  const articles: RecommendableArticle[] = [];
  for (let i = 0; i < count; i++) {
    const headline = pool.headlines[below(random, pool.headlines.length)]!;
    const terms = [...headline.terms];
    for (let length = headline.text.length; length < 600; ) {
      const sentence = pool.sentences[below(random, pool.sentences.length)]!;
      terms.push(...sentence.terms);
      length += sentence.text.length;
    }
    const entities = new Set<string>();
    const wanted = 2 + below(random, 5);
    while (entities.size < wanted) entities.add(`entitaet-${entity()}`);
    const s = section();
    articles.push({
      id: `rec-${String(i).padStart(6, '0')}`,
      headline: headline.text,
      sectionSlug: `ressort-${s}`,
      sectionName: `Ressort ${s}`,
      publishedMs: NOW - Math.floor(random() * SPAN_HOURS * 60) * 60_000,
      entities: [...entities],
      terms,
    });
  }
  return articles;
}

export interface SyntheticReading {
  signals: ReadingSignals;
  readers: number;
  events: number;
}

/**
 * `events` reads by readers of 1–10 articles each. Which article: Zipf over
 * a seeded shuffle of the articles; when: some hours after publication
 * (exponential, mean 18 h), never after NOW.
 */
export function syntheticReading(articles: readonly RecommendableArticle[], events: number, seed: number): SyntheticReading {
  const random = seeded(seed);
  const n = articles.length;
  const byRank = shuffled(n, random);
  const popular = zipf(n, ZIPF_EXPONENT, random);
  const hourly = new Map<number, number>();
  const pairs = new Map<number, number>();
  let made = 0;
  let readers = 0;
  const read: { article: number; atMs: number }[] = [];
  while (made < events) {
    readers++;
    read.length = 0;
    const wanted = Math.min(1 + below(random, 10), events - made);
    const seen = new Set<number>();
    while (read.length < wanted) {
      const article = byRank[popular()]!;
      if (seen.has(article)) continue;
      seen.add(article);
      const delayMs = -Math.log(1 - random()) * 18 * HOUR_MS;
      read.push({ article, atMs: Math.min(NOW - 1, articles[article]!.publishedMs + delayMs) });
    }
    read.sort((a, b) => a.atMs - b.atMs);
    read.forEach(({ article, atMs }, k) => {
      const hourKey = article * 4096 + Math.floor((NOW - atMs) / HOUR_MS);
      hourly.set(hourKey, (hourly.get(hourKey) ?? 0) + 1);
      for (let e = Math.max(0, k - PAIRS_PER_READ); e < k; e++) {
        const pairKey = read[e]!.article * n + article;
        pairs.set(pairKey, (pairs.get(pairKey) ?? 0) + 1);
      }
    });
    made += read.length;
  }
  const reads: HourlyReads[] = [];
  for (const [key, count] of hourly) {
    const article = Math.floor(key / 4096);
    reads.push({ articleId: articles[article]!.id, hourMs: Math.floor(NOW / HOUR_MS) * HOUR_MS - (key % 4096) * HOUR_MS, reads: count });
  }
  const coReads: CoReads[] = [];
  for (const [key, count] of pairs) {
    coReads.push({ fromId: articles[Math.floor(key / n)]!.id, toId: articles[key % n]!.id, reads: count });
  }
  return { signals: { reads, coReads }, readers, events: made };
}

function shuffled(n: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = below(random, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
