import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DepescheError } from '../errors.ts';
import { formatBytes, formatDuration } from './fetch-error.ts';
import { defaultFetchPolicy, fetchPolicy } from './fetch-policy.ts';

describe('fetchPolicy', () => {
  test('the defaults refuse every non-public address and bound time, size and redirects', () => {
    assert.deepEqual({ ...defaultFetchPolicy }, {
      allowLoopback: false,
      allowPrivateNetworks: false,
      timeoutMs: 15_000,
      maxBytes: 10 * 1024 * 1024,
      maxRedirects: 5,
      userAgent: 'Depesche-Agenturdesk/1.0',
    });
    assert.ok(Object.isFrozen(defaultFetchPolicy));
  });

  test('overrides replace single fields; undefined keeps the default', () => {
    const policy = fetchPolicy({ allowLoopback: true, timeoutMs: 300, maxRedirects: undefined });
    assert.equal(policy.allowLoopback, true);
    assert.equal(policy.timeoutMs, 300);
    assert.equal(policy.maxRedirects, 5);
    assert.equal(policy.maxBytes, defaultFetchPolicy.maxBytes);
    assert.equal(defaultFetchPolicy.allowLoopback, false, 'the defaults stay untouched');
  });

  test('nonsensical values are refused at once, naming the field', () => {
    const refuses = (overrides: Parameters<typeof fetchPolicy>[0], field: RegExp) =>
      assert.throws(() => fetchPolicy(overrides), (error: unknown) => error instanceof DepescheError && error.code === 'invalid_config' && field.test(error.message));
    refuses({ timeoutMs: 0 }, /timeoutMs/);
    refuses({ timeoutMs: Number.NaN }, /timeoutMs/);
    refuses({ maxBytes: -1 }, /maxBytes/);
    refuses({ maxRedirects: 1.5 }, /maxRedirects/);
    refuses({ userAgent: 'a\r\nX-Injected: 1' }, /userAgent/);
    refuses({ userAgent: ' ' }, /userAgent/);
  });

  test('maxRedirects 0 means: follow none', () => {
    assert.equal(fetchPolicy({ maxRedirects: 0 }).maxRedirects, 0);
  });
});

describe('messages', () => {
  test('durations and sizes read as a German editor writes them', () => {
    assert.equal(formatDuration(15_000), '15 s');
    assert.equal(formatDuration(1500), '1,5 s');
    assert.equal(formatDuration(300), '300 ms');
    assert.equal(formatBytes(10 * 1024 * 1024), '10 MB');
    assert.equal(formatBytes(1.5 * 1024 * 1024), '1,5 MB');
    assert.equal(formatBytes(2048), '2 KB');
    assert.equal(formatBytes(50), '50 Bytes');
  });
});
