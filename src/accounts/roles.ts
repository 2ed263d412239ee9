/**
 * Newsroom roles, each including the rights of the one before:
 * Autor (own drafts, submits for review) < Redakteur (edits, publishes,
 * schedules, unpublishes any article) < Admin (also users and settings).
 */
export const roles = ['autor', 'redakteur', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = { autor: 'Autor', redakteur: 'Redakteur', admin: 'Admin' };

export function hasRole(actual: Role, needed: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(needed);
}

/** A signed-in newsroom user, as routes and views see it (no password hash). */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
