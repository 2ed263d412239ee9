import type { Command } from 'commander';

/**
 * commander prints its own headings and errors in English; the `depesche`
 * command speaks German throughout. Its texts are stable, so a small table
 * translates them on the way out.
 */
const replacements: [RegExp, string][] = [
  [/^Usage:/gm, 'Aufruf:'],
  [/^Options:/gm, 'Optionen:'],
  [/^Commands:/gm, 'Befehle:'],
  [/^Arguments:/gm, 'Argumente:'],
  [/\[options\]/g, '[optionen]'],
  [/\[command\]/g, '[befehl]'],
  [/display help for command/g, 'Hilfe zu diesem Befehl anzeigen'],
  // Help text is wrapped, so the label may end a line.
  [/\(default:(\s)/g, '(Standard:$1'],
  [/\(choices:(\s)/g, '(Auswahl:$1'],
  [/^error: missing required argument '([^']+)'/gm, "Fehler: das Argument „$1“ fehlt"],
  [/^error: unknown option '([^']+)'/gm, 'Fehler: unbekannte Option „$1“'],
  [/^error: unknown command '([^']+)'/gm, 'Fehler: unbekannter Befehl „$1“'],
  [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./gm, 'Fehler: zu viele Argumente (erwartet $2, erhalten $3).'],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./gm, 'Fehler: „$2“ ist für $1 nicht erlaubt. Erlaubt: $3.'],
  [/^error: option '([^']+)' argument missing/gm, 'Fehler: die Option $1 braucht einen Wert'],
  [/^error: required option '([^']+)' not specified/gm, 'Fehler: die Option $1 fehlt'],
  [/^error: /gm, 'Fehler: '],
  [/\(Did you mean ([^?]+)\?\)/g, '(Meinten Sie $1?)'],
];

export function germanize(text: string): string {
  return replacements.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Applies German output and the shared error behaviour to a command and all its sub-commands. */
export function speakGerman(program: Command): Command {
  program
    .helpOption('-h, --help', 'Hilfe zu diesem Befehl anzeigen')
    .helpCommand('help [befehl]', 'Hilfe zu einem Befehl anzeigen')
    .showHelpAfterError('(Hilfe: depesche --help)')
    .configureOutput({
      writeOut: (text) => process.stdout.write(germanize(text)),
      writeErr: (text) => process.stderr.write(germanize(text)),
      outputError: (text, write) => write(germanize(text)),
    })
    .exitOverride();
  // addCommand() does not pass these settings on, unlike command(); copy them down.
  for (const command of program.commands) {
    command.copyInheritedSettings(program);
    command.showHelpAfterError(`(Hilfe: depesche ${command.name()} --help)`);
  }
  return program;
}
