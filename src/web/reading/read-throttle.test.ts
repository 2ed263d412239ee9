import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReadThrottle } from './read-throttle.ts';

test('a burst of 20, then one read per 15 seconds, with the time to wait', () => {
  const throttle = new ReadThrottle({ burst: 20, refillMs: 15_000 });
  const t0 = 1_000_000;
  for (let i = 0; i < 20; i++) assert.deepEqual(throttle.take('leser', t0), { allowed: true }, `read ${i + 1}`);
  assert.deepEqual(throttle.take('leser', t0), { allowed: false, retryAfterSeconds: 15 });
  assert.deepEqual(throttle.take('leser', t0 + 5_000), { allowed: false, retryAfterSeconds: 10 });
  assert.deepEqual(throttle.take('leser', t0 + 15_000), { allowed: true });
  assert.equal(throttle.take('leser', t0 + 15_000).allowed, false);
  // Others have their own bucket.
  assert.deepEqual(throttle.take('andere', t0 + 15_000), { allowed: true });
});

test('a flood never gets more than the bucket holds plus what trickles in', () => {
  const throttle = new ReadThrottle({ burst: 20, refillMs: 15_000 });
  let allowed = 0;
  // 1,000 requests within 59.94 seconds: the 20 of the bucket, then one every 15 seconds.
  for (let i = 0; i < 1000; i++) if (throttle.take('flut', i * 60).allowed) allowed++;
  assert.equal(allowed, 23);
});

test('idle clients are forgotten once their bucket is full again; the number of clients is bounded', () => {
  const throttle = new ReadThrottle({ burst: 2, refillMs: 1_000, maxClients: 3 });
  throttle.take('a', 0);
  throttle.take('b', 0);
  assert.equal(throttle.size, 2);
  throttle.take('c', 2_000);
  assert.equal(throttle.size, 1, 'a and b had full buckets again');
  for (const key of ['d', 'e', 'f', 'g']) throttle.take(key, 2_001);
  assert.equal(throttle.size, 3);
  // A forgotten client starts with a full bucket, as a new one would.
  assert.equal(throttle.take('a', 2_002).allowed, true);
});

test('the least recently seen client goes first when full', () => {
  const throttle = new ReadThrottle({ burst: 1, refillMs: 1_000_000, maxClients: 2 });
  assert.equal(throttle.take('a', 0).allowed, true);
  assert.equal(throttle.take('b', 1).allowed, true);
  assert.equal(throttle.take('a', 2).allowed, false, 'a is seen again, b is now the oldest');
  assert.equal(throttle.take('c', 3).allowed, true);
  assert.equal(throttle.take('a', 4).allowed, false, 'a was kept');
  assert.equal(throttle.take('b', 5).allowed, true, 'b was evicted');
});

test('a sweep forgets idle clients without waiting for the next request', () => {
  const throttle = new ReadThrottle({ burst: 2, refillMs: 1_000 });
  throttle.take('a', 0);
  throttle.take('b', 1_500);
  throttle.sweep(2_000);
  assert.equal(throttle.size, 1, 'a is full again, b not yet');
  throttle.sweep(3_500);
  assert.equal(throttle.size, 0);
});
