/**
 * npm run bench:import [-- --data DIR]
 *
 * Field accuracy of the scraped-page importer against hand-annotated real
 * pages (shared/data/scraped-pages), next to a naive importer measured in the
 * same run (first line = headline, second paragraph = lead, nothing else).
 * Values are compared after whitespace normalisation, as the data's README
 * prescribes. Prints per-field figures and every mismatch; writes a table to
 * bench/RESULTS.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseScrapedText, type ScrapedPage } from '../src/ingest/scraped-text.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' } } });
const dataRoot = resolve(repoRoot, values.data ?? '../shared/data');
const pagesDir = existsSync(join(dataRoot, 'scraped-pages')) ? join(dataRoot, 'scraped-pages') : dataRoot;
if (!existsSync(pagesDir) || !readdirSync(pagesDir).some((name) => name.endsWith('.expected.json'))) {
  console.error(`bench:import: keine annotierten Seiten gefunden in ${pagesDir}`);
  console.error('Erwartet wird ein Ordner mit NN.txt und NN.expected.json (Standard: ../shared/data/scraped-pages, relativ zum Repository); anderer Ort mit --data DIR.');
  process.exit(1);
}

interface Expected {
  section: string | null;
  kicker: string | null;
  headline: string | null;
  lead: string | null;
  image: { caption: string | null; credit: string | null } | null;
  keyPointsHeading: string | null;
  keyPoints: string[];
  subheadings: string[];
  boilerplate: string[];
}

type Value = string | null | string[];
const fields = ['section', 'kicker', 'headline', 'lead', 'caption', 'credit', 'keyPointsHeading', 'keyPoints', 'subheadings', 'boilerplate'] as const;
type Field = (typeof fields)[number];

const norm = (text: string | null | undefined): string | null => {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
};
// The annotations give credits without the © sign; the article model keeps it (`© zsu`).
const normCredit = (text: string | null | undefined) => norm((text ?? '').replace(/^©\s*/, ''));

function extract(page: ScrapedPage): Record<Exclude<Field, 'boilerplate'>, Value> {
  const { draft, details } = page;
  return {
    section: norm(draft.section),
    kicker: norm(details.kicker),
    headline: norm(page.headline),
    lead: norm(draft.lead),
    caption: norm(draft.heroImage?.caption),
    credit: normCredit(draft.heroImage?.credit),
    keyPointsHeading: norm(details.keyPointsHeading),
    keyPoints: draft.keyPoints.map((point) => norm(point.text) ?? ''),
    subheadings: draft.body.filter((block) => block.type === 'subheading').map((block) => norm(block.text) ?? ''),
  };
}

/** The texts a reader would see as article: headline, lead, caption, key points, body. */
function articleTexts(page: ScrapedPage): string[] {
  const { draft } = page;
  const texts = [page.headline, draft.lead, draft.heroImage?.caption, ...draft.keyPoints.map((point) => point.text)];
  for (const block of draft.body) {
    texts.push(block.text);
    if (block.type === 'list') texts.push(...block.items);
    if (block.type === 'image') texts.push(block.image.caption);
  }
  return texts.map(norm).filter((text): text is string => text !== null);
}

function occurrences(haystack: readonly string[], needle: string): number {
  let count = 0;
  for (const text of haystack) for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * Boilerplate leaks when it occurs in the draft's article text more often than
 * in the annotated article fields: the same words can be chrome on one line and
 * article on another (a venue name that is also the caption).
 */
function leakedBoilerplate(page: ScrapedPage, expected: Expected): string[] {
  const ours = articleTexts(page);
  const legit = [expected.headline, expected.lead, expected.image?.caption, ...expected.keyPoints, ...expected.subheadings]
    .map(norm)
    .filter((text): text is string => text !== null);
  return expected.boilerplate
    .map((text) => norm(text))
    .filter((text): text is string => text !== null && occurrences(ours, text) > occurrences(legit, text));
}

function expectedValues(expected: Expected): Record<Exclude<Field, 'boilerplate'>, Value> {
  return {
    section: norm(expected.section),
    kicker: norm(expected.kicker),
    headline: norm(expected.headline),
    lead: norm(expected.lead),
    caption: norm(expected.image?.caption),
    credit: normCredit(expected.image?.credit),
    keyPointsHeading: norm(expected.keyPointsHeading),
    keyPoints: expected.keyPoints.map((text) => norm(text) ?? ''),
    subheadings: expected.subheadings.map((text) => norm(text) ?? ''),
  };
}

/** The baseline: first non-empty line is the headline, the second paragraph the lead, nothing else. */
function naive(text: string): ScrapedPage {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const paragraphs = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  return {
    headline: lines[0] ?? null,
    draft: {
      section: null, headline: lines[0] ?? '', lead: paragraphs[1] ?? '', heroImage: null, keyPoints: [], body: [],
      sources: [], entities: [], tags: [], authors: [], language: 'de', publishedAt: null,
    },
    details: { kicker: null, keyPointsHeading: null, dateText: null, dropped: [] },
  };
}

interface Score {
  hits: Record<Field, number>;
  /** Boilerplate hits on pages whose annotation lists any chrome (the others pass trivially). */
  chromeHits: number;
  mismatches: string[];
}

function score(importer: (text: string) => ScrapedPage, pages: { id: string; text: string; expected: Expected }[]): Score {
  const hits = Object.fromEntries(fields.map((field) => [field, 0])) as Record<Field, number>;
  const mismatches: string[] = [];
  let chromeHits = 0;
  for (const { id, text, expected } of pages) {
    const page = importer(text);
    const got = extract(page);
    const want = expectedValues(expected);
    for (const field of fields) {
      if (field === 'boilerplate') {
        const leaked = leakedBoilerplate(page, expected);
        if (leaked.length === 0) {
          hits.boilerplate++;
          if (expected.boilerplate.length > 0) chromeHits++;
        } else mismatches.push(`${id} boilerplate: left in the article: ${JSON.stringify(leaked)}`);
        continue;
      }
      if (JSON.stringify(got[field]) === JSON.stringify(want[field])) hits[field]++;
      else mismatches.push(`${id} ${field}:\n    expected ${JSON.stringify(want[field])}\n    got      ${JSON.stringify(got[field])}`);
    }
  }
  return { hits, chromeHits, mismatches };
}

const ids = readdirSync(pagesDir).filter((name) => /^\d+\.expected\.json$/.test(name)).map((name) => name.split('.')[0]!).sort();
const pages = ids.map((id) => ({
  id,
  text: readFileSync(join(pagesDir, `${id}.txt`), 'utf8'),
  expected: JSON.parse(readFileSync(join(pagesDir, `${id}.expected.json`), 'utf8')) as Expected,
}));

const started = performance.now();
const ours = score(analyseScrapedText, pages);
const elapsed = performance.now() - started;
const baseline = score(naive, pages);

const percent = (hits: number, total: number) => `${((100 * hits) / total).toFixed(1)} %`;
const total = (result: Score) => fields.reduce((sum, field) => sum + result.hits[field], 0);
const cells = fields.length * pages.length;

console.log(`Scraped-page import: ${pages.length} pages from ${pagesDir}\n`);
console.log(`${'field'.padEnd(18)} ${'importer'.padStart(9)} ${'naive'.padStart(9)}`);
for (const field of fields) {
  console.log(`${field.padEnd(18)} ${percent(ours.hits[field], pages.length).padStart(9)} ${percent(baseline.hits[field], pages.length).padStart(9)}`);
}
const oursTotal = total(ours);
const naiveTotal = total(baseline);
console.log(`${'overall'.padEnd(18)} ${percent(oursTotal, cells).padStart(9)} ${percent(naiveTotal, cells).padStart(9)}`);
const chromePages = pages.filter((page) => page.expected.boilerplate.length > 0).length;
console.log(`boilerplate on the ${chromePages} pages with annotated chrome: importer ${ours.chromeHits}/${chromePages}, naive ${baseline.chromeHits}/${chromePages}`);
console.log(`\nratio importer/naive: ${(oursTotal / naiveTotal).toFixed(2)}×; ${(elapsed / pages.length).toFixed(2)} ms per page\n`);
console.log(ours.mismatches.length ? `Mismatches (${ours.mismatches.length}):\n${ours.mismatches.map((line) => `  ${line}`).join('\n')}` : 'No mismatches.');

const table = [
  `Run ${new Date().toISOString().slice(0, 10)}, \`npm run bench:import\` (${pages.length} annotated pages, ${machineLine()}).`,
  'Field accuracy after whitespace normalisation; the naive importer (first line = headline, second paragraph = lead) is measured in the same run.',
  '',
  '| field | importer | naive |',
  '| --- | ---: | ---: |',
  ...fields.map((field) => `| ${field} | ${percent(ours.hits[field], pages.length)} | ${percent(baseline.hits[field], pages.length)} |`),
  `| **overall** | **${percent(oursTotal, cells)}** | ${percent(naiveTotal, cells)} |`,
  '',
  `Ratio importer/naive: ${(oursTotal / naiveTotal).toFixed(2)}×; ${ours.mismatches.length} field mismatches; ${(elapsed / pages.length).toFixed(2)} ms per page.`,
  `Boilerplate on the ${chromePages} pages whose annotation lists chrome: importer ${ours.chromeHits}/${chromePages}, naive ${baseline.chromeHits}/${chromePages} (the other pages pass trivially).`,
  '',
  'These are the shared pages the rules were developed against (no page-specific rules, but seen); the held-out pages measure generalisation.',
  'Conventions: credits compare without a leading `©` (the annotations drop it, the article model keeps it); a boilerplate string fails',
  'when it occurs in the draft\'s article text more often than in the annotated article fields (a venue name can be chrome on one line and caption on another).',
].join('\n');
writeResultsSection('Import (scraped pages)', table);
