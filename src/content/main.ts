import { browser, type Runtime } from '../platform/browser';
import { isEnvelope, isMessageName, isValidPayload, type Envelope, type MessageMap } from '../shared/messages';
import { sendToExtension } from '../shared/messaging';
import { isPausedFor, pauseFromChange, PauseStore } from '../shared/pauseStore';
import { ExtensionContext } from './extensionContext';
import { Highlighter } from './highlighter';
import { HoverCard } from './hoverCard';
import { HoverController } from './hoverController';
import { summariseMarks, type Mark } from './marks';
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
  /** Index of the mark the keyboard last stepped to. */
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

function startSession(): void {
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
  );
  const scanner = new PageScanner(highlighter, ownHosts, abort.signal, report, (e) => context.handleError(e));
  hover = new HoverController(card, highlighter, () => scanner.current, abort.signal);
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

function stopSession(): void {
  if (!session) return;
  const s = session;
  session = null;
  s.abort.abort();
  s.card.destroy();
  s.highlighter.destroy();
  if (context.isAlive()) report([]);
}

function step(direction: 1 | -1): void {
  if (!session) return;
  const marks = session.scanner.current;
  if (marks.length === 0) return;
  session.cursor = (session.cursor + direction + marks.length) % marks.length;
  reveal(marks[session.cursor] as Mark, false);
}

function reveal(mark: Mark, flash: boolean): void {
  if (!session) return;
  const target = mark.range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  session.highlighter.focus(mark.range, flash ? FLASH_MS : undefined);
  session.hover.open(mark);
}

type ContentMessages = Pick<MessageMap, 'stepHighlight' | 'showClaim'>;

function handle(message: Envelope): Promise<ContentMessages[keyof ContentMessages]['response']> | undefined {
  if (message.claimscope === 'stepHighlight') {
    step((message.payload as ContentMessages['stepHighlight']['request']).direction);
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
  const store = new PauseStore(browser.storage.local);
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!context.isAlive() || sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    if (!isMessageName(message.claimscope) || !isValidPayload(message.claimscope, message.payload)) return undefined;
    return handle(message);
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !context.isAlive()) return;
    const pause = pauseFromChange(changes);
    if (!pause) return;
    if (isPausedFor(pause, host)) stopSession();
    else startSession();
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  context.signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // The runtime is already gone.
    }
  });
  const paused = isPausedFor(await store.get(), host);
  if (!paused) startSession();
  else report([]);
}

if (context.isAlive()) {
  context.watch(CONTEXT_CHECK_MS);
  init().catch((e: unknown) => context.handleError(e));
}
