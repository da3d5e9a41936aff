import { browser } from './browser';

/** The slice of Chrome's `chrome.sidePanel` we use; absent in Firefox, so it is typed here instead of pulling all of @types/chrome. */
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | null {
  const c = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  return c?.sidePanel ?? null;
}

/** Path of the panel page inside the package, as the manifest declares it. */
const SIDE_PANEL_PATH = 'src/sidepanel/index.html';

/** What the panel opens at: one claim, or "Add this page as a source" started for the reader. */
export type PanelView = { claim: string } | { addPage: true };

/** Panel page URL, optionally opened at a view (read back by the panel from its query string). */
function sidePanelPath(view?: PanelView): string {
  if (!view) return SIDE_PANEL_PATH;
  return 'claim' in view ? `${SIDE_PANEL_PATH}?claim=${encodeURIComponent(view.claim)}` : `${SIDE_PANEL_PATH}?add=page`;
}

/**
 * Opens the side panel. MUST be called synchronously inside a user-input handler (a click):
 * Firefox's `sidebarAction.open()` and Chrome's `sidePanel.open()` both refuse once the
 * handler has awaited anything. Returns a promise that settles with whether it opened.
 */
export function openSidePanel(target: { windowId?: number; tabId?: number }, view?: PanelView): Promise<boolean> {
  const chromePanel = chromeSidePanel();
  if (chromePanel) {
    // No await between the two calls: the user gesture must still be live when open() runs.
    const setting = view && target.tabId !== undefined
      ? chromePanel.setOptions({ tabId: target.tabId, path: sidePanelPath(view), enabled: true })
      : Promise.resolve();
    const opening = chromePanel.open(target);
    return Promise.all([setting, opening]).then(() => true, () => false);
  }
  if (browser.sidebarAction) {
    const opening = browser.sidebarAction.open();
    const setting = view ? browser.sidebarAction.setPanel({ panel: browser.runtime.getURL(sidePanelPath(view)) }) : Promise.resolve();
    return Promise.all([opening, setting]).then(() => true, () => false);
  }
  return Promise.resolve(false);
}
