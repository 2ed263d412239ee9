import { articleFieldOrder, type Article } from '../article/article.ts';
import { validateArticle } from '../article/validate.ts';
import { DepescheError } from '../errors.ts';

/**
 * Articles in their JSON form: the format of `depesche export` (an array of
 * articles) and of the JSON API. Import also takes a single article object or
 * `{ "articles": [...] }`, the two shapes other tools tend to write.
 */

/** How many broken articles one error message lists before it only counts them. */
const maxListedProblems = 3;

export function parseArticlesJson(text: string, where: string): Article[] {
  const value = parseJson(text, where);

  if (Array.isArray(value)) return validateAll(value, where, (i) => `${where}[${i}]`);
  if (isPlainObject(value)) {
    if (!Object.hasOwn(value, 'articles')) return [validateArticle(value, where)];
    const list = value['articles'];
    if (!Array.isArray(list)) {
      throw new DepescheError('invalid_input', `${where}: "articles" muss eine Liste von Artikeln sein, gefunden: ${describeType(list)}`);
    }
    return validateAll(list, where, (i) => `${where}: articles[${i}]`);
  }
  throw new DepescheError(
    'invalid_input',
    `${where}: erwartet wird ein Artikel-Objekt, eine Liste von Artikeln oder { "articles": [...] }, gefunden: ${describeType(value)}`,
  );
}

/** The export format: an array of articles, fields in model order, 2-space indent, final newline. */
export function articlesToJson(articles: readonly Article[]): string {
  return `${JSON.stringify(articles.map(inFieldOrder), null, 2)}\n`;
}

function inFieldOrder(article: Article): Article {
  const ordered = {} as Record<string, unknown>;
  for (const key of articleFieldOrder) ordered[key] = article[key];
  return ordered as Article;
}

function validateAll(values: readonly unknown[], where: string, label: (index: number) => string): Article[] {
  if (values.length === 0) throw new DepescheError('invalid_input', `${where}: enthält keine Artikel`);

  // Every broken article at once, so a large import is fixed in one round.
  const articles: Article[] = [];
  const problems: string[] = [];
  values.forEach((value, i) => {
    try {
      articles.push(validateArticle(value, label(i)));
    } catch (error) {
      if (!(error instanceof DepescheError)) throw error;
      problems.push(error.message);
    }
  });
  if (problems.length === 1) throw new DepescheError('invalid_article', problems[0]!);
  if (problems.length > 1) {
    const listed = problems.slice(0, maxListedProblems).join(' | ');
    const more = problems.length > maxListedProblems ? ` | … und ${problems.length - maxListedProblems} weitere` : '';
    throw new DepescheError('invalid_article', `${where}: ${problems.length} von ${values.length} Artikeln sind ungültig: ${listed}${more}`);
  }

  const firstIndexById = new Map<string, number>();
  articles.forEach((article, i) => {
    const first = firstIndexById.get(article.id);
    if (first !== undefined) {
      throw new DepescheError('invalid_input', `${label(i)}: die ID "${article.id}" hat schon ${label(first)}; jede ID darf nur einmal vorkommen`);
    }
    firstIndexById.set(article.id, i);
  });
  return articles;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'eine Liste';
  switch (typeof value) {
    case 'string':
      return 'eine Zeichenkette';
    case 'number':
      return 'eine Zahl';
    case 'boolean':
      return `der Wahrheitswert ${String(value)}`;
    case 'undefined':
      return 'nichts';
    default:
      return 'ein Objekt';
  }
}

// ---------------------------------------------------------------------------
// Syntax errors: where (line, column) and why, in German

function parseJson(text: string, where: string): unknown {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') throw new DepescheError('invalid_json', `${where}: enthält kein JSON, der Text ist leer`);
  try {
    return JSON.parse(source);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const end = source.trimEnd().length;
    let position = errorPosition(source, error.message);
    let reason = reasonOf(error.message, position === null ? undefined : source[position]);
    // Errors at the very end mean the text stops early: point at its last line, not at trailing blank ones.
    if (position !== null && position >= end) {
      if (!error.message.startsWith('Unexpected end')) reason = `der Text endet mitten im JSON (${reason})`;
      position = end;
    }
    const place = position === null ? '' : ` in ${lineAndColumn(source, position)}`;
    throw new DepescheError('invalid_json', `${where}: ungültiges JSON${place}: ${reason}`, { cause: error });
  }
}

function errorPosition(source: string, message: string): number | null {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (message.startsWith('Unexpected end of JSON input')) return source.length;
  return firstBadPosition(source);
}

/**
 * V8 names no position for "Unexpected token" errors. Find it with V8's own
 * parser: a prefix that ends before the bad character fails only for running
 * out of input, a prefix that includes it fails at it. Binary search over the
 * prefix length takes about 23 parses for a 5 MB file, and only on this path.
 */
function firstBadPosition(source: string): number | null {
  const failsInside = (length: number): boolean => {
    try {
      JSON.parse(source.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const stated = /at position (\d+)/.exec(message);
      if (stated) return Number(stated[1]) < length;
      return !message.startsWith('Unexpected end of JSON input');
    }
  };
  if (!failsInside(source.length)) return null;
  let low = 1;
  let high = source.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (failsInside(middle)) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

function lineAndColumn(source: string, position: number): string {
  const before = source.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  // Columns count characters as an editor shows them, so an emoji is one column.
  const column = [...before.slice(lineStart)].length + 1;
  return `Zeile ${line}, Spalte ${column}`;
}

const reasons: readonly [RegExp, string | ((match: RegExpExecArray, found: string | undefined) => string)][] = [
  [/^Unexpected end of JSON input/, 'der Text endet mitten im JSON (fehlt eine schließende Klammer oder ein Anführungszeichen?)'],
  [/^Expected property name or '\}'/, `hier wird ein Feldname in doppelten Anführungszeichen oder '}' erwartet`],
  [/^Expected double-quoted property name/, 'hier wird ein Feldname in doppelten Anführungszeichen erwartet'],
  [/^Expected ':' after property name/, `nach dem Feldnamen fehlt der Doppelpunkt`],
  [/^Expected ',' or '\}' after property value/, `nach dem Wert fehlt ein Komma oder '}'`],
  [/^Expected ',' or '\]' after array element/, `nach dem Listeneintrag fehlt ein Komma oder ']'`],
  [
    /^Unexpected non-whitespace character after JSON/,
    (_, found) =>
      found === '{' || found === '['
        ? 'nach dem Ende des JSON-Werts folgt ein weiterer; mehrere Artikel gehören in eine Liste: [ {…}, {…} ]'
        : 'nach dem Ende des JSON-Werts folgt noch weiterer Text',
  ],
  [/^Bad control character in string literal/, 'ein Steuerzeichen (etwa Zeilenumbruch oder Tabulator) steht roh in einer Zeichenkette; schreiben Sie \\n bzw. \\t'],
  [/^Bad Unicode escape/, 'ungültige \\u-Escape-Sequenz (erwartet werden \\u und vier Hexadezimalziffern)'],
  [/^Bad escaped character/, 'ungültige Escape-Sequenz; ein Backslash selbst wird als \\\\ geschrieben'],
  [/^Unterminated string/, 'eine Zeichenkette wird nicht mit " geschlossen'],
  [/^No number after minus sign/, 'nach dem Minuszeichen fehlt die Zahl'],
  [/^Exponent part is missing a number/, 'im Exponenten der Zahl fehlen die Ziffern'],
  [/^Unterminated fractional number/, 'nach dem Dezimalpunkt fehlen die Ziffern'],
  [/^Unexpected number/, 'unerwartete Zahl (fehlt ein Komma, oder beginnt sie mit einer 0?)'],
  [/^Unexpected string/, 'unerwartete Zeichenkette (fehlt ein Komma?)'],
  [/^Unexpected token '(.+?)', /s, (match) => unexpectedCharacter(match[1]!)],
];

/** `found` is the character at the error position; it often says more than V8's message. */
function reasonOf(message: string, found: string | undefined): string {
  for (const [pattern, reason] of reasons) {
    const match = pattern.exec(message);
    if (!match) continue;
    if (typeof reason !== 'string') return reason(match, found);
    return found === undefined ? reason : `${reason}${punctuationHint(found)}`;
  }
  return `kein gültiges JSON (${message})`;
}

function unexpectedCharacter(character: string): string {
  const shown = /^\s$/u.test(character)
    ? `Leerraum (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
    : `'${character}'`;
  const hint = /^\p{L}$/u.test(character)
    ? ' – Text gehört in doppelte Anführungszeichen; undefined, NaN und Infinity gibt es in JSON nicht'
    : punctuationHint(character);
  return `unerwartetes Zeichen ${shown}${hint}`;
}

function punctuationHint(character: string): string {
  if ("'‘’‚„“”".includes(character)) return ' – JSON verlangt gerade doppelte Anführungszeichen (")';
  if (character === ']' || character === '}') return ' – steht ein Komma vor der schließenden Klammer?';
  if (character === '/' || character === '#') return ' – Kommentare sind in JSON nicht erlaubt';
  return '';
}
