import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { openGeneratedApp, type GeneratedAppOptions, type TestApp } from './app.ts';

/** Debian's Chromium, driven headless by playwright-core (which never downloads a browser). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** CI installs Chromium (.ci/run); a developer machine without it skips browser tests, saying so. */
export const browserSkip: string | false = !existsSync(CHROMIUM) && !process.env.CI ? `no browser at ${CHROMIUM} (apt-get install chromium)` : false;

export interface ServedInBrowser {
  t: TestApp;
  browser: Browser;
  /** `http://127.0.0.1:PORT` of the listening app. */
  base: string;
  close(): Promise<void>;
}

/** A server on loopback over generated launches, and a headless Chromium to look at it. */
export async function servedInBrowser(opts: GeneratedAppOptions): Promise<ServedInBrowser> {
  const t = await openGeneratedApp(opts);
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // as the machine's probe runs it: without the background-networking flags Chromium reaches for the network
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    t,
    browser,
    base,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/**
 * servedInBrowser() for every test of the enclosing `describe`: started in its `before`, stopped in
 * its `after`; the fields are there while its tests run.
 */
export function sharedBrowser(opts: GeneratedAppOptions): { readonly browser: Browser; readonly base: string } {
  let served: ServedInBrowser | undefined;
  const need = (): ServedInBrowser => {
    if (!served) throw new Error('sharedBrowser: the browser exists only while the tests of its suite run');
    return served;
  };
  before(async () => {
    served = await servedInBrowser(opts);
  });
  after(() => served?.close());
  return {
    get browser() {
      return need().browser;
    },
    get base() {
      return need().base;
    },
  };
}
