import { sectionOf } from '../article/section.ts';
import type { ArticleOutline } from '../store/article-repository.ts';
import { searchWords, wordKeys } from '../text/search-terms.ts';
import type { RecommendableArticle } from './recommendable-article.ts';

/**
 * An article outline as the recommender sees it: its content terms are the
 * search index's stem keys (so `Sicherheitsgarantien` and
 * `Sicherheitsgarantie` agree, and compound parts count too) of headline,
 * lead and tags, each once, stop words left out.
 */
export function outlineToRecommendable(outline: ArticleOutline): RecommendableArticle {
  const section = sectionOf(outline.section);
  return {
    id: outline.id,
    headline: outline.headline,
    sectionSlug: section.slug,
    sectionName: section.name,
    publishedMs: Date.parse(outline.publishedAt),
    entities: outline.entities.map((entity) => entity.slug),
    terms: contentTerms([outline.headline, outline.lead, ...outline.tags].join('\n')),
  };
}

function contentTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of searchWords(text)) {
    const keys = wordKeys(word);
    if (keys.stem === '' || keys.stop) continue;
    terms.add(keys.stem);
    for (const part of keys.parts) terms.add(part);
  }
  return [...terms];
}
