import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip, sharedBrowser } from '../support/chromium.ts';

/** The browsable page in a real browser: Debian's Chromium, driven headless by playwright-core. */
describe('browsable page in Chromium', { skip: browserSkip }, () => {
  const served = sharedBrowser({ launches: 60, seed: 5 });

  test('a list page shows the help, the request, the pretty JSON with links, and next/previous work', async () => {
    const page = await served.browser.newPage();
    const url = `${served.base}/2.3.0/launches/?format=api&limit=5&mode=list`;
    const res = await page.goto(url);
    assert.equal(res?.status(), 200);
    const text = await page.innerText('body');
    for (const piece of ['Modes', 'Levels of detail in the response - list, normal, detailed', 'Fields searched - launch_designator', 'Fields - id, last_updated, name, net', 'GET /2.3.0/launches/?format=api&limit=5&mode=list', 'HTTP 200 OK', 'Allow: GET', 'Vary: Accept']) {
      assert.ok(text.includes(piece), `page text lacks ${JSON.stringify(piece)}`);
    }
    // the <pre> reads as exactly the JSON the API gives
    const shown = JSON.parse(await page.innerText('pre.prettyprint'));
    const json = await (await fetch(`${served.base}/2.3.0/launches/?format=api&limit=5&mode=list`, { headers: { accept: 'application/json' } })).text();
    assert.ok(json.length > 0);
    const api = await (await fetch(`${served.base}/2.3.0/launches/?format=json&limit=5&mode=list`)).json();
    assert.equal(shown.count, api.count);
    assert.deepStrictEqual(shown.results.map((r: any) => r.id), api.results.map((r: any) => r.id));
    // URLs in the JSON are links
    const links = await page.$$eval('pre.prettyprint a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    assert.ok(links.some((h) => h.includes(`/2.3.0/launches/${api.results[0].id}/`)), 'object urls are links');
    // follow "Next »"
    await page.click('text=Next »');
    await page.waitForURL(/offset=5/);
    assert.ok(page.url().includes('format=api&limit=5&mode=list&offset=5'), page.url());
    const second = JSON.parse(await page.innerText('pre.prettyprint'));
    const apiSecond = await (await fetch(`${served.base}/2.3.0/launches/?format=json&limit=5&mode=list&offset=5`)).json();
    assert.deepStrictEqual(second.results.map((r: any) => r.id), apiSecond.results.map((r: any) => r.id));
    // and back
    await page.click('text=« Previous');
    await page.waitForURL((u) => !u.toString().includes('offset='));
    await page.close();
  });

  test('a browser asking for HTML gets the page without ?format=api', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.base}/2.3.0/launches/?limit=2`);
    assert.ok((await page.innerText('body')).includes('HTTP 200 OK'));
    await page.close();
  });
});
