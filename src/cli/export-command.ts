import { Command, Option } from 'commander';
import { rename, rm, writeFile } from 'node:fs/promises';
import { DepescheError } from '../errors.ts';
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
          await writeAtomically(flags.output, json);
          console.error(`${articles.length} Artikel nach ${flags.output} exportiert.`);
        } else {
          process.stdout.write(json);
        }
      } finally {
        await store.close();
      }
    });
}

/** Written beside and renamed, so an interrupted export never leaves half a file. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'den Ordner gibt es nicht'
      : code === 'EACCES' || code === 'EPERM' ? 'keine Schreibberechtigung'
      : code === 'EISDIR' ? 'das ist ein Ordner'
      : code === 'ENOSPC' ? 'der Datenträger ist voll'
      : (error as Error).message;
    throw new DepescheError('invalid_input', `${path}: kann nicht geschrieben werden – ${reason}.`, { cause: error });
  }
}
