import { Command, CommanderError } from 'commander';
import { isDepescheError } from '../errors.ts';
import { exportCommand } from './export-command.ts';
import { speakGerman } from './german-commander.ts';
import { importCommand } from './import-command.ts';
import { serveCommand } from './serve-command.ts';
import { userCommand } from './user-command.ts';
import { reindexCommand } from './reindex-command.ts';
import { suggestCommand } from './suggest-command.ts';
import { feedsCommand } from './feeds-command.ts';

/** The `depesche` command: one sub-command per file, each with its own --help. */
const program = speakGerman(
  new Command('depesche')
    .description('Depesche – die Nachrichtenplattform für Redaktionen')
    .addCommand(serveCommand())
    .addCommand(importCommand())
    .addCommand(exportCommand())
    .addCommand(userCommand())
    .addCommand(suggestCommand())
    .addCommand(reindexCommand())
    .addCommand(feedsCommand()),
);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (isDepescheError(error)) {
    console.error(`Fehler: ${error.message}`);
    process.exitCode = error.code === 'invalid_config' ? 78 : 1;
  } else {
    console.error(error instanceof Error ? `Fehler: ${error.message}` : error);
    process.exitCode = 1;
  }
}
