import assert from 'node:assert/strict';
import { pointOnHighlight, scrollSentenceTo } from './pageProbes.mjs';

/**
 * Reads the hover card the way assistive technology can, through the browser's DevTools
 * protocol (DOM.getDocument with pierce), because its shadow root is CLOSED: page scripts,
 * and so page.evaluate and Playwright locators, cannot see inside it. We keep the root
 * closed and test through the protocol instead of adding a test hook that pages could use.
 */
export async function readCard(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = find(root, (n) => n.nodeName === 'CLAIMSCOPE-CARD');
  if (!host) return null;
  const shadow = host.shadowRoots?.[0];
  const dialog = shadow && find(shadow, (n) => attr(n, 'role') === 'dialog');
  if (!dialog) return { open: true, shadowMode: shadow?.shadowRootType, label: null, text: '', sides: {} };
  const sides = {};
  for (const side of ['asserted', 'denied']) {
    const section = find(dialog, (n) => attr(n, 'data-side') === side);
    sides[side] = section ? textOf(section) : '';
  }
  return { open: true, shadowMode: shadow.shadowRootType, label: attr(dialog, 'aria-label'), text: textOf(dialog), sides };
}

/**
 * Hovers the highlighted sentence containing `needle` as a reader's pointer arrives (from above,
 * in steps) and reads the card through DevTools (readCard) until `ready` accepts it, for about
 * 5 s at most; asserts that the sentence is highlighted and that a card opened, and returns it
 * with `hoveredAt`, the point hovered.
 * Options: `cdp`, the page's DevTools session (one is opened if not given); `at`, scroll the
 * sentence to the window's 'top', 'middle' or 'bottom' first; `locate`, the page function that
 * finds the point to hover (pointOnHighlight unless a page replaced what it reads).
 */
export async function hoverAndReadCard(page, needle, { cdp = null, ready = (card) => Boolean(card?.sides?.asserted), at = null, locate = pointOnHighlight } = {}) {
  const session = cdp ?? (await page.context().newCDPSession(page));
  const point = at ? await page.evaluate(scrollSentenceTo, [needle, at]) : await page.evaluate(locate, needle);
  assert.ok(point, `"${needle}" is highlighted`);
  // Let the page settle after the scroll.
  if (at) await page.waitForTimeout(100);
  await page.mouse.move(point.x, Math.max(1, point.y - 40));
  await page.mouse.move(point.x, point.y, { steps: 4 });
  let card = null;
  for (let i = 0; i < 50 && !ready(card); i++) {
    await page.waitForTimeout(100);
    card = await readCard(session);
  }
  assert.ok(card, 'the card opened');
  return { ...card, hoveredAt: point };
}

function attr(node, name) {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return null;
}

function find(node, pred) {
  if (pred(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, pred);
    if (hit) return hit;
  }
  return null;
}

function textOf(node) {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(textOf).join(' ').replace(/\s+/g, ' ');
}

/**
 * Scrolls the card's last "Open in side panel" button into view the way a reader scrolling
 * inside the card would, and returns its box (viewport coordinates), or null when absent.
 */
export async function revealCardButton(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = find(root, (n) => n.nodeName === 'CLAIMSCOPE-CARD');
  if (!host) return null;
  const buttons = [];
  const collect = (n) => {
    if (n.nodeName === 'BUTTON') buttons.push(n);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) collect(c);
  };
  collect(host);
  const button = buttons[buttons.length - 1];
  if (!button) return null;
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId });
  const [x1, y1, , , x3, y3] = model.border;
  return { left: x1, top: y1, right: x3, bottom: y3, text: textOf(button) };
}
