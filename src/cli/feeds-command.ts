import { Command } from 'commander';
import { DepescheError } from '../errors.ts';
import { wireDesk } from '../server.ts';
import type { Feed } from '../store/wire-repository.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { WireDesk } from '../wire/wire-desk.ts';
import { feedStatusLabels } from '../wire/feed-status-labels.ts';
import { configFrom, dataOption } from './options.ts';
import { textTable } from './text-table.ts';

interface FeedFlags {
  titel?: string;
  vertrauenswuerdig?: boolean;
  rubrik?: string;
  volltext?: boolean;
  intervall?: string;
  data?: string;
}

/**
 * `depesche feeds …`: subscriptions of the wire desk from the command line.
 * The running server polls them; `poll` fetches at once (for a first look
 * or a cron job on a machine without the server).
 */
export function feedsCommand(): Command {
  const feeds = new Command('feeds').description('Agentur-Feeds (RSS, Atom, JSON Feed) abonnieren, auflisten, abrufen');

  feeds
    .command('add')
    .description('einen Feed abonnieren; er wird sofort einmal abgerufen, um zu prüfen, dass es ein Feed ist')
    .argument('<url>', 'Adresse des Feeds (http oder https)')
    .option('--titel <titel>', 'Name in der Redaktion (Standard: der Titel des Feeds)')
    .option('--vertrauenswuerdig', 'Meldungen sofort veröffentlichen statt als Entwurf in den Agentur-Eingang')
    .option('--rubrik <name>', 'Rubrik der Meldungen (Standard: Agentur)')
    .option('--volltext', 'die verlinkte Seite jeder Meldung abrufen und ihren Text übernehmen')
    .option('--intervall <minuten>', 'Abrufintervall in Minuten (5 bis 1440, Standard 15)')
    .addOption(dataOption())
    .action((url: string, flags: FeedFlags) =>
      withDesk(flags, async (desk) => {
        const feed = await desk.subscribe(settingsFrom(url, flags), 'Kommandozeile');
        console.error(`Abonniert: „${feed.title}“ (${feed.url}), ID ${feed.id}. Der Server ruft ihn alle ${feed.intervalMinutes} Minuten ab.`);
      }),
    );

  feeds
    .command('list')
    .description('alle Abonnements mit ihrem Zustand')
    .addOption(dataOption())
    .action((flags: { data?: string }) =>
      withDesk(flags, async (_desk, list) => {
        if (list.length === 0) {
          console.error('Noch keine Feeds abonniert. So geht es: depesche feeds add https://…/feed.xml');
          return;
        }
        const rows = list.map((f) => [f.id, f.title, statusLine(f), String(f.itemCount), f.trusted ? 'ja' : 'nein', f.url]);
        process.stdout.write(textTable(['ID', 'Titel', 'Zustand', 'Meldungen', 'vertraut', 'Adresse'], rows));
      }),
    );

  feeds
    .command('poll')
    .description('Feeds sofort abrufen: einen (ID oder Adresse) oder alle')
    .argument('[feed]', 'ID oder Adresse eines Feeds')
    .addOption(dataOption())
    .action((which: string | undefined, flags: { data?: string }) =>
      withDesk(flags, async (desk, list) => {
        const targets = which === undefined ? list : [pick(list, which)];
        let failed = 0;
        for (const target of targets) {
          const feed = await desk.pollNow(target.id);
          console.error(`„${feed.title}“: ${statusLine(feed)}`);
          for (const note of feed.lastSkipped) console.error(`  ${note}`);
          if (feed.lastStatus === 'error') failed++;
        }
        if (failed > 0) process.exitCode = 1;
      }),
    );

  feeds
    .command('remove')
    .description('ein Abonnement beenden; die übernommenen Artikel bleiben')
    .argument('<feed>', 'ID oder Adresse')
    .addOption(dataOption())
    .action((which: string, flags: { data?: string }) =>
      withDesk(flags, async (desk, list) => {
        const feed = pick(list, which);
        await desk.remove(feed.id);
        console.error(`Abonnement beendet: „${feed.title}“.`);
      }),
    );

  return feeds;
}

function settingsFrom(url: string, flags: FeedFlags) {
  const interval = flags.intervall === undefined ? undefined : /^\d+$/.test(flags.intervall) ? Number(flags.intervall) : NaN;
  if (Number.isNaN(interval)) throw new DepescheError('invalid_input', `--intervall: „${flags.intervall}“ ist keine ganze Zahl von Minuten.`);
  return {
    url,
    title: flags.titel,
    trusted: flags.vertrauenswuerdig ?? false,
    section: flags.rubrik ?? null,
    fetchPages: flags.volltext ?? false,
    ...(interval === undefined ? {} : { intervalMinutes: interval }),
  };
}

function statusLine(feed: Feed): string {
  const label = feedStatusLabels[feed.lastStatus];
  if (feed.lastStatus === 'error') return `${label}: ${feed.lastError ?? ''} (${feed.failures}× in Folge)`;
  if (feed.lastStatus === 'ok') return `${label}, ${feed.lastNewItems} neu`;
  return label;
}

function pick(list: readonly Feed[], which: string): Feed {
  const feed = list.find((f) => f.id === which || f.url === which);
  if (!feed) throw new DepescheError('not_found', `Kein Abonnement mit der ID oder Adresse „${which}“. Alle zeigt: depesche feeds list`);
  return feed;
}

async function withDesk(flags: { data?: string }, work: (desk: WireDesk, feeds: Feed[]) => Promise<void>): Promise<void> {
  const config = configFrom(flags);
  const store = await openSqliteStore(config.databaseFile);
  try {
    await work(wireDesk(config, store), await store.wire.feeds());
  } finally {
    await store.close();
  }
}
