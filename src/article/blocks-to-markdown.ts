import type { Block, Image } from './article.ts';

/**
 * An article's body as the Markdown editors write in the newsroom, so it can
 * be loaded into the editor; `parseMarkdownBody` (ingest/markdown-body.ts)
 * reads it back. For every body that parser produces,
 * `parseMarkdownBody(blocksToMarkdown(body))` equals `body`.
 *
 * Characters that Markdown would read as markup are escaped with a backslash,
 * but only where they would be read so: `Bürger*innen` stays as written, two
 * stars in one paragraph become `\*`; `1. FC` at the start of a line becomes
 * `1\. FC`. Editors see the text they wrote, not a wall of backslashes.
 *
 * Bodies that did not come from the parser are written as faithfully as
 * Markdown allows: a list text that does not end in a colon becomes a
 * paragraph before the list, an image block's text is taken to be its caption,
 * and an image without alt text or credit is written anyway, so that the
 * editor is asked to add them when saving.
 */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const chunks: string[] = [];
  let previous: Block | undefined;
  let listVariant = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        chunks.push(paragraphLine(block.text));
        break;
      case 'subheading':
        chunks.push(`## ${headingText(block.text)}`);
        break;
      case 'quote':
        chunks.push(quoteLines(block.text, block.attribution));
        break;
      case 'list': {
        const text = oneLine(block.text);
        if (text !== '') {
          chunks.push(paragraphLine(text));
        } else if (previous?.type === 'paragraph' && oneLine(previous.text).endsWith(':')) {
          // Else the paragraph would be read back as this list's text.
          chunks.push('<!-- -->');
        }
        // Two lists in a row would be read as one unless their markers differ.
        listVariant = text === '' && previous?.type === 'list' ? 1 - listVariant : 0;
        chunks.push(listLines(block.items, block.ordered === true, listVariant));
        break;
      }
      case 'image':
        chunks.push(imageLine(block.image));
        break;
    }
    previous = block;
  }
  return chunks.length === 0 ? '' : `${chunks.join('\n\n')}\n`;
}

function paragraphLine(text: string): string {
  const line = oneLine(text);
  return escapeLineStart(escapeInline(line, pairedMarks(line)));
}

function headingText(text: string): string {
  const line = oneLine(text);
  // A run of `#` at the end of a heading would be read as its closing sequence.
  return escapeInline(line, pairedMarks(line)).replace(/(^|\s)#(#*)$/, '$1\\#$2');
}

function quoteLines(text: string, attribution: string | undefined): string {
  const line = oneLine(text);
  const by = attribution === undefined ? '' : oneLine(attribution);
  // Text and attribution are one Markdown paragraph, so marks could pair across them.
  const marks = pairedMarks(`${line}\n${by}`);
  const quote = `> ${escapeLineStart(escapeInline(line, marks))}`;
  return by === '' ? quote : `${quote}\n> — ${escapeInline(by, marks)}`;
}

function listLines(items: readonly string[], ordered: boolean, variant: number): string {
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}${variant === 0 ? '.' : ')'}` : variant === 0 ? '-' : '*';
      const line = oneLine(item);
      return `${marker} ${escapeLineStart(escapeInline(line, pairedMarks(line)))}`;
    })
    .join('\n');
}

function imageLine(image: Image): string {
  const alt = oneLine(image.alt);
  const caption = escapeTitle(oneLine(image.caption));
  // The parser splits caption and credit at the last `|`, so one in the credit is written as an entity.
  const credit = escapeTitle(oneLine(image.credit)).replaceAll('|', '&#124;');
  const title = caption === '' ? `| ${credit}` : `${caption} | ${credit}`;
  // marked reads the alt text twice, undoing `\[` in between: brackets are written as entities,
  // and a lone backtick would end the alt text early, so backticks are always escaped.
  const marks = new Set([...pairedMarks(alt), '`']);
  return `![${escapeInline(alt, marks, { '[': '&#91;', ']': '&#93;' })}](${destination(image.src)} "${title}")`;
}

function destination(src: string | undefined): string {
  const url = oneLine(src ?? '');
  if (url === '') return '<>';
  if (/[\s<>]/.test(url)) return `<${url.replace(/[\\<>]/g, '\\$&')}>`;
  return url.replace(/[\\()]/g, '\\$&');
}

/** Inside a link title only `"` and `\` are markup; entities are decoded by the parser, so `&` before one is written `&amp;`. */
function escapeTitle(text: string): string {
  return text.replace(/[\\"]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
}

/** The emphasis, strikethrough and code marks that occur twice or more in a paragraph: only those can pair up. */
function pairedMarks(text: string): ReadonlySet<string> {
  const marks = new Set<string>();
  for (const mark of ['*', '_', '~', '`']) {
    if (text.indexOf(mark) !== text.lastIndexOf(mark)) marks.add(mark);
  }
  return marks;
}

/** Escapes what Markdown would read as inline markup anywhere in a line. */
function escapeInline(text: string, paired: ReadonlySet<string>, replacements: Readonly<Record<string, string>> = {}): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const replacement = replacements[c];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const rest = text.slice(i + 1, i + 40);
    const escape =
      c === '\\' ||
      paired.has(c) ||
      (c === '<' && /^[A-Za-z/!?]/.test(rest)) || // a tag, comment or autolink
      (c === '&' && /^#?[A-Za-z0-9]+;/.test(rest)) || // an entity
      (c === ']' && rest.startsWith('(')); // the middle of a link
    out += escape ? `\\${c}` : c;
  }
  return out;
}

/**
 * Escapes what Markdown would read as the start of another block at the start
 * of a line. `\s`, not just space and tab: marked also takes a no-break space
 * as the space after `#`.
 */
function escapeLineStart(line: string): string {
  if (
    /^#{1,6}(?:\s|$)/.test(line) || // heading
    /^[>[]/.test(line) || // quote; link definition or task box
    /^[-+*](?:\s|$)/.test(line) || // bullet
    /^(?:-\s*)+$/.test(line) // a rule, also after a `- ` bullet
  ) {
    return `\\${line}`;
  }
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'); // numbered item
}

/** Blocks are single lines of text; outer whitespace is trimmed, as the model does. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n\u2028\u2029][ \t\r\n\u2028\u2029]*/g, ' ').trim();
}
