import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCrossSite } from './same-site.ts';

const origins = ['https://zeitung.example', 'http://localhost:3000'];
const crossSite = (values: Record<string, string>, own: readonly (string | null)[] = origins) => isCrossSite((name) => values[name], own);

test('requests from our own pages pass', () => {
  assert.equal(crossSite({ 'Sec-Fetch-Site': 'same-origin', Origin: 'https://zeitung.example' }), false);
  assert.equal(crossSite({ Origin: 'http://localhost:3000' }), false);
  assert.equal(crossSite({ Referer: 'https://zeitung.example/nachrichten/ein-artikel' }), false);
  assert.equal(crossSite({}), false, 'a client that says nothing is left to the throttle');
});

test('requests that another site started are refused', () => {
  assert.equal(crossSite({ 'Sec-Fetch-Site': 'cross-site' }), true);
  assert.equal(crossSite({ 'Sec-Fetch-Site': 'same-site' }), true, 'a sibling subdomain is another site here');
  assert.equal(crossSite({ 'Sec-Fetch-Site': 'none' }), true, 'typed into the address bar: no page read anything');
  assert.equal(crossSite({ Origin: 'https://andere.example' }), true);
  assert.equal(crossSite({ Origin: 'null' }), true);
  assert.equal(crossSite({ Origin: 'https://zeitung.example.andere.example' }), true);
  assert.equal(crossSite({ Referer: 'https://andere.example/seite' }), true);
  assert.equal(crossSite({ Referer: 'kein url' }), true);
  assert.equal(crossSite({ 'Sec-Fetch-Site': 'same-origin', Origin: 'https://andere.example' }), true);
  // A request whose own address made no origin does not let `null` or an empty header through.
  assert.equal(crossSite({ Origin: 'null' }, ['https://zeitung.example', null]), true);
  assert.equal(crossSite({ Origin: '' }, ['https://zeitung.example', null]), true);
});
