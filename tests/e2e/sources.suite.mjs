// The reader's own sources (issue 9), in the built extension: add a local article page through
// the side panel, correct one actor in the review, save; a second page restating one of its
// claims is highlighted, and the card (Chromium) or the panel (Firefox) shows the new source
// with the corrected actor; removing the source takes the highlight away. The popup's "Add this
// page as a source" opens the panel at the page's review (Chromium). Export, then import into a
// fresh profile, gives the same bytes. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { activeTabIdOf, launchFirefox, openFirefoxExtensionPage, useChromiumExtension } from './browsers.mjs';
import { hoverAndReadCard } from './cardReader.mjs';
import { waitForPage } from './chromium.suite.mjs';
import { readHighlights } from './pageProbes.mjs';

const SOURCE_PAGE = 'reader-source-article.html';
const RESTATING_PAGE = 'reader-restating.html';
/** The quote whose extracted actor ("The authority's own forecasts") the reader corrects. */
const CORRECTED_QUOTE = 'half a million containers';
const CORRECTED_ACTOR = 'Portmere harbour authority';
/** The restating page's sentence. */
const RESTATED = 'expected to handle half a million containers';
const SOURCE_TITLE = 'Portmere terminal to open in May, harbour chief says';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const highlighted = (h) => Object.entries(h).filter(([name]) => name !== 'claimscope-focus').flatMap(([, ranges]) => ranges);

/** Chromium: the whole round, with the card read through the DevTools protocol. */
export function sourcesChromiumSuite({ origin, extensionDir, resultsDir }) {
  describe('Chromium, the reader’s own sources', () => {
    let context;
    let worker;
    let extensionId;
    let close;
    let exported;

    before(async () => {
      ({ context, worker, extensionId, close } = await useChromiumExtension(extensionDir, { acceptDownloads: true }));
    });

    after(() => close?.());

    /** The tab id of a page, brought to the front (reading tabs' URLs would need a permission we do not ask for). */
    async function tabIdOf(page) {
      await page.bringToFront();
      return activeTabIdOf(worker);
    }

    async function openPanel(tabId, size = [420, 1000]) {
      const panel = await context.newPage();
      await panel.setViewportSize({ width: size[0], height: size[1] });
      await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tab=${tabId}`);
      await panel.waitForSelector('#add-page');
      return panel;
    }

    async function exportFrom(panel) {
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('#reader-export')]);
      return readFile(await download.path());
    }

    test('add this page through the panel, correct an actor, save: a page restating its claim is highlighted and its card shows the corrected actor; remove: the highlight goes', async () => {
      const article = await context.newPage();
      await article.goto(`${origin}/${SOURCE_PAGE}`);
      const panel = await openPanel(await tabIdOf(article));
      await panel.click('#add-page');
      await panel.waitForSelector('#review .review-item');
      const item = panel.locator('#review .review-item', { hasText: CORRECTED_QUOTE });
      assert.equal(await item.count(), 1, 'the review lists the attribution to correct');
      assert.notEqual(await item.locator('.review-actor').inputValue(), CORRECTED_ACTOR);
      await item.locator('.review-actor').fill(CORRECTED_ACTOR);
      await item.locator('.review-actor').press('Enter');
      await panel.locator('#review .review-item', { hasText: CORRECTED_QUOTE }).locator('.corrected-note').waitFor();
      await panel.screenshot({ path: join(resultsDir, 'sources-review.png'), fullPage: true });
      await panel.click('#review-save');
      await panel.waitForSelector('#reader-list .reader-source');
      assert.match(await panel.locator('#reader-status').textContent(), /Saved/u);
      assert.match(await panel.locator('#reader-list').textContent(), /1 corrected by you/u);
      await panel.screenshot({ path: join(resultsDir, 'sources-saved.png'), fullPage: true });

      const page = await context.newPage();
      await page.setViewportSize({ width: 1100, height: 700 });
      await page.goto(`${origin}/${RESTATING_PAGE}`);
      await page.bringToFront();
      await waitForPage(page, readHighlights, (h) => highlighted(h).some((t) => t.includes(RESTATED)), 15_000);
      assert.equal(highlighted(await page.evaluate(readHighlights)).length, 1, 'only the restating sentence is highlighted');
      const card = await hoverAndReadCard(page, RESTATED, { at: 'top', ready: (c) => /Asserted by/u.test(c?.text ?? '') });
      assert.match(card?.sides.asserted ?? '', new RegExp(`${CORRECTED_ACTOR}.*corrected by you`, 'u'));
      assert.doesNotMatch(card.text, /own forecasts/u);
      assert.match(card.text, new RegExp(SOURCE_TITLE, 'u'));
      await sleep(200);
      await page.screenshot({ path: join(resultsDir, 'sources-card.png') });
      await page.setViewportSize({ width: 390, height: 700 });
      await sleep(300);
      await page.screenshot({ path: join(resultsDir, 'sources-card-narrow.png') });

      exported = await exportFrom(panel);
      await panel.bringToFront();
      await panel.click('#reader-list .reader-remove');
      await panel.waitForSelector('#reader-list', { state: 'detached' });
      await waitForPage(page, readHighlights, (h) => highlighted(h).length === 0, 15_000);
      await page.close();
      await panel.close();
      await article.close();
    });

    test('the popup’s “Add this page as a source” opens the panel at the review of this page, with nothing saved', async () => {
      const article = await context.newPage();
      await article.goto(`${origin}/${SOURCE_PAGE}`);
      const tabId = await tabIdOf(article);
      const popup = await context.newPage();
      // The button waits for the page's content script to have reported the page.
      for (let i = 0; i < 40; i++) {
        await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
        await popup.waitForSelector('#add-page');
        if (await popup.isEnabled('#add-page')) break;
        await sleep(250);
      }
      await Promise.all([popup.waitForEvent('close'), popup.click('#add-page')]);
      // The popup closed because the panel opened, set for this tab to start adding its page.
      const options = await worker.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId);
      assert.equal(options.path, 'src/sidepanel/index.html?add=page');
      // Playwright cannot see the side panel: the same page, opened as a tab, reviews the article with no other click.
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 420, height: 1000 });
      await panel.goto(`chrome-extension://${extensionId}/${options.path}&tab=${tabId}`);
      await panel.waitForSelector('#review .review-item');
      assert.equal(await panel.locator('#review .review-item', { hasText: CORRECTED_QUOTE }).count(), 1, 'the review lists the article’s attributions');
      assert.equal(await panel.locator('#reader-list .reader-source').count(), 0, 'nothing is saved before the review');
      await panel.screenshot({ path: join(resultsDir, 'sources-popup-add-review.png') });
      await panel.close();
      await article.close();
    });

    test('export, then import into a fresh profile: the same claims and attributions, byte for byte; a malformed or other-version file changes nothing', async () => {
      assert.ok(exported, 'the first test exported the reader’s index');
      const json = JSON.parse(exported.toString('utf8'));
      assert.equal(json.version, 2);
      assert.ok(json.claims.some((c) => c.attributions.some((a) => a.actor === CORRECTED_ACTOR && a.corrected)), 'the export keeps the correction');
      const { context: fresh, extensionId: freshId, profile: freshProfile, close: closeFresh } = await useChromiumExtension(extensionDir, { acceptDownloads: true });
      try {
        const panel = await fresh.newPage();
        await panel.goto(`chrome-extension://${freshId}/src/sidepanel/index.html?tab=0`);
        await panel.waitForSelector('#reader-import');
        const file = join(freshProfile, 'claimscope-sources.json');
        for (const [name, body, message] of [
          ['broken.json', '{"version": 2, "documents": [', /not valid JSON/u],
          ['old.json', JSON.stringify({ ...json, version: 1 }), /version 1/u],
        ]) {
          await panel.setInputFiles('#reader-import', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
          await panel.waitForFunction((m) => new RegExp(m, 'u').test(document.querySelector('#reader-status')?.textContent ?? ''), message.source);
          assert.equal(await panel.locator('#reader-list .reader-source').count(), 0, `${name} added nothing`);
        }
        await panel.screenshot({ path: join(resultsDir, 'sources-import-refused.png') });
        await writeFile(file, exported);
        await panel.setInputFiles('#reader-import', file);
        await panel.waitForSelector('#reader-list .reader-source');
        const again = await exportFrom(panel);
        assert.ok(again.equals(exported), 'the re-exported file is byte-identical');
      } finally {
        await closeFresh();
      }
    });
  });
}

/** Fixed internal UUID so the test knows the moz-extension:// origin in advance. */
const FIREFOX_UUID = '5a1e7c0e-4c1a-4a3b-9d5e-c1a1a5c0fe09';

/** Firefox: the same round; the card's closed shadow root is out of reach here, so the panel's record (the same renderer) is read. */
export function sourcesFirefoxSuite({ origin, extensionDir, resultsDir }) {
  describe('Firefox, the reader’s own sources', () => {
    let browser;

    before(async () => {
      browser = await launchFirefox(extensionDir, FIREFOX_UUID);
    });

    after(async () => {
      await browser?.close();
    });

    /** The id of the tab showing `url`: each tab's content script says where it is (no tabs permission needed). */
    async function tabIdOf(url) {
      const control = await browser.newPage();
      await openFirefoxExtensionPage(control, `moz-extension://${FIREFOX_UUID}/src/popup/index.html`, '#search');
      const id = await control.evaluate(async (u) => {
        for (const tab of await browser.tabs.query({})) {
          const page = await browser.tabs.sendMessage(tab.id, { claimscope: 'readPageHtml', payload: {} }, { frameId: 0 }).catch(() => null);
          if (page?.url === u) return tab.id;
        }
        return undefined;
      }, url);
      await control.close();
      return id;
    }

    async function openPanel(tabId) {
      const panel = await browser.newPage();
      await openFirefoxExtensionPage(panel, `moz-extension://${FIREFOX_UUID}/src/sidepanel/index.html?tab=${tabId}`, '#add-page');
      return panel;
    }

    test('add this page through the sidebar, correct an actor, save: a page restating its claim is highlighted with the corrected actor; remove: the highlight goes', async () => {
      const article = await browser.newPage();
      await article.goto(`${origin}/${SOURCE_PAGE}`);
      const panel = await openPanel(await tabIdOf(`${origin}/${SOURCE_PAGE}`));
      await panel.click('#add-page');
      await panel.waitForSelector('#review .review-item');
      const actorInput = await panel.evaluateHandle((quote) => [...document.querySelectorAll('#review .review-item')].find((li) => li.textContent.includes(quote))?.querySelector('.review-actor'), CORRECTED_QUOTE);
      await actorInput.evaluate((input, actor) => {
        input.value = actor;
        input.dispatchEvent(new Event('change'));
      }, CORRECTED_ACTOR);
      await panel.waitForSelector('#review .corrected-note');
      await panel.click('#review-save');
      await panel.waitForSelector('#reader-list .reader-source');
      await panel.screenshot({ path: join(resultsDir, 'firefox-sources-saved.png') });
      await panel.close();

      const page = await browser.newPage();
      await page.goto(`${origin}/${RESTATING_PAGE}`);
      await waitForPage(page, readHighlights, (h) => highlighted(h).some((t) => t.includes(RESTATED)), 15_000);
      await page.screenshot({ path: join(resultsDir, 'firefox-sources-highlight.png') });
      const onPage = await openPanel(await tabIdOf(`${origin}/${RESTATING_PAGE}`));
      await onPage.waitForSelector('#on-this-page .page-claim');
      const summary = await onPage.$eval('#on-this-page .page-claim', (e) => e.textContent);
      assert.match(summary, new RegExp(`Asserted by ${CORRECTED_ACTOR}`, 'u'));
      await onPage.click('#on-this-page .page-claim .btn.secondary');
      await onPage.waitForSelector('#selected .attribution');
      const record = await onPage.$eval('#selected', (e) => e.textContent);
      assert.match(record, new RegExp(`${CORRECTED_ACTOR}.*corrected by you`, 'u'));
      assert.match(record, new RegExp(SOURCE_TITLE, 'u'));
      await onPage.screenshot({ path: join(resultsDir, 'firefox-sources-record.png') });
      await onPage.click('#reader-list .reader-remove');
      for (let i = 0; i < 100 && (await onPage.$('#reader-list')); i++) await sleep(100);
      assert.equal(await onPage.$('#reader-list'), null, 'the source is gone from the list');
      await waitForPage(page, readHighlights, (h) => highlighted(h).length === 0, 15_000);
      await onPage.close();
      await page.close();
      await article.close();
    });
  });
}
