import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { activeTabIdOf, useChromiumExtension } from './browsers.mjs';
import { hoverAndReadCard, readCard } from './cardReader.mjs';
import { markupAsServedAndLive, readHighlights } from './pageProbes.mjs';

/** The sentences of claims-article.html a reader should see highlighted, and nothing else. */
export const EXPECTED_CLAIM_SENTENCES = [
  'In recent days Russia asked China for military equipment, including drones, according to Washington officials quoted by several outlets.',
  'Moscow denied that it had asked Beijing for military help.',
  'US officials told allies that China had signalled it was open to providing military support to Russia.',
];

/** Waits until the content script has read the tab and reported to the background, as the popup shows it; returns that status. */
export async function waitUntilTabRead(context, extensionId, tabId) {
  const popup = await context.newPage();
  let status = '';
  for (let i = 0; i < 50 && !/on this page/u.test(status); i++) {
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    status = (await popup.locator('#tab-status').textContent()) ?? '';
    if (!/on this page/u.test(status)) await popup.waitForTimeout(200);
  }
  await popup.close();
  assert.match(status, /on this page/u, 'the content script reported the page as read');
  return status;
}

/** Waits until `probe` (run in the page) returns something `accept` likes, or fails with the last value. */
export async function waitForPage(page, probe, accept, timeout = 10_000, arg = undefined) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await page.evaluate(probe, arg);
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  assert.fail(`timed out; last value: ${JSON.stringify(last)}`);
}

const allRanges = (h) => Object.values(h).flat().sort();

/** The Chromium suite: the built dist/chrome loaded as an unpacked extension. */
export function chromiumSuite({ origin, extensionDir, resultsDir }) {
  describe('Chromium', () => {
    let context;
    let worker;
    let extensionId;
    let close;

    before(async () => {
      ({ context, worker, extensionId, close } = await useChromiumExtension(extensionDir));
    });

    after(() => close?.());

    async function openArticle(name) {
      const page = await context.newPage();
      await page.goto(`${origin}/${name}`);
      await page.bringToFront();
      return page;
    }

    async function activeTabId() {
      return activeTabIdOf(worker);
    }

    const waitUntilPageRead = (tabId) => waitUntilTabRead(context, extensionId, tabId);

    test('highlights land on the claim sentences and nowhere else, leaving the page DOM unchanged', async () => {
      const page = await openArticle('claims-article.html');
      const highlights = await waitForPage(page, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length);
      assert.deepEqual(allRanges(highlights), [...EXPECTED_CLAIM_SENTENCES].sort());
      // Line style tells the kinds apart: Moscow's denial is reported by the page; the others are contested claims.
      assert.deepEqual(highlights['claimscope-denial'], ['Moscow denied that it had asked Beijing for military help.']);
      assert.equal(highlights['claimscope-contested']?.length, 2);
      const { served, live } = await page.evaluate(markupAsServedAndLive);
      assert.equal(live, served, 'the extension must not change the page DOM');
      assert.equal(await page.evaluate(() => window.pageScriptRan), true);
      const tabId = await activeTabId();
      // Three claims: the support sentence states two wordings the index keeps apart ("signalled willingness", "suggested it was open").
      assert.equal(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '3');
      await page.close();
    });

    test('hovering a highlight shows the card with asserters and deniers on the right sides', async () => {
      const page = await openArticle('claims-article.html');
      await waitForPage(page, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length);
      const cdp = await context.newCDPSession(page);
      const card = await hoverAndReadCard(page, 'Russia asked China', { cdp });
      const point = card.hoveredAt;
      assert.ok(card, 'the card opened');
      assert.equal(card.shadowMode, 'closed');
      assert.match(card.label, /Claimscope/);
      assert.match(card.text, /Russia has in recent days asked China specifically for military equipment/);
      assert.match(card.sides.asserted, /Media outlets, citing Washington officials/);
      assert.doesNotMatch(card.sides.asserted, /Peskov/);
      assert.match(card.sides.denied, /Dmitry Peskov/);
      assert.match(card.sides.denied, /President Putin’s spokesman/);
      assert.match(card.sides.denied, /Zhao Lijian/);
      // Each quote cites its document by number; the documents are named once, under the sides.
      assert.match(card.sides.denied, /\[1\]/);
      assert.match(card.text, /Sources Report dated 2022-03-15 \(outlet unknown\)/);
      assert.match(card.text, /Open in side panel/);
      // Page scripts cannot reach the card's contents.
      assert.equal(await page.evaluate(() => document.querySelector('claimscope-card')?.shadowRoot ?? null), null);
      const { served, live } = await page.evaluate(markupAsServedAndLive);
      assert.equal(live, served, 'the card lives outside <body> and leaves the page markup alone');
      await page.screenshot({ path: join(resultsDir, 'hover-card.png') });
      // Escape closes it; so does moving away.
      await page.keyboard.press('Escape');
      assert.equal(await readCard(cdp), null);
      await page.mouse.move(point.x, point.y + 2);
      await page.waitForTimeout(300);
      assert.ok(await readCard(cdp), 'reopens on hover');
      await page.mouse.move(5, 5);
      await page.waitForTimeout(700);
      assert.equal(await readCard(cdp), null, 'closes on mouse-out');
      await page.close();
    });

    test('a sentence that carries two claims shows both in its card, each with its own sides', async () => {
      const page = await openArticle('claims-article.html');
      await waitForPage(page, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length);
      const card = await hoverAndReadCard(page, 'US officials told allies', { ready: (c) => /suggested it was open/u.test(c?.text ?? '') });
      assert.match(card?.text ?? '', /China had signalled willingness to provide military assistance to Russia/u);
      assert.match(card?.text ?? '', /China had suggested it was open to a move to provide military and economic support/u);
      assert.match(card?.text ?? '', /Unnamed US officials/u);
      await page.screenshot({ path: join(resultsDir, 'card-two-claims.png') });
      await page.close();
    });

    test('a page with no claims gets no highlight and no badge', async () => {
      const page = await openArticle('no-claims.html');
      const tabId = await activeTabId();
      // A positive signal first (the page was read and reported), so "no highlight" is not just "not yet".
      assert.equal(await waitUntilPageRead(tabId), 'No known claims on this page.');
      await page.bringToFront();
      assert.deepEqual(allRanges(await page.evaluate(readHighlights)), []);
      assert.equal(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');
      await page.close();
    });

    test('content added after load and SPA navigation are scanned', async () => {
      const page = await openArticle('live-updates.html');
      assert.equal(await waitUntilPageRead(await activeTabId()), 'No known claims on this page.');
      await page.bringToFront();
      assert.deepEqual(allRanges(await page.evaluate(readHighlights)), []);
      await page.evaluate(() => window.addUpdate('10:15 US officials told allies that China had signalled it was open to providing military support to Russia.'));
      await waitForPage(page, readHighlights, (h) => allRanges(h).some((t) => t.includes('China had signalled')));
      await page.evaluate(() => window.navigateTo('/live-updates.html?page=2', '11:40 Secretary of State Antony Blinken said China is considering selling military hardware to Russia.'));
      const h = await waitForPage(page, readHighlights, (v) => allRanges(v).some((t) => t.includes('selling military hardware')));
      assert.equal(allRanges(h).length, 1);
      await page.close();
    });

    test('the popup finds a claim from a misspelt actor name and shows the full record', async () => {
      const article = await openArticle('claims-article.html');
      await waitForPage(article, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length);
      const tabId = await activeTabId();
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 640 });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('#search');
      assert.match(await popup.textContent('#tab-status'), /3 known claims on this page/);
      await popup.fill('#search', 'Peskow');
      const first = popup.locator('#results .result').first();
      await first.waitFor();
      assert.match(await first.textContent(), /Russia has in recent days asked China/);
      await first.click();
      const detail = popup.locator('#detail');
      assert.match(await detail.locator('[data-side="denied"]').textContent(), /Dmitry Peskov/);
      assert.match(await detail.locator('[data-side="asserted"]').textContent(), /Media outlets, citing Washington officials/);
      await popup.screenshot({ path: join(resultsDir, 'popup.png'), fullPage: true });
      await popup.close();
      await article.close();
    });

    test('the side panel lists the page claims and the three source documents', async () => {
      const article = await openArticle('claims-article.html');
      await waitForPage(article, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length);
      const tabId = await activeTabId();
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      // The claim's id is whatever the index build gave it: look it up by one of its quotes.
      const index = JSON.parse(await readFile(join(extensionDir, 'assets/claim-index.json'), 'utf8'));
      const requestClaim = index.claims.find((c) => c.attributions.some((a) => a.quote.includes('asked China specifically for military equipment')));
      await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tab=${tabId}&claim=${requestClaim.id}`);
      await panel.waitForSelector('#on-this-page .page-claim');
      const claims = await panel.locator('#on-this-page .page-claim .claim').allTextContents();
      assert.equal(claims.length, 3);
      assert.ok(claims.some((c) => /asked China specifically for military equipment/.test(c)));
      assert.ok(claims.some((c) => /signalled willingness to provide military assistance/.test(c)));
      assert.ok(claims.some((c) => /suggested it was open to a move to provide military/.test(c)));
      assert.equal(await panel.locator('#sources details.source').count(), 3);
      assert.match(await panel.locator('#selected').textContent(), /Dmitry Peskov/);
      const firstSource = panel.locator('#sources details.source').first();
      await firstSource.locator('summary').click();
      await firstSource.locator('.doc-text mark').first().waitFor();
      assert.ok((await firstSource.locator('.doc-text mark').count()) > 3);
      await panel.screenshot({ path: join(resultsDir, 'sidepanel.png') });
      // Jump-to reaches into the page and flashes the sentence.
      await panel.locator('#on-this-page .page-claim button', { hasText: 'Jump to' }).first().click();
      await waitForPage(article, readHighlights, (h) => (h['claimscope-focus'] ?? []).length === 1, 3000);
      await panel.close();
      await article.close();
    });

    test('the next-claim command steps to a highlight and opens its card', async () => {
      const page = await openArticle('claims-article.html');
      await waitForPage(page, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length);
      const tabId = await activeTabId();
      // What the background's commands.onCommand handler sends for Alt+Shift+N (commands cannot be pressed headless).
      await worker.evaluate((id) => chrome.tabs.sendMessage(id, { claimscope: 'stepHighlight', payload: { direction: 1 } }, { frameId: 0 }), tabId);
      const h = await waitForPage(page, readHighlights, (v) => (v['claimscope-focus'] ?? []).length === 1, 3000);
      assert.equal(h['claimscope-focus'][0], EXPECTED_CLAIM_SENTENCES[0]);
      const cdp = await context.newCDPSession(page);
      const card = await readCard(cdp);
      assert.match(card?.text ?? '', /Russia has in recent days asked China/);
      await page.close();
    });

    test('pausing removes the highlights; resuming brings them back', async () => {
      const article = await openArticle('claims-article.html');
      await waitForPage(article, readHighlights, (h) => allRanges(h).length >= EXPECTED_CLAIM_SENTENCES.length);
      const tabId = await activeTabId();
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('#pause-site');
      await popup.check('#pause-site');
      await waitForPage(article, readHighlights, (h) => allRanges(h).length === 0);
      await popup.uncheck('#pause-site');
      await waitForPage(article, readHighlights, (h) => allRanges(h).length === EXPECTED_CLAIM_SENTENCES.length);
      await popup.check('#pause-all');
      await waitForPage(article, readHighlights, (h) => allRanges(h).length === 0);
      await popup.uncheck('#pause-all');
      await waitForPage(article, readHighlights, (h) => allRanges(h).length === EXPECTED_CLAIM_SENTENCES.length);
      await popup.close();
      await article.close();
    });
  });
}

/** A package whose index is damaged must say so in the popup and panel, not show a blank page or highlight anything. */
export function damagedIndexSuite({ origin, extensionDir }) {
  describe('Chromium, damaged index', () => {
    let context;
    let id;
    let close;
    let dir;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'claimscope-bad-index-'));
      await cp(extensionDir, join(dir, 'ext'), { recursive: true });
      await writeFile(join(dir, 'ext/assets/claim-index.json'), JSON.stringify({ version: 99, documents: [], claims: [] }));
      ({ context, extensionId: id, close } = await useChromiumExtension(join(dir, 'ext')));
    });
    after(async () => {
      await close?.();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    test('the popup and side panel explain the problem; pages get no highlights', async () => {
      const article = await context.newPage();
      await article.goto(`${origin}/claims-article.html`);
      await article.waitForTimeout(1000);
      assert.deepEqual(allRanges(await article.evaluate(readHighlights)), []);
      for (const path of ['src/popup/index.html', 'src/sidepanel/index.html']) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${id}/${path}`);
        await page.waitForSelector('.error');
        assert.match(await page.textContent('.error'), /version 99.*Rebuild it/);
        await page.close();
      }
    });
  });
}
