/**
 * Search quality and speed.
 *
 * Relevance: known-item queries built from Klexikon and 10kGNAD, our search
 * as readers get it against a plain FTS5 index (unicode61, BM25) of the same
 * documents, in the same run: MRR@10 and recall@10.
 * Speed: N synthetic articles recombined from the same texts; insert and
 * reindex throughput, index size, and the latency of 1,000 fixed queries.
 *
 *   node bench/search.ts [--data DIR] [--articles N]   (defaults: ../shared/data beside the repo, 100000)
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assertValid, dataFiles, readGnad, readKlexikon } from './search/corpus.ts';
import { gnadSet, klexikonSet, type KnownItemSet } from './search/known-item.ts';
import { evaluateSet, type SizeResult } from './search/relevance.ts';
import { notesSection, relevanceSection, speedSection } from './search/report.ts';
import { runSpeed } from './search/speed.ts';
import { buildPool } from './search/synthetic.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    articles: { type: 'string', default: '100000' },
  },
});
const dataDir = values.data ? resolve(values.data) : fileURLToPath(new URL('../../shared/data', import.meta.url));
const articleCount = Number(values.articles);
if (!Number.isInteger(articleCount) || articleCount < 1000) throw new Error('--articles must be a whole number of at least 1000');

const log = (line: string) => console.error(`bench:search: ${line}`);
const engine = sourceVersion();
const files = dataFiles(dataDir);
const pairs = readKlexikon(files.klexikon);
const records = readGnad(files.gnad);

const sets = [klexikonSet(pairs), gnadSet(records)];
for (const set of sets) assertValid(set.articles);
const relevance: [KnownItemSet, SizeResult[]][] = [];
for (const set of sets) {
  log(`relevance: ${set.name}, ${set.articles.length} articles`);
  relevance.push([set, await evaluateSet(set)]);
}

const pool = buildPool(pairs, records);
log(`speed: ${articleCount} articles from ${pool.paragraphs.length} paragraphs and ${pool.headlines.length} headlines`);
const speed = await runSpeed(pool, articleCount, log);
const peakRss = process.resourceUsage().maxRSS * 1024;

const body = [
  `Run ${new Date().toISOString().slice(0, 10)}, \`npm run bench:search\`${articleCount === 100_000 ? '' : ` -- --articles ${articleCount}`} (${machineLine()}; ${engine}).`,
  relevanceSection(relevance),
  speedSection(speed, pool, peakRss),
  notesSection(articleCount, pool.paragraphs.length),
].join('\n\n');
console.log(body);
writeResultsSection('Search', body);

/** The search under test changes often; the figures name the code they measured. */
function sourceVersion(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim();
  try {
    return `src/ at commit ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src') === '' ? '' : ' with uncommitted changes'}`;
  } catch {
    return 'src/ version unknown';
  }
}
