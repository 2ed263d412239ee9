import { Command } from 'commander';
import { reindexArticles } from '../commands/reindex.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { configFrom, dataOption } from './options.ts';
import { progressBar } from './progress-bar.ts';

export function reindexCommand(): Command {
  return new Command('reindex')
    .description('Anreicherung (Quellen, Vorschläge) für alle Artikel neu berechnen; was die Redaktion schrieb, bleibt')
    .addOption(dataOption())
    .action(async (flags: { data?: string }) => {
      const store = await openSqliteStore(configFrom(flags).databaseFile);
      try {
        const autoKeyPoints = (await store.settings.all()).autoKeyPoints === '1';
        const bar = progressBar(process.stderr);
        const result = await reindexArticles(store, {
          autoKeyPoints,
          now: new Date(),
          onProgress: ({ done, total }) => bar.update(done, total),
        });
        bar.finish();
        console.error(`Fertig: ${result.total} Artikel geprüft, ${result.changed} ergänzt.`);
      } finally {
        await store.close();
      }
    });
}
