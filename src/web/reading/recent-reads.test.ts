import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentReads } from './recent-reads.ts';

const minute = 60_000;

test('a read counts once within 30 minutes, from the first read', () => {
  const recent = new RecentReads({ windowMs: 30 * minute });
  assert.equal(recent.seen('k', 0), false);
  assert.equal(recent.seen('k', 1), true);
  assert.equal(recent.seen('k', 29 * minute), true);
  assert.equal(recent.seen('anderer', 29 * minute), false);
  assert.equal(recent.seen('k', 30 * minute), false, 'a new window');
  assert.equal(recent.seen('k', 45 * minute), true);
});

test('expired entries are dropped, and the size is bounded', () => {
  const recent = new RecentReads({ windowMs: 10, maxEntries: 3 });
  for (const key of ['a', 'b', 'c']) recent.seen(key, 0);
  assert.equal(recent.size, 3);
  recent.seen('d', 10);
  assert.equal(recent.size, 1, 'the three expired');
  for (const key of ['e', 'f', 'g', 'h']) recent.seen(key, 11);
  assert.equal(recent.size, 3);
  assert.equal(recent.seen('h', 12), true);
  assert.equal(recent.seen('d', 12), false, 'the oldest made room');
});

test('a sweep forgets ended windows without waiting for the next read', () => {
  const recent = new RecentReads({ windowMs: 30 * minute });
  recent.seen('a', 0);
  recent.seen('b', 10 * minute);
  recent.sweep(30 * minute);
  assert.equal(recent.size, 1);
  recent.sweep(40 * minute);
  assert.equal(recent.size, 0);
});
