/**
 * The shared data as the duplicates and stories benchmark reads it: the
 * 10kGNAD articles (split into headline, lead and paragraphs) and the real
 * feed snapshot of 21 December 2024 (items with headline, teaser, text and
 * the entities the enrichment finds), plus the hand labels.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeHTML } from 'entities';
import { parseFeed } from 'feedsmith';
import { findEntities } from '../../src/enrich/entities.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { readGnad } from '../search/corpus.ts';

export interface GnadArticle {
  id: string;
  label: string;
  headline: string;
  /** The first sentences after the headline, about a teaser's length. */
  lead: string;
  /** Body paragraphs (the dataset has none; three sentences each here). */
  paragraphs: string[];
}

export interface FeedItem {
  feed: string;
  link: string;
  headline: string;
  /** The description as plain text. */
  teaser: string;
  /** content:encoded as plain text when the feed has it, else ''. */
  content: string;
  publishedMs: number;
  entitySlugs: string[];
}

export interface StoryLabels {
  stories: { name: string; items: { link: string }[]; strict: { name: string; links: string[] }[] }[];
  duplicates: { sameText: { links: string[] }[]; ambiguous: { links: string[] }[] };
}

const withdrawnNotice = 'Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung';

export function gnadArticles(dataDir: string): GnadArticle[] {
  const file = resolve(dataDir, '10kgnad/articles.jsonl');
  if (!existsSync(file)) throw new Error(`${file} not found; pass the shared data folder with --data DIR`);
  return readGnad(file).flatMap((record) => {
    // A few agency articles lost their text for legal reasons: a headline and a notice are no article.
    if (record.text.includes(withdrawnNotice)) return [];
    const sentences = splitSentences(record.text);
    const headline = sentences.shift();
    if (!headline || sentences.length === 0) return [];
    const lead = sentences.splice(0, Math.min(2, Math.max(0, sentences.length - 1))).join(' ');
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
    return [{ id: record.id, label: record.label, headline, lead, paragraphs }];
  });
}

/** How many 10kGNAD records are left out because their text was withdrawn. */
export function withdrawnCount(dataDir: string): number {
  return readGnad(resolve(dataDir, '10kgnad/articles.jsonl')).filter((record) => record.text.includes(withdrawnNotice)).length;
}

/** Headline, lead and body as one plain text, as the wire desk fingerprints an article. */
export function gnadText(article: Pick<GnadArticle, 'headline' | 'lead' | 'paragraphs'>): string {
  return [article.headline, article.lead, ...article.paragraphs].filter((part) => part !== '').join('\n\n');
}

/** Every item of every RSS file of the snapshot, in file order (the same link may come from several feeds). */
export function feedItems(dataDir: string): FeedItem[] {
  const dir = resolve(dataDir, 'german-rss-feeds');
  if (!existsSync(dir)) throw new Error(`${dir} not found; pass the shared data folder with --data DIR`);
  const items: FeedItem[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xml')).sort()) {
    const parsed = parseFeed(readFileSync(resolve(dir, file), 'utf8'));
    if (parsed.format !== 'rss') continue;
    for (const item of parsed.feed.items ?? []) {
      const headline = plainText(item.title ?? '');
      const teaser = plainText(item.description ?? '');
      const publishedMs = Date.parse(item.pubDate ?? '');
      if (!item.link || headline === '' || !Number.isFinite(publishedMs)) continue;
      items.push({
        feed: file.replace(/\.xml$/u, ''),
        link: item.link,
        headline,
        teaser,
        content: plainText(item.content?.encoded ?? ''),
        publishedMs,
        entitySlugs: findEntities(`${headline}\n${teaser}`).map((entity) => entity.slug),
      });
    }
  }
  return items;
}

/** What the wire desk would fingerprint of a feed item: headline, teaser, and the content when it adds to the teaser. */
export function feedItemText(item: FeedItem): string {
  const body = item.content !== '' && !item.content.startsWith(item.teaser.slice(0, 80)) ? item.content : item.content.slice(item.teaser.length);
  return [item.headline, item.teaser, body.trim()].filter((part) => part !== '').join('\n\n');
}

export function storyLabels(): StoryLabels {
  return JSON.parse(readFileSync(new URL('../fixtures/stories-german-rss.json', import.meta.url), 'utf8')) as StoryLabels;
}

function plainText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/gu, ' ')).replace(/\s+/gu, ' ').trim();
}
