import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Asset {
  /** Includes a content hash, so the file can be cached for a year and still change on deploy. */
  path: string;
  contentType: string;
  body: string;
}

/** The site's own files (reader and newsroom stylesheets, icon, the reading beacon's script), read once at start. */
export function loadAssets(): { stylesheet: Asset; newsroomStylesheet: Asset; icon: Asset; readingScript: Asset } {
  return {
    stylesheet: load('site.css', 'text/css; charset=utf-8'),
    newsroomStylesheet: load('newsroom.css', 'text/css; charset=utf-8'),
    icon: load('favicon.svg', 'image/svg+xml'),
    readingScript: load('reading.js', 'text/javascript; charset=utf-8'),
  };
}

function load(file: string, contentType: string): Asset {
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = file.lastIndexOf('.');
  return { path: `/assets/${file.slice(0, dot)}.${hash}${file.slice(dot)}`, contentType, body };
}
