import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { after } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Why browser tests cannot run here, or false when they can. `.ci/run` installs Debian's chromium. */
export const noBrowser: string | false = existsSync(chromiumPath)
  ? false
  : `kein Chromium unter ${chromiumPath} (apt-get install chromium)`;

export const artifactsDir = new URL('../../test-artifacts/', import.meta.url);

/** Debian's Chromium, headless, with no network chatter of its own. Closed after the file's tests. */
export async function launchBrowser(): Promise<Browser> {
  await mkdir(artifactsDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  after(() => browser.close());
  return browser;
}
