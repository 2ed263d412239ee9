import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { addressRefusal } from './address-check.ts';
import { FetchError } from './fetch-error.ts';
import type { FetchPolicy } from './fetch-policy.ts';

/**
 * A DNS lookup for `http.request` that refuses forbidden addresses. The check
 * sits here, on the addresses the socket will connect to, not on an earlier
 * separate lookup: a host that answers with a public address first and
 * 127.0.0.1 a second later (DNS rebinding) is judged on the second answer.
 * A name with any forbidden address is refused as a whole.
 */
export function guardedLookup(policy: FetchPolicy, url: string): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, list) => {
      if (error) {
        callback(dnsFailure(hostname, url, error), '', 4);
        return;
      }
      if (list.length === 0) {
        callback(dnsFailure(hostname, url, new Error('no addresses')), '', 4);
        return;
      }
      for (const { address } of list) {
        const refusal = addressRefusal(address, policy);
        if (refusal !== null) {
          callback(
            new FetchError('address', `Abgelehnt: ${hostname} führt zu ${refusal}. Feeds und Seiten werden nur von öffentlichen Adressen abgerufen.`, { url }),
            '',
            4,
          );
          return;
        }
      }
      if (options.all) callback(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function dnsFailure(hostname: string, url: string, cause: NodeJS.ErrnoException): FetchError {
  const detail = cause.code === 'ENOTFOUND' ? 'gibt es nicht' : `ist gerade nicht auflösbar (${cause.code ?? cause.message})`;
  return new FetchError('dns', `Der Servername ${hostname} ${detail} – Adresse prüfen oder später erneut versuchen.`, { url, cause });
}
