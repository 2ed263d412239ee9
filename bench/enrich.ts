/**
 * npm run bench:enrich [-- --data DIR]
 *
 * Throughput of the whole enrichment (cited sources, entities, suggested key
 * points) on the 686 10kGNAD articles, on one core, next to a baseline in the
 * same run: splitting the same texts into sentences only.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emptyDraft } from '../src/article/draft.ts';
import { enrichDraft } from '../src/commands/enrich-draft.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolve(values.data ?? new URL('../../shared/data', import.meta.url).pathname);
const file = resolve(dataDir, '10kgnad', 'articles.jsonl');
if (!existsSync(file)) {
  console.error(`Daten fehlen: ${file} – geben Sie den Ordner mit --data an.`);
  process.exit(1);
}

const rows = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string });
// The dataset joins title, lead and body; paragraphs are the only structure the importer would give us.
const drafts = rows.map((row) => {
  const sentences = splitSentences(row.text);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  return { ...emptyDraft(sentences[0] ?? ''), body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
});
const characters = rows.reduce((sum, row) => sum + row.text.length, 0);

function time(run: () => void): number {
  run(); // warm-up
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

const baseline = time(() => {
  for (const row of rows) splitSentences(row.text);
});
const withoutKeyPoints = time(() => {
  for (const draft of drafts) enrichDraft(draft, { autoKeyPoints: false });
});
const full = time(() => {
  for (const draft of drafts) enrichDraft(draft, { autoKeyPoints: true });
});

const rate = (seconds: number) => Math.round(rows.length / seconds);
const table = [
  '| run | articles/s | ms per article |',
  '| --- | ---: | ---: |',
  `| baseline: sentence splitting only | ${rate(baseline)} | ${((baseline * 1000) / rows.length).toFixed(2)} |`,
  `| enrichment: sources + entities | ${rate(withoutKeyPoints)} | ${((withoutKeyPoints * 1000) / rows.length).toFixed(2)} |`,
  `| enrichment: sources + entities + 3 key points | ${rate(full)} | ${((full * 1000) / rows.length).toFixed(2)} |`,
].join('\n');
console.log(table);
writeResultsSection(
  'Enrichment throughput (10kGNAD)',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:enrich\`; ${machineLine()}; one core, ${rows.length} articles (${(characters / 1e6).toFixed(2)} M characters, median ≈2,200 per article), after one warm-up pass.\n\n${table}`,
);
