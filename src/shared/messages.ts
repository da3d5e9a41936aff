import type { ClaimIndex } from '../core/index/schema';
import type { SentenceMatch } from '../core/match/sentenceMatch';
import type { QuoteCheck } from '../core/quote/checkPageQuote';
import type { ReaderSource } from '../core/reader/readerIndex';
import type { ClaimView } from './claimView';
import type { PageAnnotations } from './exports';
import type { PauseState } from './pauseStore';

/** A claim highlighted on a page, as reported to the popup and side panel. */
export interface FoundClaim {
  claimId: string;
  /** How many page sentences matched it. */
  sentences: number;
  /** Whether any page sentence itself reports a denial or dispute of it. */
  pageReportsDenial: boolean;
}

/** Either the answer or a sentence a reader can understand saying why there is none. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

/** What the popup and side panel know about a tab. */
export interface TabState {
  /** The page's host name, null until the content script has reported (or on pages it cannot run in). */
  host: string | null;
  claims: FoundClaim[];
  pause: PauseState;
}

/**
 * Every message between the extension's contexts, declared once: name → request and
 * response. Handlers and senders are typed from this map so a renamed field breaks the build.
 */
export interface MessageMap {
  /** Content script → background: find claim sentences in these page text blocks (offsets are per block). */
  matchText: { request: { blocks: string[] }; response: Result<{ matches: SentenceMatch[][]; claims: Record<string, ClaimView> }> };
  /** Content script → background: the claims now highlighted on the page, for the badge, popup and panel. */
  reportPage: { request: { host: string; claims: FoundClaim[] }; response: { ok: true } };
  /** Content script → background: compare the quotation of the page sentence `text[start, end)` with the speaker's words in the sources, for these claims. */
  checkQuotes: { request: { text: string; start: number; end: number; claimIds: string[] }; response: Result<{ checks: QuoteCheck[] }> };
  /** Content script → background: the pause setting, read before the page's text is sent (content scripts do not open extension storage: in Firefox that loads the storage API into every page's process). */
  getPause: { request: Record<string, never>; response: { pause: PauseState } };
  /** Content script → background: the reader clicked "Open in side panel" on a card. */
  openPanelAtClaim: { request: { claimId: string }; response: { opened: boolean } };
  /** Extension page → background: the whole claim index, or why it cannot be used. */
  getIndex: { request: Record<string, never>; response: Result<{ index: ClaimIndex }> };
  /** Extension page → background: what the given tab shows and whether it is paused. */
  getTabState: { request: { tabId: number }; response: TabState };
  /** Extension page → background: pause or resume highlighting, everywhere or on one site. */
  setPause: { request: { scope: 'global' | 'site'; host: string | null; paused: boolean }; response: PauseState };
  /** Extension page → background: scroll a tab to a claim's sentence and flash it. */
  revealClaim: { request: { tabId: number; claimId: string }; response: { found: boolean } };
  /** Extension page → background: the active tab's highlighted sentences, located for a Web Annotation export. */
  getPageAnnotations: { request: { tabId: number }; response: Result<{ page: PageAnnotations }> };
  /** Background → content script: locate every highlighted sentence in the page's text. */
  collectAnnotations: { request: Record<string, never>; response: PageAnnotations };
  /** Background → content script: move to the next or previous highlight and open its card. */
  stepHighlight: { request: { direction: 1 | -1 }; response: { ok: true } };
  /** Background → content script: scroll to a claim's first sentence and flash it. */
  showClaim: { request: { claimId: string }; response: { found: boolean } };
  /** Extension page → background: the reader's own sources as one index (for "Your sources" and export). */
  getReaderIndex: { request: Record<string, never>; response: Result<{ index: ClaimIndex }> };
  /** Extension page → background: add or replace these reviewed sources (an added page, file, text or an import), in one write. */
  saveReaderSources: { request: { sources: ReaderSource[] }; response: Result<{ saved: number }> };
  /** Extension page → background: remove one of the reader's sources and its claims. */
  removeReaderSource: { request: { documentId: string }; response: Result<{ removed: true }> };
  /** Extension page → background: the HTML of a tab's page, for "Add this page as a source". */
  getPageHtml: { request: { tabId: number }; response: Result<{ html: string; url: string }> };
  /** Background → content script: the page's HTML as it is now, and its address. */
  readPageHtml: { request: Record<string, never>; response: { html: string; url: string } };
  /** Background → content script: the pause setting changed: stop or start highlighting. */
  pauseChanged: { request: { pause: PauseState }; response: { ok: true } };
  /** Background → content script: the index changed (a source was added or removed): scan the page again. */
  rescanPage: { request: Record<string, never>; response: { ok: true } };
  /** Background → side panel: the reader asked to see this claim. */
  panelShowClaim: { request: { claimId: string }; response: { ok: true } };
}

/** A message name. */
export type MessageName = keyof MessageMap;
/** The request payload of a message. */
export type RequestOf<K extends MessageName> = MessageMap[K]['request'];
/** The response of a message. */
export type ResponseOf<K extends MessageName> = MessageMap[K]['response'];

/** The envelope every message travels in. */
export interface Envelope<K extends MessageName = MessageName> {
  claimscope: K;
  payload: RequestOf<K>;
}

/** Messages only a content script may send to the background. */
export const CONTENT_TO_BACKGROUND: readonly MessageName[] = ['matchText', 'getPause', 'checkQuotes', 'reportPage', 'openPanelAtClaim'];
/** Messages only extension pages (popup, side panel) may send to the background. */
export const PAGE_TO_BACKGROUND: readonly MessageName[] = ['getIndex', 'getTabState', 'setPause', 'revealClaim', 'getPageAnnotations', 'getReaderIndex', 'saveReaderSources', 'removeReaderSource', 'getPageHtml'];

/** Recognises our envelope in whatever arrives on runtime.onMessage. */
export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as { claimscope?: unknown }).claimscope === 'string' && 'payload' in value;
}

/** Longest page text block a content script may send; its blocks are cut well below this (see textBlocks.ts). */
const MAX_BLOCK_CHARS = 200_000;
/** Longest page text a checkQuotes message carries: the sentence and the text before it that names its speaker. */
export const MAX_QUOTE_CONTEXT_CHARS = 8_000;
/** Most sources in one save (an import of a desk's whole index included). */
const MAX_SOURCES_PER_SAVE = 10_000;
/** Most blocks in one matchText message. */
export const MAX_BLOCKS_PER_MESSAGE = 128;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTabId = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const isShortString = (v: unknown, max = 200): boolean => typeof v === 'string' && v.length <= max;

/**
 * The payload shape of each message, checked by every receiver before a handler runs: even
 * our own content script speaks for a page we do not trust, so nothing is taken on faith.
 */
const PAYLOAD_CHECKS: { [K in MessageName]: (p: Record<string, unknown>) => boolean } = {
  matchText: (p) => Array.isArray(p.blocks) && p.blocks.length <= MAX_BLOCKS_PER_MESSAGE && p.blocks.every((b) => typeof b === 'string' && b.length <= MAX_BLOCK_CHARS),
  reportPage: (p) =>
    isShortString(p.host, 300) &&
    Array.isArray(p.claims) &&
    p.claims.length <= 1000 &&
    p.claims.every((c) => isObject(c) && isShortString(c.claimId) && Number.isInteger(c.sentences) && typeof c.pageReportsDenial === 'boolean'),
  checkQuotes: (p) =>
    isShortString(p.text, MAX_QUOTE_CONTEXT_CHARS) &&
    Number.isInteger(p.start) && Number.isInteger(p.end) && (p.start as number) >= 0 && (p.start as number) < (p.end as number) && (p.end as number) <= (p.text as string).length &&
    Array.isArray(p.claimIds) && p.claimIds.length >= 1 && p.claimIds.length <= 20 && p.claimIds.every((c) => isShortString(c)),
  openPanelAtClaim: (p) => isShortString(p.claimId),
  getPause: () => true,
  pauseChanged: (p) => isObject(p.pause) && typeof p.pause.global === 'boolean' && Array.isArray(p.pause.sites) && p.pause.sites.every((s) => isShortString(s, 300)),
  getIndex: () => true,
  getTabState: (p) => isTabId(p.tabId),
  setPause: (p) => (p.scope === 'global' || p.scope === 'site') && (p.host === null || isShortString(p.host, 300)) && typeof p.paused === 'boolean',
  revealClaim: (p) => isTabId(p.tabId) && isShortString(p.claimId),
  getPageAnnotations: (p) => isTabId(p.tabId),
  collectAnnotations: () => true,
  stepHighlight: (p) => p.direction === 1 || p.direction === -1,
  showClaim: (p) => isShortString(p.claimId),
  panelShowClaim: (p) => isShortString(p.claimId),
  // The full check of each source's content is the index schema's, run by the background before it writes.
  getReaderIndex: () => true,
  saveReaderSources: (p) => Array.isArray(p.sources) && p.sources.length >= 1 && p.sources.length <= MAX_SOURCES_PER_SAVE && p.sources.every((s) => isObject(s) && isObject(s.document) && Array.isArray(s.claims) && isObject(s.lexicon)),
  removeReaderSource: (p) => isShortString(p.documentId),
  getPageHtml: (p) => isTabId(p.tabId),
  readPageHtml: () => true,
  rescanPage: () => true,
};

/** True for the name of a declared message (and not, say, "toString" or "__proto__"). */
export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(PAYLOAD_CHECKS, name);
}

/** True when a payload has the shape its message declares. */
export function isValidPayload(name: MessageName, payload: unknown): boolean {
  return isMessageName(name) && isObject(payload) && PAYLOAD_CHECKS[name](payload);
}
