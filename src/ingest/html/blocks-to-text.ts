import type { Block } from '../../article/article.ts';

/**
 * The main text of an article as plain text, paragraphs separated by blank
 * lines: what search, the benchmarks and a reader's "copy text" see. Image
 * captions are left out (they describe a picture, not the story); list items
 * stand on lines of their own.
 */
export function blocksToText(lead: string, blocks: readonly Block[]): string {
  const parts: string[] = lead === '' ? [] : [lead];
  for (const block of blocks) {
    if (block.type === 'image') continue;
    if (block.type === 'list') parts.push(block.items.join('\n'));
    else if (block.type === 'quote' && block.attribution) parts.push(`${block.text}\n${block.attribution}`);
    else parts.push(block.text);
  }
  return parts.join('\n\n');
}
