import type { Handler, Hono, MiddlewareHandler } from 'hono';
import { hasRole, roleLabels, type Role } from '../../accounts/roles.ts';
import { DepescheError } from '../../errors.ts';
import { signInPath } from './auth-options.ts';
import type { NewsroomEnv } from './newsroom-env.ts';

/**
 * Every newsroom route states the role it needs as part of its definition:
 * mounting a route without one does not compile, so an access check cannot
 * be forgotten in a handler.
 */
export interface NewsroomRoute {
  method: 'GET' | 'POST';
  path: string;
  role: Role;
  handler: Handler<NewsroomEnv>;
}

export function route(method: NewsroomRoute['method'], path: string, role: Role, handler: Handler<NewsroomEnv>): NewsroomRoute {
  return { method, path, role, handler };
}

/** Sends visitors without a session to the sign-in page and refuses users whose role is too low. */
export function requireRole(role: Role): MiddlewareHandler<NewsroomEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) {
      if (c.req.method === 'GET') {
        const back = new URL(c.req.url);
        return c.redirect(`${signInPath}?weiter=${encodeURIComponent(back.pathname + back.search)}`, 303);
      }
      throw new DepescheError('unauthorized', 'Bitte melden Sie sich an; Ihre Sitzung ist abgelaufen oder beendet.');
    }
    if (!hasRole(user.role, role)) {
      throw new DepescheError('forbidden', `Dafür brauchen Sie die Rolle ${roleLabels[role]}; Sie sind ${roleLabels[user.role]}.`);
    }
    await next();
  };
}

export function mountNewsroomRoutes(app: Hono<NewsroomEnv>, routes: readonly NewsroomRoute[]): void {
  for (const { method, path, role, handler } of routes) {
    app.on(method, path, requireRole(role), handler);
  }
}
