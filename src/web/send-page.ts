import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type { CachedPage } from './render-cache.ts';

// Pages may be stored but must be revalidated: the ETag makes that cheap,
// and an edit is visible at once.
const pageCacheControl = 'public, max-age=0, must-revalidate';

/**
 * Sends a cached page: `304` when the reader's copy is current, else the
 * body in the best coding the reader accepts (prepared at render time).
 *
 * Under Node the response is written straight to the socket with headers
 * built here: going through a Fetch API Response would build and copy two
 * Headers objects per request, which costs more than the rest of serving a
 * cached page. Elsewhere (tests through app.request) the ordinary path runs.
 */
export function sendPage(c: Context, page: CachedPage): Response {
  const headers: Record<string, string> = {
    'Content-Type': page.contentType ?? 'text/html; charset=utf-8',
    'Cache-Control': pageCacheControl,
    ETag: page.etag,
    Vary: 'Accept-Encoding',
  };
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  const header = (name: string) => {
    if (!incoming) return c.req.header(name);
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };

  let status = page.status;
  let body: Uint8Array<ArrayBuffer> | null = page.bytes;
  if (matchesEtag(header('if-none-match'), page.etag)) {
    status = 304;
    body = null;
  } else {
    const accepted = header('accept-encoding') ?? '';
    if (acceptsEncoding(accepted, 'br')) {
      body = page.brotli;
      headers['Content-Encoding'] = 'br';
    } else if (acceptsEncoding(accepted, 'gzip')) {
      body = page.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
  }

  if (!outgoing) return body ? c.body(body, status as 200, headers) : c.body(null, 304, headers);
  if (body) headers['Content-Length'] = String(body.byteLength);
  outgoing.writeHead(status, headers);
  outgoing.end(body ?? undefined);
  return RESPONSE_ALREADY_SENT;
}

/** True when the Accept-Encoding header lists the coding without `q=0`. */
function acceptsEncoding(header: string, coding: string): boolean {
  return header.split(',').some((part) => {
    const [token = '', ...params] = part.split(';');
    return token.trim().toLowerCase() === coding && !params.some((param) => /^\s*q=0(?:\.0*)?\s*$/.test(param));
  });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === etag || value === '*';
  });
}
