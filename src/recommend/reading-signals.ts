/**
 * The aggregates the recommender learns from: how often an article was read
 * per hour, and how often readers of one article went on to read another.
 * They hold no reader. Defined with the store that keeps them.
 */
export type { CoReads, HourlyReads, ReadingSignals } from '../store/reading-repository.ts';
