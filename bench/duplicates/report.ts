/** The markdown of the benchmark's section in bench/RESULTS.md. */
import { f1, precision, recall, type Counts, type PoolSearch } from './pairs.ts';
import type { PairCounts } from './stories.ts';
import type { SpeedResult, Timing } from './speed.ts';

const pct = (value: number) => (100 * value).toFixed(1);
const int = (value: number) => value.toLocaleString('en-US');
const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(2));

export interface CategoryRow {
  category: string;
  positive: boolean;
  pairs: number;
  ours: number;
  baseline: number;
}

export interface DuplicateReport {
  rows: CategoryRow[];
  ours: Counts;
  baseline: Counts;
  sweep: { threshold: number; counts: Counts }[];
  chosen: number;
  teaserInFull: { pairs: number; ours: number; baseline: number };
  feedOthers: { pairs: number; ours: number; baseline: number };
  pool: PoolSearch;
  withdrawn: number;
}

export function duplicatesSection(report: DuplicateReport): string {
  const lines = [
    '### Near-duplicates',
    '',
    `Pairs built from 10kGNAD (${int(report.rows.find((row) => row.category.includes('light'))?.pairs ?? 0)} articles; ${report.withdrawn} whose text was withdrawn for legal reasons left out) and the feed snapshot of 21 December 2024. A copy is what another desk sends of the same agency text: another headline (the start of one of its own sentences), a dateline (\`Berlin (dpa) - \`) and a credit line (\`© dpa-infocom …\`, \`(APA/red)\`) added, quotes and dashes restyled, lines wrapped at 60–80 characters; *light* edits 0.5 % of the words, *medium* also cuts the last quarter of the paragraphs and edits 2 %, *heavy* cuts half, edits 5 % and adds a paragraph of another article. Labels come from construction, from links and from reading; the detector sees only texts and headlines. Baseline in the same run: equal SHA-1 of the text in lower case with whitespace collapsed.`,
    '',
    '| pairs | n | ours | exact hash |',
    '| --- | ---: | ---: | ---: |',
    ...report.rows.map((row) => `| ${row.positive ? 'copy' : 'not a copy'}: ${row.category} | ${int(row.pairs)} | ${row.positive ? 'found' : 'merged'} ${int(row.ours)} | ${int(row.baseline)} |`),
    '',
    `| all pairs above (threshold ${report.chosen}) | precision | recall | F1 |`,
    '| --- | ---: | ---: | ---: |',
    `| ours (\`findNearDuplicate\`) | ${pct(precision(report.ours))} | ${pct(recall(report.ours))} | ${pct(f1(report.ours))} |`,
    `| exact hash of the normalised text | ${pct(precision(report.baseline))} | ${pct(recall(report.baseline))} | ${pct(f1(report.baseline))} |`,
    '',
    'Threshold sweep (the least estimated Jaccard resemblance; containment 0.7 and the short-text rule unchanged):',
    '',
    '| resemblance ≥ | precision | recall | F1 | merged non-copies |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...report.sweep.map(({ threshold, counts }) => `| ${threshold}${threshold === report.chosen ? ' (chosen)' : ''} | ${pct(precision(counts))} | ${pct(recall(counts))} | ${pct(f1(counts))} | ${counts.falsePositives} |`),
    '',
    `Beyond the labelled pairs: of all ${int(report.feedOthers.pairs)} other pairs of distinct links in the feed snapshot, ours merges ${report.feedOthers.ours} and the baseline ${report.feedOthers.baseline}. A teaser (headline and the two sentences after it) against the full text of its own article — a copy or not is the desk's choice; not counted above — is merged ${int(report.teaserInFull.ours)} times of ${int(report.teaserInFull.pairs)} (baseline ${report.teaserInFull.baseline}), through containment.`,
    '',
    `Searched among ${int(report.pool.candidates)} candidates at once (every original and every feed item), the ${int(report.pool.queries)} copies came back with their own original ${int(report.pool.right)} times, with another text ${report.pool.wrong === 1 ? 'once' : `${report.pool.wrong} times`}, and with nothing ${int(report.pool.missed)} times.`,
  ];
  return lines.join('\n');
}

export interface StoryRow {
  name: string;
  stories: PairCounts;
  storiesOutside: PairCounts;
  strict: PairCounts;
  strictOutside: PairCounts;
}

export interface StoryReport {
  items: number;
  stories: number;
  storyItems: number;
  strictGroups: number;
  largest: { name: string; items: number };
  rows: StoryRow[];
  sweep: StoryRow[];
  gnad: { articles: number; ours: { pairs: number; crossCategory: number; articlesJoined: number }; baseline: { pairs: number; crossCategory: number; articlesJoined: number } };
}

const prf = (c: PairCounts) => {
  const p = c.truePositives / (c.truePositives + c.falsePositives || 1);
  const r = c.truePositives / (c.truePositives + c.falseNegatives || 1);
  return `${pct(p)} | ${pct(r)} | ${pct(p + r === 0 ? 0 : (2 * p * r) / (p + r))}`;
};

export function storiesSection(report: StoryReport): string {
  const header = [
    '| grouping | stories P | R | F1 | without the largest P | R | F1 | strict P | R | F1 | strict, without the largest P | R | F1 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (r: StoryRow) => `| ${r.name} | ${prf(r.stories)} | ${prf(r.storiesOutside)} | ${prf(r.strict)} | ${prf(r.strictOutside)} |`;
  return [
    '### Stories',
    '',
    `Ground truth: \`bench/fixtures/stories-german-rss.json\`, labelled by hand by the author of the grouping before it was tuned: the ${report.items} items of the feed snapshot published from 18 December 2024 on (one per link), read in publication order. ${report.stories} stories hold ${report.storyItems} of them; the rest are stories of their own. A story is one event or development with its aftermath (reports, explainers, reactions, commentary), as „Mehr zu dieser Geschichte“ would gather it; a shared subject (Syria after Assad, Christmas, the campaign) or a recurring format (GEO's „Frage des Tages“, live blogs of different days) is not. Within stories, ${report.strictGroups} *strict* groups hold the reports of one and the same development. The largest story, „${report.largest.name}“, has ${report.largest.items} items and so most of the same-story pairs; figures are also given without it.`,
    '',
    'Each item is placed in publication order as the wire desk places it: it joins the story of the article `findSameStory` returns (or starts one with it). Pairwise: precision = predicted same-story pairs that are labelled so, recall = labelled same-story pairs that were predicted. Baselines run through the same placement. At the strict level a grouping that gathers whole events, as ours is meant to, loses precision by design: the strict figures say how much of what it gathers is the very same development.',
    '',
    ...header,
    ...report.rows.map(row),
    '',
    'Sweep of `sameStoryThreshold` and the story support (the support factor 0 turns it off):',
    '',
    ...header,
    ...report.sweep.map(row),
    '',
    `Against false joins elsewhere: the ${report.gnad.articles} 10kGNAD articles (headline and the two sentences after it, entities from the enrichment), all given the same time, so that no time window separates articles that appeared a year apart — every join here is presumably wrong. Ours joins ${report.gnad.ours.articlesJoined} of them into stories (${report.gnad.ours.pairs} same-story pairs, ${report.gnad.ours.crossCategory} of them across the dataset's categories); "share ≥ 1 entity" joins ${report.gnad.baseline.articlesJoined} (${int(report.gnad.baseline.pairs)} pairs, ${int(report.gnad.baseline.crossCategory)} across categories). Most of ours are one ongoing subject over months (the Austrian presidential campaign, the refugee route through the Balkans, Dominic Thiem's tournaments) that a 72-hour window would keep apart.`,
  ].join('\n');
}

export function speedSection(speed: SpeedResult): string {
  const line = (name: string, t: Timing) => `| ${name} | ${int(t.calls)} | ${ms(t.meanMs)} | ${ms(t.p50Ms)} | ${ms(t.p99Ms)} |`;
  return [
    '### Time per call',
    '',
    `One process, one call at a time, after 50 warm-up calls. ${int(speed.candidates)} duplicate candidates (10kGNAD articles, copies of them, feed items, teasers) stored as \`encodeFingerprint\` strings and decoded; ${int(speed.storyMembers)} recent articles for stories (feed items, 10kGNAD articles and their paragraphs as headline-and-lead pairs, spread over 72 hours, a quarter of them in 400 stories).`,
    '',
    '| call | calls | mean ms | p50 ms | p99 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    line(`\`fingerprintText\`, one 10kGNAD article (${Math.round(speed.fingerprint.meanWords)} words on average)`, speed.fingerprint),
    line('`decodeFingerprint`, one stored fingerprint', speed.decode),
    line(`\`findNearDuplicate\` against ${int(speed.candidates)} candidates`, speed.duplicates),
    line(`\`findSameStory\` against ${int(speed.storyMembers)} recent articles, features known`, speed.stories),
    '',
    `The first \`findSameStory\` call on ${int(speed.storyMembers)} articles whose features this process had not computed took ${ms(speed.storyFirstCallMs)} ms (not a cold start: the stories section ran before in the same process, so the word analysis of 10kGNAD and feed texts was partly cached): it analyses every headline and lead once (stems and compounds); on new objects for the same articles, as each poll of the wire desk builds them, with the words' analysis cached, ${ms(speed.storyNewObjectsMs)} ms. Later calls find the features kept with the objects.`,
  ].join('\n');
}

export function notesSection(): string {
  return [
    '### Notes',
    '',
    '- Thresholds. Duplicates: resemblance 0.4 and containment 0.7, chosen with a margin over the hardest non-copies rather than at the best F1 of the sweep (0.25–0.3 find more heavy copies): a wrong merge hides a report inside another draft, a missed one leaves two drafts the desk sees side by side. Stories: threshold 0.2 and support 0.5 were chosen on the labelled snapshot itself — there is no held-out set — so the story figures are optimistic; the sweep shows how much they move.',
    '- What is missed. Half of the heavy copies (half the text cut, 5 % of the words edited, a foreign paragraph): their median resemblance is 0.37 and their median containment 0.66. A teaser against a full text ten times its length when the teaser was also edited (the GEO/RND lignite-lakes pair: GEO carries the whole article): a 128-value sketch cannot see the two shared sentences among several hundred words. The one wrong answer of the pool search is a heavy copy that prints the whole of a short other article (the added paragraph), which is then contained in it.',
    '- Stories. A big event\'s aftermath (54 reports on the Magdeburg attack) shares little pairwise — 60 % of its same-story pairs have fewer than three features in common — so without the support of a story\'s further members it falls apart into small groups (support 0 in the sweep). Recurring formats of one outlet (GEO\'s „Frage des Tages“, lottery results, live blogs) are the main false joins: they share only format words, which are rare within 72 hours. The entity enrichment reads Deutschlandfunk\'s kicker (`Vergewaltigungsprozess - …`) as a dateline place, so some items carry such "entities"; grouping does not depend on them, but they count as shared entities when two items have the same kicker.',
  ].join('\n');
}
