import { DepescheError } from '../../errors.ts';
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8Byte, lineOfByte } from '../../text/utf8-scan.ts';
import { charsetOf } from '../html/decode-html.ts';

/**
 * Feed bytes → text. The encoding comes from, in this order: a byte order
 * mark, the XML declaration (`<?xml … encoding="ISO-8859-1"?>`), the charset
 * of the Content-Type, else UTF-8. JSON Feeds are UTF-8. Decoding is strict:
 * a feed whose bytes do not fit its stated encoding is refused with the place
 * of the first bad byte, instead of turning umlauts into „�“ in every draft.
 */

export type FeedSyntax = 'xml' | 'json';

export interface DecodedFeed {
  text: string;
  syntax: FeedSyntax | null;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252` …). */
  encoding: string;
  /** Set when the stated encoding was overruled by the bytes. */
  note?: string;
}

type Origin = 'bom' | 'declaration' | 'content-type' | 'default' | 'json';

const originText: Record<Origin, string> = {
  bom: 'laut Byte-Order-Mark',
  declaration: 'in der XML-Deklaration',
  'content-type': 'im Content-Type des Servers',
  default: '',
  json: '',
};

export function decodeFeed(body: Uint8Array, contentType: string | null): DecodedFeed {
  const { label, origin } = chooseEncoding(body, contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new DepescheError(
      'invalid_feed',
      `Der Feed nennt ${originText[origin]} die Kodierung „${label}“, die Depesche nicht kennt. ` +
        'Üblich sind UTF-8, ISO-8859-1, ISO-8859-15 oder Windows-1252 – bitte den Herausgeber bitten, die Kodierung richtig anzugeben.',
    );
  }

  // UTF-8 bytes stated as an 8-bit encoding would decode without error into „FÃ¼r“;
  // valid multi-byte UTF-8 is never meant as Latin-1, whose umlauts are lone high bytes.
  if (decoder.encoding !== 'utf-8' && !decoder.encoding.startsWith('utf-16') && isMultiByteUtf8(body)) {
    const text = new TextDecoder('utf-8').decode(body);
    return {
      text,
      syntax: syntaxOf(text),
      encoding: 'utf-8',
      note: `Der Feed nennt ${originText[origin]} die Kodierung „${label}“, ist aber UTF-8 kodiert; gelesen als UTF-8. Bitte den Herausgeber bitten, die Kodierung richtig anzugeben.`,
    };
  }

  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw new DepescheError('invalid_feed', invalidBytesMessage(body, decoder.encoding, label, origin));
  }
  return { text, syntax: syntaxOf(text), encoding: decoder.encoding };
}

function chooseEncoding(body: Uint8Array, contentType: string | null): { label: string; origin: Origin } {
  const [b0, b1, b2] = [body[0], body[1], body[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { label: 'utf-8', origin: 'bom' };
  if (b0 === 0xfe && b1 === 0xff) return { label: 'utf-16be', origin: 'bom' };
  if (b0 === 0xff && b1 === 0xfe) return { label: 'utf-16le', origin: 'bom' };
  // `<?` in UTF-16 without a mark (XML 1.0, appendix F).
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f) return { label: 'utf-16le', origin: 'bom' };
  if (b0 === 0x00 && b1 === 0x3c && body[3] === 0x3f) return { label: 'utf-16be', origin: 'bom' };

  // The declaration is ASCII in every encoding that can reach this point.
  const head = Buffer.from(body.subarray(0, 512)).toString('latin1');
  if (/^\s*[{[]/.test(head)) return { label: 'utf-8', origin: 'json' };
  const declared = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/i.exec(head)?.[1];
  // A declared UTF-16 without UTF-16 bytes is a copy-paste error of the publisher; the bytes are 8-bit.
  if (declared && !/^utf-?16/i.test(declared)) return { label: declared.toLowerCase(), origin: 'declaration' };

  const charset = contentType === null ? undefined : charsetOf(contentType);
  if (charset) return { label: charset.toLowerCase(), origin: 'content-type' };
  return { label: 'utf-8', origin: 'default' };
}

function invalidBytesMessage(body: Uint8Array, encoding: string, label: string, origin: Origin): string {
  if (encoding !== 'utf-8') {
    return `Der Feed enthält Bytes, die in der Kodierung „${label}“ ${originText[origin]} nicht vorkommen dürfen – bitte den Herausgeber bitten, die Kodierung richtig anzugeben.`;
  }
  const offset = firstInvalidUtf8Byte(body);
  const where = offset < 0 ? '' : ` (erste bei Byte ${offset}, Zeile ${lineOfByte(body, offset)})`;
  const claim =
    origin === 'default'
      ? 'Der Feed nennt keine Kodierung, also gilt UTF-8; er enthält aber ungültige Bytes'
      : origin === 'json'
        ? 'Ein JSON-Feed ist immer UTF-8 kodiert; dieser enthält aber ungültige Bytes'
        : `Der Feed erklärt ${originText[origin]} die Kodierung UTF-8, enthält aber ungültige Bytes`;
  return `${claim}${where}. Vermutlich ist er in ISO-8859-1 oder Windows-1252 geschrieben – bitte den Herausgeber bitten, die Kodierung richtig anzugeben.`;
}

/** Valid UTF-8 with at least one multi-byte sequence. */
function isMultiByteUtf8(body: Uint8Array): boolean {
  if (!body.some((byte) => byte >= 0x80)) return false;
  return isUtf8(body);
}

function syntaxOf(text: string): FeedSyntax | null {
  const first = /\S/.exec(text)?.[0];
  if (first === '<') return 'xml';
  if (first === '{') return 'json';
  return null;
}
