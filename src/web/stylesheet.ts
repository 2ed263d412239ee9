import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Stylesheet {
  /** Includes a content hash, so the file can be cached for a year and still change on deploy. */
  path: string;
  css: string;
}

export function loadStylesheet(): Stylesheet {
  const css = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
  return { path: `/assets/site.${hash}.css`, css };
}
