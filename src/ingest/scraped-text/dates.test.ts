import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateText, isDateLine, toIsoDateTime } from './dates.ts';
import { splitDateline } from './dateline.ts';

test('date lines: dates, times and labels only', () => {
  for (const line of ['27.11.2023 | 23:55 Uhr', '23.04.16, 20:31 23.04.16, 20:52', 'Stand: 12. März 2024, 14:30 Uhr', 'Mittwoch, 12. März 2024', '21.07 Uhr', 'vor 5 Minuten']) {
    assert.ok(isDateLine(line), line);
  }
  for (const line of ['21.07 Uhr: Die Feuerwehr ist vor Ort.', 'Mainz, Premiere im Stadttheater, 22.02.2019', 'CDU: 27,0%']) {
    assert.ok(!isDateLine(line), line);
  }
  assert.ok(isDateLine('12.03.2024 | Lesezeit 3 Min.', (part) => part.startsWith('Lesezeit')));
});

test('date text as written, timestamps only with a time of day, in Berlin time', () => {
  assert.equal(findDateText('23.04.16, 20:31 23.04.16, 20:52'), '23.04.16, 20:31');
  assert.equal(toIsoDateTime('23.04.16, 20:31'), '2016-04-23T20:31:00+02:00');
  assert.equal(toIsoDateTime('27.11.2023 | 23:55 Uhr'), '2023-11-27T23:55:00+01:00');
  assert.equal(toIsoDateTime('12. März 2024 um 14:30 Uhr'), '2024-03-12T14:30:00+01:00');
  assert.equal(toIsoDateTime('13.11.2024'), null);
  assert.equal(toIsoDateTime('31.02.2024, 10:00'), null);
});

test('datelines: place, agency and separator before the first sentence', () => {
  assert.deepEqual(splitDateline('Berlin (dpa) - Die Regierung tagt.'), { dateline: 'Berlin (dpa) -', rest: 'Die Regierung tagt.' });
  assert.deepEqual(splitDateline('Kiel | Der Streik beginnt.'), { dateline: 'Kiel |', rest: 'Der Streik beginnt.' });
  assert.deepEqual(splitDateline('Mainz. Der Schaden ist groß.'), { dateline: 'Mainz.', rest: 'Der Schaden ist groß.' });
  assert.equal(splitDateline('Die USA - ein schwieriger Partner.').dateline, null);
  assert.equal(splitDateline('Prof. Muster sagt, es sei ernst.').dateline, null);
});
