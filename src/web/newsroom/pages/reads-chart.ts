import type { ReadsPerBucket } from '../../../store/reading-repository.ts';
import { html, type Html } from '../../pages/html.ts';
import { localToIso } from '../zoned-time.ts';

/**
 * An article's reads over time as server-rendered SVG bars: per local day
 * (the site's time zone, so a day is the newsroom's day, 23 or 25 hours
 * around DST changes) and per hour. No script, no chart library: the chart
 * is a picture with a title and a description for screen readers, and the
 * same numbers follow as a table.
 */
export interface ChartBar {
  startMs: number;
  reads: number;
  /** Under the axis: `25.4.`, `18 Uhr`. */
  label: string;
  /** In the table and the tooltip: `Fr., 25. April 2025`, `Fr., 25. April, 18–19 Uhr`. */
  longLabel: string;
}

const hourMs = 3_600_000;

function cached<T>(make: (timeZone: string) => T): (timeZone: string) => T {
  const byZone = new Map<string, T>();
  return (timeZone) => {
    let value = byZone.get(timeZone);
    if (value === undefined) byZone.set(timeZone, (value = make(timeZone)));
    return value;
  };
}

const dayKeyFormat = cached((timeZone) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
const dayLongFormat = cached((timeZone) => new Intl.DateTimeFormat('de-DE', { timeZone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }));
const hourLongFormat = cached((timeZone) => new Intl.DateTimeFormat('de-DE', { timeZone, weekday: 'short', day: 'numeric', month: 'long' }));
const hourFormat = cached((timeZone) => new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }));
const numberFormat = new Intl.NumberFormat('de-DE');

/** `2025-04-25`: the local calendar day of an instant. */
function dayKey(ms: number, timeZone: string): string {
  return dayKeyFormat(timeZone).format(ms);
}

function localHour(ms: number, timeZone: string): number {
  return Number(hourFormat(timeZone).format(ms)) % 24;
}

/** The `days` local calendar days that end with today, oldest first, as `YYYY-MM-DD`. */
function lastDays(nowMs: number, timeZone: string, days: number): string[] {
  const [year, month, day] = dayKey(nowMs, timeZone).split('-').map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, i) => new Date(Date.UTC(year, month - 1, day - (days - 1 - i))).toISOString().slice(0, 10));
}

function startOfDay(key: string, timeZone: string): number {
  return Date.parse(localToIso(`${key}T00:00`, timeZone)!);
}

/** Where the hourly reads for `dailyBars` must start: midnight, site time, `days - 1` days ago. */
export function dailyWindowStart(nowMs: number, timeZone: string, days: number): number {
  return startOfDay(lastDays(nowMs, timeZone, days)[0]!, timeZone);
}

/** Reads per local day, for the `days` days ending today (today included, so far). */
export function dailyBars(buckets: readonly ReadsPerBucket[], options: { nowMs: number; timeZone: string; days: number }): ChartBar[] {
  const { timeZone } = options;
  const keys = lastDays(options.nowMs, timeZone, options.days);
  const reads = new Map(keys.map((key) => [key, 0]));
  for (const bucket of buckets) {
    // An hour belongs to the day it starts in (in zones with half-hour offsets it straddles two).
    const key = dayKey(bucket.startMs, timeZone);
    const sum = reads.get(key);
    if (sum !== undefined) reads.set(key, sum + bucket.reads);
  }
  return keys.map((key) => {
    const startMs = startOfDay(key, timeZone);
    const [, month, day] = key.split('-').map(Number);
    return { startMs, reads: reads.get(key)!, label: `${day}.${month}.`, longLabel: dayLongFormat(timeZone).format(startMs) };
  });
}

/** Reads per hour for the `hours` hours ending with the current one. */
export function hourlyBars(buckets: readonly ReadsPerBucket[], options: { nowMs: number; timeZone: string; hours: number }): ChartBar[] {
  const { timeZone } = options;
  const lastHour = Math.floor(options.nowMs / hourMs) * hourMs;
  const reads = new Map<number, number>();
  for (const bucket of buckets) {
    const start = Math.floor(bucket.startMs / hourMs) * hourMs;
    reads.set(start, (reads.get(start) ?? 0) + bucket.reads);
  }
  return Array.from({ length: options.hours }, (_, i) => {
    const startMs = lastHour - (options.hours - 1 - i) * hourMs;
    const hour = localHour(startMs, timeZone);
    return {
      startMs,
      reads: reads.get(startMs) ?? 0,
      label: `${hour} Uhr`,
      longLabel: `${hourLongFormat(timeZone).format(startMs)}, ${hour}–${localHour(startMs + hourMs, timeZone)} Uhr`,
    };
  });
}

export function sumReads(bars: readonly ChartBar[]): number {
  return bars.reduce((sum, bar) => sum + bar.reads, 0);
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** The smallest of 1, 2, 5, 10, 20, 50 … that is at least `max`: the top of the axis. */
export function axisTop(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

export interface ChartText {
  /** Unique on the page; the SVG's title and description are named after it. */
  id: string;
  title: string;
  /** Header of the table's first column (`Tag`, `Stunde`). */
  unit: string;
  /** Which bars get a label under the axis. */
  labelEvery: (bar: ChartBar, index: number, bars: readonly ChartBar[]) => boolean;
}

const width = 720;
const height = 200;
const left = 44;
const right = 16;
const top = 12;
const bottom = 28;

/** Bars as an SVG picture, described in words, with the numbers as a table under it. */
export function readsChart(bars: readonly ChartBar[], text: ChartText): Html {
  const total = sumReads(bars);
  const peak = bars.reduce<ChartBar | null>((best, bar) => (best === null || bar.reads > best.reads ? bar : best), null);
  const description =
    total === 0 || !peak
      ? `Keine Aufrufe vom ${bars[0]?.longLabel ?? ''} bis ${bars.at(-1)?.longLabel ?? ''}.`
      : `${formatCount(total)} Aufrufe vom ${bars[0]!.longLabel} bis ${bars.at(-1)!.longLabel}; die meisten, ${formatCount(peak.reads)}, am ${peak.longLabel}.`;
  const topValue = axisTop(peak?.reads ?? 0);
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(1, slot * 0.75);
  const y = (reads: number) => top + plotHeight - (reads / topValue) * plotHeight;
  const round = (n: number) => Math.round(n * 10) / 10;

  return html`<figure class="nr-chart">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${text.id}-titel ${text.id}-beschreibung" class="nr-chart-svg">
<title id="${text.id}-titel">${text.title}</title>
<desc id="${text.id}-beschreibung">${description}</desc>
${[0, topValue / 2, topValue].filter((v) => Number.isInteger(v)).map(
  (v) => html`<line class="nr-chart-grid" x1="${left}" x2="${width - right}" y1="${round(y(v))}" y2="${round(y(v))}"/><text class="nr-chart-axis" x="${left - 6}" y="${round(y(v) + 4)}" text-anchor="end">${formatCount(v)}</text>`,
)}
${bars.map((bar, i) => {
  const x = left + i * slot + (slot - barWidth) / 2;
  const label = text.labelEvery(bar, i, bars)
    ? html`<text class="nr-chart-axis" x="${round(x + barWidth / 2)}" y="${height - bottom + 16}" text-anchor="middle">${bar.label}</text>`
    : '';
  const rect = bar.reads > 0
    ? html`<rect class="nr-chart-bar" x="${round(x)}" y="${round(y(bar.reads))}" width="${round(barWidth)}" height="${round((bar.reads / topValue) * plotHeight)}"><title>${bar.longLabel}: ${formatCount(bar.reads)}</title></rect>`
    : '';
  return html`${rect}${label}`;
})}
<line class="nr-chart-baseline" x1="${left}" x2="${width - right}" y1="${top + plotHeight}" y2="${top + plotHeight}"/>
</svg>
<figcaption>${text.title}: ${formatCount(total)}</figcaption>
<details class="nr-chart-data">
<summary>Die Zahlen als Tabelle</summary>
<table class="nr-table">
<caption class="visually-hidden">${text.title}</caption>
<thead><tr><th scope="col">${text.unit}</th><th scope="col">Aufrufe</th></tr></thead>
<tbody>
${bars.map((bar) => html`<tr><td><time datetime="${new Date(bar.startMs).toISOString()}">${bar.longLabel}</time></td><td>${formatCount(bar.reads)}</td></tr>`)}
</tbody>
</table>
</details>
</figure>`;
}
