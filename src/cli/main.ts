import { Command, CommanderError } from 'commander';
import { isDepescheError } from '../errors.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { serveCommand } from './serve-command.ts';

/** The `depesche` command: one sub-command per file, each with its own --help. */
const program = new Command('depesche')
  .description('Depesche – die Nachrichtenplattform für Redaktionen')
  .showHelpAfterError('(Hilfe: depesche --help)')
  .configureOutput({ outputError: (text, write) => write(text) })
  .exitOverride()
  .addCommand(serveCommand())
  .addCommand(importCommand())
  .addCommand(exportCommand());

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
