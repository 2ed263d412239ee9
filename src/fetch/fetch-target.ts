import { addressRefusal } from './address-check.ts';
import { FetchError } from './fetch-error.ts';
import type { FetchPolicy } from './fetch-policy.ts';

/**
 * The checks a URL passes before any connection: a web address (http or
 * https), no credentials in it, and, when its host is an IP address, one the
 * policy allows. Names are checked later, on the addresses they resolve to
 * (guarded-lookup.ts). Every redirect target passes here again.
 */
export function checkFetchTarget(raw: string, policy: FetchPolicy, from: URL | null = null): URL {
  let url: URL;
  try {
    url = from === null ? new URL(raw) : new URL(raw, from);
  } catch (cause) {
    const message = from === null
      ? `„${shorten(raw)}“ ist keine vollständige Web-Adresse – bitte mit https:// angeben.`
      : `${from.host} leitet auf „${shorten(raw)}“ weiter, das ist keine gültige Adresse.`;
    throw new FetchError('url', message, { url: from?.href ?? raw, cause });
  }

  const via = from === null ? '' : `Weiterleitung von ${from.host} nach ${shorten(url.href)}: `;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('protocol', `Abgelehnt: ${via}${url.protocol} wird nicht abgerufen, nur http: und https:.`, { url: url.href });
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchError(
      'credentials',
      `Abgelehnt: ${via}die Adresse enthält Zugangsdaten (Name:Passwort@). Bitte die Adresse ohne Zugangsdaten angeben.`,
      { url: withoutCredentials(url) },
    );
  }
  const literal = ipLiteral(url.hostname);
  if (literal !== null) {
    const refusal = addressRefusal(literal, policy);
    if (refusal !== null) {
      throw new FetchError('address', `Abgelehnt: ${via}${refusal}. Feeds und Seiten werden nur von öffentlichen Adressen abgerufen.`, { url: url.href });
    }
  }
  return url;
}

/**
 * The IP address a URL host names directly, or null for a name. The URL
 * parser has already turned `0x7f.1` and `2130706433` into `127.0.0.1`.
 */
function ipLiteral(hostname: string): string | null {
  if (hostname.startsWith('[') && hostname.endsWith(']')) return hostname.slice(1, -1);
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) ? hostname : null;
}

function withoutCredentials(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
