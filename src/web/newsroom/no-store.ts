import type { MiddlewareHandler } from 'hono';

/**
 * Newsroom pages show unpublished work and who is signed in: no browser or
 * proxy cache may keep them, and the back button after sign-out must not
 * show them from memory.
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store, private');
  };
}
