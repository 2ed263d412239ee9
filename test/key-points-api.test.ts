import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { startTestServer } from './helpers/test-server.ts';
import { tempDir } from './helpers/temp-dir.ts';

/** Key points for any text: over HTTP, on the command line, and again for every stored article. */
const { server, dataDir } = await startTestServer();
const text = [
  'Die Stadt Kiel baut bis 2027 eine neue Brücke über die Hörn, die Fußgänger und Radfahrer verbindet.',
  'Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro, die das Land zur Hälfte trägt.',
  'Während der Bauzeit fährt eine zusätzliche Fähre im Zwanzig-Minuten-Takt zwischen beiden Ufern.',
  'Anwohner sollen im Frühjahr bei einer Versammlung über die Gestaltung mitreden können.',
].join('\n\n');

const post = (body: string, type = 'application/json') =>
  fetch(`${server.url}/api/v1/key-points`, { method: 'POST', headers: { 'Content-Type': type }, body });

test('POST /api/v1/key-points suggests points for a text and stores nothing', async () => {
  const before = await server.store.articles.count({});
  const response = await post(JSON.stringify({ text, count: 2 }));
  assert.equal(response.status, 200);
  const { keyPoints } = (await response.json()) as { keyPoints: string[] };
  assert.equal(keyPoints.length, 2);
  for (const point of keyPoints) assert.ok(text.includes(point), point);
  assert.equal(await server.store.articles.count({}), before);
});

test('bad requests get a JSON error naming what was wrong', async () => {
  const cases: [string, string, number, RegExp][] = [
    ['{"text": ""}', 'application/json', 400, /text: darf nicht leer sein/],
    ['{"text": "x", "count": 9}', 'application/json', 400, /count/],
    ['{"text": "x", "extra": 1}', 'application/json', 400, /extra/],
    ['{nicht json', 'application/json', 400, /kein gültiges JSON/],
    ['text=x', 'application/x-www-form-urlencoded', 415, /JSON senden/],
    [JSON.stringify({ text: 'a'.repeat(1_100_000) }), 'application/json', 413, /1 MB/],
  ];
  for (const [body, type, status, message] of cases) {
    const response = await post(body, type);
    assert.equal(response.status, status, body.slice(0, 40));
    const json = (await response.json()) as { error: { code: string; message: string } };
    assert.match(json.error.message, message);
  }
});

function depesche(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/depesche.js', ...args], { cwd: new URL('..', import.meta.url), env: { ...process.env, DEPESCHE_DATA: dataDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('depesche suggest prints the points for a text file, and refuses a bad count', async () => {
  const file = join(await tempDir(), 'text.txt');
  await writeFile(file, text);
  const run = await depesche(['suggest', file, '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal((JSON.parse(run.stdout) as string[]).length, 3);
  const bad = await depesche(['suggest', file, '--count', '9']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /erlaubt sind 2 bis 5/);
});

test('depesche reindex adds what the enrichment finds and keeps what editors wrote', async () => {
  const reference = (await server.store.articles.get('ref-ukraine-koalition'))!;
  // As if the sources had not been found when it was imported; an editor's own source stays.
  await server.store.articles.update(
    { ...reference.article, sources: [{ name: 'Eigene Recherche' }] },
    { actor: 'test', expectedVersion: reference.version },
  );
  const run = await depesche(['reindex']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /(\d+)\/\1 \(100 %\)/, 'progress is shown');
  assert.match(run.stderr, /Fertig: \d+ Artikel geprüft, [1-9]\d* ergänzt/);
  const after = (await server.store.articles.get('ref-ukraine-koalition'))!.article;
  assert.deepEqual(after.sources.map((s) => s.name), ['Eigene Recherche', 'The Telegraph', 'The Times']);
  assert.deepEqual(after.keyPoints, reference.article.keyPoints, 'the key points are untouched');
  assert.match(run.stderr, /Suchindex neu aufgebaut: (\d+) Artikel/);
  assert.equal(Number(/Suchindex neu aufgebaut: (\d+)/.exec(run.stderr)?.[1]), await server.store.articles.count({}), 'every article is in the index');
});

test('depesche reindex --nur-suche rebuilds the search index alone, and search works the same after it', async () => {
  const search = async () => ((await (await fetch(`${server.url}/api/v1/search?q=Sicherheitsgarantie`)).json()) as { total: number; results: { id: string }[] });
  const before = await search();
  assert.ok(before.results.some((r) => r.id === 'ref-ukraine-koalition'));
  const run = await depesche(['reindex', '--nur-suche']);
  assert.equal(run.code, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /Anreicherung/);
  assert.match(run.stderr, /(\d+)\/\1 \(100 %\)/, 'progress is shown');
  assert.deepEqual(await search(), before);
});
