import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personalisation } from './personalisation.ts';

const headers = (values: Record<string, string>) => (name: string) => values[name];

test('on unless the browser or the reader says otherwise', () => {
  assert.deepEqual(personalisation(headers({}), undefined), { enabled: true });
  assert.deepEqual(personalisation(headers({ DNT: '0', 'Sec-GPC': '0' }), 'an'), { enabled: true });
  assert.deepEqual(personalisation(headers({ DNT: '1' }), undefined), { enabled: false, reason: 'do-not-track' });
  assert.deepEqual(personalisation(headers({ 'Sec-GPC': '1' }), undefined), { enabled: false, reason: 'global-privacy-control' });
  assert.deepEqual(personalisation(headers({}), 'aus'), { enabled: false, reason: 'opt-out' });
  assert.equal(personalisation(headers({ DNT: '1', 'Sec-GPC': '1' }), 'aus').enabled, false);
});
