/**
 * MIND impressions as the recommender would see them.
 *
 * A split at a day: the model learns only from impressions before it
 * (clicks as hourly reads at the impression's time; co-reading pairs from
 * each user's history, oldest first, then their clicks in time order, each
 * read paired with the five before it as the site pairs them,
 * src/web/reading/read-counter.ts), and each impression of the day is
 * ranked with `recommender.score`: the page's article is the last history
 * item, the history is the impression's (what the reader's cookie holds).
 * Nothing of the day's clicks reaches the model.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CoReads, HourlyReads, ReadingSignals } from '../../src/recommend/reading-signals.ts';
import type { RecommendableArticle } from '../../src/recommend/recommendable-article.ts';
import { indexTerms } from '../../src/text/search-terms.ts';

export interface Impression {
  userId: string;
  timeMs: number;
  /** `YYYY-MM-DD` (MIND times are read as UTC). */
  day: string;
  history: string[];
  candidates: string[];
  labels: number[];
}

export interface NewsRow {
  id: string;
  category: string;
  subcategory: string;
  title: string;
  abstract: string;
  entities: string[];
}

export interface MindData {
  impressions: Impression[];
  news: Map<string, NewsRow>;
}

/** How many earlier reads each read is paired with (the site's `pairsPerRead`). */
const PAIRS_PER_READ = 5;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function readMind(dataDir: string): MindData {
  const dir = resolve(dataDir, 'mind-small-sample');
  for (const file of ['behaviors.tsv', 'news.tsv']) {
    if (!existsSync(resolve(dir, file))) throw new Error(`${resolve(dir, file)} not found; pass the shared data folder with --data DIR`);
  }
  const impressions = lines(resolve(dir, 'behaviors.tsv')).map((line) => {
    const [, userId, time, history, shown] = line.split('\t');
    const timeMs = parseMindTime(time!);
    const pairs = shown!.split(' ').filter(Boolean).map((item) => item.split('-'));
    return {
      userId: userId!,
      timeMs,
      day: new Date(timeMs).toISOString().slice(0, 10),
      history: history!.split(' ').filter(Boolean),
      candidates: pairs.map(([id]) => id!),
      labels: pairs.map(([, label]) => Number(label)),
    };
  });
  const news = new Map<string, NewsRow>();
  for (const line of lines(resolve(dir, 'news.tsv'))) {
    const [id, category, subcategory, title, abstract, , titleEntities, abstractEntities] = line.split('\t');
    const entities = [...wikidataIds(titleEntities), ...wikidataIds(abstractEntities)];
    news.set(id!, { id: id!, category: category!, subcategory: subcategory!, title: title ?? '', abstract: abstract ?? '', entities: [...new Set(entities)] });
  }
  return { impressions, news };
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

/** `11/13/2019 5:53:12 AM` → milliseconds, read as UTC. */
export function parseMindTime(text: string): number {
  const match = /^(\d+)\/(\d+)\/(\d+) (\d+):(\d+):(\d+) (AM|PM)$/u.exec(text.trim());
  if (!match) throw new Error(`MIND time not understood: ${text}`);
  const [, month, day, year, hour, minute, second, half] = match;
  const h = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  return Date.UTC(Number(year), Number(month) - 1, Number(day), h, Number(minute), Number(second));
}

function wikidataIds(json: string | undefined): string[] {
  if (!json || json === '[]') return [];
  try {
    return (JSON.parse(json) as { WikidataId?: string }[]).map((entity) => entity.WikidataId ?? '').filter((id) => id !== '');
  } catch {
    return [];
  }
}

export function days(data: MindData): string[] {
  return [...new Set(data.impressions.map((impression) => impression.day))].sort();
}

export interface MindSplit {
  testDay: string;
  trainDays: string[];
  train: Impression[];
  test: Impression[];
  /** The end of the training days: when the model is built. */
  buildMs: number;
}

export function splitAt(data: MindData, testDay: string): MindSplit {
  const train = data.impressions.filter((impression) => impression.day < testDay);
  return {
    testDay,
    trainDays: [...new Set(train.map((impression) => impression.day))].sort(),
    train,
    test: data.impressions.filter((impression) => impression.day === testDay),
    buildMs: Date.parse(`${testDay}T00:00:00Z`),
  };
}

/** How an article never shown in a training impression gets its publication time. */
export type UnseenPublication = 'old' | 'end-of-training' | 'first-display';

/**
 * The catalogue: every news id of the data (histories and candidates of
 * all days: the site knows its articles, not who clicked them). Section,
 * terms and entities come from news.tsv where it has the row (a few per cent
 * of ids; the report counts them); the publication time is the first time a training impression showed
 * the article. An article no training impression showed is `old` (the
 * protocol: its time is unknown), or in the sensitivity run counted as
 * published when the training days ended.
 */
export function mindArticles(data: MindData, split: MindSplit, unseen: UnseenPublication): RecommendableArticle[] {
  const firstSeen = new Map<string, number>();
  // 'first-display': the first impression of ANY day that showed the article.
  // No label is read, and it leaks nothing: an article scored in an
  // impression at time t was shown at t, so its first display is at or
  // before t and known to the site then (a site knows its articles' real
  // publication times, which come earlier still).
  for (const impression of unseen === 'first-display' ? data.impressions : split.train) {
    for (const id of impression.candidates) {
      if (impression.timeMs < (firstSeen.get(id) ?? Number.POSITIVE_INFINITY)) firstSeen.set(id, impression.timeMs);
    }
  }
  const trainStart = Math.min(...split.train.map((impression) => impression.timeMs));
  const unknownMs = unseen === 'old' ? trainStart - 30 * DAY_MS : split.buildMs;
  const ids = new Set<string>();
  for (const impression of data.impressions) {
    for (const id of impression.history) ids.add(id);
    for (const id of impression.candidates) ids.add(id);
  }
  return [...ids].sort().map((id) => {
    const row = data.news.get(id);
    return {
      id,
      headline: row?.title ?? id,
      sectionSlug: row?.subcategory ?? '',
      sectionName: row ? `${row.category} / ${row.subcategory}` : '',
      publishedMs: firstSeen.get(id) ?? unknownMs,
      entities: row?.entities ?? [],
      terms: row ? indexTerms(`${row.title} ${row.abstract}`).stems.split(' ').filter(Boolean) : [],
    };
  });
}

export function mindSignals(split: MindSplit): ReadingSignals {
  const reads = new Map<string, HourlyReads>();
  for (const impression of split.train) {
    const hourMs = Math.floor(impression.timeMs / HOUR_MS) * HOUR_MS;
    impression.candidates.forEach((id, k) => {
      if (impression.labels[k] !== 1) return;
      const key = `${id} ${hourMs}`;
      const entry = reads.get(key) ?? { articleId: id, hourMs, reads: 0 };
      entry.reads++;
      reads.set(key, entry);
    });
  }
  // A user's history is the same in each of their impressions; their clicks follow it.
  const sequences = new Map<string, { history: string[]; clicks: { timeMs: number; id: string }[] }>();
  for (const impression of [...split.train].sort((a, b) => a.timeMs - b.timeMs)) {
    let sequence = sequences.get(impression.userId);
    if (!sequence) {
      sequence = { history: impression.history, clicks: [] };
      sequences.set(impression.userId, sequence);
    }
    impression.candidates.forEach((id, k) => {
      if (impression.labels[k] === 1) sequence.clicks.push({ timeMs: impression.timeMs, id });
    });
  }
  const pairs = new Map<string, CoReads>();
  for (const { history, clicks } of sequences.values()) {
    const read: string[] = [];
    for (const id of [...history, ...clicks.map((click) => click.id)]) {
      if (read.includes(id)) continue;
      for (const earlier of read.slice(-PAIRS_PER_READ)) {
        const key = `${earlier} ${id}`;
        const entry = pairs.get(key) ?? { fromId: earlier, toId: id, reads: 0 };
        entry.reads++;
        pairs.set(key, entry);
      }
      read.push(id);
    }
  }
  return { reads: [...reads.values()], coReads: [...pairs.values()] };
}

/** The popularity baseline: training clicks per article. */
export function trainingClicks(split: MindSplit): Map<string, number> {
  const clicks = new Map<string, number>();
  for (const impression of split.train) {
    impression.candidates.forEach((id, k) => {
      if (impression.labels[k] === 1) clicks.set(id, (clicks.get(id) ?? 0) + 1);
    });
  }
  return clicks;
}
