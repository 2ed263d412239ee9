import { html as honoHtml, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString;

/**
 * Hono's `html` tag escapes every interpolated string, so text an editor typed
 * can never become markup. Our views never interpolate promises, so the result
 * is always synchronous; this wrapper states that in the type.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return honoHtml(strings, ...values) as Html;
}

/** JSON for a `<script type="application/ld+json">` block; `<` is escaped so no text can close the script. */
export function jsonScript(data: unknown): Html {
  return raw(JSON.stringify(data).replaceAll('<', '\\u003c')) as Html;
}

/** Joins names the German way: `A, B und C`. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}
