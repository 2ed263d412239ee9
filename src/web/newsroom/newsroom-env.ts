import type { HttpBindings } from '@hono/node-server';
import type { SignedInUser } from '../../accounts/roles.ts';

/**
 * What the newsroom's middleware puts on the request context: the signed-in
 * user (or null) and the CSRF token that every form of this session carries.
 */
export type NewsroomEnv = {
  Bindings: HttpBindings;
  Variables: {
    user: SignedInUser | null;
    csrfToken: string;
  };
};
