import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { normalizeText } from '../../text/invisible-characters.ts';

/**
 * Plain text from the bits of HTML feeds put into titles and teasers: tags
 * dropped (block elements and `<br>` become spaces, so that paragraphs do not
 * run together), scripts and styles left out, entities decoded, white space
 * collapsed to one line.
 */

const invisible = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
const separating = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure',
  'figcaption', 'table', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'aside', 'pre', 'hr', 'img',
]);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (invisible.has(name)) hidden++;
        else if (separating.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (invisible.has(name)) hidden = Math.max(0, hidden - 1);
        else if (separating.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return collapse(parts.join(''));
}

const tag = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/i;
const entity = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * A title or name that should be plain text but often is not: tags are
 * stripped only when there is a whole tag (so „a<b“ stays), and entities
 * left over from double escaping (`&amp;quot;` → `&quot;`) are decoded once more.
 */
export function plainText(text: string): string {
  if (tag.test(text)) return htmlToText(text);
  return collapse(entity.test(text) ? decodeHTML(text) : text);
}

/** One line: white space collapsed, soft hyphens and zero-width characters dropped. */
export const collapse = normalizeText;

/** Cuts a text to at most `max` characters at a word boundary, marking the cut with „…“. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Plain text as the body of an HTML element: escaped, one paragraph per blank-line block. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
