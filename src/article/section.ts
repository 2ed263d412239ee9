import { slugify } from './slug.ts';

/** A section of the site, derived from the articles' `section` names. */
export interface Section {
  name: string;
  /** URL path segment: `/nachrichten`. */
  slug: string;
}

export function sectionOf(name: string): Section {
  return { name, slug: slugify(name) };
}
