import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextPollAt } from './poll-schedule.ts';

const now = new Date('2026-11-24T08:00:00Z');
const minutesAfter = (date: Date) => (date.getTime() - now.getTime()) / 60_000;

test('a healthy feed is polled after its interval', () => {
  assert.equal(minutesAfter(nextPollAt(now, 15, 0)), 15);
});

test('errors double the wait for each failure in a row, up to a day', () => {
  assert.deepEqual([1, 2, 3, 4].map((failures) => minutesAfter(nextPollAt(now, 15, failures))), [30, 60, 120, 240]);
  assert.equal(minutesAfter(nextPollAt(now, 15, 12)), 24 * 60);
  assert.equal(minutesAfter(nextPollAt(now, 15, 500)), 24 * 60, 'no overflow for long outages');
});

test('a daily feed never waits less than its interval, even when the cap is lower', () => {
  assert.equal(minutesAfter(nextPollAt(now, 24 * 60, 3)), 24 * 60);
});
