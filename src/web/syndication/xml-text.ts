/**
 * Characters XML 1.0 forbids anywhere, even escaped or in CDATA: the C0
 * controls but tab, newline and carriage return, and U+FFFE/U+FFFF. The
 * article schema accepts them in text (a pasted form feed, say), and one
 * of them makes a whole feed unreadable, so they are dropped from the
 * finished document. (Lone surrogates need nothing: UTF-8 encoding turns
 * them into U+FFFD.)
 */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(document: string): string {
  return document.replace(forbidden, '');
}
