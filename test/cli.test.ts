import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/article/article.ts';
import type { Store } from '../src/store/article-repository.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { tempDir } from './helpers/temp-dir.ts';

/**
 * The `depesche` command as a user runs it: the real bin/depesche.js in a
 * child process, each test with its own data folder, and the database opened
 * afterwards to see what was (or was not) written.
 */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(repoRoot, 'test', 'fixtures', 'cli');
const fixture = (name: string) => join(fixtures, name);
const seedPage = join(repoRoot, 'demo', 'seed-article.txt');
const seedHeadline = 'USA bieten Unterstützung für Koalition in Ukraine nach Waffenstillstand';
const seedSlug = 'usa-bieten-unterstuetzung-fuer-koalition-in-ukraine-nach-waffenstillstand';

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  dataDir: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** The settings loadConfig reads; removed from the inherited environment so the machine's own cannot leak in. */
const configVariables = [
  'PORT',
  'HOST',
  'DEPESCHE_DATA',
  'DEPESCHE_SITE_URL',
  'DEPESCHE_SITE_NAME',
  'DEPESCHE_TIMEZONE',
  'DEPESCHE_DEMO',
  'NODE_TEST_CONTEXT',
];

// Node's compile cache keeps the type-stripped modules between the many short
// child processes: about half the start-up time of each.
const compileCache = process.env['NODE_COMPILE_CACHE'] ?? (await tempDir('depesche-compile-cache-'));

/**
 * Runs `depesche …args` with DEPESCHE_DATA set to the test's folder. Asynchronous
 * (unlike spawnSync) so that independent tests run their commands in parallel;
 * killed after the timeout so a command that hangs fails the test instead of the run.
 */
function depesche(args: readonly string[], { dataDir, env = {}, timeoutMs = 20_000 }: RunOptions): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of configVariables) delete childEnv[name];
  Object.assign(childEnv, { DEPESCHE_DATA: dataDir, NODE_COMPILE_CACHE: compileCache, ...env });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/depesche.js', ...args], {
      cwd: repoRoot,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        status,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** A readable summary of a run for assertion messages. */
const show = (run: Run) =>
  `exit ${run.status}${run.signal ? ` (${run.signal})` : ''}\n--- stdout ---\n${run.stdout.slice(0, 2000)}\n--- stderr ---\n${run.stderr.slice(0, 2000)}`;

function assertSucceeded(run: Run): void {
  assert.equal(run.timedOut, false, `Zeitüberschreitung\n${show(run)}`);
  assert.equal(run.status, 0, show(run));
}

function assertFailed(run: Run): void {
  assert.equal(run.timedOut, false, `Zeitüberschreitung\n${show(run)}`);
  assert.equal(run.signal, null, show(run));
  assert.notEqual(run.status, 0, show(run));
}

const databaseFile = (dataDir: string) => join(dataDir, 'depesche.sqlite');

async function withStore<T>(dataDir: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(databaseFile(dataDir));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Every stored article, oldest id first; none when the command never created a database. */
async function storedArticles(dataDir: string): Promise<Article[]> {
  if (!existsSync(databaseFile(dataDir))) return [];
  return withStore(dataDir, async (store) => {
    const articles: Article[] = [];
    for await (const article of store.articles.all()) articles.push(article);
    assert.equal(await store.articles.count({}), articles.length);
    return articles;
  });
}

const byId = (a: Article, b: Article) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Child processes are most of the time; independent tests run side by side.
describe('depesche (command line)', { concurrency: Math.max(2, Math.min(8, availableParallelism())) }, () => {
  describe('help', () => {
    // Each help is asked for once; the tests below share the answers.
    const helpRuns = new Map<string, Promise<Run>>();
    const helpRun = (args: string[]) => {
      const key = args.join(' ');
      if (!helpRuns.has(key)) helpRuns.set(key, tempDir().then((dataDir) => depesche(args, { dataDir })));
      return helpRuns.get(key)!;
    };

    /** Help text with commander's line wrapping undone, so a description reads as one line. */
    async function help(args: string[]): Promise<string> {
      const run = await helpRun(args);
      assertSucceeded(run);
      assert.equal(run.stderr, '');
      return run.stdout.replace(/\s+/g, ' ');
    }

    test('depesche --help lists the three commands with German descriptions', async () => {
      const text = await help(['--help']);
      assert.match(text, /Depesche – die Nachrichtenplattform für Redaktionen/);
      assert.match(text, /serve \[optionen\] die Website starten \(legt die Datenbank beim ersten Start an\)/);
      assert.match(text, /import \[optionen\] <dateien\.\.\.> Artikel aus Dateien importieren: Text einer Nachrichtenseite oder JSON/);
      assert.match(text, /export \[optionen\] alle Artikel als JSON ausgeben \(wieder einlesbar mit "depesche import"\)/);
    });

    test('serve --help describes --port, --host and --data', async () => {
      const text = await help(['serve', '--help']);
      assert.match(text, /die Website starten/);
      assert.match(text, /--port <port> Port \(Standard: PORT oder 3000\)/);
      assert.match(text, /--host <adresse> Adresse, auf der gelauscht wird \(Standard: HOST oder 127\.0\.0\.1\)/);
      assert.match(text, /--data <ordner> Datenordner \(Standard: DEPESCHE_DATA oder \.\/data\)/);
    });

    test('import --help describes files, --format, --publish, --dry-run, --section and --data', async () => {
      const text = await help(['import', '--help']);
      assert.match(text, /<dateien\.\.\.>/);
      assert.match(text, /dateien eine oder mehrere Dateien/);
      assert.match(text, /--format <format> Eingabeformat \(Standard: nach Dateiendung, \.json = json\) \(\w+: "text", "json"\)/);
      assert.match(text, /--publish sofort veröffentlichen statt als Entwurf anlegen/);
      assert.match(text, /--dry-run nur prüfen und das Ergebnis als JSON ausgeben, nichts speichern/);
      assert.match(text, /--section <name> Ressort, wenn die Seite keines nennt \(\w+: "Nachrichten"\)/);
      assert.match(text, /--data <ordner> Datenordner/);
    });

    test('export --help describes --output, --status and --data', async () => {
      const text = await help(['export', '--help']);
      assert.match(text, /alle Artikel als JSON ausgeben/);
      assert.match(text, /-o, --output <datei> in diese Datei schreiben statt auf die Standardausgabe/);
      assert.match(text, /--status <status> nur Artikel mit diesem Status \(\w+: "draft", "review", "scheduled", "published", "unpublished", "archived"\)/);
      assert.match(text, /--data <ordner> Datenordner/);
    });

    test(
      'help has no English labels left',
      async () => {
        const runs = await Promise.all(
          [['--help'], ['serve', '--help'], ['import', '--help'], ['export', '--help']].map(helpRun),
        );
        for (const run of runs) {
          assertSucceeded(run);
          assert.doesNotMatch(run.stdout, /Usage:|Options:|Commands:|display help|default:|choices:/);
        }
      },
    );

    test('an unknown command and a missing file argument fail with a hint', async () => {
      const dataDir = await tempDir();
      const [unknown, missing] = await Promise.all([
        depesche(['importieren'], { dataDir }),
        depesche(['import'], { dataDir }),
      ]);
      assertFailed(unknown);
      assert.match(unknown.stderr, /importieren/);
      assert.match(unknown.stderr, /depesche --help/);
      assertFailed(missing);
      assert.match(missing.stderr, /dateien/);
      assert.equal(existsSync(databaseFile(dataDir)), false);
    });

    test(
      'errors of a sub-command point to the help too',
      async () => {
        const dataDir = await tempDir();
        const [missing, badChoice] = await Promise.all([
          depesche(['import'], { dataDir }),
          depesche(['export', '--status', 'veroeffentlicht'], { dataDir }),
        ]);
        for (const run of [missing, badChoice]) {
          assertFailed(run);
          assert.match(run.stderr, /--help/);
        }
      },
    );
  });

  describe('import of the reference page', () => {
    test('--dry-run prints the parsed article as JSON and writes nothing', async () => {
      // A folder that does not exist yet: a dry run must not even create it.
      const dataDir = join(await tempDir(), 'daten');
      const run = await depesche(['import', seedPage, '--dry-run'], { dataDir });
      assertSucceeded(run);

      const printed = JSON.parse(run.stdout) as Article[];
      assert.ok(Array.isArray(printed), 'die Ausgabe ist eine Liste von Artikeln wie beim Export');
      assert.equal(printed.length, 1);
      const [article] = printed as [Article];
      assert.equal(article.headline, seedHeadline);
      assert.equal(article.slug, seedSlug);
      assert.equal(article.section, 'Nachrichten');
      assert.equal(article.status, 'draft');
      assert.equal(article.publishedAt, null);
      assert.match(article.lead, /^Die USA haben in inoffiziellen Gesprächen/);
      assert.equal(article.heroImage?.credit, '© zsu');
      assert.equal(article.heroImage?.caption, 'Medien: USA bereit, westliche Truppen in der Ukraine zu unterstützen');
      assert.equal(article.keyPoints.length, 3);
      assert.match(article.keyPoints[0]!.text, /^Die USA haben Unterstützung/);
      assert.deepEqual(
        article.sources.map((source) => source.name),
        ['The Telegraph', 'The Times'],
      );
      assert.ok(article.body.length > 0);
      assert.ok(!article.body.some((block) => block.text.includes('Für Sie ausgewählt')), 'die Empfehlungsleiste gehört nicht in den Text');

      assert.match(run.stderr, /seed-article\.txt/);
      assert.equal(existsSync(dataDir), false, 'ein Probelauf legt keinen Datenordner an');
    });

    test('without flags it creates a draft', async () => {
      const dataDir = await tempDir();
      const run = await depesche(['import', seedPage], { dataDir });
      assertSucceeded(run);
      assert.match(run.stderr, /seed-article\.txt/);
      assert.match(run.stderr, /Entwurf/);
      assert.equal(run.stdout, '');

      const articles = await storedArticles(dataDir);
      assert.equal(articles.length, 1);
      const [article] = articles as [Article];
      assert.equal(article.status, 'draft');
      assert.equal(article.publishedAt, null);
      assert.equal(article.headline, seedHeadline);
      assert.equal(article.slug, seedSlug);
      assert.equal(article.section, 'Nachrichten');
      await withStore(dataDir, async (store) => {
        assert.equal((await store.articles.get(article.id))?.version, 1);
        assert.equal((await store.articles.revisions(article.id))[0]?.actor, 'import');
      });
    });

    test('with --publish it creates a published article', async () => {
      const dataDir = await tempDir();
      const started = Date.now();
      const run = await depesche(['import', '--publish', seedPage], { dataDir });
      assertSucceeded(run);
      assert.match(run.stderr, /Veröffentlicht/);

      const [article, ...rest] = await storedArticles(dataDir);
      assert.equal(rest.length, 0);
      assert.equal(article?.status, 'published');
      assert.ok(article.publishedAt !== null);
      assert.ok(Date.parse(article.publishedAt) >= started - 1000, 'veröffentlicht jetzt, nicht irgendwann');
      await withStore(dataDir, async (store) => assert.equal(await store.articles.count({ status: 'published' }), 1));
    });

    test('importing the same page twice gives two articles, the second slug ending in -2', async () => {
      const dataDir = await tempDir();
      assertSucceeded(await depesche(['import', seedPage], { dataDir }));
      assertSucceeded(await depesche(['import', seedPage], { dataDir }));

      const articles = await storedArticles(dataDir);
      assert.equal(articles.length, 2);
      assert.notEqual(articles[0]!.id, articles[1]!.id);
      assert.deepEqual(articles.map((article) => article.slug).sort(), [seedSlug, `${seedSlug}-2`]);
    });

    test('the same page twice in one batch also gets distinct slugs', async () => {
      const dataDir = await tempDir();
      const run = await depesche(['import', seedPage, seedPage], { dataDir });
      assertSucceeded(run);
      assert.match(run.stderr, /^\[1\/2\] ✓ .*\n\[2\/2\] ✓ .*\nFertig: 2 Artikel aus 2 Dateien importiert, 0 Dateien fehlgeschlagen\.\n$/);
      const slugs = (await storedArticles(dataDir)).map((article) => article.slug).sort();
      assert.deepEqual(slugs, [seedSlug, `${seedSlug}-2`]);
    });

    test('--data wins over DEPESCHE_DATA', async () => {
      const fromEnv = await tempDir();
      const fromFlag = await tempDir();
      assertSucceeded(await depesche(['import', seedPage, '--data', fromFlag], { dataDir: fromEnv }));
      assert.equal((await storedArticles(fromFlag)).length, 1);
      assert.equal(existsSync(databaseFile(fromEnv)), false);
    });
  });

  describe('import of bad input', () => {
    /** How to make the bad file in the test's folder (null: nothing, the path stays missing). */
    const cases: { name: string; file: string; make: ((path: string) => Promise<void>) | null; reason: RegExp[] }[] = [
      {
        name: 'an empty file',
        file: 'leer.txt',
        make: (path) => writeFile(path, ''),
        reason: [/leer/],
      },
      {
        name: 'a file of only spaces and blank lines',
        file: 'nur-leerzeichen.txt',
        make: (path) => writeFile(path, '   \n\n\t  \r\n   \n'),
        reason: [/Leerzeichen|leer/],
      },
      {
        name: 'a binary file (PNG)',
        file: 'bild.txt',
        make: (path) =>
          writeFile(path, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2048)])),
        reason: [/keine Textdatei|binär/, /PNG/],
      },
      {
        name: 'German text in Latin-1',
        file: 'latin1.txt',
        make: (path) =>
          writeFile(
            path,
            Buffer.from(
              'Nachrichten\n\nBürgermeister eröffnet das Straßenfest in Görlitz\n\n' +
                'Der Bürgermeister hat am Samstag das größte Straßenfest der Region eröffnet. Tausende Gäste kamen.\n',
              'latin1',
            ),
          ),
        reason: [/UTF-8/, /Windows-1252|ISO-8859-1|Latin/, /Zeile 3/],
      },
      {
        name: 'a file over 5 MB',
        file: 'zu-gross.txt',
        make: (path) => {
          const line = 'Ein Absatz mit gewöhnlichem deutschem Text, der sich oft wiederholt.\n';
          return writeFile(path, line.repeat(Math.ceil((5 * 1024 * 1024 + 1) / Buffer.byteLength(line))));
        },
        reason: [/5 MB/, /höchstens/],
      },
      {
        name: 'a page that is one long paragraph without a headline',
        file: 'no-headline-prose.txt',
        make: (path) => copyFile(fixture('no-headline-prose.txt'), path),
        reason: [/Überschrift/],
      },
      {
        name: 'a page of only site chrome',
        file: 'no-headline-chrome.txt',
        make: (path) => copyFile(fixture('no-headline-chrome.txt'), path),
        reason: [/Überschrift/],
      },
      {
        name: 'invalid JSON with a syntax error in line 3',
        file: 'syntax-error.json',
        make: (path) => copyFile(fixture('syntax-error.json'), path),
        reason: [/JSON/, /Zeile 3\b/],
      },
      {
        name: 'valid JSON that is not an article (no headline)',
        file: 'missing-headline.json',
        make: (path) => copyFile(fixture('missing-headline.json'), path),
        reason: [/\bheadline\b/],
      },
      {
        name: 'a file that does not exist',
        file: 'gibt-es-nicht.txt',
        make: null,
        reason: [/gibt es nicht|nicht gefunden|existiert nicht/],
      },
      {
        name: 'a directory',
        file: 'ein-ordner',
        make: (path) => mkdir(path),
        reason: [/Verzeichnis|Ordner/],
      },
    ];

    for (const { name, file, make, reason } of cases) {
      test(`${name}: exit code not 0, the file and the reason named, nothing stored`, async () => {
        const dir = await tempDir();
        const dataDir = join(dir, 'daten');
        const path = join(dir, file);
        if (make) await make(path);

        const run = await depesche(['import', path], { dataDir });
        assertFailed(run);
        assert.ok(run.stderr.includes(path), `stderr nennt ${path}\n${show(run)}`);
        for (const pattern of reason) assert.match(run.stderr, pattern);
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'kein Stacktrace');
        assert.equal(run.stdout, '');
        assert.equal((await storedArticles(dataDir)).length, 0);
      });
    }

    test('JSON with two articles, the second invalid: nothing of the file is stored and [1] is named', async () => {
      const dataDir = await tempDir();
      const file = fixture('second-invalid.json');
      const run = await depesche(['import', file], { dataDir });
      assertFailed(run);
      assert.ok(run.stderr.includes(file), show(run));
      assert.match(run.stderr, /\[1\]/);
      assert.match(run.stderr, /headline/);
      assert.doesNotMatch(run.stderr, /\[0\]/);
      assert.equal((await storedArticles(dataDir)).length, 0);
    });

    test('JSON whose second article the store refuses is rolled back whole', async (t) => {
      // The second article reuses a stored id with a slug that belongs to another stored
      // article: the store refuses it inside the transaction, after the first was inserted.
      const dataDir = await tempDir();
      assertSucceeded(await depesche(['import', fixture('kurzmeldung.json'), fixture('round-trip.json')], { dataDir }));
      const stored = JSON.parse(await readFile(fixture('kurzmeldung.json'), 'utf8')) as Article;
      const fresh: Article = { ...stored, id: 'ganz-neuer-artikel', slug: 'ganz-neuer-artikel', headline: 'Ganz neuer Artikel' };
      const clash: Article = { ...stored, slug: 'stadtrat-beschliesst-neuen-radweg-an-der-elbe' };
      const file = join(await tempDir(), 'kollision.json');
      await writeFile(file, JSON.stringify([fresh, clash], null, 2));

      const run = await depesche(['import', file], { dataDir });
      assertFailed(run);
      assert.match(run.stderr, /stadtrat-beschliesst-neuen-radweg-an-der-elbe/);
      const articles = await storedArticles(dataDir);
      assert.equal(articles.length, 6);
      assert.ok(!articles.some((article) => article.id === fresh.id), 'der erste Artikel der Datei wurde zurückgerollt');
      assert.equal(articles.find((article) => article.id === stored.id)?.slug, stored.slug);

      await t.test(
        'the error names the file',
        () => assert.ok(run.stderr.includes(file), show(run)),
      );
    });

    test('a missing field is explained in German', async () => {
      const file = fixture('missing-headline.json');
      const run = await depesche(['import', file], { dataDir: await tempDir() });
      assertFailed(run);
      assert.ok(run.stderr.includes(`${file}: headline: `), show(run));
      assert.match(run.stderr, /Ungültige Eingabe|fehlt|erwartet/);
      assert.doesNotMatch(run.stderr, /Invalid input|expected|received/);
    });

    test('a batch of 5 files, 2 of them bad: the good ones are imported, every line numbered, exit code 1', async () => {
      const dir = await tempDir();
      const dataDir = join(dir, 'daten');
      const empty = join(dir, 'leer.txt');
      const png = join(dir, 'foto.png');
      await writeFile(empty, '');
      await writeFile(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]));
      const files = [seedPage, empty, fixture('kurzmeldung.json'), png, fixture('kurzmeldung.txt')];

      const run = await depesche(['import', ...files], { dataDir });
      assertFailed(run);
      assert.equal(run.status, 1);
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 6, show(run));
      files.forEach((file, i) => {
        const line = lines[i]!;
        assert.ok(line.startsWith(`[${i + 1}/5] `), line);
        assert.ok(line.includes(file), line);
      });
      assert.match(lines[0]!, /✓/);
      assert.match(lines[1]!, /✗.*leer/);
      assert.match(lines[2]!, /✓.*Hochwasser an der Oder geht zurück/);
      assert.match(lines[3]!, /✗.*PNG/);
      assert.match(lines[4]!, /✓.*Bäckerei-Kette eröffnet drei neue Filialen in Leipzig/);
      assert.match(lines[5]!, /^Fertig: 3 Artikel aus 3 Dateien importiert, 2 Dateien fehlgeschlagen\.$/);

      const headlines = (await storedArticles(dataDir)).map((article) => article.headline).sort();
      assert.deepEqual(headlines, [
        'Bäckerei-Kette eröffnet drei neue Filialen in Leipzig',
        'Hochwasser an der Oder geht zurück',
        seedHeadline,
      ]);
    });
  });

  describe('export', () => {
    test('round trip: import, export, import elsewhere, export again gives the same bytes and the input', async () => {
      const first = await tempDir();
      const second = await tempDir();
      const out = await tempDir();
      const input = fixture('round-trip.json');
      const firstExport = join(out, 'erster-export.json');
      const secondExport = join(out, 'zweiter-export.json');

      assertSucceeded(await depesche(['import', input], { dataDir: first }));
      const exported = await depesche(['export', '-o', firstExport], { dataDir: first });
      assertSucceeded(exported);
      assert.equal(exported.stdout, '');
      assert.match(exported.stderr, /5 Artikel nach .*erster-export\.json exportiert/);

      // The export into a fresh database, and back into the one it came from: there
      // the articles are updated by id, not added a second time.
      const [intoSecond, backIntoFirst] = await Promise.all([
        depesche(['import', firstExport], { dataDir: second }),
        depesche(['import', firstExport], { dataDir: first }),
      ]);
      assertSucceeded(intoSecond);
      assert.equal((intoSecond.stderr.match(/angelegt/g) ?? []).length, 5, show(intoSecond));
      assertSucceeded(backIntoFirst);
      assert.equal((backIntoFirst.stderr.match(/aktualisiert/g) ?? []).length, 5, show(backIntoFirst));
      await withStore(first, async (store) => {
        assert.equal(await store.articles.count({}), 5);
        assert.equal((await store.articles.get('rt-veroeffentlicht-01'))?.version, 2);
      });
      assertSucceeded(await depesche(['export', '--output', secondExport], { dataDir: second }));

      const firstBytes = await readFile(firstExport);
      const secondBytes = await readFile(secondExport);
      assert.ok(firstBytes.equals(secondBytes), 'beide Exporte sind Byte für Byte gleich');

      const expected = (JSON.parse(await readFile(input, 'utf8')) as Article[]).sort(byId);
      const actual = (JSON.parse(firstBytes.toString('utf8')) as Article[]).sort(byId);
      assert.deepEqual(actual, expected);
      // Statuses and dates are kept as they were, not reset by the import.
      assert.deepEqual(
        (await storedArticles(second)).map((article) => [article.id, article.status, article.publishedAt]),
        expected.map((article) => [article.id, article.status, article.publishedAt]),
      );
      // Written beside and renamed: no temporary file is left behind.
      assert.deepEqual((await readdir(out)).sort(), ['erster-export.json', 'zweiter-export.json']);

      const [toStdout, published, drafts] = await Promise.all([
        depesche(['export'], { dataDir: first }),
        depesche(['export', '--status', 'published'], { dataDir: first }),
        depesche(['export', '--status', 'draft'], { dataDir: first }),
      ]);
      assertSucceeded(toStdout);
      assert.equal(toStdout.stdout, firstBytes.toString('utf8'), 'ohne -o dieselbe Ausgabe auf der Standardausgabe');

      assertSucceeded(published);
      const publishedArticles = JSON.parse(published.stdout) as Article[];
      assert.deepEqual(
        publishedArticles.map((article) => article.id).sort(),
        expected.filter((article) => article.status === 'published').map((article) => article.id).sort(),
      );
      assert.ok(publishedArticles.every((article) => article.status === 'published'));

      assertSucceeded(drafts);
      assert.deepEqual(
        (JSON.parse(drafts.stdout) as Article[]).map((article) => article.id),
        ['rt-entwurf-02'],
      );
    });

    test('an empty database exports an empty list', async () => {
      const run = await depesche(['export'], { dataDir: await tempDir() });
      assertSucceeded(run);
      assert.deepEqual(JSON.parse(run.stdout), []);
    });

    test(
      'export into a folder that does not exist names the given path in German',
      async () => {
        const output = join(await tempDir(), 'gibt-es-nicht', 'export.json');
        const run = await depesche(['export', '-o', output], { dataDir: await tempDir() });
        assertFailed(run);
        assert.ok(run.stderr.includes(output), show(run));
        assert.doesNotMatch(run.stderr, /\.tmp|ENOENT|no such file/);
      },
    );

    test('an unknown --status is refused', async () => {
      const dataDir = await tempDir();
      const run = await depesche(['export', '--status', 'veroeffentlicht'], { dataDir });
      assertFailed(run);
      assert.match(run.stderr, /veroeffentlicht/);
      assert.equal(run.stdout, '');
    });
  });

  describe('configuration on the command line', () => {
    test('serve --port abc stops at once with a message naming PORT, --port and the value', async () => {
      const dataDir = join(await tempDir(), 'daten');
      const run = await depesche(['serve', '--port', 'abc'], { dataDir, env: { DEPESCHE_DEMO: '0' }, timeoutMs: 10_000 });
      assertFailed(run);
      assert.equal(run.status, 78, 'EX_CONFIG');
      assert.match(run.stderr, /PORT/);
      assert.match(run.stderr, /--port/);
      assert.match(run.stderr, /„abc“/);
      assert.match(run.stderr, /keine Portnummer/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'kein Stacktrace');
      assert.equal(existsSync(dataDir), false, 'bei falscher Konfiguration wird nichts angelegt');
    });

    test('an invalid PORT in the environment stops serve the same way', async () => {
      const dataDir = join(await tempDir(), 'daten');
      const run = await depesche(['serve'], { dataDir, env: { PORT: '70000', DEPESCHE_DEMO: '0' }, timeoutMs: 10_000 });
      assertFailed(run);
      assert.match(run.stderr, /PORT \(--port\): „70000“ ist keine Portnummer \(0 bis 65535\)/);
    });

    test('an invalid DEPESCHE_TIMEZONE is named', async () => {
      const dataDir = join(await tempDir(), 'daten');
      const run = await depesche(['serve', '--port', '0'], {
        dataDir,
        env: { DEPESCHE_TIMEZONE: 'Mars/Olympus', DEPESCHE_DEMO: '0' },
        timeoutMs: 10_000,
      });
      assertFailed(run);
      assert.match(run.stderr, /DEPESCHE_TIMEZONE: „Mars\/Olympus“/);
    });
  });
});
