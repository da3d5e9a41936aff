import { browser, type Runtime } from '../platform/browser';
import type { QuoteCheck } from '../core/quote/checkPageQuote';
import { isEnvelope, isMessageName, isValidPayload, MAX_QUOTE_CONTEXT_CHARS, type Envelope, type MessageMap } from '../shared/messages';
import { sendToExtension } from '../shared/messaging';
import { isPausedFor } from '../shared/pauseStore';
import { annotationTargets } from './annotationTargets';
import { ExtensionContext } from './extensionContext';
import { Highlighter } from './highlighter';
import { HoverCard } from './hoverCard';
import { HoverController } from './hoverController';
import { groupBySentence, summariseMarks, type Mark } from './marks';
import { MutationWatcher } from './mutationWatcher';
import { PageScanner } from './pageScanner';

/** How long a jump-to flash stays on screen. */
const FLASH_MS = 1600;
/** How often the script checks that its extension was not reloaded or updated under it. */
const CONTEXT_CHECK_MS = 1000;

/** Everything that runs while highlighting is on; torn down as one on pause or context loss. */
interface Session {
  highlighter: Highlighter;
  scanner: PageScanner;
  hover: HoverController;
  card: HoverCard;
  watcher: MutationWatcher;
  abort: AbortController;
  /** Index of the sentence the keyboard last stepped to. */
  cursor: number;
}

let session: Session | null = null;
const ownHosts = new Set<Element>();
const context = new ExtensionContext(() => stopSession());
const host = location.hostname || null;

function report(marks: readonly Mark[]): void {
  if (!context.isAlive()) return;
  sendToExtension('reportPage', { host: host ?? '', claims: summariseMarks([...marks]) }).catch((e: unknown) => context.handleError(e));
}

/**
 * Starts highlighting. `decided` settles once the pause setting has been read and applied
 * (a paused site's session is stopped by then): the scan reads the screen meanwhile and sends
 * nothing before it, so asking for the setting does not delay the first highlight.
 */
function startSession(decided: Promise<void> = Promise.resolve()): void {
  if (session || !Highlighter.supported() || !document.body) return;
  const abort = new AbortController();
  context.signal.addEventListener('abort', () => abort.abort(), { signal: abort.signal });
  const highlighter = new Highlighter();
  let hover: HoverController | null = null;
  const card = new HoverCard(
    async (claimId) => {
      try {
        return (await sendToExtension('openPanelAtClaim', { claimId })).opened;
      } catch (e) {
        context.handleError(e);
        return false;
      }
    },
    (inside) => hover?.pointerInCardChanged(inside),
    () => hover?.cardClosedItself(),
  );
  const scanner = new PageScanner(highlighter, ownHosts, abort.signal, report, (e) => context.handleError(e), decided);
  hover = new HoverController(card, highlighter, () => scanner.current, checkQuotes, abort.signal);
  const watcher = new MutationWatcher(ownHosts, (roots) => {
    if (!context.isAlive()) return undefined;
    if (roots === null) hover?.close();
    // The watcher times the rescan to space out the next one on pages that never stop changing.
    return scanner.scan(roots ?? undefined);
  }, abort.signal);
  // Our card host must never be read as page text or trigger rescans.
  const trackHost = new MutationObserver(() => {
    ownHosts.clear();
    if (card.hostElement) ownHosts.add(card.hostElement);
  });
  trackHost.observe(document.documentElement, { childList: true });
  abort.signal.addEventListener('abort', () => trackHost.disconnect());
  session = { highlighter, scanner, hover, card, watcher, abort, cursor: -1 };
  void scanner.scan();
}

/** Quotation marks, straight or curly: a sentence without one quotes no one. */
const QUOTE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/u;

/** Asks the background to compare the quotation in a sentence with its speaker's words in the sources. */
async function checkQuotes(marks: readonly Mark[]): Promise<readonly QuoteCheck[]> {
  const first = marks[0];
  if (!first || !context.isAlive()) return [];
  const { start, end } = first.match;
  if (!QUOTE_MARK.test(first.block.text.slice(start, end))) return [];
  // The sentence and the text before it in its block, where "he said" finds its person.
  const from = Math.max(0, Math.min(start, end - MAX_QUOTE_CONTEXT_CHARS));
  const text = first.block.text.slice(from, end);
  if (text.length > MAX_QUOTE_CONTEXT_CHARS) return [];
  try {
    const response = await sendToExtension('checkQuotes', { text, start: start - from, end: end - from, claimIds: [...new Set(marks.map((m) => m.claim.id))] });
    return response.ok ? response.checks : [];
  } catch (e) {
    context.handleError(e);
    return [];
  }
}

function stopSession(): void {
  if (!session) return;
  const s = session;
  session = null;
  s.abort.abort();
  s.card.destroy();
  s.highlighter.destroy();
  if (context.isAlive()) report([]);
}

/** Moves to the next or previous highlighted sentence (one stop per sentence, however many claims it matched). */
function step(direction: 1 | -1): void {
  if (!session) return;
  const sentences = groupBySentence(session.scanner.current);
  if (sentences.length === 0) return;
  session.cursor = (session.cursor + direction + sentences.length) % sentences.length;
  reveal(sentences[session.cursor]?.marks[0] as Mark, false);
}

function reveal(mark: Mark, flash: boolean): void {
  if (!session) return;
  const target = mark.range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  session.highlighter.focus(mark.range, flash ? FLASH_MS : undefined);
  session.hover.open(mark, true);
}

type ContentMessages = Pick<MessageMap, 'stepHighlight' | 'showClaim' | 'collectAnnotations' | 'readPageHtml' | 'rescanPage' | 'pauseChanged'>;

function handle(message: Envelope): Promise<ContentMessages[keyof ContentMessages]['response']> | undefined {
  if (message.claimscope === 'stepHighlight') {
    step((message.payload as ContentMessages['stepHighlight']['request']).direction);
    return Promise.resolve({ ok: true });
  }
  if (message.claimscope === 'collectAnnotations') {
    return Promise.resolve(annotationTargets(session?.scanner.current ?? []));
  }
  if (message.claimscope === 'readPageHtml') {
    // Read as markup for Readability in the side panel, which parses it inert; nothing here is changed.
    return Promise.resolve({ html: new XMLSerializer().serializeToString(document), url: location.href });
  }
  if (message.claimscope === 'pauseChanged') {
    if (isPausedFor((message.payload as ContentMessages['pauseChanged']['request']).pause, host)) stopSession();
    else startSession();
    return Promise.resolve({ ok: true });
  }
  if (message.claimscope === 'rescanPage') {
    void session?.scanner.scan();
    return Promise.resolve({ ok: true });
  }
  if (message.claimscope === 'showClaim') {
    const { claimId } = message.payload as ContentMessages['showClaim']['request'];
    const mark = session?.scanner.current.find((m) => m.claim.id === claimId);
    if (mark) reveal(mark, true);
    return Promise.resolve({ found: Boolean(mark) });
  }
  return undefined;
}

async function init(): Promise<void> {
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!context.isAlive() || sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    if (!isMessageName(message.claimscope) || !isValidPayload(message.claimscope, message.payload)) return undefined;
    return handle(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  context.signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The runtime is already gone.
    }
  });
  // The pause setting comes from the background, which also tells the page when it changes.
  const decided = sendToExtension('getPause', {}).then(({ pause }) => {
    if (!isPausedFor(pause, host)) return;
    if (session) stopSession(); // reports the page as showing nothing
    else report([]);
  });
  startSession(decided);
  await decided;
}

if (context.isAlive()) {
  context.watch(CONTEXT_CHECK_MS);
  init().catch((e: unknown) => context.handleError(e));
}
