import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { clientAddress } from './client-address.ts';
import type { NewsroomEnv } from './newsroom-env.ts';

async function addressOf(headers: Record<string, string>, remoteAddress: string | undefined, trustProxy: boolean) {
  const app = new Hono<NewsroomEnv>();
  app.get('/', (c) => c.text(clientAddress(c, trustProxy)));
  const env = remoteAddress === undefined ? undefined : { incoming: { socket: { remoteAddress } }, outgoing: undefined };
  const response = await app.request('/', { headers }, env as never);
  return response.text();
}

test('the socket peer, IPv4 written plainly', async () => {
  assert.equal(await addressOf({}, '::ffff:192.0.2.5', false), '192.0.2.5');
  assert.equal(await addressOf({}, '2001:DB8::1', false), '2001:db8::1');
  assert.equal(await addressOf({}, undefined, false), 'unbekannt');
});

test('X-Forwarded-For is ignored unless the proxy is trusted, and then only its last entry counts', async () => {
  const headers = { 'X-Forwarded-For': '203.0.113.9, 198.51.100.3' };
  assert.equal(await addressOf(headers, '127.0.0.1', false), '127.0.0.1');
  assert.equal(await addressOf(headers, '127.0.0.1', true), '198.51.100.3');
  assert.equal(await addressOf({}, '127.0.0.1', true), '127.0.0.1');
});
