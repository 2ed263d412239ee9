import { createHash, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * Throttling and dedup need to tell clients apart, not to know who they
 * are: a client is keyed by a salted hash of its address, the salt made at
 * start and never written anywhere, so the keys mean nothing outside this
 * process. IPv6 clients are keyed by their /64, the block one household or
 * machine usually gets whole: else every address of it would be a fresh
 * client.
 */
export class AddressKeys {
  readonly #salt: Buffer;

  constructor(salt: Uint8Array = randomBytes(32)) {
    this.#salt = Buffer.from(salt);
  }

  keyOf(address: string): string {
    return createHash('sha256').update(this.#salt).update(clientBlock(address)).digest('base64url').slice(0, 22);
  }
}

/** The part of an address that names one client: an IPv4 address whole, an IPv6 address's first 64 bits. */
export function clientBlock(address: string): string {
  if (!isIPv6(address)) return address;
  return expandIPv6(address).slice(0, 4).join(':') + '::/64';
}

function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0] ?? address;
  const [head = '', tail] = withoutZone.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  // An embedded IPv4 tail (64:ff9b::1.2.3.4) counts as one group here, not two; that shifts only groups after the first four.
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? group.replace(/^0+(?=.)/, '') : group));
}
