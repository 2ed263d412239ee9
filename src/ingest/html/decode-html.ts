import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
// Node's own check, natively: only whether, not where (that is utf8-scan's).
import { isUtf8 } from 'node:buffer';

/**
 * Page bytes → text, as a browser decodes them: the WHATWG encoding sniffing
 * algorithm (byte order mark, then the charset of the Content-Type header,
 * then `<meta charset>` / `<meta http-equiv>`, then windows-1252).
 */

// The standard prescans 1024 bytes; German CMS pages often put a kilobyte of
// scripts and comments before their <meta charset>, which browsers still honour.
const prescanBytes = 8192;

/** Bytes of a page → text, with the HTML encoding sniffing algorithm (BOM, Content-Type charset, <meta charset>, default windows-1252), via the installed `encoding-sniffer`. */
export function decodeHtml(body: Uint8Array, contentType: string | null): string {
  const label = contentType === null ? undefined : charsetOf(contentType);
  const sniffer = new Sniffer({ maxBytes: prescanBytes, ...(label !== undefined ? { transportLayerEncodingLabel: label } : {}) });
  sniffer.write(body);
  let encoding = sniffer.encoding;
  // A page that declares nothing but is valid UTF-8 is UTF-8 (browsers guess
  // so too): decoding it as windows-1252 would turn every umlaut into „Ã¤“.
  if (sniffer.resultType === ResultType.DEFAULT && isUtf8(body)) encoding = 'utf-8';
  return decode(body, encoding);
}

/** The `charset` parameter of a Content-Type header, unquoted. */
export function charsetOf(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value === '' ? undefined : value;
}

function decode(bytes: Uint8Array, encoding: string): string {
  try {
    // The BOM (if any) was read by the sniffer; the decoder drops it from the text.
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // An encoding the sniffer knows but this runtime's decoder does not: the standard's fallback.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
