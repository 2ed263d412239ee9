/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { TestContext } from 'node:test';
import type { Page } from 'playwright-core';

/** axe-core in the page under test: serious and critical findings fail, the rest are reported as diagnostics. */
const axeSource = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

async function audit(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: any[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id as string,
      impact: (v.impact ?? null) as string | null,
      help: v.help as string,
      nodes: (v.nodes as any[]).map((node) => ({ target: (node.target as string[]).join(' '), summary: String(node.failureSummary ?? '') })),
    }));
  });
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
}

export async function expectAccessible(t: TestContext, page: Page, name: string): Promise<void> {
  const violations = await audit(page);
  if (violations.length > 0) t.diagnostic(`${name} (${page.url()}):\n${describeViolations(violations)}`);
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(severe.map((v) => v.id), [], `${name}: axe finds serious or critical violations:\n${describeViolations(severe)}`);
}
