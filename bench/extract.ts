/**
 * Article extraction quality and speed on two public benchmarks, our
 * extractor against bare Mozilla Readability on the same DOM, in the same run.
 *
 * 1. article-extraction-benchmark (Zyte): 151 pages, shingle F1 as the
 *    benchmark defines it; the metric is checked by scoring the reference
 *    outputs that ship with the data (trafilatura 0.959, readability_js 0.947
 *    on this subset per its DATA.md).
 * 2. trafilatura-eval: 891 pages, mostly German, `with`/`without` snippets,
 *    micro-averaged precision, recall and F-score.
 *
 * Both extractors run on linkedom (what Depesche uses) and, on the first
 * benchmark, on jsdom too (what Readability is tested with); `--jsdom-all`
 * adds jsdom on the second benchmark (three more minutes).
 *
 *   node bench/extract.ts [--data DIR] [--jsdom-all]   (default data: ../shared/data beside the repo)
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readAeb, readTraf } from './extract/corpora.ts';
import { bareReadability, depesche, type Extractor } from './extract/extractors.ts';
import { aebTable, halvesTable, ratio, referenceTable, trafTable } from './extract/report.ts';
import { referenceRuns, runAeb, runTraf, type AebRun, type TrafRun } from './extract/run.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, 'jsdom-all': { type: 'boolean', default: false } } });
const dataDir = values.data ? resolve(values.data) : fileURLToPath(new URL('../../shared/data', import.meta.url));
const log = (line: string) => console.error(`bench:extract: ${line}`);
const started = performance.now();

const aeb = readAeb(dataDir);
const references = referenceRuns(aeb);
log(`article-extraction-benchmark: ${aeb.pages.length} pages; metric check: ${references.map((run) => `${run.name} ${run.score.f1.toFixed(3)}`).join(', ')}`);
const aebRuns: AebRun[] = [];
for (const extractor of [bareReadability('linkedom'), depesche('linkedom'), bareReadability('jsdom'), depesche('jsdom')]) {
  aebRuns.push(runAeb(aeb, extractor));
  log(`  ${extractor.name}: F1 ${aebRuns.at(-1)?.score.f1.toFixed(4)}`);
}

const traf = readTraf(dataDir);
log(`trafilatura-eval: ${traf.length} pages`);
const trafExtractors: Extractor[] = [bareReadability('linkedom'), depesche('linkedom')];
if (values['jsdom-all']) trafExtractors.push(bareReadability('jsdom'), depesche('jsdom'));
const trafRuns: TrafRun[] = [];
for (const extractor of trafExtractors) {
  trafRuns.push(runTraf(traf, extractor));
  log(`  ${extractor.name}: F ${trafRuns.at(-1)?.score.f.toFixed(4)}`);
}

const [aebBare, aebOurs] = aebRuns;
const [trafBare, trafOurs] = trafRuns;
if (!aebBare || !aebOurs || !trafBare || !trafOurs) throw new Error('bench:extract: a run is missing');
const seconds = (performance.now() - started) / 1000;
const body = [
  `Run ${new Date().toISOString().slice(0, 10)}, \`npm run bench:extract\`${values['jsdom-all'] ? ' -- --jsdom-all' : ''} (${machineLine()}; ${sourceVersion()}; ${seconds.toFixed(0)} s in all).`,
  `### article-extraction-benchmark (${aeb.pages.length} pages, mostly English news)`,
  `Shingle F1 as the benchmark defines it (\`\\w+\` tokens, 4-gram shingles with counts, per-page precision and recall averaged over pages). Target: above 0.97 (published on all 181 pages: Readability.js 0.947, trafilatura 0.958, best 0.970).`,
  aebTable(aebRuns),
  `Ours against bare Readability on linkedom: F1 ${ratio(aebOurs.score.f1, aebBare.score.f1)}, ${(aebOurs.msPerPage / aebBare.msPerPage).toFixed(2)}× its time per page.`,
  `Metric check: the reference outputs shipped with the benchmark, scored by our implementation (DATA.md gives trafilatura 0.959 and readability_js 0.947 on this subset):`,
  referenceTable(references),
  `### trafilatura-eval (${traf.length} pages, about three quarters German)`,
  `Micro-averaged over all snippets: a \`with\` snippet found is a true positive, a \`without\` snippet found a false positive. Target: above 0.924 (published on all 990 pages: trafilatura 2.2.0 0.924, readability-lxml 0.826).`,
  trafTable(trafRuns),
  `Ours against bare Readability on linkedom: F-score ${ratio(trafOurs.score.f, trafBare.score.f)}, ${(trafOurs.msPerPage / trafBare.msPerPage).toFixed(2)}× its time per page (both include decoding the page bytes).`,
  `The same runs on two halves of the pages (by the last hex digit of the page id); see the notes for why:`,
  halvesTable(traf.map((page) => page.id), trafRuns),
  notes(aebOurs.score.f1, trafOurs.score.f),
].join('\n\n');
console.log(body);
writeResultsSection('Extraction (npm run bench:extract)', body);

function notes(aebF1: number, trafF: number): string {
  const against = (score: number, target: number) => `${score.toFixed(4)} against the target ${target} (${score > target ? 'met' : 'missed'})`;
  return [
    '### Notes',
    `- Overfitting review: the rules were written while looking at the visible pages of both benchmarks (30 and 99 further pages are held out). Wording that a review found to match one site each (a closing phrase, a comment counter, a share prompt, a medical disclaimer, a heading of one blog network …) was removed, and generic rules that deleted article text were narrowed: sign-up lines only at a line's start, English date lines only when the line is a date and nothing else, copyright wording only in short lines, bylines in every casing of "by". After the review (src/ingest/html at commit add453f: 0.9722 and 0.9223) two rules were added: the body a page marks by a published convention (schema.org \`itemprop="articleBody"\`, the hAtom class \`entry-content\`) is where Readability looks, when exactly one element outside sidebars, menus, footers and forms carries the mark (with the item's own \`itemprop="description"\` teaser); and a page that declares a dated, freely readable article (\`og:type\` article or JSON-LD, a publication time, not \`isAccessibleForFree: false\`) may be as short as 10 words instead of 25 — a constant we chose, not a convention. Both were written looking only at the even half of the trafilatura-eval pages (table above). The same halves scored at add453f: even 0.9194, odd 0.9249 (measured once with this split; that commit's bench has no halves table). The odd half's gain is small — a handful of snippets of about 2,600 — so most of the margin over the target comes from the half that was looked at; the held-out pages remain the real test. Scores now: article-extraction-benchmark F1 ${against(aebF1, 0.97)}; trafilatura-eval F-score ${against(trafF, 0.924)}.`,
    '- Hostile pages are bounded: markup nested deeper than 200 levels is read as text, JSON-LD below 50 levels is not read, chrome removal walks without recursion, removed lines and related boxes do not make the cleaning read their whole container again (timed when the fixes were made, with the generated pages of `src/ingest/html/hostile-pages.test.ts`, not by this bench: a 0.6 MB page with 4,000 ad labels took 18 s before and under a second after).',
    '- DOM: linkedom scores as well as jsdom with bare Readability and is faster (the time-per-page column of this run). A page jsdom cannot parse counts as empty text in the jsdom rows; at the time of writing that was one page of the first benchmark (its CSS parser throws on a style sheet). Depesche runs Readability on linkedom.',
    '- Bare Readability gets linkedom\'s `parseHTML` as it is; ours repairs pages that linkedom would leave without their text in `<body>` (text before `<html>`, a second `<html>` in a conditional comment).',
    '- What ours adds: chrome removed by the names pages give it (share, related, newsletter, comments, author, byline, ads, consent …) unless the element holds the article; after Readability, removal by wording (related-links headings with their links, read-more lines in seven languages, bylines, date lines, label lines, sign-up and paywall lines, the headline printed again, captions without their picture, lists that are only links); the teaser from the page header; captions kept with their pictures (and out of the text); a second try on the page as it came when the first leaves fewer than 25 words (10 on a page that declares an article).',
    '- The text scored is the lead (when printed on the page) and the body, without headline and captions. Two benchmark definitions pull apart here: trafilatura-eval counts the teaser (Vorspann) as article text, the Zyte ground truth mostly leaves the standfirst out; German pages decide, so the teaser stays. Soft hyphens are dropped from the text (a few trafilatura-eval snippets contain them), comments are left out (a few snippets are comments).',
  ].join('\n');
}

/** The extractor under test changes often; the figures name the code they measured. */
function sourceVersion(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return `src/ingest/html at commit ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src/ingest') === '' ? '' : ' with uncommitted changes'}`;
  } catch {
    return 'source version unknown';
  }
}
