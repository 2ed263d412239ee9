/**
 * Speed and memory at newsroom scale: build the recommender from N
 * synthetic articles and the aggregates of M read events, then time
 * `recommend()` for 1,000 readers (history of 0–20 articles, the page's
 * article, a block of 5) after a warm-up of 200 other readers.
 */
import { buildRecommender } from '../../src/recommend/recommender.ts';
import type { RecommendationRequest } from '../../src/recommend/recommendation.ts';
import { below, seeded } from '../lib/random.ts';
import { NOW, syntheticArticles, syntheticReading, zipf, type SentencePool } from './synthetic.ts';

export interface SpeedResult {
  articles: number;
  events: number;
  readers: number;
  hourlyRows: number;
  coReadPairs: number;
  buildSeconds: number;
  /** Milliseconds per `recommend()`. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** The very first request after building, before the JIT compiler has seen any. */
  firstMs: number;
  requests: number;
  blocksFull: number;
  /** Bytes the built recommender holds: V8 heap, and typed arrays outside it. */
  heapBytes: number;
  arrayBufferBytes: number;
  rssAfterBuild: number;
  gcAvailable: boolean;
}

const WARM_UP = 200;
const MEASURED = 1000;

export function runSpeed(pool: SentencePool, articleCount: number, events: number, log: (line: string) => void): SpeedResult {
  const articles = syntheticArticles(pool, articleCount, 1);
  const reading = syntheticReading(articles, events, 2);
  log(`${articles.length} articles, ${reading.events} reads by ${reading.readers} readers: ${reading.signals.reads.length} hourly rows, ${reading.signals.coReads.length} co-reading pairs`);

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const recommender = buildRecommender({ articles, signals: reading.signals, nowMs: NOW });
  const buildSeconds = (performance.now() - started) / 1000;
  gc?.();
  const after = process.memoryUsage();
  log(`built in ${buildSeconds.toFixed(1)} s`);

  const requests = (seed: number, count: number): RecommendationRequest[] => {
    const random = seeded(seed);
    const popular = zipf(articles.length, 1, random);
    return Array.from({ length: count }, (_, k) => {
      const history = Array.from({ length: below(random, 21) }, () => articles[popular()]!.id);
      const rules = k % 10 === 0
        ? { pinned: [articles[below(random, articles.length)]!.id], excluded: [articles[popular()]!.id] }
        : { pinned: [], excluded: [] };
      return { currentId: articles[popular()]!.id, history, limit: 5, nowMs: NOW, rules };
    });
  };
  const warmUp = requests(3, WARM_UP);
  const first = performance.now();
  recommender.recommend(warmUp[0]!);
  const firstMs = performance.now() - first;
  for (const request of warmUp.slice(1)) recommender.recommend(request);
  const times: number[] = [];
  let blocksFull = 0;
  for (const request of requests(4, MEASURED)) {
    const t0 = performance.now();
    const block = recommender.recommend(request);
    times.push(performance.now() - t0);
    if (block.length === request.limit) blocksFull++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return {
    articles: recommender.articleCount,
    events: reading.events,
    readers: reading.readers,
    hourlyRows: reading.signals.reads.length,
    coReadPairs: reading.signals.coReads.length,
    buildSeconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: times.at(-1)!,
    mean: times.reduce((sum, t) => sum + t, 0) / times.length,
    firstMs,
    requests: times.length,
    blocksFull,
    heapBytes: after.heapUsed - before.heapUsed,
    arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
    rssAfterBuild: after.rss,
    gcAvailable: gc !== undefined,
  };
}
