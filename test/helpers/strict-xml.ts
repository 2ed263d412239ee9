import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Parses XML as strictly as a feed reader or a crawler would: well-formed
 * (fast-xml-parser's validator), plus what that validator lets through but
 * XML 1.0 forbids — characters outside the XML character set, an `&` that
 * begins no entity, `]]>` outside CDATA, `<` in an attribute value. Elements
 * named in `repeated` are always arrays.
 */
export function parseStrictXml(xml: string, repeated: readonly string[] = []): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, `not well-formed: ${JSON.stringify(valid)}`);
  assert.match(xml, /^<\?xml version="1\.0" encoding="(?:utf|UTF)-8"\?>/, 'an XML declaration naming UTF-8');
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/, 'a character XML 1.0 forbids');
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  assert.doesNotMatch(outsideCdata, /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/, 'an & that begins no entity');
  assert.doesNotMatch(outsideCdata, /\]\]>/, ']]> outside CDATA');
  assert.doesNotMatch(outsideCdata, /="[^"]*</, '< in an attribute value');
  const names = new Set(repeated);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && names.has(name),
  }).parse(xml);
}

/** The text of an element as parsed (a string, or `#text` beside attributes). */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text']);
  return '';
}
