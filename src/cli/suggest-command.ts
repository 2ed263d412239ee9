import { Command, Option } from 'commander';
import { suggestKeyPoints } from '../enrich/key-points.ts';
import { readInputFile } from '../ingest/input-file.ts';
import { draftFromPlainText } from '../ingest/plain-text.ts';
import { DepescheError } from '../errors.ts';

export function suggestCommand(): Command {
  return new Command('suggest')
    .description('„Was müssen Sie wissen?“-Punkte für einen beliebigen Text vorschlagen (nichts wird gespeichert)')
    .argument('<datei>', 'Textdatei (UTF-8); Absätze durch Leerzeilen getrennt')
    .addOption(new Option('--count <n>', 'Anzahl der Punkte (2 bis 5)').default('3'))
    .option('--json', 'als JSON ausgeben')
    .action(async (file: string, flags: { count: string; json?: boolean }) => {
      const count = Number(flags.count);
      if (!Number.isInteger(count) || count < 2 || count > 5) {
        throw new DepescheError('invalid_input', `--count: „${flags.count}“ – erlaubt sind 2 bis 5 Punkte.`);
      }
      const text = await readInputFile(file);
      const points = suggestKeyPoints(draftFromPlainText(text), { count }).map((point) => point.text);
      process.stdout.write(flags.json ? `${JSON.stringify(points, null, 2)}\n` : points.map((p) => `• ${p}`).join('\n') + '\n');
    });
}
