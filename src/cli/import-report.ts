import { isDepescheError } from '../errors.ts';
import type { ImportOutcome } from '../commands/import-file.ts';
import { statusLabels } from '../article/article.ts';


export type ImportReport = { file: string; outcome: ImportOutcome } | { file: string; error: unknown };

/** One line per file, prefixed with its place in the batch so long batches show their progress. */
export function reportLine(position: { index: number; total: number }, report: ImportReport): string {
  const prefix = position.total > 1 ? `[${position.index}/${position.total}] ` : '';
  if ('error' in report) {
    const message = report.error instanceof Error ? report.error.message : String(report.error);
    // Parse errors name the file already; errors from the store do not.
    const named = isDepescheError(report.error) && message.startsWith(report.file) ? message : `${report.file}: ${message}`;
    return `${prefix}✗ ${named}`;
  }
  const { outcome } = report;
  const what = outcome.articles
    .map((article, i) => {
      const action = outcome.results?.[i]?.action;
      const verb = action === 'updated' ? 'aktualisiert' : action === 'created' ? 'angelegt' : 'geprüft';
      return `„${article.headline}“ (${statusLabels[article.status]}, ${verb})`;
    })
    .join(', ');
  return `${prefix}✓ ${report.file}: ${what}`;
}
