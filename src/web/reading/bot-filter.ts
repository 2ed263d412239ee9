import { isbot } from 'isbot';

/**
 * Crawlers, link previews, monitors and scripts are not readers. `isbot`
 * knows the user agents that say what they are; a request without one is
 * not a browser either. What pretends to be a browser is left to the
 * throttle and the per-reader dedup.
 */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  const agent = userAgent?.trim() ?? '';
  return agent === '' || isbot(agent);
}
