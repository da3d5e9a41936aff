import { blockOwner, StyleCache } from './textBlocks';

/** Quiet time before changed blocks are rescanned: pages that stream content settle first. */
const THROTTLE_MS = 600;
/** The longest wait between rescans, however costly they get. */
const MAX_THROTTLE_MS = 10_000;
/** Rescans may take at most about 1/COST_RATIO of the time of a page that never stops changing. */
const COST_RATIO = 5;
/** How long a due rescan may wait for the page to go idle. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Watches the page for changed text and calls back, throttled, with the block elements
 * to rescan (ignoring our own UI), or with `null` when the URL changed (SPA navigation)
 * and the whole page must be rescanned. A page that rewrites itself many times a second
 * gets one rescan per throttle period, started in idle time, and the period stretches with
 * what the last rescan cost, so the work stays a small share of the page's time.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private href = location.href;
  private urlChanged = false;
  private idle: number | undefined;
  /** Wall time the last rescan took, from the callback's promise. */
  private lastCost = 0;

  constructor(
    private readonly ownHosts: ReadonlySet<Element>,
    private readonly onChanged: (roots: Element[] | null) => Promise<void> | void,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
    const onNavigate = (): void => this.checkUrl();
    window.addEventListener('popstate', onNavigate, { signal });
    // The Navigation API sees pushState/replaceState from the page, which our isolated world cannot patch.
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', onNavigate, { signal });
    signal.addEventListener('abort', () => this.stop());
  }

  /** Stops observing and drops pending work. */
  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdle(this.idle);
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target || !document.body?.contains(target)) continue;
      if ([...this.ownHosts].some((h) => h.contains(target))) continue;
      this.pending.add(target);
    }
    this.checkUrl();
  }

  private checkUrl(): void {
    if (location.href !== this.href) {
      this.href = location.href;
      this.urlChanged = true;
    }
    if ((this.pending.size > 0 || this.urlChanged) && this.timer === undefined) {
      const delay = Math.min(MAX_THROTTLE_MS, Math.max(THROTTLE_MS, this.lastCost * COST_RATIO));
      this.timer = setTimeout(() => {
        this.idle = whenIdle(() => this.flush(), IDLE_TIMEOUT_MS);
      }, delay);
    }
  }

  private run(roots: Element[] | null): void {
    const started = performance.now();
    const done = this.onChanged(roots);
    const settle = (): void => {
      this.lastCost = performance.now() - started;
      // Changes that arrived while the rescan ran are due now (the timer was held back until it finished).
      this.timer = undefined;
      this.checkUrl();
    };
    if (done) void done.then(settle, settle);
    else settle();
  }

  private flush(): void {
    this.idle = undefined;
    if (this.urlChanged) {
      this.urlChanged = false;
      this.pending.clear();
      this.run(null);
      return;
    }
    const styles = new StyleCache();
    const owners = new Set<Element>();
    for (const el of this.pending) if (el.isConnected) owners.add(blockOwner(el, styles, document.body));
    this.pending.clear();
    // Keep only outermost owners: rescanning a block covers the blocks inside it.
    const roots = [...owners].filter((o) => ![...owners].some((other) => other !== o && other.contains(o)));
    if (roots.length > 0) this.run(roots);
    else this.timer = undefined;
  }
}

/** Runs `fn` when the page is idle (or after `timeout` at the latest); setTimeout where there is no requestIdleCallback. */
function whenIdle(fn: () => void, timeout: number): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(fn, { timeout });
  return setTimeout(fn, 0) as unknown as number;
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  clearTimeout(handle);
}
