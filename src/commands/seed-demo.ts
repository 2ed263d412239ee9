import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article } from '../article/article.ts';
import { validateArticle } from '../article/validate.ts';
import { parseArticlesJson } from '../ingest/json-article.ts';
import type { Store } from '../store/article-repository.ts';
import { enrichArticle } from './enrich-draft.ts';
import { fromScrapedText } from './import-file.ts';

const demoDir = new URL('../../demo/', import.meta.url);

/**
 * Facts about the reference article that its scraped text does not hold: a
 * stable id, when it was published, and the picture we made for it (the
 * original photo is not ours to publish).
 */
const referenceMetaSchema = z.strictObject({
  id: z.string(),
  publishedAt: z.string(),
  heroImageSrc: z.string(),
  authors: z.array(z.string()),
  tags: z.array(z.string()),
});

/**
 * Fills an empty database with the demo content: our own articles and the
 * reference page, imported through the same scraped-text importer editors
 * use. Runs in one transaction; a database with any article is left alone.
 */
export async function seedDemoContent(store: Store, mediaDir: string, now: Date): Promise<number> {
  if ((await store.articles.count({})) > 0) return 0;
  const articles = [await referenceArticle(now), ...(await ownArticles())];
  await cp(new URL('images/', demoDir), join(mediaDir, 'demo'), { recursive: true });
  await store.articles.saveAll(articles, { actor: 'demo' });
  return articles.length;
}

async function referenceArticle(now: Date): Promise<Article> {
  const where = 'demo/seed-article.txt';
  const text = await readFile(new URL('seed-article.txt', demoDir), 'utf8');
  const meta = referenceMetaSchema.parse(JSON.parse(await readFile(new URL('seed-article.meta.json', demoDir), 'utf8')));
  const imported = fromScrapedText(text, where, { publish: true, actor: 'demo', now, defaultSection: 'Nachrichten' });
  return validateArticle(
    {
      ...imported,
      id: meta.id,
      publishedAt: meta.publishedAt,
      updatedAt: meta.publishedAt,
      authors: meta.authors,
      tags: meta.tags,
      heroImage: imported.heroImage && { ...imported.heroImage, src: meta.heroImageSrc },
    },
    where,
  );
}

async function ownArticles(): Promise<Article[]> {
  const folder = new URL('articles/', demoDir);
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const articles: Article[] = [];
  for (const name of files) {
    const parsed = parseArticlesJson(await readFile(new URL(name, folder), 'utf8'), `demo/articles/${name}`);
    // Our demo articles name people and places as any article does: the same enrichment finds them.
    articles.push(...parsed.map((article) => enrichArticle(article, { autoKeyPoints: false })));
  }
  return articles;
}
