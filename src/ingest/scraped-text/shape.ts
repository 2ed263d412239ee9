/**
 * What a line looks like, independent of where it stands. Headlines and
 * subheadings are short and never end in a full stop or comma; prose ends
 * like a sentence or is too long for anything else.
 */

const closers = `"“”»«'’)\\]`;
const sentenceEnd = new RegExp(`[.!?…][${closers}]*$`, 'u');
const proseEnd = new RegExp(`[.…][${closers}]*$`, 'u');
// A headline or heading never ends like this (a question mark or a quote is fine).
const openEnd = new RegExp(`[.…,;:][${closers}]*$`, 'u');
const titleStart = /^[\p{Lu}\p{N}"„“”»«'‚‘(+€$§]/u;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}


/** Running text: a sentence, or longer than any headline. */
export function isProse(text: string): boolean {
  if (text.length > 160) return true;
  if (proseEnd.test(text) && wordCount(text) >= 5) return true;
  return text.length >= 100 && sentenceEnd.test(text);
}

/** Long enough to be a paragraph even without closing punctuation (a teaser often has none). */
export function isParagraph(text: string): boolean {
  return isProse(text) || text.length >= 100;
}

/** Could be a page headline: a few words, no closing full stop. */
export function isHeadlineShaped(text: string): boolean {
  return (
    text.length <= 160 && (wordCount(text) >= 4 || text.length >= 25) && !openEnd.test(text) && titleStart.test(text)
  );
}

/** Could be a subheading inside the article. */
export function isHeadingShaped(text: string): boolean {
  return text.length <= 100 && wordCount(text) >= 1 && !openEnd.test(text) && titleStart.test(text);
}

/** A topic label such as a kicker (`Dürresommer`, `Im Hochtaunus`). */
export function isShortLabel(text: string): boolean {
  return text.length <= 40 && wordCount(text) >= 1 && wordCount(text) <= 5 && !proseEnd.test(text) && !/:$/.test(text);
}
