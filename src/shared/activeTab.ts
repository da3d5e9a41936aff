import { browser } from '../platform/browser';

/**
 * The tab a popup or panel reports on: the active tab of its window. TEST SEAM: a `tab`
 * query parameter pins it, because e2e tests open these pages as tabs of their own.
 */
export async function targetTabId(): Promise<number | null> {
  const pinned = new URLSearchParams(location.search).get('tab');
  if (pinned && /^\d+$/u.test(pinned)) return Number(pinned);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** True when the page's tab is pinned by the test seam (then it does not follow tab switches). */
export function isTabPinned(): boolean {
  return new URLSearchParams(location.search).has('tab');
}
