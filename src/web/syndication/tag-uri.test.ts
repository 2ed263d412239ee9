import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleTagUri } from './tag-uri.ts';

test('a tag: URI of host, day of publication (UTC) and article id; the port and path of the site are no part of it', () => {
  assert.equal(
    articleTagUri('https://www.depesche.de', { id: 'ref-ukraine-koalition', publishedAt: '2025-04-25T18:30:00+02:00' }),
    'tag:www.depesche.de,2025-04-25:artikel/ref-ukraine-koalition',
  );
  assert.equal(
    articleTagUri('http://127.0.0.1:8080/zeitung', { id: 'abc123', publishedAt: '2025-04-26T01:30:00+02:00' }),
    'tag:127.0.0.1,2025-04-25:artikel/abc123',
    'the day in UTC',
  );
  assert.match(articleTagUri('http://[::1]:3000', { id: 'abc123', publishedAt: '2025-04-25T12:00:00Z' }), /^tag:[a-z0-9.-]+,2025-04-25:artikel\/abc123$/);
});
