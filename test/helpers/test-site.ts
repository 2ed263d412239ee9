import { de } from '../../src/web/messages/de.ts';
import type { SiteContext } from '../../src/web/presenters/site-context.ts';

/** The site as presenters and routes see it, for tests that render without a running server. */
export function testSite(overrides: Partial<SiteContext> = {}): SiteContext {
  return {
    name: 'Depesche',
    description: '',
    baseUrl: 'https://depesche.example',
    timeZone: 'Europe/Berlin',
    messages: de,
    sections: [],
    stylesheetPath: '/assets/site.css',
    iconPath: '/assets/favicon.svg',
    ...overrides,
  };
}
