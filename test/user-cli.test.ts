import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AccountService } from '../src/accounts/account-service.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { tempDir } from './helpers/temp-dir.ts';

/**
 * `depesche user …` as an admin runs it: bin/depesche.js in a child process
 * with the password piped in (or typed at a pseudo-terminal), each test with
 * its own data folder, the database opened afterwards to see what was stored.
 */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const compileCache = process.env['NODE_COMPILE_CACHE'] ?? (await tempDir('depesche-compile-cache-'));
const configVariables = ['PORT', 'HOST', 'DEPESCHE_DATA', 'DEPESCHE_SITE_URL', 'DEPESCHE_SITE_NAME', 'DEPESCHE_TIMEZONE', 'DEPESCHE_DEMO', 'NODE_TEST_CONTEXT'];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of configVariables) delete env[name];
  return { ...env, DEPESCHE_DATA: dataDir, NODE_COMPILE_CACHE: compileCache };
}

/** Runs `depesche …args` with `stdin` piped in (closed at once when none is given). */
function depesche(args: string[], dataDir: string, stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/depesche.js', ...args], { cwd: repoRoot, env: childEnv(dataDir) });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    child.stdin.end(stdin);
  });
}

const show = (run: Run) => `exit ${run.status}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;

async function withAccounts<T>(dataDir: string, work: (accounts: AccountService) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(join(dataDir, 'depesche.sqlite'));
  try {
    return await work(new AccountService({ repository: store.accounts }));
  } finally {
    await store.close();
  }
}

/** True when the password signs the user in (from a fresh address each time, so the throttle stays out of it). */
let probe = 0;
async function signsIn(dataDir: string, email: string, password: string): Promise<boolean> {
  return withAccounts(dataDir, async (accounts) => {
    try {
      await accounts.signIn(email, password, `192.0.2.${++probe}`, null);
      return true;
    } catch {
      return false;
    }
  });
}

const password = 'Redaktionsschluss um acht';

describe('depesche user', { concurrency: Math.max(2, Math.min(8, availableParallelism())) }, () => {
  test('add with a piped password creates the user: lowercased address, role, name, argon2id hash', async () => {
    const dataDir = await tempDir();
    const run = await depesche(['user', 'add', '--email', 'Erika@Zeitung.de', '--role', 'admin', '--name', 'Erika Muster'], dataDir, `${password}\n`);
    assert.equal(run.status, 0, show(run));
    assert.equal(run.stderr, 'Benutzer angelegt: erika@zeitung.de – Erika Muster (Admin)\n');
    assert.ok(!run.stdout.includes(password) && !run.stderr.includes(password), 'the password is never printed');
    await withAccounts(dataDir, async (accounts) => {
      const [user, ...rest] = await accounts.listUsers();
      assert.equal(rest.length, 0);
      assert.equal(user?.email, 'erika@zeitung.de');
      assert.equal(user?.role, 'admin');
      assert.equal(user?.name, 'Erika Muster');
    });
    assert.ok(await signsIn(dataDir, 'erika@zeitung.de', password));
  });

  test('only the first line of standard input is the password', async () => {
    const dataDir = await tempDir();
    const run = await depesche(['user', 'add', '--email', 'max@zeitung.de', '--role', 'autor'], dataDir, `${password}\r\nzweite Zeile\n`);
    assert.equal(run.status, 0, show(run));
    assert.match(run.stderr, /max@zeitung\.de – max \(Autor\)/, 'the name defaults to the part before the @');
    assert.ok(await signsIn(dataDir, 'max@zeitung.de', password));
    assert.ok(!(await signsIn(dataDir, 'max@zeitung.de', `${password}\r`)));
  });

  test('a weak password is refused in German, and nothing is stored', async () => {
    const dataDir = await tempDir();
    const run = await depesche(['user', 'add', '--email', 'max@zeitung.de', '--role', 'autor'], dataDir, 'kurz\n');
    assert.equal(run.status, 1, show(run));
    assert.equal(run.stderr, 'Fehler: Das Passwort ist zu kurz: mindestens 12 Zeichen, es hat 4.\n');
    assert.deepEqual(await withAccounts(dataDir, (accounts) => accounts.listUsers()), []);
  });

  test('an existing address is refused before any password is read', async () => {
    const dataDir = await tempDir();
    assert.equal((await depesche(['user', 'add', '--email', 'erika@zeitung.de', '--role', 'admin'], dataDir, `${password}\n`)).status, 0);
    const run = await depesche(['user', 'add', '--email', 'ERIKA@zeitung.de', '--role', 'autor'], dataDir);
    assert.equal(run.status, 1, show(run));
    assert.equal(run.stderr, 'Fehler: Die E-Mail-Adresse erika@zeitung.de gehört schon zu einem Benutzer.\n');
  });

  test('a bad role, a missing option and a bad address are refused in German', async () => {
    const dataDir = await tempDir();
    const [role, missing, address] = await Promise.all([
      depesche(['user', 'add', '--email', 'max@zeitung.de', '--role', 'chef'], dataDir, `${password}\n`),
      depesche(['user', 'add', '--role', 'autor'], dataDir, `${password}\n`),
      depesche(['user', 'add', '--email', 'max-at-zeitung.de', '--role', 'autor'], dataDir, `${password}\n`),
    ]);
    assert.notEqual(role.status, 0, show(role));
    assert.match(role.stderr, /^Fehler: „chef“ ist für --role <rolle> nicht erlaubt\. Erlaubt: autor, redakteur, admin\.\n\(Hilfe: depesche user add --help\)/);
    assert.notEqual(missing.status, 0, show(missing));
    assert.match(missing.stderr, /^Fehler: die Option --email <adresse> fehlt\n/);
    assert.equal(address.status, 1, show(address));
    assert.equal(address.stderr, 'Fehler: „max-at-zeitung.de“ ist keine gültige E-Mail-Adresse.\n');
    assert.doesNotMatch(role.stderr + missing.stderr + address.stderr, /error|required|invalid/i);
  });

  test('without a password on standard input it says how to give one', async () => {
    const dataDir = await tempDir();
    const run = await depesche(['user', 'add', '--email', 'max@zeitung.de', '--role', 'autor'], dataDir, '');
    assert.equal(run.status, 1, show(run));
    assert.match(run.stderr, /^Fehler: Kein Passwort erhalten: /);
  });

  test('list shows every user with German role and status; disable and enable change it', async () => {
    const dataDir = await tempDir();
    const empty = await depesche(['user', 'list'], dataDir);
    assert.equal(empty.status, 0, show(empty));
    assert.equal(empty.stdout, '');
    assert.match(empty.stderr, /Noch keine Benutzer\. .*depesche user add --email … --role admin/);

    await depesche(['user', 'add', '--email', 'zora@zeitung.de', '--role', 'redakteur', '--name', 'Zora Ölmann'], dataDir, `${password}\n`);
    await depesche(['user', 'add', '--email', 'anna@zeitung.de', '--role', 'autor'], dataDir, `${password}\n`);
    const disable = await depesche(['user', 'disable', 'Zora@zeitung.de'], dataDir);
    assert.equal(disable.status, 0, show(disable));
    assert.match(disable.stderr, /^Gesperrt: zora@zeitung\.de/);
    assert.ok(!(await signsIn(dataDir, 'zora@zeitung.de', password)), 'a disabled user cannot sign in');

    const list = await depesche(['user', 'list'], dataDir);
    assert.equal(list.status, 0, show(list));
    const lines = list.stdout.trimEnd().split('\n').map((line) => line.split(/\s{2,}/));
    assert.deepEqual(lines[0], ['E-Mail-Adresse', 'Name', 'Rolle', 'Status', 'angelegt']);
    assert.deepEqual(lines[1]?.slice(0, 4), ['anna@zeitung.de', 'anna', 'Autor', 'aktiv']);
    assert.deepEqual(lines[2]?.slice(0, 4), ['zora@zeitung.de', 'Zora Ölmann', 'Redakteur', 'gesperrt']);
    assert.match(lines[2]?.[4] ?? '', /^\d{4}-\d{2}-\d{2}$/);

    assert.equal((await depesche(['user', 'enable', 'zora@zeitung.de'], dataDir)).status, 0);
    assert.ok(await signsIn(dataDir, 'zora@zeitung.de', password));
    const unknown = await depesche(['user', 'disable', 'niemand@zeitung.de'], dataDir);
    assert.equal(unknown.status, 1);
    assert.equal(unknown.stderr, 'Fehler: Es gibt keinen Benutzer mit der E-Mail-Adresse niemand@zeitung.de.\n');
  });

  test('password sets a new password from standard input', async () => {
    const dataDir = await tempDir();
    await depesche(['user', 'add', '--email', 'erika@zeitung.de', '--role', 'admin'], dataDir, `${password}\n`);
    const run = await depesche(['user', 'password', 'erika@zeitung.de'], dataDir, 'ein ganz neues Passwort\n');
    assert.equal(run.status, 0, show(run));
    assert.ok(await signsIn(dataDir, 'erika@zeitung.de', 'ein ganz neues Passwort'));
    assert.ok(!(await signsIn(dataDir, 'erika@zeitung.de', password)));
  });

  test('user --help is German', async () => {
    const dataDir = await tempDir();
    const [top, user, add] = await Promise.all([
      depesche(['--help'], dataDir),
      depesche(['user', '--help'], dataDir),
      depesche(['user', 'add', '--help'], dataDir),
    ]);
    assert.match(top.stdout.replace(/\s+/g, ' '), /user Benutzer der Redaktion anlegen, auflisten, sperren/);
    assert.match(user.stdout.replace(/\s+/g, ' '), /add \[optionen\] einen Benutzer anlegen/);
    const addHelp = add.stdout.replace(/\s+/g, ' ');
    assert.match(addHelp, /--role <rolle> Rolle \(Auswahl: "autor", "redakteur", "admin"\)/);
    assert.doesNotMatch(user.stdout + add.stdout, /Usage:|Options:|Commands:|display help/);
    assert.equal(existsSync(join(dataDir, 'depesche.sqlite')), false, 'help opens no database');
  });
});

// `script` (util-linux) gives the command a pseudo-terminal, as an admin's shell would.
const noScript = spawnSync('script', ['--version']).status === 0 ? false : 'kein `script` (util-linux) für ein Pseudo-Terminal';

describe('depesche user add at a terminal', { skip: noScript }, () => {
  /** Types each answer once its prompt has appeared; returns everything the terminal showed. */
  function typeAtTerminal(args: string[], dataDir: string, answers: { prompt: string; text: string }[]): Promise<{ status: number | null; screen: string }> {
    const command = [process.execPath, 'bin/depesche.js', ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
    return new Promise((resolve, reject) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, env: childEnv(dataDir) });
      let screen = '';
      let answered = 0;
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        screen += chunk.toString('utf8');
        const next = answers[answered];
        // Count prompts on screen, so the same prompt text twice is answered twice.
        if (next && screen.split(next.prompt).length - 1 > answers.slice(0, answered).filter((a) => a.prompt === next.prompt).length) {
          answered++;
          child.stdin.write(`${next.text}\r`);
        }
      });
      child.on('error', reject);
      child.on('close', (status) => {
        clearTimeout(timer);
        child.stdin.destroy();
        resolve({ status, screen });
      });
    });
  }

  test('asks twice without showing what is typed', async () => {
    const dataDir = await tempDir();
    const { status, screen } = await typeAtTerminal(['user', 'add', '--email', 'tty@zeitung.de', '--role', 'redakteur'], dataDir, [
      { prompt: 'Passwort: ', text: password },
      { prompt: 'Passwort wiederholen: ', text: password },
    ]);
    assert.equal(status, 0, screen);
    assert.match(screen, /Passwort: /);
    assert.match(screen, /Passwort wiederholen: /);
    assert.match(screen, /Benutzer angelegt: tty@zeitung\.de/);
    assert.ok(!screen.includes(password), `the password was echoed:\n${screen}`);
    assert.ok(await signsIn(dataDir, 'tty@zeitung.de', password));
  });

  test('two different passwords are refused', async () => {
    const dataDir = await tempDir();
    const { status, screen } = await typeAtTerminal(['user', 'add', '--email', 'tty@zeitung.de', '--role', 'autor'], dataDir, [
      { prompt: 'Passwort: ', text: password },
      { prompt: 'Passwort wiederholen: ', text: `${password}!` },
    ]);
    assert.equal(status, 1, screen);
    assert.match(screen, /Fehler: Die beiden Passwörter stimmen nicht überein\./);
    assert.deepEqual(await withAccounts(dataDir, (accounts) => accounts.listUsers()), []);
  });
});
