/** The Markdown of the Search section of bench/RESULTS.md. */
import type { Answer } from './answer.ts';
import type { KnownItemSet } from './known-item.ts';
import { OURS, OURS_ALL_WORDS, type SizeResult, type SystemScore } from './relevance.ts';
import { latency, QUERY_COUNT, type SpeedResult, type TimedQuery } from './speed.ts';
import { SECTIONS, type Pool } from './synthetic.ts';
import { BM25_WEIGHTS } from '../../src/store/sqlite/sqlite-search-repository.ts';

const HEADLINE_SIZE = 3;
const TARGET_RATIO = 1.25;
const TARGET_P95_MS = 10;
const TARGET_PER_SECOND = 2000;

const f3 = (value: number) => value.toFixed(3);
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
const ms = (value: number) => value.toFixed(2);
const int = (value: number) => Math.round(value).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

function bestPlain(rows: readonly SystemScore[]): SystemScore {
  return rows.filter((row) => row.system !== OURS && row.system !== OURS_ALL_WORDS).reduce((best, row) => (row.mrr > best.mrr ? row : best));
}

function systemTable(rows: readonly SystemScore[]): string {
  return [
    '| system | queries | MRR@10 | recall@10 | mean ms/query |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => {
      const name = row.system === OURS ? `**${row.system}**` : row.system;
      return `| ${name} | ${row.queries} | ${f3(row.mrr)} | ${f3(row.recall)} | ${ms(row.meanMs)} |`;
    }),
  ].join('\n');
}

function datasetBlock(set: KnownItemSet, results: readonly SizeResult[], note: string): string {
  const main = results.find((result) => result.size === HEADLINE_SIZE)!;
  const ours = main.rows.find((row) => row.system === OURS)!;
  const best = bestPlain(main.rows);
  const ratio = ours.mrr / best.mrr;
  const by = ours.answeredBy!;
  const found = ours.foundBy!;
  const labels: [Answer, string][] = [
    ['as typed', 'as typed (no correction)'],
    ['typo', 'with a one-typo correction'],
    ['nothing', 'with nothing'],
  ];
  const answered = labels
    .filter(([key]) => by[key] > 0)
    .map(([key, label]) => `${pct(by[key], ours.queries)} ${label}${key === 'nothing' ? '' : ` (target in the top 10 for ${pct(found[key], by[key])} of these)`}`)
    .join(', ');
  const sizes = [
    '| query words | queries | ours MRR@10 | ours recall@10 | best plain variant | its MRR@10 | its recall@10 | ratio |',
    '| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...results.map(({ size, rows }) => {
      const o = rows.find((row) => row.system === OURS)!;
      const b = bestPlain(rows);
      return `| ${size}${size === HEADLINE_SIZE ? ' (headline)' : ''} | ${o.queries} | ${f3(o.mrr)} | ${f3(o.recall)} | ${b.system} | ${f3(b.mrr)} | ${f3(b.recall)} | ${(o.mrr / b.mrr).toFixed(2)}× |`;
    }),
  ].join('\n');
  return `#### ${set.name} (${set.articles.length.toLocaleString('en-US')} articles indexed; ${note})

Three-word queries (the headline figure):

${systemTable(main.rows)}

MRR@10 ours / best plain (${best.system}): **${ratio.toFixed(2)}×** (target ≥ ${TARGET_RATIO}: ${met(ratio >= TARGET_RATIO)}).
How ours answered: ${answered}.

By query length:

${sizes}`;
}

export function relevanceSection(results: readonly [KnownItemSet, SizeResult[]][]): string {
  const [klexikon, gnad] = results;
  const gnadQueries = gnad![1].find((result) => result.size === HEADLINE_SIZE)!.rows[0]!.queries;
  return `### Relevance (known item)

Each query has one target article; MRR@10 = mean of 1/rank of the target when it is in the top 10 (else 0), recall@10 = share
of queries with the target in the top 10. Ours is \`searchArticles\` exactly as readers get it at the commit above (published only;
page 1 of 10; freshness 0 %, every article has the same date). The plain baseline is an
in-memory \`node:sqlite\` table \`fts5(headline, lead, body)\` with the default tokenizer (unicode61), filled with the same
text (\`searchableText\`), ranked by \`bm25(plain)\` with equal weights and with our weights for these columns (10, 4, 1; ours
are headline ${BM25_WEIGHTS[0]}, lead ${BM25_WEIGHTS[1]}, key points ${BM25_WEIGHTS[2]}, body ${BM25_WEIGHTS[3]}, from \`sqlite-search-repository.ts\`), each queried with the words
as FTS5 strings (\`"word"\`) joined by spaces (AND) and by \` OR \`. "Best plain" is the plain row with the highest MRR@10.

${datasetBlock(klexikon![0], klexikon![1], 'query source: the Klexikon text, target: the Wikipedia article')}

${datasetBlock(gnad![0], gnad![1], `${gnadQueries} of ${gnad![0].articles.length} have a first sentence with three query words`)}

**Query rule** (fixed before measuring, the same for every system): content words = tokens of \`tokenize(text, { splitHyphens: true })\`
(\`src/text/tokens.ts\`) with at least 4 characters, no digit, and not \`isStopword\` (\`src/text/stopwords.ts\`), compared lower-cased.
Candidates = the distinct content words of the source's first paragraph, and of the next paragraphs only while there are fewer
than k; the k with the highest IDF (lowest document frequency) win, ties to the earlier first occurrence; the query is these
words as they first occur, joined by spaces. Klexikon: the source is the children's-lexicon text, words of the title are not
candidates, IDF over the 2,624 Klexikon texts; the item is the Wikipedia article (headline = title, lead = first paragraph,
body = the other paragraphs, \`= Heading\` lines as subheadings), among all 2,624 Wikipedia articles of train + validation.
10kGNAD: \`splitSentences\` (\`src/text/sentences.ts\`); the first sentence (title/teaser) is the only source, IDF over the
first sentences; it is not indexed: headline = second sentence, lead = third, body = the rest in paragraphs of five sentences
(a headline over the model's 300 characters is cut at a word and the rest opens the lead); articles of a single sentence
are not indexed; articles whose first sentence has fewer than k candidates get no query of k words.`;
}

function latencyRow(label: string, queries: readonly TimedQuery[]): string {
  const l = latency(queries.map((query) => query.ms));
  const share = (test: (query: TimedQuery) => boolean) => pct(queries.filter(test).length, queries.length);
  return `| ${label} | ${l.count} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} | ${ms(l.mean)} | ` +
    `${share((q) => q.short)} | ${share((q) => q.answer === 'typo')} | ${share((q) => q.answer === 'nothing')} |`;
}

function floorRow(label: string, values: readonly number[]): string {
  const l = latency(values);
  return `| ${label} | ${l.count} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} | ${ms(l.mean)} |`;
}

function floorVerdict(engine: SpeedResult['engine']): string {
  const anyWord = latency(engine.anyWord).p95;
  const everyWord = latency(engine.everyWord).p95;
  const below = (p95: number) => (p95 >= TARGET_P95_MS ? `above the target: FTS5 alone misses it` : `under the target`);
  return `FTS5 alone takes p95 ${ms(anyWord)} ms with any word (${below(anyWord)}) and ${ms(everyWord)} ms with every word
required (${below(everyWord)}).`;
}

export function speedSection(result: SpeedResult, pool: Pool, peakRssBytes: number): string {
  const all = latency(result.queries.map((query) => query.ms));
  const shapes = [...new Set(result.queries.map((query) => query.shape))];
  const slowest = [...result.queries].sort((a, b) => b.ms - a.ms).slice(0, 10);
  const rebuildRate = result.articles / result.rebuildSeconds;
  const size = result.sizeAfterRebuild;
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const perArticle = (seconds: number) => `${int((seconds * 1e6) / result.articles)} µs`;
  return `### Speed (${int(result.articles)} synthetic articles)

| figure | value |
| --- | ---: |
| indexing: \`store.search.rebuild()\` (read every article, index it anew; one transaction, one core) in a fresh process, as \`depesche reindex --nur-suche\` | **${int(rebuildRate)} articles/s** (${result.rebuildSeconds.toFixed(1)} s; target ≥ ${int(TARGET_PER_SECOND)}: ${met(rebuildRate >= TARGET_PER_SECOND)}) |
| the same rebuild's steps timed one by one in another fresh process (\`bench/search/indexing-parts.ts\`, pages of 500): reading the articles / our word analysis (\`indexColumns\`) / FTS5 inserting the finished keys into an empty copy of the table | ${perArticle(result.indexingParts.readSeconds)} / ${perArticle(result.indexingParts.analysisSeconds)} / ${perArticle(result.indexingParts.ftsSeconds)} (at ${int(TARGET_PER_SECOND)}/s an article may take ${int(1e6 / TARGET_PER_SECOND)} µs in all) |
| the same rebuild in the benchmark process right after the inserts (word-analysis cache warm) | ${int(result.articles / result.warmRebuildSeconds)} articles/s (${result.warmRebuildSeconds.toFixed(1)} s) |
| insert (\`saveAll\` in batches of 1,000: article, revision and index row) | ${int(result.articles / result.insertSeconds)} articles/s (${result.insertSeconds.toFixed(1)} s) |
| index size after rebuild (FTS5 shadow tables \`search_index_*\`, ${size.method}) | ${mb(size.ftsBytes)} = ${int(size.ftsBytes / result.articles)} bytes/article |
| index size after the inserts, before the rebuild | ${mb(result.sizeAfterInsert.ftsBytes)} |
${size.mapBytes === undefined ? '' : `| \`search_documents\` (article ↔ index row map) | ${mb(size.mapBytes)} |\n`}| database file (articles, revisions, index, after close) | ${mb(result.fileBytes)} |
| peak RSS of the whole run | ${mb(peakRssBytes)} |

Query latency, ${QUERY_COUNT} fixed queries through \`searchArticles\` (published, relevance with 20 % freshness lift, half-life 30 days,
page 1 of 10), each run once to warm up, then timed one by one with \`performance.now()\`; ms:

| queries | n | p50 | p95 | p99 | max | mean | < 10 hits as typed | typo fallback | no hits |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${latencyRow('**all**', result.queries)}
${shapes.map((shape) => latencyRow(shape, result.queries.filter((query) => query.shape === shape))).join('\n')}

p95 ${ms(all.p95)} ms (target < ${TARGET_P95_MS} ms: ${met(all.p95 < TARGET_P95_MS)}). "< 10 hits as typed" = the query as typed found fewer
than a page, where the engine may check spelling or widen the query; the fallback columns say how the shown hits came about.

**FTS5 alone** (the floor): for each query, the first match our search ran, timed again as the bare statement
\`SELECT rowid, bm25(search_index, …) AS relevance … MATCH ? ORDER BY relevance LIMIT 10\` in a connection of its own (\`bench/search/engine-floor.ts\`):
no filters, lift, count, articles or snippets. FTS5 computes \`bm25()\` for every matching row before it sorts, and
\`node:sqlite\` cannot register another ranking function, so no search that ranks these matches by it is faster than this row; ms:

| statement | n | p50 | p95 | p99 | max | mean |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${floorRow('FTS5 alone, any word (as our search matches)', result.engine.anyWord)}
${floorRow('FTS5 alone, every word required', result.engine.everyWord)}

${floorVerdict(result.engine)}

The 10 slowest queries:

| query | shape | ms | answered | total hits |
| --- | --- | ---: | --- | ---: |
${slowest.map((q) => `| \`${escape(q.text)}\` | ${q.shape} | ${ms(q.ms)} | ${q.answer} | ${int(q.total)} |`).join('\n')}

**Articles** (seeded mulberry32): headline = a sentence of 20–100 characters, lead = a paragraph, body = 3–8 paragraphs, all drawn
uniformly from a pool of ${int(pool.paragraphs.length)} paragraphs (80–2,000 characters: the Wikipedia paragraphs of Klexikon train + validation
without headings, and 10kGNAD texts cut into paragraphs of four sentences) and ${int(pool.headlines.length)} sentences; section uniformly
from ${SECTIONS.join(', ')}; published at a uniform minute within the two years before ${'2026-01-01'}; all published.
**Queries** (seeded): 40 % one word, 35 % two words, 15 % three words, 5 % a quoted two-word phrase, 5 % a prefix. A word is drawn
uniformly from all content-word occurrences of the pool (so weighted by frequency; content word as in the relevance rule); the
second and third word of a query are further distinct content words drawn from the same paragraph as the first, because readers
combine words that belong together; a phrase is two neighbouring tokens of such a paragraph (no digits, not both stop words);
a prefix is the first 5 to length−1 letters of a drawn word of at least 6 letters, followed by \`*\`.`;
}

export function notesSection(articles: number, poolParagraphs: number): string {
  const reuse = (articles * 6.5) / poolParagraphs;
  const fallbackNote = `- Ours ranks every article with any of the query words by BM25; the row "every word required" is our
  index and analysis with every word required instead, measured in the same run, to show what that choice costs or gains.`;
  return `### Notes

- The Klexikon queries come from a different text (the children's lexicon) than the item searched for (the Wikipedia
  article), so a query word may be missing from the item or spelt differently; that mismatch is what the benchmark tests.
  The 10kGNAD query sentence is not indexed at all, so again nothing guarantees that the item contains every query word.
${fallbackNote}
- Query times are not like for like: the plain rows are a bare \`MATCH … ORDER BY bm25 LIMIT 10\` on an in-memory table returning
  row ids; ours is the whole reader path (Kysely, filters, loading the articles, snippets, spelling checks).
- 10kGNAD here is only the shared part of the test split (686 articles), a small collection; differences of ±0.02 MRR are noise.
- The synthetic articles reuse each pool paragraph about ${reuse.toFixed(1)} times on average, and the pool is mostly
  encyclopaedic text, so term statistics differ from a real news archive. Latency is measured in one process, one query
  at a time, with a warm page cache and no concurrent writes, after the rebuild. Peak RSS includes the source texts and
  the paragraph pool the benchmark itself holds in memory. Drawing words by frequency repeats popular ones (a word can
  occur more than once among the 1,000 queries), as real query logs do.`;
}
