import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

/** The two benchmark corpora as they lie in the shared data folder (see each DATA.md). */

export interface AebPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export interface AebCorpus {
  pages: AebPage[];
  /** Reference outputs of other extractors, by extractor name: id → text. */
  references: Map<string, Map<string, string>>;
}

export interface TrafPage {
  id: string;
  url: string;
  /** The page's own bytes, in its own charset. */
  bytes: Uint8Array;
  with: string[];
  without: string[];
}

const truthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string() }));
const outputSchema = z.object({ output: z.record(z.string(), z.object({ articleBody: z.string().nullable().optional() })) });
const annotationsSchema = z.record(
  z.string(),
  z.object({ url: z.string(), html: z.string(), with: z.array(z.string()), without: z.array(z.string()) }),
);

function need(path: string): string {
  if (!existsSync(path)) throw new Error(`bench:extract: ${path} fehlt – Daten mit --data DIR angeben (siehe DATA.md)`);
  return path;
}

export function readAeb(dataDir: string): AebCorpus {
  const dir = join(dataDir, 'article-extraction-benchmark');
  const truth = truthSchema.parse(JSON.parse(readFileSync(need(join(dir, 'ground-truth.json')), 'utf8')));
  const pages = Object.entries(truth)
    .map(([id, entry]) => ({
      id,
      url: entry.url,
      html: gunzipSync(readFileSync(need(join(dir, 'html', `${id}.html.gz`)))).toString('utf8'),
      truth: entry.articleBody,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const references = new Map<string, Map<string, string>>();
  for (const name of ['trafilatura', 'readability_js', 'go_readability_fork', 'newspaper', 'news_please', 'readability', 'goose3', 'boilerpipe', 'justext', 'html-text']) {
    const path = join(dir, 'output', `${name}.json`);
    if (!existsSync(path)) continue;
    const output = outputSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).output;
    references.set(name, new Map(Object.entries(output).map(([id, entry]) => [id, entry.articleBody ?? ''])));
  }
  return { pages, references };
}

export function readTraf(dataDir: string): TrafPage[] {
  const dir = join(dataDir, 'trafilatura-eval');
  const annotations = annotationsSchema.parse(JSON.parse(readFileSync(need(join(dir, 'annotations.json')), 'utf8')));
  return Object.entries(annotations)
    .map(([id, entry]) => ({
      id,
      url: entry.url,
      bytes: new Uint8Array(gunzipSync(readFileSync(need(join(dir, entry.html))))),
      with: entry.with,
      without: entry.without,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
