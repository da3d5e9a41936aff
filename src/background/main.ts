import { browser, type Runtime } from '../platform/browser';
import { openSidePanel } from '../platform/sidePanel';
import { checkPageQuote } from '../core/quote/checkPageQuote';
import type { MessageName, RequestOf, ResponseOf } from '../shared/messages';
import { sendToExtension, sendToTab } from '../shared/messaging';
import { PauseStore } from '../shared/pauseStore';
import { ClaimIndexError, parseClaimIndex } from '../core/index/schema';
import { readerIndexOf, splitForStorage, type ReaderSource } from '../core/reader/readerIndex';
import { loadIndex, readerSourcesChanged, readerStore } from './indexLoader';
import { ReaderStoreError } from './readerStore';
import { acceptMessage, type OwnExtension } from './senderPolicy';
import { TabRegistry } from './tabRegistry';

const tabs = new TabRegistry();
const pause = new PauseStore(browser.storage.local);

/** Keyboard command names, as declared in the manifest's `commands`. */
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-claim': 1, 'previous-claim': -1 };

type Handler<K extends MessageName> = (payload: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;

const handlers: { [K in MessageName]?: Handler<K> } = {
  async matchText({ blocks }) {
    const loaded = await loadIndex();
    if (!loaded.ok) return loaded;
    const served = loaded.index;
    const matches = blocks.map((text) => served.matcher.matchText(text));
    const views = await fromReaderStore(() => served.views(matches.flat().map((m) => m.claimId)));
    if (!views) return { ok: false, error: SOURCES_UNREADABLE };
    // The views are exactly the matched claims the index knows, by id.
    return { ok: true, matches, claims: Object.fromEntries(views) };
  },

  async checkQuotes({ text, start, end, claimIds }) {
    const loaded = await loadIndex();
    if (!loaded.ok) return loaded;
    const read = await fromReaderStore(async () => {
      const claims = await loaded.index.claims(claimIds);
      return { claims, documents: new Map((await loaded.index.documentsCiting(claims)).map((d) => [d.id, d])) };
    });
    if (!read) return { ok: false, error: SOURCES_UNREADABLE };
    return { ok: true, checks: read.claims.flatMap((claim) => checkPageQuote(text, start, end, claim, read.documents)) };
  },

  async reportPage({ host, claims }, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && (sender.frameId ?? 0) === 0) await tabs.set(tabId, { host, claims });
    return { ok: true };
  },

  openPanelAtClaim({ claimId }, sender) {
    // Called before any await so Chrome still sees the reader's click as the gesture.
    const opening = openSidePanel({ tabId: sender.tab?.id, windowId: sender.tab?.windowId }, { claim: claimId });
    // A panel that is already open switches to the claim.
    sendToExtension('panelShowClaim', { claimId }).catch(() => undefined);
    return opening.then((opened) => ({ opened }));
  },

  async getIndex() {
    const loaded = await loadIndex();
    if (!loaded.ok) return loaded;
    const index = await fromReaderStore(() => loaded.index.whole());
    return index ? { ok: true, index } : { ok: false, error: SOURCES_UNREADABLE };
  },

  async getTabState({ tabId }) {
    const record = await tabs.get(tabId);
    return { host: record?.host ?? null, claims: record?.claims ?? [], pause: await pause.get() };
  },

  async getPause() {
    return { pause: await pause.get() };
  },

  async setPause({ scope, host, paused }) {
    const state = await pause.set(scope, host, paused);
    void tellOpenTabs('pauseChanged', { pause: state });
    return state;
  },

  async getPageAnnotations({ tabId }) {
    try {
      return { ok: true, page: await sendToTab(tabId, 'collectAnnotations', {}) };
    } catch {
      return { ok: false, error: 'Claimscope cannot read this tab: reload the page and try again.' };
    }
  },

  async getReaderIndex() {
    const parts = await fromReaderStore(() => readerStore.all());
    return parts ? { ok: true, index: readerIndexOf(parts) } : { ok: false, error: SOURCES_UNREADABLE };
  },

  async saveReaderSources({ sources }) {
    const problem = invalidSources(sources);
    if (problem) return { ok: false, error: problem };
    return changeReaderIndex(() => readerStore.save(sources), { saved: sources.length });
  },

  removeReaderSource({ documentId }) {
    return changeReaderIndex(() => readerStore.remove(documentId), { removed: true as const });
  },

  async getPageHtml({ tabId }) {
    try {
      return { ok: true, ...(await sendToTab(tabId, 'readPageHtml', {})) };
    } catch {
      return { ok: false, error: 'Claimscope cannot read this tab’s page (it cannot run on browser pages; on a web page, reload it and try again).' };
    }
  },

  async revealClaim({ tabId, claimId }) {
    try {
      return await sendToTab(tabId, 'showClaim', { claimId });
    } catch {
      return { found: false };
    }
  },
};

/** What a reader is told when the browser will not give back their stored sources. */
const SOURCES_UNREADABLE = 'Claimscope cannot open your sources in this browser profile (its storage is not available).';

/** A read of the reader's store (their sources, or their documents' texts), or null when the browser will not give it back. */
async function fromReaderStore<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

/** Why these sources cannot be stored, in a reader's words, or null when they are sound (checked as the index schema, like an index file). */
function invalidSources(sources: ReaderSource[]): string | null {
  try {
    parseClaimIndex(readerIndexOf(splitForStorage(sources)));
    return null;
  } catch (e) {
    return e instanceof ClaimIndexError ? e.message : 'These sources are malformed, so nothing was saved.';
  }
}

/** Writes the reader's index, then has every open tab scan again with the new claims; a failed write changes nothing. */
async function changeReaderIndex<T extends object>(write: () => Promise<void>, answer: T): Promise<({ ok: true } & T) | { ok: false; error: string }> {
  try {
    await write();
  } catch (e) {
    return { ok: false, error: e instanceof ReaderStoreError ? e.message : 'Claimscope could not store your sources in this browser profile, so nothing was saved.' };
  }
  readerSourcesChanged();
  void tellOpenTabs('rescanPage', {});
  return { ok: true, ...answer };
}

/** Sends a message to the content script of every open tab (tabs without one are skipped). */
async function tellOpenTabs<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<void> {
  const open = await browser.tabs.query({});
  await Promise.all(open.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, name, payload).catch(() => undefined))));
}

/** Who we are, for the sender check. */
const self: OwnExtension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

// Listeners are registered synchronously at top level so a woken service worker sees the event that woke it.
// Every message goes through acceptMessage (sender and payload) before any handler sees it.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const accepted = acceptMessage(message, sender, self);
  if (!accepted) return undefined;
  const handler = handlers[accepted.claimscope] as Handler<MessageName> | undefined;
  if (!handler) return undefined;
  return Promise.resolve(handler(accepted.payload, sender));
});

browser.commands.onCommand.addListener((command: string) => {
  const direction = STEP_COMMANDS[command];
  if (!direction) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id !== undefined) return sendToTab(tab.id, 'stepHighlight', { direction }).catch(() => undefined);
    return undefined;
  });
});

browser.tabs.onRemoved.addListener((tabId: number) => tabs.forget(tabId));
// A new document in the tab: what the old one showed no longer holds. Its content script, if it
// runs there, reports again; a page it cannot run on (about:blank, data:) then says it was not read.
browser.tabs.onUpdated.addListener((tabId: number, change: { status?: string }) => {
  if (change.status === 'loading') tabs.forget(tabId);
});

/** The first-run page: what Claimscope does, how to use it, and that nothing leaves the browser. */
const WELCOME_PAGE = 'src/welcome/index.html';

browser.runtime.onInstalled.addListener((details: { reason: string }) => {
  void browser.action.setBadgeBackgroundColor({ color: '#5b3cc4' }).catch(() => undefined);
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
});
