import { Command, Option } from 'commander';
import { importFile, importFormats, parseFile, type ImportFormat, type ImportOptions } from '../commands/import-file.ts';
import type { Article } from '../article/article.ts';
import { articlesToJson } from '../ingest/json-article.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { Store } from '../store/article-repository.ts';
import { configFrom, dataOption } from './options.ts';
import { reportLine } from './import-report.ts';

interface ImportFlags {
  format?: ImportFormat;
  publish?: boolean;
  dryRun?: boolean;
  section: string;
  data?: string;
}

export function importCommand(): Command {
  return new Command('import')
    .description('Artikel aus Dateien importieren: Text einer Nachrichtenseite oder JSON (Export-Format)')
    .argument('<dateien...>', 'eine oder mehrere Dateien')
    .addOption(new Option('--format <format>', 'Eingabeformat (Standard: nach Dateiendung, .json = json)').choices(importFormats))
    .option('--publish', 'sofort veröffentlichen statt als Entwurf anlegen')
    .option('--dry-run', 'nur prüfen und das Ergebnis als JSON ausgeben, nichts speichern')
    .option('--section <name>', 'Ressort, wenn die Seite keines nennt', 'Nachrichten')
    .addOption(dataOption())
    .action(async (files: string[], flags: ImportFlags) => {
      // A dry run must not even create a database.
      const store = flags.dryRun ? null : await openSqliteStore(configFrom(flags).databaseFile);
      try {
        process.exitCode = (await importAll(store, files, flags)) > 0 ? 1 : 0;
      } finally {
        await store?.close();
      }
    });
}

/** Imports file by file; a bad file is reported and skipped, the rest go on. Returns the number of failures. */
async function importAll(store: Store | null, files: string[], flags: ImportFlags): Promise<number> {
  // The site's own setting decides whether suggested key points go in unreviewed.
  const autoKeyPoints = store ? (await store.settings.all()).autoKeyPoints === '1' : false;
  let failed = 0;
  let articles = 0;
  const dryRunOutput: Article[] = [];
  for (const [index, file] of files.entries()) {
    const position = { index: index + 1, total: files.length };
    const options: ImportOptions = {
      format: flags.format,
      publish: flags.publish ?? false,
      actor: 'import',
      now: new Date(),
      defaultSection: flags.section,
      autoKeyPoints,
    };
    try {
      const outcome = store
        ? await importFile(store, file, options)
        : { file, articles: await parseFile(file, options), results: null };
      articles += outcome.articles.length;
      if (!store) dryRunOutput.push(...outcome.articles);
      console.error(reportLine(position, { file, outcome }));
    } catch (error) {
      failed++;
      console.error(reportLine(position, { file, error }));
    }
  }
  if (flags.dryRun) process.stdout.write(articlesToJson(dryRunOutput));
  if (files.length > 1) {
    const verb = flags.dryRun ? 'geprüft' : 'importiert';
    console.error(`Fertig: ${articles} Artikel aus ${files.length - failed} Dateien ${verb}, ${failed} Dateien fehlgeschlagen.`);
  }
  return failed;
}
