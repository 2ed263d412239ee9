/**
 * npm run bench:serve [-- --seconds 10 --connections 32]
 *
 * Requests per second and latency of the article page under concurrent load,
 * next to a bare route (`/healthz`, no work at all) of the same server in the
 * same run. A third phase edits the article from another process during the
 * load and checks after every edit that the page already shows the edit.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { machineLine, writeResultsSection } from './lib/results.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!(seconds > 0) || !(connections > 0)) throw new Error('--seconds und --connections müssen positive Zahlen sein');

const referenceId = 'ref-ukraine-koalition';
const ghostPagesPerSecond = 95;

interface Phase {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const dataDir = await mkdtemp(join(tmpdir(), 'depesche-bench-'));
const server = await startServerProcess(dataDir);
try {
  const store = await openSqliteStore(join(dataDir, 'depesche.sqlite'));
  const stored = await store.articles.get(referenceId);
  if (!stored) throw new Error('Das Referenzartikel fehlt in den Demo-Inhalten.');
  const articlePath = `/nachrichten/${stored.article.slug}`;

  await load(server.url, '/healthz', 2); // warm-up
  await load(server.url, articlePath, 2);
  const bare = await measure('bare route', server.url, '/healthz');
  const article = await measure('article page', server.url, articlePath);

  // Edits from this process (another connection, as the CLI or a second server would be).
  let edits = 0;
  let stale = 0;
  let version = stored.version;
  const editing = (async () => {
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      edits++;
      const headline = `${stored.article.headline} (Stand ${edits})`;
      const saved = await store.articles.update(
        { ...stored.article, headline, updatedAt: new Date().toISOString() },
        { actor: 'bench', expectedVersion: version },
      );
      version = saved.version;
      const html = await (await fetch(server.url + articlePath)).text();
      if (!html.includes(`<h1>${headline}</h1>`)) stale++;
    }
  })();
  const underEdits = await measure(`article page, edited every 0.5 s`, server.url, articlePath);
  await editing;
  await store.close();

  const ratio = article.requestsPerSecond / bare.requestsPerSecond;
  const phases = [bare, article, underEdits];
  const table = [
    '| phase | path | requests/s | p50 ms | p99 ms | errors | non-2xx |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...phases.map(
      (p) => `| ${p.name} | \`${p.path.length > 40 ? `${p.path.slice(0, 40)}…` : p.path}\` | ${Math.round(p.requestsPerSecond)} | ${p.p50} | ${p.p99} | ${p.errors} | ${p.non2xx} |`,
    ),
  ].join('\n');
  const verdict = ratio >= 0.5 && stale === 0 ? 'met' : 'NOT met';
  const summary = [
    `Article page / bare route: **${ratio.toFixed(2)}** (target ≥ 0.50: ${verdict}).`,
    `Stale pages after an edit: **${stale} of ${edits}** edits (the page was fetched right after each edit committed).`,
    `Against Ghost 6's published ~${ghostPagesPerSecond} article pages/s (p99 1.6 s) on a similar machine: ${(article.requestsPerSecond / ghostPagesPerSecond).toFixed(0)}× (the 100× aim is ${ghostPagesPerSecond * 100}/s); Ghost was not run here.`,
  ].join('\n');
  console.log(`\n${table}\n\n${summary}`);
  writeResultsSection(
    'Serve (article page vs. bare route)',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:serve -- --seconds ${seconds} --connections ${connections}\`; ${machineLine()}; server and load generator (autocannon) share the machine, ${connections} connections, ${seconds} s per phase, after a 2 s warm-up.\n\n${table}\n\n${summary}`,
  );
  if (verdict !== 'met') process.exitCode = 1;
} finally {
  server.process.kill('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
}

async function measure(name: string, base: string, path: string): Promise<Phase> {
  const result = await load(base, path, seconds);
  console.log(`${name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
  return {
    name,
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function load(base: string, path: string, duration: number): Promise<autocannon.Result> {
  return autocannon({ url: base + path, connections, duration });
}

async function startServerProcess(data: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/depesche.js', 'serve', '--port', '0', '--data', data], {
    cwd: new URL('..', import.meta.url),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /läuft auf (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], process: child });
    });
    child.once('exit', (code) => reject(new Error(`Server beendet mit Code ${code}: ${output}`)));
  });
}
