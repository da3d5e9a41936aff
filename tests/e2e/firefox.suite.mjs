import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchFirefox, openFirefoxExtensionPage } from './browsers.mjs';
import { EXPECTED_CLAIM_SENTENCES, waitForPage } from './chromium.suite.mjs';
import { readHighlights } from './pageProbes.mjs';

/** Fixed internal UUID so the test knows the moz-extension:// origin in advance. */
const EXTENSION_UUID = '5a1e7c0e-4c1a-4a3b-9d5e-c1a1a5c0fe01';
const allRanges = (h) => Object.values(h).flat().sort();

/** The Firefox suite: dist/firefox installed as a temporary add-on in firefox-esr. */
export function firefoxSuite({ origin, extensionDir, resultsDir }) {
  describe('Firefox', () => {
    let browser;

    before(async () => {
      browser = await launchFirefox(extensionDir, EXTENSION_UUID);
    });

    after(async () => {
      await browser?.close();
    });

    test('highlights appear on the claim page and not on the no-claim page', async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/claims-article.html`);
      const highlights = await waitForPage(page, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length, 15_000);
      assert.deepEqual(allRanges(highlights), [...EXPECTED_CLAIM_SENTENCES].sort());
      await page.screenshot({ path: join(resultsDir, 'firefox-article.png') });
      await page.goto(`${origin}/no-claims.html`);
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(allRanges(await page.evaluate(readHighlights)), []);
      await page.close();
    });

    test('the popup page loads and finds a claim by a misspelt name', async () => {
      const page = await browser.newPage();
      await openFirefoxExtensionPage(page, `moz-extension://${EXTENSION_UUID}/src/popup/index.html`, '#search');
      await page.type('#search', 'Peskow');
      await page.waitForSelector('#results .result');
      const first = await page.$eval('#results .result', (e) => e.textContent);
      assert.match(first, /Russia has in recent days asked China/);
      await page.screenshot({ path: join(resultsDir, 'firefox-popup.png') });
      await page.close();
    });

    test('the sidebar page lists the three sources and opens at a claim', async () => {
      const page = await browser.newPage();
      await openFirefoxExtensionPage(page, `moz-extension://${EXTENSION_UUID}/src/sidepanel/index.html`, '#sources details.source');
      assert.equal((await page.$$('#sources details.source')).length, 3);
      const firstClaim = await page.$eval('#sources details.source li', (e) => e.textContent);
      assert.ok(firstClaim && firstClaim.length > 10, 'a source lists its claims');
      await page.screenshot({ path: join(resultsDir, 'firefox-sidebar.png') });
      await page.close();
    });
  });
}
