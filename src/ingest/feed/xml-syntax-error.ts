import { XMLValidator } from 'fast-xml-parser';
import { DepescheError } from '../../errors.ts';

/**
 * The error for a feed the parser could not read, naming line and column.
 * Feeds are parsed leniently first (real feeds are often sloppy and still
 * readable); only when that fails does the strict validator run, to say where.
 */
export function xmlSyntaxError(xml: string, cause: unknown): DepescheError {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (result === true) {
    const detail = cause instanceof Error && cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    return new DepescheError('invalid_feed', `Der Feed ist kein lesbares XML${detail}.`, { cause });
  }
  const { line, col, msg } = result.err;
  const open = unclosedAtEnd(msg);
  if (open) {
    // The validator reports this at line 1, column 1; the place is the end of the text.
    return new DepescheError(
      'invalid_feed',
      `Der Feed endet mitten in <${open.at(-1)}> (in ${open.map((tag) => `<${tag}>`).join('')}) – er ist wohl abgeschnitten, z. B. weil die Verbindung abbrach oder der Server beim Schreiben scheiterte. Der nächste Abruf versucht es wieder.`,
      { cause },
    );
  }
  return new DepescheError(
    'invalid_feed',
    `Der Feed ist kein gültiges XML: Zeile ${line}, Spalte ${col}: ${germanReason(msg)}. Bitte den Herausgeber bitten, den Feed zu reparieren.`,
    { cause },
  );
}

const reasons: [RegExp, (...groups: string[]) => string][] = [
  [/^Expected closing tag '([^']*)' \(opened in line (\d+), col (\d+)\) instead of closing tag '([^']*)'/, (open, line, col, found) =>
    `erwartet wurde </${open}> (geöffnet in Zeile ${line}, Spalte ${col}), gefunden </${found}>`],
  [/^Closing tag '([^']*)' has not been opened/, (tag) => `</${tag}> schließt ein Element, das nie geöffnet wurde`],
  [/^Unclosed tag '([^']*)'/, (tag) => `<${tag}> wird nie geschlossen (ist der Feed abgeschnitten?)`],
  [/^char '&' is not expected/, () => 'ein einzelnes „&“ (in XML muss es &amp; heißen)'],
  [/^Invalid space after '<'/, () => 'ein einzelnes „<“ (in XML muss es &lt; heißen)'],
  [/^char '(.)' is not expected/, (char) => `unerwartetes Zeichen „${char}“`],
  [/^Multiple possible root nodes found/, () => 'mehr als ein Wurzelelement'],
  [/^Extra text at the end/, () => 'Text nach dem Ende des Dokuments'],
  [/^Start tag expected/, () => 'kein Element gefunden'],
  [/^Attributes for '([^']*)' have open quote/, (tag) => `ein Attribut von <${tag}> hat kein schließendes Anführungszeichen`],
  [/^Attribute '([^']*)' is repeated/, (name) => `das Attribut ${name} steht doppelt`],
  [/^Attribute '([^']*)' is without value/, (name) => `das Attribut ${name} hat keinen Wert`],
  [/^Closing tag '([^']*)' doesn't have proper closing/, (tag) => `</${tag}> ist nicht richtig geschlossen (fehlt das „>“?)`],
  [/^Maximum nested tags exceeded/, () => 'die Elemente sind zu tief verschachtelt'],
];

/** The elements still open when the text ended (`Invalid '[ "rss", "channel"]' found.`), outermost first. */
function unclosedAtEnd(message: string): string[] | null {
  const list = /^Invalid '\[(.*)\]' found/s.exec(message)?.[1];
  if (list === undefined) return null;
  const tags = [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
  return tags.length > 0 ? tags : null;
}

function germanReason(message: string): string {
  for (const [pattern, say] of reasons) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return `„${message}“`;
}
