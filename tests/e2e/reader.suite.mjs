// The reader's view (issue 10), in the built extension: the card always inside the window and
// off the sentence at three window sizes and three positions, keyboard stepping that keeps the
// card open, the legend, the popup's person-and-topic search, the quote check, the exports,
// the timeline and the first-run page. Screenshots go to test-results/ to be looked at.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { activeTabIdOf, launchFirefox, openFirefoxExtensionPage, useChromiumExtension, WELCOME_PATH } from './browsers.mjs';
import { hoverAndReadCard, readCard, revealCardButton } from './cardReader.mjs';
import { waitForPage } from './chromium.suite.mjs';
import { cardGeometry, readHighlights, reanchor, scrollSentenceTo } from './pageProbes.mjs';

/** The window sizes a reader has: a short laptop, a taller one, a phone. */
const SIZES = [[1280, 700], [1280, 900], [390, 844]];
const POSITIONS = ['top', 'middle', 'bottom'];
/** The three-line sentence of quotes-article.html that quotes Peskov word for word. */
const EXACT = 'Russia possesses its own independent potential';
const ALTERED = 'Russia possesses its own independent capacity';
const CUT = 'We will not allow that to go forward';
const allRanges = (h) => Object.values(h).flat();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Asserts the card lies wholly inside the window and covers none of the sentence's lines. */
function assertPlacement(geometry, label) {
  const { card, lines, width, height } = geometry;
  assert.ok(card, `${label}: the card is open`);
  assert.ok(lines.length > 0, `${label}: the sentence is highlighted`);
  const slack = 0.5;
  assert.ok(card.left >= -slack && card.top >= -slack && card.right <= width + slack && card.bottom <= height + slack, `${label}: card ${JSON.stringify(card)} inside ${width}×${height}`);
  for (const line of lines) {
    const overlaps = card.left < line.right - slack && card.right > line.left + slack && card.top < line.bottom - slack && card.bottom > line.top + slack;
    assert.ok(!overlaps, `${label}: card ${JSON.stringify(card)} covers the line ${JSON.stringify(line)}`);
  }
}

/** Claim ids by what their sources say, looked up in the built index (ids are the build's). */
async function claimIds(extensionDir) {
  const index = JSON.parse(await readFile(join(extensionDir, 'assets/claim-index.json'), 'utf8'));
  const withQuote = (text) => index.claims.find((c) => c.attributions.some((a) => a.quote.includes(text)))?.id;
  const sullivanSanctions = index.claims.filter((c) => c.attributions.some((a) => /Sullivan/u.test(a.actor)) && /sanction/iu.test(`${c.text} ${c.attributions.map((a) => a.quote).join(' ')}`)).map((c) => c.id);
  // The article's support sentence states two wordings the index keeps as two claims: both are on the page.
  return { index, drones: withQuote('asked China specifically for military equipment'), support: withQuote('China had signalled willingness'), suggested: withQuote('China had suggested it was open'), sullivanSanctions };
}

/** The Chromium half: everything, with the card read through the DevTools protocol. */
export function readerChromiumSuite({ origin, extensionDir, resultsDir }) {
  describe('Chromium, the reader’s view', () => {
    let context;
    let worker;
    let extensionId;
    let close;
    let ids;

    before(async () => {
      ({ context, worker, extensionId, close } = await useChromiumExtension(extensionDir, { keepWelcome: true }));
      ids = await claimIds(extensionDir);
    });

    after(() => close?.());

    async function openArticle(name, size = [1280, 900]) {
      const page = await context.newPage();
      await page.setViewportSize({ width: size[0], height: size[1] });
      await page.goto(`${origin}/${name}`);
      await page.bringToFront();
      await waitForPage(page, readHighlights, (h) => allRanges(h).length >= 3);
      return page;
    }

    const activeTabId = () => activeTabIdOf(worker);

    /** Scrolls the sentence containing `needle` to the window's top, middle or bottom, hovers it, and waits for a card that says `expect`. */
    async function hover(page, cdp, needle, at, expect = /Asserted by/u) {
      const card = await hoverAndReadCard(page, needle, { cdp, at, ready: (c) => expect.test(c?.text ?? '') });
      assert.match(card?.text ?? '', expect);
      // Let placement settle (it follows the sentence on every frame it changes).
      await page.waitForTimeout(150);
      return card;
    }

    test('the first-run page opens on install and says what Claimscope does, that nothing leaves the browser, and how to use it', async () => {
      const url = `chrome-extension://${extensionId}/${WELCOME_PATH}`;
      let welcome = context.pages().find((p) => p.url() === url);
      for (let i = 0; i < 30 && !welcome; i++) {
        await sleep(100);
        welcome = context.pages().find((p) => p.url() === url);
      }
      assert.ok(welcome, 'the install opened the first-run page');
      await welcome.setViewportSize({ width: 900, height: 1000 });
      await welcome.waitForSelector('.privacy li');
      const text = await welcome.textContent('#app');
      assert.match(text, /Nothing leaves your browser/u);
      assert.match(text, /no network request/u);
      assert.match(text, /Hover an underlined sentence/u);
      assert.match(text, /Alt\+Shift\+N/u);
      assert.match(text, /side panel/u);
      assert.equal(await welcome.locator('.legend li').count(), 3);
      await welcome.screenshot({ path: join(resultsDir, 'welcome.png'), fullPage: true });
      await welcome.close();
    });

    test('the card is inside the window and off the sentence at 1280×700, 1280×900 and 390×844, top, middle and bottom', async () => {
      for (const size of SIZES) {
        const page = await openArticle('quotes-article.html', size);
        const cdp = await context.newCDPSession(page);
        for (const where of POSITIONS) {
          const label = `${size.join('×')} ${where}`;
          await page.mouse.move(2, 2);
          await page.keyboard.press('Escape');
          await hover(page, cdp, EXACT, where);
          assertPlacement(await page.evaluate(cardGeometry, EXACT), label);
          await page.screenshot({ path: join(resultsDir, `card-${size.join('x')}-${where}.png`) });
          // The last button is reachable by scrolling inside the card, and the card stays put.
          const button = await revealCardButton(cdp);
          assert.match(button?.text ?? '', /Open in side panel/u);
          const after = await page.evaluate(cardGeometry, EXACT);
          assert.ok(button.top >= after.card.top - 0.5 && button.bottom <= after.card.bottom + 0.5, `${label}: the button is inside the card once scrolled to`);
          assert.ok(button.bottom <= size[1], `${label}: the button is inside the window`);
          assertPlacement(after, `${label}, scrolled inside`);
        }
        await page.close();
      }
    });

    test('keyboard stepping opens the card and keeps it open through the scroll it causes', async () => {
      const page = await openArticle('quotes-article.html', [1280, 700]);
      const tabId = await activeTabId();
      const cdp = await context.newCDPSession(page);
      const step = () => worker.evaluate((id) => chrome.tabs.sendMessage(id, { claimscope: 'stepHighlight', payload: { direction: 1 } }, { frameId: 0 }), tabId);
      for (const needle of [EXACT, ALTERED]) {
        await step();
        await waitForPage(page, readHighlights, (h) => (h['claimscope-focus'] ?? []).some((t) => t.includes(needle)), 3000);
        await page.waitForTimeout(1200);
        const card = await readCard(cdp);
        assert.ok(card, `the card for “${needle}” is still open a second after stepping`);
        assert.match(card.text, /Russia possesses its own independent potential/u);
        assertPlacement(await page.evaluate(cardGeometry, needle), `stepped to “${needle}”`);
      }
      await page.screenshot({ path: join(resultsDir, 'card-stepped.png') });
      // The stepped card follows its sentence while the page scrolls, and closes once the sentence is gone.
      await page.evaluate(() => window.scrollBy({ top: 120, behavior: 'instant' }));
      await page.waitForTimeout(300);
      assert.ok(await readCard(cdp), 'still open after a small scroll');
      assertPlacement(await page.evaluate(cardGeometry, ALTERED), 'stepped, then scrolled by 120 px');
      await page.evaluate(() => window.scrollBy({ top: 2 * innerHeight, behavior: 'instant' }));
      await page.waitForTimeout(300);
      assert.equal(await readCard(cdp), null, 'closed once its sentence left the window');
      await page.evaluate(() => window.scrollBy({ top: -2 * innerHeight, behavior: 'instant' }));
      await step();
      await waitForPage(page, readHighlights, (h) => (h['claimscope-focus'] ?? []).length === 1, 3000);
      assert.ok(await readCard(cdp), 'the next step opens it again');
      await page.keyboard.press('Escape');
      assert.equal(await readCard(cdp), null, 'Escape closes a stepped card');
      await page.close();
    });

    test('the card shows the legend and the quote check: word for word, a changed word, a quote cut short', async () => {
      const page = await openArticle('quotes-article.html', [1280, 900]);
      const cdp = await context.newCDPSession(page);
      const cases = [
        [EXACT, 'quote-exact', /✓ Quoted as in the source: the page quotes Dmitry Peskov word for word/u],
        [ALTERED, 'quote-altered', /Changed: the page has “capacity” where the source has “potential”/u],
        [CUT, 'quote-cut', /Cut short: the source’s sentence goes on “from any country anywhere in the world”/u],
      ];
      for (const [needle, shot, verdict] of cases) {
        await page.mouse.move(2, 2);
        await page.keyboard.press('Escape');
        const card = await hover(page, cdp, needle, 'top', verdict);
        assert.match(card.text, /Solid\s*: the claim is asserted/u);
        assert.match(card.text, /Wavy\s*: the claim is contested/u);
        assert.match(card.text, /Double\s*: the page sentence itself reports a denial/u);
        if (shot !== 'quote-exact') assert.doesNotMatch(card.text, /Quoted as in the source/u);
        await page.screenshot({ path: join(resultsDir, `${shot}.png`) });
      }
      await page.close();
    });

    test('the card names each document once, by outlet and date where known, with no leaked metadata', async () => {
      const page = await openArticle('claims-article.html', [1280, 900]);
      const cdp = await context.newCDPSession(page);
      const card = await hover(page, cdp, 'Russia asked China', 'top');
      assert.match(card.text, /Sources Report dated 2022-03-15 \(outlet unknown\)/u);
      assert.equal(card.text.match(/Report dated 2022-03-15/gu)?.length, 1, 'the document is named once in the card');
      assert.doesNotMatch(card.text, /date 2022-03-15/u);
      await page.close();
    });

    test('popup search: this page’s claims first; “Peskov drones”, “Peskof drones”, “Kremlin (denial)” and “Sul(l)ivan sanctions” find the right claims first', async () => {
      const article = await openArticle('claims-article.html');
      const tabId = await activeTabId();
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 700 });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('#results .result');
      const firstGroup = popup.locator('#results .result-group').first();
      assert.equal(await firstGroup.locator('h2').textContent(), 'On this page');
      assert.deepEqual((await firstGroup.locator('.result').evaluateAll((bs) => bs.map((b) => b.dataset.claimId))).sort(), [ids.drones, ids.support, ids.suggested].sort());
      assert.equal(await popup.locator('.legend li').count(), 3);
      await popup.screenshot({ path: join(resultsDir, 'popup-page-first.png') });
      const firstIds = async (query, n) => {
        await popup.fill('#search', query);
        await popup.waitForTimeout(150);
        return popup.locator('#results .result').evaluateAll((bs, k) => bs.slice(0, k).map((b) => b.dataset.claimId), n);
      };
      for (const query of ['Peskov drones', 'Peskof drones', 'Kremlin denial', 'Kremlin']) assert.deepEqual(await firstIds(query, 1), [ids.drones], query);
      await popup.fill('#search', 'Peskov drones');
      await popup.screenshot({ path: join(resultsDir, 'popup-peskov-drones.png') });
      assert.deepEqual((await firstIds('Sullivan sanctions', ids.sullivanSanctions.length)).sort(), [...ids.sullivanSanctions].sort());
      assert.deepEqual((await firstIds('Sulivan sanctions', ids.sullivanSanctions.length)).sort(), [...ids.sullivanSanctions].sort());
      await popup.screenshot({ path: join(resultsDir, 'popup-sulivan-sanctions.png') });
      await popup.close();
      await article.close();
    });

    test('side panel: timeline by date with undated last, copy as text and Markdown, and each export opened and checked', async () => {
      const article = await openArticle('claims-article.html');
      const tabId = await activeTabId();
      const panel = await context.newPage();
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await panel.setViewportSize({ width: 420, height: 1000 });
      await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tab=${tabId}&claim=${ids.support}`);
      await panel.waitForSelector('#timeline .timeline-entry');
      const dates = await panel.locator('#timeline .timeline-entry').evaluateAll((es) => es.map((e) => e.dataset.date));
      const dated = dates.filter((d) => d !== 'undated');
      assert.ok(dated.length > 0 && dates.includes('undated'), `the claim has dated and undated statements: ${dates}`);
      assert.deepEqual(dates, [...[...dated].sort(), ...dates.filter((d) => d === 'undated')], 'dated first, in order; undated last');
      assert.match(await panel.locator('#timeline .when.undated').first().textContent(), /Undated/u);
      await panel.screenshot({ path: join(resultsDir, 'sidepanel-timeline.png'), fullPage: true });

      await panel.click('#copy-markdown');
      await panel.locator('.copy-status', { hasText: 'Copied' }).waitFor();
      const markdown = await panel.evaluate(() => navigator.clipboard.readText());
      assert.match(markdown, /^## Claim: China had signalled willingness/mu);
      assert.match(markdown, /### Denied or disputed by\n\n- \*\*The Chinese foreign ministry\*\* _\(disputes\)_/u);
      await panel.click('#copy-text');
      await panel.waitForTimeout(200);
      const text = await panel.evaluate(() => navigator.clipboard.readText());
      assert.match(text, /^Claim: China had signalled willingness/u);
      // The officials' claim is the reporter's account, not their words: no quotation marks.
      assert.match(text, /- Unnamed US officials: in the reporter’s words, China had signalled willingness to provide military assistance to Russia \(Report dated 2022-03-15, outlet unknown\)/u);

      const exportsDir = join(resultsDir, 'exports');
      await mkdir(exportsDir, { recursive: true });
      const save = async (button, name) => {
        const [download] = await Promise.all([panel.waitForEvent('download'), panel.click(button)]);
        const path = join(exportsDir, name);
        await download.saveAs(path);
        return readFile(path, 'utf8');
      };
      const attributions = ids.index.claims.reduce((n, c) => n + c.attributions.length, 0);
      const csv = await save('#export-csv', 'claims.csv');
      const rows = csv.trimEnd().split('\r\n');
      assert.equal(rows[0], 'claim_id,claim,stance,actor,role,quote,quote_kind,document_id,document,outlet,date,url');
      assert.ok(rows.length - 1 >= attributions, 'one row per attribution (a quote with a line break spans lines)');
      // Peskov's denial is the reporter's account, not his words: said so in its own column.
      assert.ok(csv.includes('denies,Dmitry Peskov,President Putin’s spokesman,reports Russia had asked China for military assistance were not true,reported,'));
      const jsonLd = JSON.parse(await save('#export-jsonld', 'claims.jsonld'));
      assert.equal(jsonLd['@context'], 'https://schema.org');
      assert.equal(jsonLd['@graph'].length, ids.index.claims.length);
      assert.ok(jsonLd['@graph'].every((c) => c['@type'] === 'Claim' && Array.isArray(c.appearance) && !('reviewRating' in c)));
      const drones = jsonLd['@graph'].find((c) => c.identifier === ids.drones);
      // Reported speech is no Quotation by its speaker; words in quotation marks are.
      assert.ok(drones.appearance.some((a) => a['@type'] === 'CreativeWork' && !a.creator && a.description === 'Dmitry Peskov denies the claim, in the reporter’s words'));
      assert.ok(jsonLd['@graph'].some((c) => c.appearance.some((a) => a['@type'] === 'Quotation' && a.creator.name === 'Dmitry Peskov')));

      const annotations = JSON.parse(await save('#export-annotations', 'annotations.jsonld'));
      assert.equal(annotations.type, 'AnnotationCollection');
      const items = annotations.first.items;
      const highlighted = allRanges(await article.evaluate(readHighlights));
      // One annotation per claim a sentence carries: together they cover exactly the highlighted sentences.
      assert.deepEqual([...new Set(items.map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector').exact.replace(/\s+/gu, ' ').trim()))].sort(), [...highlighted].sort());
      await panel.screenshot({ path: join(resultsDir, 'sidepanel-exports.png') });
      // Re-anchor every selector in the page after a reload.
      await article.reload();
      await waitForPage(article, readHighlights, (h) => allRanges(h).length >= 3);
      const selectors = items.map((a) => ({ quote: a.target.selector.find((s) => s.type === 'TextQuoteSelector'), position: a.target.selector.find((s) => s.type === 'TextPositionSelector') }));
      const found = await article.evaluate(reanchor, selectors);
      selectors.forEach((s, i) => {
        assert.equal(found[i].byPosition, s.quote.exact, 'the position selector finds the sentence');
        assert.equal(found[i].byQuoteStart, s.position.start, 'the quote selector finds it at the same place');
        assert.ok(highlighted.includes(s.quote.exact.replace(/\s+/gu, ' ').trim()), 'it is a highlighted sentence');
      });
      assert.equal(items[0].target.source, `${origin}/claims-article.html`);
      await panel.close();
      await article.close();
    });
  });
}

/** Fixed internal UUID so the test knows the moz-extension:// origin in advance. */
const FIREFOX_UUID = '7c1e0a5e-2b4d-4e8f-9a61-0d3c5b7e9f10';

/** The Firefox half: placement and stepping by geometry (the closed card cannot be read from outside), search and legend. */
export function readerFirefoxSuite({ origin, extensionDir, resultsDir }) {
  describe('Firefox, the reader’s view', () => {
    let browser;
    before(async () => {
      browser = await launchFirefox(extensionDir, FIREFOX_UUID);
    });
    after(async () => {
      await browser?.close();
    });

    /**
     * Sizes the page's viewport with WebDriver BiDi's browsingContext.setViewport. Puppeteer's
     * page.setViewport sends a screen-orientation override with it that Firefox ESR does not
     * know, and fails as a whole; so the command goes alone, and the size is checked.
     */
    async function setViewport(page, [width, height]) {
      await page.mainFrame().browsingContext.setViewport({ viewport: { width, height } });
      const got = await page.evaluate(() => [innerWidth, innerHeight]);
      assert.deepEqual(got, [width, height], 'the viewport has the requested size');
    }

    async function openArticle(name, size) {
      const page = await browser.newPage();
      await setViewport(page, size);
      await page.goto(`${origin}/${name}`);
      // The first-run page opens on install and may take the foreground; a background tab gets no frames.
      await page.bringToFront();
      await waitForPage(page, readHighlights, (h) => allRanges(h).length >= 3, 15_000);
      return page;
    }

    async function waitForCard(page, needle) {
      return waitForPage(page, cardGeometry, (g) => g.card !== null && g.card.height > 40, 5000, needle);
    }

    test('the first-run page opens on install', async () => {
      const url = `moz-extension://${FIREFOX_UUID}/${WELCOME_PATH}`;
      // Puppeteer does not see a tab the extension navigated itself: its url() stays about:blank, so ask each page.
      const hrefOf = (p) => p.evaluate(() => location.href).catch(() => '');
      let welcome;
      for (let i = 0; i < 100 && !welcome; i++) {
        for (const p of await browser.pages()) if ((await hrefOf(p)) === url) welcome = p;
        if (!welcome) await sleep(100);
      }
      assert.ok(welcome, 'the install opened the first-run page');
      await welcome.waitForSelector('.privacy li');
      const text = await welcome.$eval('#app', (e) => e.textContent);
      assert.match(text, /Nothing leaves your browser/u);
      assert.match(text, /Hover an underlined sentence/u);
      await welcome.screenshot({ path: join(resultsDir, 'firefox-welcome.png') });
      await welcome.close();
    });

    test('the card is inside the window and off the sentence at three sizes and three positions', async () => {
      for (const size of SIZES) {
        const page = await openArticle('quotes-article.html', size);
        for (const where of POSITIONS) {
          const label = `Firefox ${size.join('×')} ${where}`;
          await page.mouse.move(2, 2);
          await page.keyboard.press('Escape');
          await sleep(450);
          const point = await page.evaluate(scrollSentenceTo, [EXACT, where]);
          assert.ok(point, `${label}: the sentence is highlighted`);
          await sleep(150);
          await page.mouse.move(point.x, Math.max(1, point.y - 40));
          await page.mouse.move(point.x, point.y, { steps: 4 });
          await waitForCard(page, EXACT);
          await sleep(300);
          assertPlacement(await page.evaluate(cardGeometry, EXACT), label);
          await page.screenshot({ path: join(resultsDir, `firefox-card-${size.join('x')}-${where}.png`) });
        }
        await page.close();
      }
    });

    test('the quote-check cards open in place (screenshots: word for word, a changed word, a quote cut short)', async () => {
      const page = await openArticle('quotes-article.html', [1280, 900]);
      for (const [needle, shot] of [[EXACT, 'exact'], [ALTERED, 'altered'], [CUT, 'cut']]) {
        await page.mouse.move(2, 2);
        await page.keyboard.press('Escape');
        await sleep(450);
        const point = await page.evaluate(scrollSentenceTo, [needle, 'top']);
        await sleep(150);
        await page.mouse.move(point.x, Math.max(1, point.y - 40));
        await page.mouse.move(point.x, point.y, { steps: 4 });
        await waitForCard(page, needle);
        await sleep(600);
        assertPlacement(await page.evaluate(cardGeometry, needle), `Firefox quote ${shot}`);
        await page.screenshot({ path: join(resultsDir, `firefox-quote-${shot}.png`) });
      }
      await page.close();
    });

    test('keyboard stepping keeps the card open', async () => {
      const page = await openArticle('quotes-article.html', [1280, 700]);
      const control = await browser.newPage();
      await openFirefoxExtensionPage(control, `moz-extension://${FIREFOX_UUID}/src/popup/index.html`, '#search');
      // What the background sends for Alt+Shift+N; tabs without our content script refuse it.
      await control.evaluate(async () => {
        const tabs = await browser.tabs.query({});
        await Promise.allSettled(tabs.map((t) => browser.tabs.sendMessage(t.id, { claimscope: 'stepHighlight', payload: { direction: 1 } }, { frameId: 0 })));
      });
      await control.close();
      await page.bringToFront();
      await waitForPage(page, readHighlights, (h) => (h['claimscope-focus'] ?? []).some((t) => t.includes(EXACT)), 5000);
      await waitForCard(page, EXACT);
      await sleep(1200);
      const geometry = await page.evaluate(cardGeometry, EXACT);
      assert.ok(geometry.card, 'the card is still open a second after stepping');
      assertPlacement(geometry, 'Firefox stepped');
      await page.screenshot({ path: join(resultsDir, 'firefox-card-stepped.png') });
      await page.close();
    });

    test('popup: legend, and “Peskov drones” and “Sulivan sanctions” find the right claims first', async () => {
      const ids = await claimIds(extensionDir);
      const page = await browser.newPage();
      await setViewport(page, [420, 700]);
      await openFirefoxExtensionPage(page, `moz-extension://${FIREFOX_UUID}/src/popup/index.html`, '#search');
      assert.equal((await page.$$('.legend li')).length, 3);
      const firstIds = async (query, n) => {
        await page.$eval('#search', (e) => { e.value = ''; });
        await page.type('#search', query);
        await sleep(200);
        return page.$$eval('#results .result', (bs, k) => bs.slice(0, k).map((b) => b.dataset.claimId), n);
      };
      assert.deepEqual(await firstIds('Peskov drones', 1), [ids.drones]);
      await page.screenshot({ path: join(resultsDir, 'firefox-popup-peskov-drones.png') });
      assert.deepEqual((await firstIds('Sulivan sanctions', ids.sullivanSanctions.length)).sort(), [...ids.sullivanSanctions].sort());
      await page.screenshot({ path: join(resultsDir, 'firefox-popup-sulivan-sanctions.png') });
      await page.close();
    });
  });
}
