import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const resultsFile = new URL('../RESULTS.md', import.meta.url);
const header = '# Benchmark results\n\nEach section is rewritten by its benchmark; the command that produced it stands in the section.\n';

/**
 * Replaces the section `## <title>` of bench/RESULTS.md (or appends it),
 * leaving every other benchmark's section as it was.
 */
export function writeResultsSection(title: string, body: string): void {
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : header;
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = current.indexOf(`${heading}\n`);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const end = current.indexOf('\n## ', start + heading.length);
    next = `${current.slice(0, start)}${section}${end === -1 ? '' : current.slice(end)}`;
  }
  writeFileSync(resultsFile, next);
}

/** Machine facts to print beside every figure. */
export function machineLine(): string {
  return `Node ${process.versions.node}, ${(globalThis.navigator?.hardwareConcurrency ?? 0) || 'unknown'} cores`;
}
