import { emptyDraft, type ArticleDraft } from '../article/draft.ts';

/**
 * Plain text as a draft: paragraphs separated by blank lines, line breaks
 * inside a paragraph joined. For texts with no structure of their own (the
 * `suggest` command, the key-points API).
 */
export function draftFromPlainText(text: string): ArticleDraft {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { ...emptyDraft(''), body: paragraphs.map((paragraph) => ({ type: 'paragraph' as const, text: paragraph })) };
}
