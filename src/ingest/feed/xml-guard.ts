import { DepescheError } from '../../errors.ts';

/**
 * Refuses XML that declares entities, before any parser sees it. Custom
 * entities are how „Billion Laughs“ (a few hundred bytes that expand to
 * gigabytes) and XXE (entities that read local files or internal URLs) work;
 * no real feed needs them. The parser underneath expands none either, but a
 * feed that tries is refused with its reason, not half read.
 *
 * The scan only looks at markup declarations (`<!…`), skipping CDATA sections
 * and comments, where `<!ENTITY` is harmless text, and processing
 * instructions (`<?…?>`), so that a `<!--` inside one cannot hide what follows.
 */
export function refuseEntityDeclarations(xml: string): void {
  let at = nextMarkup(xml, 0);
  while (at !== -1) {
    if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at + 2);
      if (end === -1) return;
      at = nextMarkup(xml, end + 2);
      continue;
    }
    if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at + 9);
      if (end === -1) return;
      at = nextMarkup(xml, end + 3);
      continue;
    }
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end === -1) return;
      at = nextMarkup(xml, end + 3);
      continue;
    }
    const word = /^<!([A-Za-z]+)/.exec(xml.slice(at, at + 12))?.[1]?.toUpperCase();
    if (word === 'DOCTYPE') {
      const end = doctypeEnd(xml, at);
      const declaration = xml.slice(at, end);
      if (/<!ENTITY/i.test(declaration)) throw entityError(declaration);
      at = nextMarkup(xml, end);
      continue;
    }
    if (word === 'ENTITY') throw entityError(xml.slice(at, at + 500));
    at = nextMarkup(xml, at + 2);
  }
}

/** The end of a DOCTYPE declaration: its `>`, after an internal subset in `[…]` and quoted strings. */
function doctypeEnd(xml: string, start: number): number {
  let inSubset = false;
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i];
    if (c === '"' || c === "'") {
      const close = xml.indexOf(c, i + 1);
      if (close === -1) return xml.length;
      i = close;
    } else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return xml.length;
}

function entityError(declaration: string): DepescheError {
  const external = /<!ENTITY\s+(?:%\s*)?[^\s>]+\s+(?:SYSTEM|PUBLIC)\b/i.test(declaration);
  const what = external
    ? 'verweist auf externe XML-Entitäten (<!ENTITY … SYSTEM …>), mit denen ein Feed Dateien oder interne Adressen des Servers auslesen könnte (XXE)'
    : 'deklariert eigene XML-Entitäten (<!ENTITY …>), mit denen ein kleiner Feed beim Lesen zu Gigabytes anwachsen kann („Billion Laughs“)';
  return new DepescheError('invalid_feed', `Der Feed ${what}. Solche Feeds liest Depesche nicht; echte Feeds brauchen keine eigenen Entitäten – bitte den Herausgeber fragen.`);
}

/**
 * The name of the root element (`rss`, `feed`, `rdf:RDF`, `html` …), or
 * null when there is none. Skips the declaration, processing instructions,
 * comments and the DOCTYPE.
 */
export function rootElementName(xml: string): string | null {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at === -1) return null;
    if (xml.startsWith('<?', at)) at = skipPast(xml, at, '?>');
    else if (xml.startsWith('<!--', at)) at = skipPast(xml, at, '-->');
    else if (/^<!DOCTYPE/i.test(xml.slice(at, at + 9))) at = doctypeEnd(xml, at);
    else return /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(at, at + 200))?.[1] ?? null;
    if (at === -1) return null;
  }
}

function skipPast(xml: string, from: number, end: string): number {
  const found = xml.indexOf(end, from);
  return found === -1 ? -1 : found + end.length;
}

/** The next `<!` or `<?` from the given place, or -1. */
function nextMarkup(xml: string, from: number): number {
  const declaration = xml.indexOf('<!', from);
  const instruction = xml.indexOf('<?', from);
  if (declaration === -1) return instruction;
  if (instruction === -1) return declaration;
  return Math.min(declaration, instruction);
}
