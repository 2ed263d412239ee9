import ipaddr from 'ipaddr.js';
import type { FetchPolicy } from './fetch-policy.ts';

/**
 * Which addresses a fetch may connect to. Only public unicast addresses are
 * allowed by default; IPv6 forms that carry an IPv4 address inside
 * (::ffff:127.0.0.1, 64:ff9b::10.0.0.1, 2002:0a00:0001::) are judged by the
 * IPv4 address they lead to.
 */
export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'multicast'
  | 'reserved';

/** German names for the refusal message: „10.0.0.5 ist eine private Adresse“. */
const kindNames: Record<Exclude<AddressKind, 'public'>, string> = {
  loopback: 'eine Loopback-Adresse (dieser Rechner)',
  private: 'eine private Adresse (internes Netz)',
  'link-local': 'eine link-lokale Adresse (z. B. Cloud-Metadaten)',
  unspecified: 'eine unspezifizierte Adresse',
  multicast: 'eine Multicast- oder Broadcast-Adresse',
  reserved: 'eine reservierte Adresse',
};

export function classifyAddress(address: string): AddressKind {
  if (!ipaddr.isValid(address)) return 'reserved';
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv4' ? classifyIPv4(parsed as ipaddr.IPv4) : classifyIPv6(parsed as ipaddr.IPv6);
}

function classifyIPv4(address: ipaddr.IPv4): AddressKind {
  switch (address.range()) {
    case 'unicast':
      return 'public';
    case 'loopback':
      return 'loopback';
    case 'private':
    case 'carrierGradeNat':
      return 'private';
    case 'linkLocal':
      return 'link-local';
    case 'unspecified':
      return 'unspecified';
    case 'multicast':
    case 'broadcast':
      return 'multicast';
    default:
      return 'reserved';
  }
}

function classifyIPv6(address: ipaddr.IPv6): AddressKind {
  const embedded = embeddedIPv4(address);
  if (embedded) return classifyIPv4(embedded);
  // IPv4-compatible addresses (::a.b.c.d, deprecated since 2006): nothing a feed is served from.
  const range = address.range();
  if (range === 'unicast' && address.parts.slice(0, 6).every((part) => part === 0)) return 'reserved';
  switch (range) {
    case 'unicast':
      return 'public';
    case 'loopback':
      return 'loopback';
    case 'uniqueLocal':
      return 'private';
    case 'linkLocal':
      return 'link-local';
    case 'unspecified':
      return 'unspecified';
    case 'multicast':
      return 'multicast';
    default:
      // Site-local, Teredo, documentation, discard …: nothing a feed is served from.
      return 'reserved';
  }
}

/** The IPv4 address an IPv6 address stands for (mapped, translated, NAT64, 6to4), if any. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = address.range();
  const p = address.parts;
  const fromParts = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  if (range === 'ipv4Mapped' || range === 'rfc6145') return fromParts(p[6]!, p[7]!);
  if (range === 'rfc6052' && address.match(ipaddr.IPv6.parse('64:ff9b::'), 96)) return fromParts(p[6]!, p[7]!);
  if (range === '6to4') return fromParts(p[1]!, p[2]!);
  return null;
}

export function isAllowedAddress(kind: AddressKind, policy: FetchPolicy): boolean {
  if (kind === 'public') return true;
  if (kind === 'loopback') return policy.allowLoopback;
  if (kind === 'private') return policy.allowPrivateNetworks;
  return false;
}

/** Null when the policy allows connecting to the address, else the German reason. */
export function addressRefusal(address: string, policy: FetchPolicy): string | null {
  const kind = classifyAddress(address);
  if (isAllowedAddress(kind, policy)) return null;
  return `${address} ist ${kindNames[kind as Exclude<AddressKind, 'public'>]}`;
}
