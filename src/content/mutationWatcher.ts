import { blockOwner, StyleCache } from './textBlocks';

/** Quiet time before changed blocks are rescanned: pages that stream content settle first. */
const THROTTLE_MS = 600;

/**
 * Watches the page for changed text and calls back, throttled, with the block elements
 * to rescan (ignoring our own UI), or with `null` when the URL changed (SPA navigation)
 * and the whole page must be rescanned.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private href = location.href;
  private urlChanged = false;

  constructor(
    private readonly ownHosts: ReadonlySet<Element>,
    private readonly onChanged: (roots: Element[] | null) => void,
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
      this.timer = setTimeout(() => this.flush(), THROTTLE_MS);
    }
  }

  private flush(): void {
    this.timer = undefined;
    if (this.urlChanged) {
      this.urlChanged = false;
      this.pending.clear();
      this.onChanged(null);
      return;
    }
    const styles = new StyleCache();
    const owners = new Set<Element>();
    for (const el of this.pending) if (el.isConnected) owners.add(blockOwner(el, styles, document.body));
    this.pending.clear();
    // Keep only outermost owners: rescanning a block covers the blocks inside it.
    const roots = [...owners].filter((o) => ![...owners].some((other) => other !== o && other.contains(o)));
    if (roots.length > 0) this.onChanged(roots);
  }
}
