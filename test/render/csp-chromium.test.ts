import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkip, sharedBrowser } from '../support/chromium.ts';

/** The HTML pages' Content-Security-Policy in a real browser: the pages still work and nothing is refused. */
describe('CSP of the HTML pages in Chromium', { skip: browserSkip }, () => {
  const served = sharedBrowser({ launches: 5, seed: 7 });

  /** A page that records every CSP refusal and script error. */
  async function watched(): Promise<{ page: Page; problems: string[] }> {
    const page = await served.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // failed loads are reported below with their URL
      if (/Content.Security.Policy/i.test(m.text()) || (m.type() === 'error' && !/^Failed to load resource/.test(m.text()))) problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    return { page, problems };
  }

  test('the browsable page: its stylesheet applies, nothing is refused, and it cannot be framed', async () => {
    const { page, problems } = await watched();
    const res = await page.goto(`${served.base}/2.3.0/launches/?format=api&limit=2`);
    assert.equal(res?.status(), 200);
    assert.match(res!.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    // the inline stylesheet ran: the top bar has its dark background
    const bg = await page.$eval('.topbar', (el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, 'rgb(22, 32, 46)');
    assert.deepStrictEqual(problems, []);
    // framed by another page: refused
    const framer = await served.browser.newPage();
    await framer.setContent(`<iframe src="${served.base}/2.3.0/launches/?format=api"></iframe>`);
    await framer.waitForTimeout(500);
    const inner = framer.frames().find((f) => f.url().includes('/2.3.0/launches/'));
    const framedText = inner ? await inner.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    assert.ok(!framedText.includes('Launch List'), 'the page does not render inside a frame');
    await framer.close();
    await page.close();
  });

  test('Swagger UI renders the schema under its CSP', async () => {
    const { page, problems } = await watched();
    const res = await page.goto(`${served.base}/2.3.0/swagger/`);
    assert.equal(res?.status(), 200);
    await page.waitForSelector('.opblock', { timeout: 20_000 });
    assert.ok((await page.$$('.opblock')).length > 5, 'operations are listed');
    assert.deepStrictEqual(problems, []);
    await page.close();
  });
});
