import type { Article, Block } from './article.ts';

/**
 * The text of each part of an article that search weighs differently.
 * Tags count like key points; captions, quotes and list items are body.
 */
export interface SearchableText {
  headline: string;
  lead: string;
  keyPoints: string;
  /** One entry per paragraph (or list item), for snippets. */
  body: string[];
}

export function searchableText(article: Article): SearchableText {
  return {
    headline: article.headline,
    lead: article.lead,
    keyPoints: [...article.keyPoints.map((point) => point.text), ...article.tags].join('\n'),
    body: article.body.flatMap(blockText).filter((text) => text !== ''),
  };
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'list':
      return [block.text, ...block.items];
    case 'quote':
      return [block.text, block.attribution ?? ''];
    default:
      return [block.text];
  }
}
