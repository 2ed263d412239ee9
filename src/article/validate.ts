import type { z } from 'zod';
import { DepescheError } from '../errors.ts';
import { articleFieldOrder, articleSchema, type Article } from './article.ts';

/**
 * Validates a value that claims to be an article. The error names the input
 * (`where`), the field path and the reason, e.g.
 * `politik.json: heroImage.caption: darf nicht leer sein`.
 */
export function validateArticle(value: unknown, where: string): Article {
  const result = articleSchema.safeParse(value);
  if (result.success) return orderFields(result.data);
  throw new DepescheError('invalid_article', `${where}: ${describeIssues(result.error.issues)}`);
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${formatPath(issue.path) || '(Artikel)'}: ${issue.message}`)
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}

/** Same fields, always in the model's order, so exports diff cleanly. */
function orderFields(article: Article): Article {
  const ordered = {} as Record<string, unknown>;
  for (const key of articleFieldOrder) ordered[key] = article[key];
  return ordered as Article;
}
