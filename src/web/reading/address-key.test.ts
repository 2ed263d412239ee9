import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AddressKeys, clientBlock } from './address-key.ts';

test('IPv4 addresses are clients of their own; IPv6 clients are their /64', () => {
  assert.equal(clientBlock('192.0.2.5'), '192.0.2.5');
  assert.equal(clientBlock('2001:db8:1:2:aaaa:bbbb:cccc:dddd'), '2001:db8:1:2::/64');
  assert.equal(clientBlock('2001:0db8:0001:0002::1'), '2001:db8:1:2::/64');
  assert.equal(clientBlock('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(clientBlock('::1'), '0:0:0:0::/64');
  assert.equal(clientBlock('fe80::1%eth0'), 'fe80:0:0:0::/64');
  assert.equal(clientBlock('64:ff9b::192.0.2.5'), '64:ff9b:0:0::/64');
  assert.equal(clientBlock('unbekannt'), 'unbekannt');
});

test('keys are salted hashes: stable within a process, unrelated across salts, never the address', () => {
  const keys = new AddressKeys();
  const key = keys.keyOf('192.0.2.5');
  assert.equal(keys.keyOf('192.0.2.5'), key);
  assert.notEqual(keys.keyOf('192.0.2.6'), key);
  assert.equal(keys.keyOf('2001:db8:1:2::1'), keys.keyOf('2001:db8:1:2:ffff::9'));
  assert.notEqual(keys.keyOf('2001:db8:1:3::1'), keys.keyOf('2001:db8:1:2::1'));
  assert.notEqual(new AddressKeys().keyOf('192.0.2.5'), key);
  assert.doesNotMatch(key, /192|0\.2/);
});
