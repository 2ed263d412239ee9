import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressRefusal, classifyAddress, type AddressKind } from './address-check.ts';
import { fetchPolicy } from './fetch-policy.ts';

describe('classifyAddress', () => {
  const cases: [string, AddressKind][] = [
    ['8.8.8.8', 'public'],
    ['193.99.144.80', 'public'],
    ['2a00:1450:4001:80b::2003', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'multicast'],
    ['ff02::1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['fec0::1', 'reserved'],
    // IPv6 forms that lead to an IPv4 address are judged by that address.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['2002:7f00:1::1', 'loopback'],
    ['2002:0a00:0001::1', 'private'],
    // IPv4-compatible (deprecated): no feed lives there. (The parser reads the dotted form as mapped.)
    ['::127.0.0.1', 'loopback'],
    ['::7f00:1', 'reserved'],
    ['::a9fe:a9fe', 'reserved'],
    ['not an address', 'reserved'],
  ];
  for (const [address, kind] of cases) {
    test(`${address} is ${kind}`, () => assert.equal(classifyAddress(address), kind));
  }
});

describe('addressRefusal', () => {
  test('allows public addresses under the default policy and names every refusal in German', () => {
    const policy = fetchPolicy({});
    assert.equal(addressRefusal('8.8.8.8', policy), null);
    assert.equal(addressRefusal('10.0.0.5', policy), '10.0.0.5 ist eine private Adresse (internes Netz)');
    assert.equal(addressRefusal('127.0.0.1', policy), '127.0.0.1 ist eine Loopback-Adresse (dieser Rechner)');
    assert.match(addressRefusal('169.254.169.254', policy) ?? '', /link-lokale Adresse/);
  });

  test('allowLoopback opens loopback only', () => {
    const policy = fetchPolicy({ allowLoopback: true });
    assert.equal(addressRefusal('127.0.0.1', policy), null);
    assert.equal(addressRefusal('::1', policy), null);
    assert.notEqual(addressRefusal('10.0.0.5', policy), null);
    assert.notEqual(addressRefusal('169.254.169.254', policy), null);
  });

  test('allowPrivateNetworks opens private networks and CGNAT, not link-local, loopback or unspecified', () => {
    const policy = fetchPolicy({ allowPrivateNetworks: true });
    assert.equal(addressRefusal('10.0.0.5', policy), null);
    assert.equal(addressRefusal('100.64.1.1', policy), null);
    assert.equal(addressRefusal('fd00::5', policy), null);
    assert.notEqual(addressRefusal('127.0.0.1', policy), null);
    assert.notEqual(addressRefusal('169.254.169.254', policy), null);
    assert.notEqual(addressRefusal('0.0.0.0', policy), null);
  });
});
