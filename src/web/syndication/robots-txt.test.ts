import assert from 'node:assert/strict';
import { test } from 'node:test';
import { robotsTxt } from './robots-txt.ts';

test('robots.txt: every crawler, the newsroom, the reading beacon and search closed, the sitemap by its absolute URL', () => {
  const lines = robotsTxt('https://www.depesche.de').split('\n');
  assert.equal(lines[0], 'User-agent: *');
  for (const rule of ['Allow: /', 'Disallow: /redaktion/', 'Disallow: /redaktion$', 'Disallow: /lesen', 'Disallow: /suche', 'Disallow: /api/v1/search']) {
    assert.ok(lines.includes(rule), rule);
  }
  assert.ok(lines.includes('Sitemap: https://www.depesche.de/sitemap.xml'));
  assert.ok(!lines.some((line) => /^Disallow: \/$/.test(line)), 'the site itself stays open');
});
