import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { generateDataset } from '../../src/generate/index.ts';
import { freshDatabase, testApp, type TestApp } from './app.ts';

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
export async function servedInBrowser(opts: { launches: number; seed: number; anchor: Date }): Promise<ServedInBrowser> {
  const database = await freshDatabase();
  await generateDataset(database, opts);
  const t = await testApp({ database, now: opts.anchor });
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
