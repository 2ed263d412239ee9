import { Command } from 'commander';
import { reindexArticles } from '../commands/reindex.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { configFrom, dataOption } from './options.ts';
import { progressBar } from './progress-bar.ts';

export function reindexCommand(): Command {
  return new Command('reindex')
    .description(
      'Anreicherung (Quellen, Vorschläge) für alle Artikel neu berechnen, was die Redaktion schrieb, bleibt; dann den Suchindex neu aufbauen',
    )
    .addOption(dataOption())
    .option('--nur-suche', 'nur den Suchindex neu aufbauen (z. B. nach einer neuen Version der Suche)')
    .action(async (flags: { data?: string; nurSuche?: boolean }) => {
      const store = await openSqliteStore(configFrom(flags).databaseFile);
      try {
        if (!flags.nurSuche) {
          const autoKeyPoints = (await store.settings.all()).autoKeyPoints === '1';
          const bar = progressBar(process.stderr);
          console.error('Anreicherung:');
          const result = await reindexArticles(store, {
            autoKeyPoints,
            now: new Date(),
            onProgress: ({ done, total }) => bar.update(done, total),
          });
          bar.finish();
          console.error(`Fertig: ${result.total} Artikel geprüft, ${result.changed} ergänzt.`);
        }
        // One transaction: readers search the old index until the new one is complete.
        console.error('Suchindex:');
        const bar = progressBar(process.stderr);
        const indexed = await store.search.rebuild((done, total) => bar.update(done, total));
        bar.finish();
        console.error(`Suchindex neu aufgebaut: ${indexed} Artikel.`);
      } finally {
        await store.close();
      }
    });
}
