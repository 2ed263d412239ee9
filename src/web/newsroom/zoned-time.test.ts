import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoToLocal, localToIso } from './zoned-time.ts';

test('wall clock time in Berlin becomes an instant with the right offset, summer and winter', () => {
  assert.equal(localToIso('2025-04-25T18:30', 'Europe/Berlin'), '2025-04-25T18:30:00+02:00');
  assert.equal(localToIso('2025-01-10T08:00', 'Europe/Berlin'), '2025-01-10T08:00:00+01:00');
  assert.equal(localToIso('2025-04-25T18:30', 'UTC'), '2025-04-25T18:30:00+00:00');
  assert.equal(Date.parse(localToIso('2025-10-26T12:00', 'Europe/Berlin')!), Date.parse('2025-10-26T11:00:00Z'));
});

test('and back', () => {
  assert.equal(isoToLocal('2025-04-25T16:30:00Z', 'Europe/Berlin'), '2025-04-25T18:30');
  assert.equal(isoToLocal(localToIso('2025-12-31T23:59', 'Europe/Berlin')!, 'Europe/Berlin'), '2025-12-31T23:59');
});

test('seconds, which browsers may send, are accepted and dropped', () => {
  assert.equal(localToIso('2025-04-25T18:30:15', 'Europe/Berlin'), '2025-04-25T18:30:00+02:00');
});

test('malformed values are refused, not guessed', () => {
  for (const bad of ['', 'morgen', '2025-13-01T10:00', '2025-04-25 18:30', '2025-04-25T24:00', '2025-04-25T18:30:0']) {
    assert.equal(localToIso(bad, 'Europe/Berlin'), null, bad);
  }
});
