import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { axisTop, dailyBars, dailyWindowStart, hourlyBars, readsChart, sumReads, type ChartBar } from './reads-chart.ts';

const hour = 3_600_000;
const berlin = 'Europe/Berlin';

describe('reads per local day', () => {
  // 25 April 2025, 10:30 in Berlin (08:30 UTC).
  const nowMs = Date.parse('2025-04-25T08:30:00Z');

  test('the last 30 days end today; hours are summed by the day they start in, in the site\'s zone', () => {
    const buckets = [
      { startMs: Date.parse('2025-04-24T21:00:00Z'), reads: 3 }, // 23:00 on the 24th in Berlin
      { startMs: Date.parse('2025-04-24T22:00:00Z'), reads: 5 }, // 00:00 on the 25th in Berlin, still the 24th in UTC
      { startMs: Date.parse('2025-04-25T08:00:00Z'), reads: 2 },
      { startMs: Date.parse('2025-03-27T10:00:00Z'), reads: 7 }, // 30 days ago, inclusive
      { startMs: Date.parse('2025-03-25T10:00:00Z'), reads: 100 }, // before the window: left out
    ];
    const bars = dailyBars(buckets, { nowMs, timeZone: berlin, days: 30 });
    assert.equal(bars.length, 30);
    assert.equal(bars.at(-1)!.label, '25.4.');
    assert.equal(bars.at(-1)!.reads, 7);
    assert.equal(bars.at(-2)!.reads, 3);
    assert.equal(bars[0]!.label, '27.3.');
    assert.equal(bars[0]!.reads, 7);
    assert.equal(sumReads(bars), 17);
    assert.equal(bars.at(-1)!.startMs, Date.parse('2025-04-24T22:00:00Z'), 'a day starts at local midnight');
    assert.match(bars.at(-1)!.longLabel, /25\. April 2025/);
  });

  test('the window for the query starts at local midnight of the first day', () => {
    assert.equal(dailyWindowStart(nowMs, berlin, 30), Date.parse('2025-03-26T23:00:00Z'));
    assert.equal(dailyWindowStart(nowMs, 'UTC', 1), Date.parse('2025-04-25T00:00:00Z'));
  });

  test('across the change to summer time a day has 23 hours, and every one of them counts', () => {
    // 30 March 2025: clocks in Berlin go from 02:00 to 03:00.
    const start = Date.parse('2025-03-29T23:00:00Z');
    const buckets = Array.from({ length: 23 }, (_, i) => ({ startMs: start + i * hour, reads: 1 }));
    const bars = dailyBars(buckets, { nowMs: Date.parse('2025-03-31T12:00:00Z'), timeZone: berlin, days: 3 });
    assert.deepEqual(bars.map((b) => [b.label, b.reads]), [['29.3.', 0], ['30.3.', 23], ['31.3.', 0]]);
  });
});

describe('reads per hour', () => {
  test('48 hours ending with the current one, labelled in local time; empty hours are zero', () => {
    const nowMs = Date.parse('2025-04-25T08:30:00Z');
    const bars = hourlyBars(
      [
        { startMs: Date.parse('2025-04-25T08:00:00Z'), reads: 4 },
        { startMs: Date.parse('2025-04-23T09:00:00Z'), reads: 1 }, // 47 hours before the current one
        { startMs: Date.parse('2025-04-23T08:00:00Z'), reads: 9 }, // 48 hours before: outside
      ],
      { nowMs, timeZone: berlin, hours: 48 },
    );
    assert.equal(bars.length, 48);
    assert.equal(bars.at(-1)!.reads, 4);
    assert.equal(bars.at(-1)!.label, '10 Uhr');
    assert.match(bars.at(-1)!.longLabel, /25\. April, 10–11 Uhr$/);
    assert.equal(bars[0]!.reads, 1);
    assert.equal(sumReads(bars), 5);
  });
});

describe('the chart', () => {
  const bars: ChartBar[] = [
    { startMs: 0, reads: 3, label: 'eins', longLabel: 'Tag eins' },
    { startMs: 86_400_000, reads: 0, label: 'zwei', longLabel: 'Tag zwei' },
    { startMs: 172_800_000, reads: 1234, label: 'drei', longLabel: 'Tag <drei>' },
  ];
  const chart = String(readsChart(bars, { id: 'probe', title: 'Aufrufe pro Tag', unit: 'Tag', labelEvery: (_, i) => i !== 1 }));
  const { document } = parseHTML(`<!doctype html><html><body>${chart}</body></html>`);

  test('is a picture named by its title and described in words', () => {
    const svg = document.querySelector('svg')!;
    assert.equal(svg.getAttribute('role'), 'img');
    assert.equal(svg.getAttribute('aria-labelledby'), 'probe-titel probe-beschreibung');
    assert.equal(document.getElementById('probe-titel')!.textContent, 'Aufrufe pro Tag');
    assert.equal(document.getElementById('probe-beschreibung')!.textContent, '1.237 Aufrufe vom Tag eins bis Tag <drei>; die meisten, 1.234, am Tag <drei>.');
  });

  test('draws a bar for each day with reads, as high as its share of the axis', () => {
    const rects = [...document.querySelectorAll('rect.nr-chart-bar')];
    assert.equal(rects.length, 2);
    const heights = rects.map((r) => Number(r.getAttribute('height')));
    // The axis goes to 2,000: 1,234 reads fill 61.7 % of its 160 units.
    assert.ok(Math.abs(heights[1]! - 160 * 0.617) < 0.2, String(heights[1]));
    assert.ok(heights[0]! > 0 && heights[0]! < 1);
    assert.deepEqual([...document.querySelectorAll('text.nr-chart-axis')].map((t) => t.textContent), ['0', '1.000', '2.000', 'eins', 'drei']);
  });

  test('the same numbers follow as a table, and text is escaped', () => {
    const rows = [...document.querySelectorAll('details table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    assert.deepEqual(rows, [['Tag eins', '3'], ['Tag zwei', '0'], ['Tag <drei>', '1.234']]);
    assert.match(chart, /Tag &lt;drei&gt;/);
    assert.doesNotMatch(chart, /<drei>/);
  });

  test('the axis ends at a round number', () => {
    assert.deepEqual([0, 1, 3, 7, 10, 11, 40, 1234].map(axisTop), [1, 1, 5, 10, 10, 20, 50, 2000]);
  });
});
