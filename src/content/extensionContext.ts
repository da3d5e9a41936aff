import { browser } from '../platform/browser';

/**
 * Whether this content script's extension is still there. After an update or reload the
 * old script keeps running with a dead runtime: it must stop quietly, not throw
 * "Extension context invalidated" at the reader.
 */
export class ExtensionContext {
  private readonly controller = new AbortController();

  constructor(private readonly onInvalidated: () => void) {}

  /** Aborted when the context dies or the script tears down; pass it to every listener and loop. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Checks every `intervalMs` that the extension is still there. Chrome tells an old content
   * script nothing when its extension is reloaded or updated (and injects no new one into open
   * tabs), so without this its highlights and card would stay on the page, dead, until the next
   * click failed. Reading `runtime.id` is a local property read: no message, no wake-up.
   */
  watch(intervalMs: number): void {
    const timer = setInterval(() => this.isAlive(), intervalMs);
    this.controller.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }

  /** True while the extension runtime is reachable; the first time it is not, tears down. */
  isAlive(): boolean {
    if (this.controller.signal.aborted) return false;
    let alive = false;
    try {
      alive = browser.runtime?.id !== undefined;
    } catch {
      alive = false;
    }
    if (!alive) this.invalidate();
    return alive;
  }

  /** Classifies a messaging error: context errors tear down, others are rethrown as ordinary failures. */
  handleError(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (/context invalidated|Extension context|runtime\.id|disconnected/iu.test(message) || !this.isAlive()) this.invalidate();
  }

  /** Stops everything tied to this context. */
  invalidate(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    this.onInvalidated();
  }
}
