import { Marked, type MarkedToken, type Token, type Tokens } from 'marked';
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import type { Block } from '../article/article.ts';
import { DepescheError } from '../errors.ts';

/**
 * The body of an article as editors write it in the newsroom: Markdown, read
 * into the model's body blocks.
 *
 * The model's blocks are plain text, so inline markup is reduced to its words:
 * `**fett**`, `*kursiv*` and `` `code` `` keep their text, a link keeps its text
 * and loses its address. Raw HTML is never kept as markup: tags are dropped,
 * their text stays, and `<script>`/`<style>` go with their content. Entities
 * (`&amp;`, `&#8222;`) are decoded. The result is plain text that every view
 * escapes, so none of this has to be an HTML sanitiser.
 *
 *   paragraph (lines joined with a space) → paragraph
 *   `#`, `##`, `###` … heading            → subheading (the headline is its own field)
 *   `> Zitat` + `> — Name, Funktion`      → quote with attribution (also `–` or `-- `)
 *   `- Punkt` / `1. Punkt`                → list; a paragraph ending in `:` right
 *                                           before it becomes the list's text
 *   `![Alt-Text](datei.jpg "Unterschrift | Foto: Name")` on its own line → image
 *   fenced or indented code               → paragraph of its text
 *   table                                 → one paragraph per row, cells joined by ` | `
 *   rules, comments, link definitions     → dropped
 *
 * `blocksToMarkdown` (article/blocks-to-markdown.ts) is the inverse.
 */

export const markdownBodyLimits = {
  maxChars: 200_000,
  maxBlocks: 500,
  /**
   * Unescaped `*` and `_` in one paragraph. marked takes time quadratic in
   * these marks per paragraph (100,000 of them: about a minute); 200 keeps the
   * worst 200,000 characters within a few times the time of plain prose, and
   * no real paragraph comes near it.
   */
  maxMarksPerParagraph: 200,
  /** Quotes and lists opened at the start of one line; thousands exhaust marked's stack, slowly. */
  maxNesting: 50,
} as const;

const imageExample = '![Alt-Text](datei.jpg "Bildunterschrift | Foto: Name")';

// Bare URLs are not turned into links: the link would be dropped again anyway,
// and marked's URL rule would swallow backslash escapes written inside them.
const reader = new Marked({ gfm: true, tokenizer: { url: () => undefined } });

export function parseMarkdownBody(markdown: string, where: string): Block[] {
  if (markdown.length > markdownBodyLimits.maxChars) {
    throw new DepescheError(
      'invalid_input',
      `${where}: Der Text ist zu lang (${formatCount(markdown.length)} Zeichen, höchstens ${formatCount(markdownBodyLimits.maxChars)}) – bitte kürzen oder auf mehrere Artikel verteilen.`,
    );
  }
  // U+2028/2029 too: marked's rules end a line at them, so they are line breaks.
  const source = markdown.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  checkCost(source, where);
  let blocks: Block[];
  try {
    blocks = new BodyReader(source, where).read();
  } catch (error) {
    // Deep nesting that checkCost lets through (list levels by indentation) may still exhaust the stack.
    if (error instanceof RangeError) throw tooDeep(where, error);
    throw error;
  }
  if (blocks.length > markdownBodyLimits.maxBlocks) {
    throw new DepescheError(
      'invalid_input',
      `${where}: Der Text hat ${formatCount(blocks.length)} Abschnitte, höchstens ${markdownBodyLimits.maxBlocks} sind möglich – bitte kürzen oder auf mehrere Artikel verteilen.`,
    );
  }
  return blocks;
}

function tooDeep(where: string, cause?: unknown): DepescheError {
  return new DepescheError('invalid_input', `${where}: Der Text ist zu tief verschachtelt (Zitate oder Listen ineinander) – bitte vereinfachen.`, { cause });
}

/**
 * Refuses what marked cannot read in reasonable time: too many emphasis marks
 * in one paragraph, list item or heading (marked reads the inline text of each
 * on its own; fenced code is not read so), and quotes or lists nested deeply
 * on one line.
 */
function checkCost(source: string, where: string): void {
  const lines = source.split('\n');
  let fence: string | null = null;
  let marks = 0;
  let start = 0;
  for (const [i, line] of lines.entries()) {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark?.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    if (line.trim() === '') {
      marks = 0;
      continue;
    }
    if (/^\s*(?:[-+*]|\d{1,9}[.)])(?:\s|$)|^ {0,3}#/.test(line)) marks = 0;
    const containers = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)?.[0] ?? '';
    const isRule = /^[ \t]*(?:[-*_][ \t]*){3,}$/.test(line);
    if (!isRule && containers.replace(/[^>\-+*.)]/g, '').length > markdownBodyLimits.maxNesting) throw tooDeep(where);
    if (marks === 0) start = i;
    for (let j = 0; j < line.length; j++) {
      const c = line.charAt(j);
      if (c === '\\') j++;
      else if (c === '*' || c === '_') marks++;
    }
    if (marks > markdownBodyLimits.maxMarksPerParagraph) {
      throw new DepescheError(
        'invalid_input',
        `${where}: Absatz ab Zeile ${start + 1}: mehr als ${markdownBodyLimits.maxMarksPerParagraph} Sternchen (*) und Unterstriche (_) – schreiben Sie \\* und \\_, wo die Zeichen selbst gemeint sind.`,
      );
    }
  }
}

class BodyReader {
  readonly #source: string;
  readonly #where: string;
  readonly #blocks: Block[] = [];
  /** Where the token being read starts in the source, for line numbers in errors. */
  #offset = 0;
  /** The paragraph block the previous token ended with: a list right after it may take it as its text. */
  #intro: Block | undefined;

  constructor(source: string, where: string) {
    this.#source = source;
    this.#where = where;
  }

  read(): Block[] {
    let cursor = 0;
    for (const token of reader.lexer(this.#source) as MarkedToken[]) {
      const at = this.#source.indexOf(token.raw, cursor);
      this.#offset = at === -1 ? cursor : at;
      cursor = this.#offset + token.raw.length;
      if (token.type === 'space') continue;
      const count = this.#blocks.length;
      this.#readBlock(token);
      const last = this.#blocks.at(-1);
      this.#intro = token.type === 'paragraph' && this.#blocks.length > count && last?.type === 'paragraph' ? last : undefined;
    }
    return this.#blocks;
  }

  #readBlock(token: MarkedToken): void {
    switch (token.type) {
      case 'paragraph':
        return this.#readParagraph(token);
      case 'heading':
        return this.#push({ type: 'subheading', text: oneLine(this.#inline(token.tokens)) });
      case 'blockquote':
        return this.#readQuote(token);
      case 'list':
        return this.#readList(token);
      case 'code':
        return this.#push({ type: 'paragraph', text: oneLine(token.text) });
      case 'text':
        return this.#push({ type: 'paragraph', text: oneLine(this.#blockText(token)) });
      case 'html':
        return this.#push({ type: 'paragraph', text: oneLine(htmlToText(token.text)) });
      case 'table':
        for (const row of [token.header, ...token.rows]) {
          const cells = row.map((cell) => oneLine(this.#inline(cell.tokens))).filter((cell) => cell !== '');
          this.#push({ type: 'paragraph', text: cells.join(' | ') });
        }
        return;
      default:
        // hr, def (link definitions) and anything unknown carry no body text.
        return;
    }
  }

  /** A paragraph, split where a line holds nothing but an image. */
  #readParagraph(token: Tokens.Paragraph): void {
    const context: InlineContext = { skipUntilTag: null };
    let text: string[] = [];
    const flushText = () => {
      this.#push({ type: 'paragraph', text: oneLine(text.join('\n')) });
      text = [];
    };
    for (const line of splitLines(token.tokens)) {
      const image = soleImage(line);
      if (image) {
        flushText();
        this.#push(this.#imageBlock(image));
      } else {
        text.push(this.#inline(line, context));
      }
    }
    flushText();
  }

  #readQuote(token: Tokens.Blockquote): void {
    const parts = token.tokens.map((inner) => this.#blockText(inner)).filter((part) => part.trim() !== '');
    const lines = parts.join('\n').split('\n').filter((line) => line.trim() !== '');
    const last = lines.at(-1);
    const attribution = lines.length > 1 && last !== undefined ? attributionPattern.exec(last.trim())?.[1] : undefined;
    const text = oneLine((attribution === undefined ? lines : lines.slice(0, -1)).join('\n'));
    if (text === '') return;
    this.#push(attribution === undefined ? { type: 'quote', text } : { type: 'quote', text, attribution: oneLine(attribution) });
  }

  #readList(token: Tokens.List): void {
    const items = token.items.map((item) => this.#itemText(item)).filter((item) => item !== '');
    if (items.length === 0) return;
    // A paragraph ending in a colon, right before the list, introduces it.
    const intro = this.#intro;
    let text = '';
    if (intro?.type === 'paragraph' && intro === this.#blocks.at(-1) && intro.text.endsWith(':')) {
      this.#blocks.pop();
      text = intro.text;
    }
    this.#push(token.ordered ? { type: 'list', text, items, ordered: true } : { type: 'list', text, items });
  }

  /** An item's own text; nested lists are appended: `Obst: Äpfel; Birnen`. */
  #itemText(item: Tokens.ListItem): string {
    const own: string[] = [];
    const nested: string[] = [];
    for (const inner of item.tokens as MarkedToken[]) {
      if (inner.type === 'list') nested.push(...inner.items.map((child) => this.#itemText(child)).filter((child) => child !== ''));
      else own.push(oneLine(this.#blockText(inner)));
    }
    const text = own.filter((part) => part !== '').join(' ');
    if (nested.length === 0) return text;
    if (text === '') return nested.join('; ');
    return `${text}${text.endsWith(':') ? ' ' : ': '}${nested.join('; ')}`;
  }

  /** The plain text of a block inside a quote or list item, line breaks kept. */
  #blockText(token: Token): string {
    const block = token as MarkedToken;
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'text':
        return block.tokens ? this.#inline(block.tokens) : decodeHTML(block.text);
      case 'code':
        return block.text;
      case 'html':
        return htmlToText(block.text);
      case 'blockquote':
        return block.tokens.map((inner) => this.#blockText(inner)).join('\n');
      case 'list':
        return block.items.map((item) => this.#itemText(item)).join('\n');
      case 'table':
        return [block.header, ...block.rows].map((row) => row.map((cell) => this.#inline(cell.tokens)).join(' | ')).join('\n');
      default:
        return '';
    }
  }

  /** Inline tokens as plain text; soft and hard line breaks become `\n`. */
  #inline(tokens: readonly Token[], context: InlineContext = { skipUntilTag: null }): string {
    let text = '';
    for (const token of tokens as MarkedToken[]) {
      if (context.skipUntilTag !== null) {
        if (token.type === 'html' && closingTag(token.text) === context.skipUntilTag) context.skipUntilTag = null;
        continue;
      }
      switch (token.type) {
        case 'text':
          text += token.tokens ? this.#inline(token.tokens, context) : decodeHTML(token.text);
          break;
        case 'escape':
        case 'codespan':
          text += token.text;
          break;
        case 'br':
          text += '\n';
          break;
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          text += this.#inline(token.tokens, context);
          break;
        case 'html': {
          const opened = openingTag(token.text);
          if (opened !== null && droppedElements.has(opened)) context.skipUntilTag = opened;
          else if (opened === 'br') text += '\n';
          break;
        }
        case 'image':
          throw this.#imageError(token, 'ein Bild muss allein in einer eigenen Zeile stehen, nicht im Fließtext, in einer Liste oder einem Zitat');
        default:
          // checkbox of a task list item, and anything unknown: no text.
          break;
      }
    }
    return text;
  }

  #imageBlock(token: Tokens.Image): Block {
    const alt = oneLine(this.#inline(token.tokens));
    if (alt === '') throw this.#imageError(token, 'Alt-Text fehlt (beschreiben Sie kurz, was zu sehen ist)');
    const title = token.title ?? '';
    // The last `|` separates caption and credit, so a caption may contain one.
    const bar = title.lastIndexOf('|');
    const caption = bar === -1 ? '' : oneLine(decodeHTML(title.slice(0, bar)));
    const credit = bar === -1 ? '' : oneLine(decodeHTML(title.slice(bar + 1)));
    if (credit === '') throw this.#imageError(token, 'Bildnachweis fehlt');
    const src = token.href.trim();
    // Only pictures of this site: a foreign address (`https:`, `//host`) would
    // make every reader's browser ask a third party, and `javascript:` has no
    // business here. Paths on this site are fine. (Browsers read `\` as `/`.)
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src.replaceAll('\\', '/'))) {
      throw this.#imageError(token, `„${src}“ ist kein Bild dieser Website – laden Sie es hoch und verwenden Sie seine Adresse unter /media/`);
    }
    const image = src === '' ? { alt, caption, credit } : { src, alt, caption, credit };
    return { type: 'image', text: caption, image };
  }

  #imageError(token: Tokens.Image, problem: string): DepescheError {
    const at = this.#source.indexOf(token.raw, this.#offset);
    const line = lineAt(this.#source, at === -1 ? this.#offset : at);
    return new DepescheError('invalid_input', `${this.#where}: Bild in Zeile ${line}: ${problem} – schreiben Sie ${imageExample}`);
  }

  /** Adds a block unless it came out empty (a heading of nothing but markup, say). */
  #push(block: Block): void {
    if (block.type === 'image' || block.type === 'list' || block.text !== '') this.#blocks.push(block);
  }
}

interface InlineContext {
  /** Inside `<script>` or `<style>` written inline: drop everything up to its closing tag. */
  skipUntilTag: string | null;
}

const attributionPattern = /^(?:[—–]|--(?=\s))\s*(\S.*)$/;
const droppedElements = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'textarea', 'title']);

/** Top-level inline tokens, cut into lines at soft and hard line breaks. */
function splitLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    if (token.type === 'br') {
      lines.push([]);
    } else if (token.type === 'text' && !('tokens' in token && token.tokens) && token.raw.includes('\n')) {
      const pieces = (token as Tokens.Text).text.split('\n');
      pieces.forEach((piece, i) => {
        if (i > 0) lines.push([]);
        if (piece !== '') lines.at(-1)!.push({ type: 'text', raw: piece, text: piece } satisfies Tokens.Text);
      });
    } else {
      lines.at(-1)!.push(token);
    }
  }
  return lines;
}

/** The image, if a line holds one image and nothing else but spaces. */
function soleImage(line: readonly Token[]): Tokens.Image | undefined {
  const visible = line.filter((token) => !(token.type === 'text' && token.raw.trim() === ''));
  const only = visible.length === 1 ? (visible[0] as MarkedToken) : undefined;
  return only?.type === 'image' ? only : undefined;
}

/** Lines joined with a space, as a soft line break reads; outer whitespace trimmed like the model does. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n\u2028\u2029][ \t\r\n\u2028\u2029]*/g, ' ').trim();
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function formatCount(n: number): string {
  return n.toLocaleString('de-DE');
}

function openingTag(html: string): string | null {
  return /^<([A-Za-z][A-Za-z0-9-]*)/.exec(html)?.[1]?.toLowerCase() ?? null;
}

function closingTag(html: string): string | null {
  return /^<\/([A-Za-z][A-Za-z0-9-]*)/.exec(html)?.[1]?.toLowerCase() ?? null;
}

const blockElements = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'section', 'article']);

/**
 * The text content of an HTML block, read by htmlparser2 (which also decodes
 * entities): script-like elements are dropped with their content, block
 * elements end a line, every tag is removed.
 */
function htmlToText(html: string): string {
  let text = '';
  let dropping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (droppedElements.has(name)) dropping++;
        else if (blockElements.has(name)) text += '\n';
      },
      onclosetag(name) {
        if (droppedElements.has(name)) dropping = Math.max(0, dropping - 1);
        else if (blockElements.has(name)) text += '\n';
      },
      ontext(part) {
        if (dropping === 0) text += part;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text;
}
