import { DepescheError } from '../errors.ts';

/**
 * What a fetch of a URL that someone else chose (a feed, a linked page) may
 * do. Depesche runs next to databases, admin panels and cloud metadata
 * services; a feed URL must never become a way to reach them.
 */
export interface FetchPolicy {
  /**
   * Private (10/8, 172.16/12, 192.168/16, fc00::/7), loopback, link-local
   * (169.254/16, fe80::/10), unspecified, CGNAT, multicast, reserved… are
   * refused unless allowed here. Tests pass { allowLoopback: true }.
   */
  allowLoopback: boolean;
  /**
   * Private networks (10/8, 172.16/12, 192.168/16, fc00::/7) and CGNAT
   * (100.64/10), e.g. for a feed on the intranet. Link-local addresses
   * (cloud metadata at 169.254.169.254), unspecified, multicast and reserved
   * addresses stay refused even then: no feed lives there.
   */
  allowPrivateNetworks: boolean;
  /** Whole request including redirects and body. */
  timeoutMs: number;
  /** Limit of the body, both as sent and after decompression. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const defaultFetchPolicy: FetchPolicy = Object.freeze({
  allowLoopback: false,
  allowPrivateNetworks: false,
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Depesche-Agenturdesk/1.0',
});

/** The default policy with some fields replaced; nonsensical values stop here, not mid-request. */
export function fetchPolicy(overrides: Partial<FetchPolicy>): FetchPolicy {
  const policy: FetchPolicy = { ...defaultFetchPolicy };
  for (const [key, value] of Object.entries(overrides) as [keyof FetchPolicy, unknown][]) {
    if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value;
  }
  requirePositiveInteger(policy.timeoutMs, 'timeoutMs');
  requirePositiveInteger(policy.maxBytes, 'maxBytes');
  if (!Number.isInteger(policy.maxRedirects) || policy.maxRedirects < 0) {
    throw new DepescheError('invalid_config', `Abruf-Regeln: maxRedirects muss eine ganze Zahl ab 0 sein, nicht ${String(policy.maxRedirects)}`);
  }
  if (typeof policy.userAgent !== 'string' || policy.userAgent.trim() === '' || /[\r\n]/.test(policy.userAgent)) {
    throw new DepescheError('invalid_config', 'Abruf-Regeln: userAgent muss ein einzeiliger, nicht leerer Text sein');
  }
  if (typeof policy.allowLoopback !== 'boolean' || typeof policy.allowPrivateNetworks !== 'boolean') {
    throw new DepescheError('invalid_config', 'Abruf-Regeln: allowLoopback und allowPrivateNetworks müssen true oder false sein');
  }
  return Object.freeze(policy);
}

function requirePositiveInteger(value: unknown, name: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new DepescheError('invalid_config', `Abruf-Regeln: ${name} muss eine ganze Zahl über 0 sein, nicht ${String(value)}`);
  }
}
