import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';

/**
 * The security headers of every response, as one list: the middleware adds
 * them to ordinary responses, and cached pages, which are written straight to
 * the socket, carry the same list.
 */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    // Reader pages load one script of our own (the reading beacon), nothing inline, nothing from elsewhere.
    'Content-Security-Policy': contentSecurityPolicy("'self'"),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Readers' browsers shall not profile them on our behalf either.
    'Permissions-Policy': 'browsing-topics=(), interest-cohort=(), camera=(), microphone=(), geolocation=()',
    ...(options.https && { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }),
  };
}

function contentSecurityPolicy(scripts: "'self'" | "'none'"): string {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    `script-src ${scripts}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// The newsroom runs no script at all: nothing an editor typed, and no file
// served from our own origin, can ever run there (and a preview of an
// article could not report a read even if it carried the beacon).
const scriptFreePrefix = '/redaktion';

/**
 * Under Node the headers are set on Node's own response, where they cost a
 * property each; through Hono's context every one would be validated into a
 * Headers object and copied back out, which took a third of the time of
 * serving a cached page. Elsewhere (app.request in tests) the context is used.
 */
export function securityHeadersMiddleware(headers: Record<string, string>): MiddlewareHandler {
  const readerEntries = Object.entries(headers);
  const scriptFreeEntries = Object.entries({ ...headers, 'Content-Security-Policy': contentSecurityPolicy("'none'") });
  return async (c, next) => {
    const path = c.req.path;
    const entries = path === scriptFreePrefix || path.startsWith(`${scriptFreePrefix}/`) ? scriptFreeEntries : readerEntries;
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    if (outgoing) {
      for (const [name, value] of entries) outgoing.setHeader(name, value);
    } else {
      for (const [name, value] of entries) c.header(name, value);
    }
    await next();
  };
}
