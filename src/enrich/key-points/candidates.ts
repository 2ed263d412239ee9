import type { ArticleDraft } from '../../article/draft.ts';
import { splitSentences } from '../../text/sentences.ts';
import { tokenize } from '../../text/tokens.ts';

/** A sentence that may become a key point, with where it stands in the article. */
export interface Candidate {
  text: string;
  /** 0 = lead, then one number per body block. */
  paragraph: number;
  /** Position among all candidates, 0-based: the article order. */
  index: number;
}

/** Limits that keep hostile input (a wall of text without a full stop) cheap. */
export interface CandidateLimits {
  maxSentences: number;
  /** Sentences longer than this are never shortened far enough; they are skipped before tokenising. */
  maxSentenceChars: number;
  minWords: number;
}

export const defaultCandidateLimits: CandidateLimits = { maxSentences: 300, maxSentenceChars: 600, minWords: 6 };

// Control characters (except tab and line breaks, which the splitter reads) carry no text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/gu;
// Longest input read per block: 300 sentences of 600 characters fit well within it.
const MAX_BLOCK_CHARS = 200_000;

/**
 * The statement sentences of the lead and body, in article order: no
 * subheadings, quote attributions, image captions, questions or fragments of
 * fewer than `minWords` words (short list items).
 */
export function collectCandidates(draft: ArticleDraft, limits: CandidateLimits = defaultCandidateLimits): Candidate[] {
  const texts: { text: string; paragraph: number }[] = [];
  if (draft.lead.trim() !== '') texts.push({ text: draft.lead, paragraph: 0 });
  draft.body.forEach((block, i) => {
    if (block.type === 'paragraph' || block.type === 'quote') texts.push({ text: block.text, paragraph: i + 1 });
    else if (block.type === 'list') for (const item of block.items) texts.push({ text: item, paragraph: i + 1 });
  });

  const candidates: Candidate[] = [];
  let seen = 0;
  for (const { text, paragraph } of texts) {
    const clean = text.slice(0, MAX_BLOCK_CHARS).replace(CONTROL, ' ');
    for (const sentence of splitSentences(clean)) {
      if (seen++ >= limits.maxSentences) return candidates;
      if (isStatement(sentence, limits)) candidates.push({ text: sentence, paragraph, index: candidates.length });
    }
  }
  return candidates;
}

function isStatement(sentence: string, limits: CandidateLimits): boolean {
  if (sentence.length > limits.maxSentenceChars) return false;
  if (/[?:]["“”»«']?$/u.test(sentence)) return false;
  if (!/^["„“»«(]?\p{Lu}|^\p{N}/u.test(sentence)) return false;
  if (!balancedQuotes(sentence)) return false;
  return tokenize(sentence).length >= limits.minWords;
}

/** A sentence cut from the middle of a quotation reads as nonsense on its own. */
function balancedQuotes(sentence: string): boolean {
  const count = (pattern: RegExp): number => sentence.match(pattern)?.length ?? 0;
  return count(/"/gu) % 2 === 0 && count(/„/gu) <= count(/[“”"]/gu) && count(/«/gu) === count(/»/gu) && count(/\(/gu) === count(/\)/gu);
}
