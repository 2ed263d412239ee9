/**
 * Recommendation quality and speed („Für Sie ausgewählt“).
 *
 * Quality on MIND: real impressions, the model built from the earlier days,
 * every impression of the last day ranked by the product's
 * `recommender.score`, against popularity and random in the same run (AUC,
 * MRR, nDCG@5, nDCG@10); the same on the validation split where the weights
 * were chosen; and a sensitivity run for the publication times MIND lacks.
 * Content on 10kGNAD: precision@5 of the picks' category against random.
 * Speed: 100,000 synthetic articles and 1,000,000 read events; build time,
 * p50/p95/p99 of `recommend()`, memory.
 *
 *   node --expose-gc bench/recommend.ts [--data DIR] [--articles N] [--events M]
 *   (defaults: ../shared/data beside the repo, 100000, 1000000)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readGnad } from './search/corpus.ts';
import { evaluateGnad } from './recommend/gnad.ts';
import { days, readMind } from './recommend/mind.ts';
import { evaluateSplit } from './recommend/mind-quality.ts';
import { gnadSection, mindSection, speedSection } from './recommend/report.ts';
import { runSpeed } from './recommend/speed.ts';
import { sentencePool } from './recommend/synthetic.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    articles: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
  },
});
const dataDir = values.data ? resolve(values.data) : fileURLToPath(new URL('../../shared/data', import.meta.url));
const articleCount = Number(values.articles);
const eventCount = Number(values.events);
if (!Number.isInteger(articleCount) || articleCount < 1000) throw new Error('--articles must be a whole number of at least 1000');
if (!Number.isInteger(eventCount) || eventCount < 1000) throw new Error('--events must be a whole number of at least 1000');
const gnadFile = resolve(dataDir, '10kgnad/articles.jsonl');
if (!existsSync(gnadFile)) throw new Error(`${gnadFile} not found; pass the shared data folder with --data DIR`);

const log = (line: string) => console.error(`bench:recommend: ${line}`);
const started = performance.now();
const engine = sourceVersion();

const mind = readMind(dataDir);
const mindDays = days(mind);
const testDay = mindDays.at(-1)!;
const validationDay = mindDays.at(-2)!;
log(`MIND: ${mind.impressions.length} impressions over ${mindDays.join(', ')}; test ${testDay}, validation ${validationDay}`);
const withoutFreshness = [{ name: 'ours without freshness (`freshWeight: 0`)', options: { freshWeight: 0 } }];
// Publication time = an article's first display (what the site knows: see mindArticles); then, as a
// check, the stricter reading where an article no training impression showed counts as old.
const test = evaluateSplit(mind, testDay, 'first-display', {}, withoutFreshness);
const validation = evaluateSplit(mind, validationDay, 'first-display', {}, withoutFreshness);
const strict = evaluateSplit(mind, testDay, 'old', {}, withoutFreshness);
const strictValidation = evaluateSplit(mind, validationDay, 'old');

log('10kGNAD: precision@5');
const gnad = evaluateGnad(gnadFile);

log(`speed: ${articleCount} articles, ${eventCount} read events`);
const speed = runSpeed(sentencePool(readGnad(gnadFile)), articleCount, eventCount, log);
const peakRss = process.resourceUsage().maxRSS * 1024;

const defaults = articleCount === 100_000 && eventCount === 1_000_000;
const command = `npm run bench:recommend${defaults ? '' : ` -- --articles ${articleCount} --events ${eventCount}`}`;
const body = [
  `Run ${new Date().toISOString().slice(0, 10)}, \`${command}\` (${machineLine()}; ${engine}; ${((performance.now() - started) / 1000).toFixed(0)} s in all).`,
  mindSection(test, validation, strict, strictValidation),
  gnadSection(gnad),
  speedSection(speed, peakRss),
].join('\n\n');
console.log(body);
writeResultsSection('Recommendations', body);

/** The recommender changes often; the figures name the code they measured. */
function sourceVersion(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return `src/recommend at commit ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src/recommend') === '' ? '' : ' with uncommitted changes'}`;
  } catch {
    return 'src/recommend version unknown';
  }
}
