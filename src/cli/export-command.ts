import { Command, Option } from 'commander';
import { rename, writeFile } from 'node:fs/promises';
import { articleStatuses, type ArticleStatus } from '../article/article.ts';
import { collectArticles } from '../commands/export-articles.ts';
import { articlesToJson } from '../ingest/json-article.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { configFrom, dataOption } from './options.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('alle Artikel als JSON ausgeben (wieder einlesbar mit "depesche import")')
    .option('-o, --output <datei>', 'in diese Datei schreiben statt auf die Standardausgabe')
    .addOption(new Option('--status <status>', 'nur Artikel mit diesem Status').choices(articleStatuses))
    .addOption(dataOption())
    .action(async (flags: { output?: string; status?: ArticleStatus; data?: string }) => {
      const store = await openSqliteStore(configFrom(flags).databaseFile);
      try {
        const articles = await collectArticles(store, flags.status);
        const json = articlesToJson(articles);
        if (flags.output) {
          // Written beside and renamed, so an interrupted export never leaves half a file.
          const temporary = `${flags.output}.${process.pid}.tmp`;
          await writeFile(temporary, json);
          await rename(temporary, flags.output);
          console.error(`${articles.length} Artikel nach ${flags.output} exportiert.`);
        } else {
          process.stdout.write(json);
        }
      } finally {
        await store.close();
      }
    });
}
