/**
 * Near-duplicates and story grouping for the wire desk.
 *
 * Duplicates: 10kGNAD articles against agency-style copies (three strengths)
 * and hard non-copies, plus the real copies and reports of the feed snapshot;
 * precision, recall and F1 against an exact-hash baseline in the same run,
 * with a threshold sweep. Stories: the hand-labelled stories of the feed
 * snapshot, pairwise precision and recall against entity and headline
 * baselines. Time per call at 5,000 candidates.
 *
 *   node bench/duplicates.ts [--data DIR]   (default: ../shared/data beside the repo)
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nearDuplicateThreshold } from '../src/wire/near-duplicates.ts';
import { sameStoryThreshold, storySupportFactor } from '../src/wire/story-grouping.ts';
import { seeded } from './lib/random.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';
import { feedItems, feedItemText, gnadArticles, gnadText, storyLabels, withdrawnCount } from './duplicates/corpus.ts';
import { buildPairs, count, exactHash, FingerprintCache, ours, searchPool, type Decide, type LabelledPair } from './duplicates/pairs.ts';
import { duplicatesSection, notesSection, speedSection, storiesSection, type CategoryRow, type StoryRow } from './duplicates/report.ts';
import { runSpeed } from './duplicates/speed.ts';
import * as stories from './duplicates/stories.ts';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = values.data ? resolve(values.data) : fileURLToPath(new URL('../../shared/data', import.meta.url));
const log = (line: string) => console.error(`bench:duplicates: ${line}`);
const began = performance.now();

const articles = gnadArticles(dataDir);
const items = feedItems(dataDir);
const labels = storyLabels();
log(`${articles.length} 10kGNAD articles, ${items.length} feed items`);

// --- Near-duplicates
const sets = buildPairs(articles, items, labels, seeded(20241221));
const cache = new FingerprintCache();
const mine = ours(cache);
const baseline = exactHash();
const categories = new Map<string, LabelledPair[]>();
for (const pair of sets.main) categories.set(pair.category, [...(categories.get(pair.category) ?? []), pair]);
const hits = (pairs: readonly LabelledPair[], decide: Decide) => {
  const c = count(pairs, decide);
  return c.truePositives + c.falsePositives;
};
const rows: CategoryRow[] = [...categories].map(([category, pairs]) => ({ category, positive: pairs[0]?.positive ?? false, pairs: pairs.length, ours: hits(pairs, mine), baseline: hits(pairs, baseline) }));
const sweep = [0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7].map((threshold) => ({ threshold, counts: count(sets.main, ours(cache, threshold)) }));
const copies = sets.main.filter((pair) => pair.category.startsWith('10kGNAD copy'));
const pool = [...articles.map((article) => ({ text: gnadText(article), headline: article.headline })), ...items.map((item) => ({ text: feedItemText(item), headline: item.headline }))];
const duplicateReport = {
  rows,
  ours: count(sets.main, mine),
  baseline: count(sets.main, baseline),
  sweep,
  chosen: nearDuplicateThreshold,
  teaserInFull: { pairs: sets.teaserInFull.length, ours: hits(sets.teaserInFull, mine), baseline: hits(sets.teaserInFull, baseline) },
  feedOthers: { pairs: sets.feedOthers.length, ours: hits(sets.feedOthers, mine), baseline: hits(sets.feedOthers, baseline) },
  pool: searchPool(copies, pool, cache),
  withdrawn: withdrawnCount(dataDir),
};
log(`duplicates done (${Math.round(performance.now() - began)} ms)`);

// --- Stories
const members = stories.scopeMembers(items);
const ids = members.map((member) => member.id);
const largest = labels.stories.reduce((a, b) => (b.items.length > a.items.length ? b : a));
const outside = new Set(largest.items.map((item) => item.link));
const truth = { stories: stories.truthOf(labels, 'stories'), strict: stories.truthOf(labels, 'strict') };
const storyRow = (name: string, match: stories.Matcher): StoryRow => {
  const predicted = stories.group(members, match);
  return {
    name,
    stories: stories.pairCounts(ids, predicted, truth.stories),
    storiesOutside: stories.pairCounts(ids, predicted, truth.stories, outside),
    strict: stories.pairCounts(ids, predicted, truth.strict),
    strictOutside: stories.pairCounts(ids, predicted, truth.strict, outside),
  };
};
const storyRows = [
  storyRow(`ours (\`findSameStory\`, threshold ${sameStoryThreshold})`, stories.ours()),
  storyRow('baseline: share ≥ 1 entity', stories.sharedEntities(1)),
  storyRow('baseline: share ≥ 2 entities', stories.sharedEntities(2)),
  storyRow('baseline: headline words, Jaccard ≥ 0.25', stories.headlineJaccard(0.25)),
];
const storySweep = [0.1, 0.15, 0.2, 0.25, 0.3].flatMap((threshold) =>
  [0, storySupportFactor, 1].map((factor) => storyRow(`threshold ${threshold}, support ${factor}`, stories.ours({ threshold, supportFactor: factor }))),
);
const gnadMembers = stories.gnadMembers(articles, Date.parse('2024-12-21T12:00:00Z'));
const storyReport = {
  items: members.length,
  stories: labels.stories.length,
  storyItems: labels.stories.reduce((sum, story) => sum + story.items.length, 0),
  strictGroups: labels.stories.reduce((sum, story) => sum + story.strict.length, 0),
  largest: { name: largest.name, items: largest.items.length },
  rows: storyRows,
  sweep: storySweep,
  gnad: {
    articles: articles.length,
    ours: stories.gnadJoins(articles, stories.group(gnadMembers, stories.ours())),
    baseline: stories.gnadJoins(articles, stories.group(gnadMembers, stories.sharedEntities(1))),
  },
};
log(`stories done (${Math.round(performance.now() - began)} ms)`);

// --- Speed
const speed = runSpeed(articles, items, seeded(7));
log(`speed done (${Math.round(performance.now() - began)} ms)`);

const body = [
  `Run ${new Date().toISOString().slice(0, 10)}, \`npm run bench:duplicates\` (${machineLine()}; ${sourceVersion()}; ${(Math.round((performance.now() - began) / 100) / 10).toFixed(1)} s).`,
  duplicatesSection(duplicateReport),
  storiesSection(storyReport),
  speedSection(speed),
  notesSection(),
].join('\n\n');
console.log(body);
writeResultsSection('Duplicates and stories (npm run bench:duplicates)', body);

/** The code under test changes often; the figures name the commit they measured. */
function sourceVersion(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'src/wire', 'bench/duplicates', 'bench/duplicates.ts') !== '';
    return `src/wire at commit ${git('rev-parse', '--short', 'HEAD')}${changed ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'version unknown';
  }
}
