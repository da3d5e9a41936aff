import { describe, expect, it } from 'vitest';
import { acceptMessage, classifySender, mayReceive, type MessageSenderLike, type OwnExtension } from '../../src/background/senderPolicy';
import { CONTENT_TO_BACKGROUND, isValidPayload, MAX_BLOCKS_PER_MESSAGE, PAGE_TO_BACKGROUND, type MessageName } from '../../src/shared/messages';

// The background answers only our own content scripts and our own pages, each only with the
// messages it may send, and only with well-formed payloads. Fake senders stand in for what
// the browser reports on runtime.onMessage.

const self: OwnExtension = { id: 'claimscope-id', baseUrl: 'chrome-extension://claimscope-id/' };

const contentScript: MessageSenderLike = { id: self.id, url: 'https://news.example/story', origin: 'https://news.example', tab: { id: 7 }, frameId: 0 };
const contentInFrame: MessageSenderLike = { ...contentScript, frameId: 3 };
const popup: MessageSenderLike = { id: self.id, url: `${self.baseUrl}src/popup/index.html` };
const panelInTab: MessageSenderLike = { id: self.id, url: `${self.baseUrl}src/sidepanel/index.html?tab=7`, tab: { id: 9 } };
const otherExtension: MessageSenderLike = { id: 'someone-else', url: 'chrome-extension://someone-else/bg.js', tab: { id: 7 } };
const otherExtensionPretendingUrl: MessageSenderLike = { id: 'someone-else', url: `${self.baseUrl}src/popup/index.html` };
const noTabNoUrl: MessageSenderLike = { id: self.id };
const lookalikeUrl: MessageSenderLike = { id: self.id, url: 'https://evil.example/chrome-extension://claimscope-id/', tab: { id: 4 } };

const valid: { [K in MessageName]: unknown } = {
  matchText: { blocks: ['Moscow denied that it had asked Beijing for military help.'] },
  reportPage: { host: 'news.example', claims: [{ claimId: 'c1', sentences: 2, pageReportsDenial: false }] },
  checkQuotes: { text: 'Before. “We will go,” she said.', start: 8, end: 31, claimIds: ['c1'] },
  openPanelAtClaim: { claimId: 'c1' },
  getPause: {},
  pauseChanged: { pause: { global: false, sites: ['news.example'] } },
  getIndex: {},
  getTabState: { tabId: 7 },
  setPause: { scope: 'site', host: 'news.example', paused: true },
  revealClaim: { tabId: 7, claimId: 'c1' },
  getPageAnnotations: { tabId: 7 },
  collectAnnotations: {},
  stepHighlight: { direction: 1 },
  showClaim: { claimId: 'c1' },
  panelShowClaim: { claimId: 'c1' },
  getReaderIndex: {},
  saveReaderSources: { sources: [{ document: { id: 'reader-1' }, claims: [], lexicon: { related: {}, rarity: {} } }] },
  removeReaderSource: { documentId: 'reader-1' },
  getPageHtml: { tabId: 7 },
  readPageHtml: {},
  rescanPage: {},
};
const ALL = Object.keys(valid) as MessageName[];
const envelope = (name: string, payload: unknown): unknown => ({ claimscope: name, payload });

describe('classifySender', () => {
  it('knows our content scripts (top frame or not) and our pages (popup, or a panel opened in a tab)', () => {
    expect(classifySender(contentScript, self)).toBe('content');
    expect(classifySender(contentInFrame, self)).toBe('content');
    expect(classifySender(popup, self)).toBe('page');
    expect(classifySender(panelInTab, self)).toBe('page');
  });

  it('ignores other extensions, senders with neither a tab nor our URL, and URLs that merely contain ours', () => {
    expect(classifySender(otherExtension, self)).toBeNull();
    expect(classifySender(otherExtensionPretendingUrl, self)).toBeNull();
    expect(classifySender(noTabNoUrl, self)).toBeNull();
    expect(classifySender(lookalikeUrl, self)).toBe('content'); // a content script on that page: still only content rights
    expect(classifySender({}, self)).toBeNull();
    expect(classifySender(contentScript, { id: '', baseUrl: '' })).toBeNull();
  });
});

describe('mayReceive', () => {
  it('gives content scripts and pages disjoint sets of messages, and nobody else any', () => {
    for (const name of ALL) {
      expect(mayReceive('content', name)).toBe(CONTENT_TO_BACKGROUND.includes(name));
      expect(mayReceive('page', name)).toBe(PAGE_TO_BACKGROUND.includes(name));
      expect(mayReceive(null, name)).toBe(false);
    }
    expect(CONTENT_TO_BACKGROUND.filter((n) => PAGE_TO_BACKGROUND.includes(n))).toEqual([]);
  });
});

describe('acceptMessage', () => {
  it('accepts every well-formed message from the one kind of sender allowed to send it', () => {
    for (const name of CONTENT_TO_BACKGROUND) expect(acceptMessage(envelope(name, valid[name]), contentScript, self)).not.toBeNull();
    for (const name of PAGE_TO_BACKGROUND) {
      expect(acceptMessage(envelope(name, valid[name]), popup, self)).not.toBeNull();
      expect(acceptMessage(envelope(name, valid[name]), panelInTab, self)).not.toBeNull();
    }
  });

  it('refuses page-only messages from a content script: a hostile page cannot pause us, read tab state or steer other tabs', () => {
    for (const name of PAGE_TO_BACKGROUND) expect(acceptMessage(envelope(name, valid[name]), contentScript, self)).toBeNull();
    for (const name of CONTENT_TO_BACKGROUND) expect(acceptMessage(envelope(name, valid[name]), popup, self)).toBeNull();
  });

  it('refuses every message from other extensions and unknown senders', () => {
    for (const sender of [otherExtension, otherExtensionPretendingUrl, noTabNoUrl, {}]) {
      for (const name of ALL) expect(acceptMessage(envelope(name, valid[name]), sender, self)).toBeNull();
    }
  });

  it('refuses messages the background never receives, unknown names and prototype keys', () => {
    for (const name of ['stepHighlight', 'showClaim', 'panelShowClaim', 'readPageHtml', 'rescanPage', 'pauseChanged', 'eval', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(acceptMessage(envelope(name, {}), contentScript, self)).toBeNull();
      expect(acceptMessage(envelope(name, {}), popup, self)).toBeNull();
    }
  });

  it('refuses malformed envelopes and payloads', () => {
    const bad: [MessageName, unknown][] = [
      ['matchText', { blocks: 'not a list' }],
      ['matchText', { blocks: [42] }],
      ['matchText', { blocks: ['x'.repeat(200_001)] }],
      ['matchText', { blocks: Array(MAX_BLOCKS_PER_MESSAGE + 1).fill('x') }],
      ['matchText', null],
      ['reportPage', { host: 'a', claims: [{ claimId: 'c1' }] }],
      ['reportPage', { host: 7, claims: [] }],
      ['openPanelAtClaim', { claimId: { toString: () => 'c1' } }],
      ['checkQuotes', { text: 'short', start: 0, end: 99, claimIds: ['c1'] }],
      ['checkQuotes', { text: 'x'.repeat(8_001), start: 0, end: 5, claimIds: ['c1'] }],
      ['checkQuotes', { text: 'a sentence', start: 4, end: 2, claimIds: ['c1'] }],
      ['checkQuotes', { text: 'a sentence', start: 0, end: 5, claimIds: [] }],
      ['getTabState', { tabId: '7' }],
      ['getTabState', { tabId: -1 }],
      ['setPause', { scope: 'everything', host: null, paused: true }],
      ['setPause', { scope: 'global', host: null, paused: 'yes' }],
      ['revealClaim', { tabId: 1.5, claimId: 'c1' }],
      ['getPageAnnotations', { tabId: 'active' }],
      ['saveReaderSources', { sources: [] }],
      ['saveReaderSources', { sources: [{ document: 'x', claims: [], lexicon: {} }] }],
      ['saveReaderSources', { sources: 'all' }],
      ['removeReaderSource', { documentId: 7 }],
      ['getPageHtml', { tabId: null }],
    ];
    for (const [name, payload] of bad) {
      const sender = CONTENT_TO_BACKGROUND.includes(name) ? contentScript : popup;
      expect(acceptMessage(envelope(name, payload), sender, self), `${name} ${JSON.stringify(payload)?.slice(0, 60)}`).toBeNull();
    }
    for (const junk of [null, undefined, 'matchText', 42, [], { claimscope: 'matchText' }, { claimscope: 1, payload: {} }, { payload: {} }]) {
      expect(acceptMessage(junk, contentScript, self)).toBeNull();
    }
  });
});

describe('isValidPayload on the content script side', () => {
  it('takes a pause change only with a whole pause state', () => {
    expect(isValidPayload('pauseChanged', valid.pauseChanged)).toBe(true);
    for (const pause of [null, {}, { global: 'yes', sites: [] }, { global: true }, { global: false, sites: 'news.example' }, { global: false, sites: [7] }, { global: false, sites: ['x'.repeat(301)] }]) {
      expect(isValidPayload('pauseChanged', { pause }), JSON.stringify(pause)).toBe(false);
    }
  });
});

describe('every receiver in src/ checks its sender', () => {
  it('routes the background listener through acceptMessage, and checks sender.id in every other onMessage listener', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('core'));
    const receivers: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, `${file} must not listen to other extensions or pages`).not.toMatch(/onMessageExternal|onConnectExternal|addEventListener\(\s*['"]message['"]/u);
      if (!/onMessage\.addListener/u.test(source)) continue;
      receivers.push(file);
      if (file.startsWith('background')) expect(source).toMatch(/acceptMessage\(message, sender, self\)/u);
      else expect(source).toMatch(/sender\.id !== browser\.runtime\.id/u);
    }
    expect(receivers.sort()).toEqual(['background/main.ts', 'content/main.ts', 'sidepanel/main.ts']);
  });
});
