import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { feedDate } from './feed-date.ts';

describe('feedDate', () => {
  const cases: [string, string | null][] = [
    ['Sat, 21 Dec 2024 19:25:31 +0100', '2024-12-21T18:25:31.000Z'],
    ['Sat, 21 Dec 2024 19:25:31 GMT', '2024-12-21T19:25:31.000Z'],
    ['21 Dec 2024 19:25 +0000', '2024-12-21T19:25:00.000Z'],
    ['Sat, 21 Dec 24 19:25:31 +0100', '2024-12-21T18:25:31.000Z'],
    ['Sa, 21 Dez 2024 19:25:31 +0100', '2024-12-21T18:25:31.000Z'],
    ['Mo, 3. März 2025 08:00:00 MEZ', '2025-03-03T07:00:00.000Z'],
    ['Sat, 21 Jun 2025 12:00:00 CEST', '2025-06-21T10:00:00.000Z'],
    ['Sat, 21 Jun 2025 12:00:00 MESZ', '2025-06-21T10:00:00.000Z'],
    ['Tue, 10 Jun 2025 09:00:00 EDT', '2025-06-10T13:00:00.000Z'],
    // Without a zone: German time, with summer time where it applies.
    ['Sat, 21 Dec 2024 19:25:31', '2024-12-21T18:25:31.000Z'],
    ['2025-07-01T12:00:00', '2025-07-01T10:00:00.000Z'],
    ['2024-12-21', '2024-12-20T23:00:00.000Z'],
    ['2024-12-21T18:25:31Z', '2024-12-21T18:25:31.000Z'],
    ['2024-12-21T19:25:31+01:00', '2024-12-21T18:25:31.000Z'],
    ['2024-12-21T19:25:31.123+0100', '2024-12-21T18:25:31.000Z'],
    ['2024-12-21 19:25:31+01', '2024-12-21T18:25:31.000Z'],
    // Not dates: null, not a guess.
    ['Ausgabe 12', null],
    ['12', null],
    ['', null],
    ['heute', null],
    ['Tue, 31 Feb 2024 10:00:00 +0000', null],
    ['Sat, 21 Foo 2024 19:25:31 +0100', null],
    ['Sat, 21 Dec 2024 19:25:31 XYZ', null],
    ['2024-13-01', null],
    ['1900-01-01', null],
  ];
  for (const [raw, expected] of cases) {
    test(`${JSON.stringify(raw)} → ${expected}`, () => assert.equal(feedDate(raw), expected));
  }

  test('absent values are null', () => {
    assert.equal(feedDate(undefined), null);
    assert.equal(feedDate(null), null);
  });
});
