import { Command, Option } from 'commander';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { AccountService, describeUser } from '../accounts/account-service.ts';
import { roleLabels, roles } from '../accounts/roles.ts';
import { DepescheError } from '../errors.ts';
import type { Store } from '../store/article-repository.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { configFrom, dataOption } from './options.ts';
import { textTable } from './text-table.ts';

/**
 * `depesche user …`: newsroom accounts from the command line, which is how
 * the first admin comes to be. Passwords are never taken as arguments (they
 * would end up in the shell history and the process list): typed twice
 * without echo at a terminal, or the first line of standard input when piped.
 */
export function userCommand(): Command {
  const user = new Command('user').description('Benutzer der Redaktion anlegen, auflisten, sperren');

  user
    .command('add')
    .description('einen Benutzer anlegen; das Passwort wird abgefragt oder von der Standardeingabe gelesen')
    .requiredOption('--email <adresse>', 'E-Mail-Adresse (zugleich der Anmeldename)')
    .addOption(new Option('--role <rolle>', 'Rolle').choices(roles).makeOptionMandatory())
    .option('--name <name>', 'Name, wie er in der Redaktion erscheint (Standard: der Teil der Adresse vor dem @)')
    .addOption(dataOption())
    .action((flags: { email: string; role: string; name?: string; data?: string }) =>
      withAccounts(flags, async (accounts) => {
        // Refuse a taken address or a bad name before anyone types a password.
        await accounts.checkNewUser(flags);
        const password = await readNewPassword();
        const created = await accounts.createUser({ ...flags, password });
        console.error(`Benutzer angelegt: ${created.email} – ${describeUser(created)}`);
      }),
    );

  user
    .command('list')
    .description('alle Benutzer auflisten')
    .addOption(dataOption())
    .action((flags: { data?: string }) =>
      withAccounts(flags, async (accounts) => {
        const users = await accounts.listUsers();
        if (users.length === 0) {
          console.error('Noch keine Benutzer. Den ersten legen Sie so an: depesche user add --email … --role admin');
          return;
        }
        const rows = users.map((u) => [u.email, u.name, roleLabels[u.role], u.disabled ? 'gesperrt' : 'aktiv', u.createdAt.slice(0, 10)]);
        process.stdout.write(textTable(['E-Mail-Adresse', 'Name', 'Rolle', 'Status', 'angelegt'], rows));
      }),
    );

  user
    .command('disable')
    .description('einen Benutzer sperren: er kann sich nicht mehr anmelden, laufende Sitzungen enden sofort')
    .argument('<adresse>', 'E-Mail-Adresse')
    .addOption(dataOption())
    .action((email: string, flags: { data?: string }) =>
      withAccounts(flags, async (accounts) => {
        const account = await accounts.setDisabled(email, true);
        console.error(`Gesperrt: ${account.email} – alle Sitzungen sind beendet.`);
      }),
    );

  user
    .command('enable')
    .description('einen gesperrten Benutzer wieder zulassen')
    .argument('<adresse>', 'E-Mail-Adresse')
    .addOption(dataOption())
    .action((email: string, flags: { data?: string }) =>
      withAccounts(flags, async (accounts) => {
        const account = await accounts.setDisabled(email, false);
        console.error(`Wieder zugelassen: ${account.email}`);
      }),
    );

  user
    .command('password')
    .description('ein neues Passwort setzen (abgefragt oder von der Standardeingabe); beendet alle Sitzungen')
    .argument('<adresse>', 'E-Mail-Adresse')
    .addOption(dataOption())
    .action((email: string, flags: { data?: string }) =>
      withAccounts(flags, async (accounts) => {
        await accounts.getAccount(email); // an unknown address is refused before any password is typed
        const account = await accounts.setPassword(email, await readNewPassword());
        console.error(`Neues Passwort gesetzt für ${account.email}; alle Sitzungen sind beendet.`);
      }),
    );

  // speakGerman() configures the commands it is given and their children,
  // not grandchildren: pass its settings on when a sub-command is chosen.
  user.hook('preSubcommand', (parent, sub) => {
    sub.copyInheritedSettings(parent);
    sub.showHelpAfterError(`(Hilfe: depesche user ${sub.name()} --help)`);
  });
  return user;
}

async function withAccounts(flags: { data?: string }, work: (accounts: AccountService) => Promise<void>): Promise<void> {
  const store: Store = await openSqliteStore(configFrom(flags).databaseFile);
  try {
    await work(new AccountService({ repository: store.accounts }));
  } finally {
    await store.close();
  }
}

/** Twice without echo at a terminal; otherwise the first line of standard input. */
async function readNewPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('Passwort: ');
    const second = await promptHidden('Passwort wiederholen: ');
    if (first !== second) throw new DepescheError('invalid_input', 'Die beiden Passwörter stimmen nicht überein.');
    return first;
  }
  const input = await readStdin(64 * 1024);
  const firstLine = input.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine === '') {
    throw new DepescheError(
      'invalid_input',
      'Kein Passwort erhalten: Geben Sie es im Terminal ein oder als erste Zeile der Standardeingabe (z. B. aus einem Passwort-Manager).',
    );
  }
  return firstLine;
}

/** Reads a line at the terminal while nothing typed is shown; the prompt goes to standard error. */
async function promptHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve, reject) => {
      rl.once('SIGINT', () => reject(new DepescheError('invalid_input', 'Abgebrochen.')));
      rl.once('close', () => reject(new DepescheError('invalid_input', 'Abgebrochen: keine Eingabe.')));
      rl.question(prompt, resolve);
      muted = true;
    });
  } finally {
    muted = false;
    rl.close();
    process.stderr.write('\n');
  }
}

async function readStdin(limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    size += buffer.length;
    // The first line is all that is needed; stop reading a stream that goes on.
    if (size > limit || buffer.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

