import { splitCompound } from '../../text/compounds.ts';
import { stem } from '../../text/stem.ts';
import { isStopword } from '../../text/stopwords.ts';
import { tokenize } from '../../text/tokens.ts';

// A token this long is not a word; splitting it would only cost time.
const MAX_TOKEN = 40;

/**
 * The content terms of a sentence as Snowball stems with counts: stop words
 * dropped, compounds counted whole and by their parts, so that
 * `Sicherheitsgarantien` meets `Garantien`.
 */
export function sentenceTerms(sentence: string): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string): void => {
    if (term.length >= 2) terms.set(term, (terms.get(term) ?? 0) + 1);
  };
  for (const token of tokenize(sentence, { splitHyphens: true })) {
    if (token.length > MAX_TOKEN || isStopword(token) || /^\p{N}+$/u.test(token)) continue;
    add(stem(token));
    const parts = splitCompound(token);
    if (parts.length > 1) for (const part of parts) if (!isStopword(part)) add(stem(part));
  }
  return terms;
}
