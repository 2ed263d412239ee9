import type { Section } from '../../article/section.ts';
import type { Messages } from '../messages/de.ts';

/** What every page needs to know about the site around it. */
export interface SiteContext {
  name: string;
  /** The site's own description (settings); may be empty. */
  description: string;
  /** Absolute base URL, no trailing slash. */
  baseUrl: string;
  timeZone: string;
  messages: Messages;
  /** Sections for the main navigation, most active first. */
  sections: Section[];
  stylesheetPath: string;
  iconPath: string;
  /** The reading beacon's script, loaded by article pages; absent where no page counts reads (the newsroom's preview). */
  readingScriptPath?: string;
}

export function absoluteUrl(site: SiteContext, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${site.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
}
