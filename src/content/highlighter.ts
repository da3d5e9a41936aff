import { HIGHLIGHT_NAMES, type MarkKind } from './highlightStyles';

/** How long a paint waits for a frame before it is applied anyway (hidden tabs draw no frames). */
const FRAME_FALLBACK_MS = 250;

/** What the CSS Custom Highlight API offers that TypeScript's DOM types may lack. */
interface HighlightsWithHitTest extends HighlightRegistry {
  highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight; ranges: AbstractRange[] }[] | Highlight[];
}

/**
 * Paints ranges with the CSS Custom Highlight API only: the page's DOM is never touched.
 * Each kind is one Highlight, registered once; what changes between paints is applied as
 * additions and deletions on those sets, at most once per frame, so a scan that finds its
 * sentences in several batches costs one style and paint update per frame and unchanged ranges
 * are never registered again. The ::highlight() rules come with the page (the manifest
 * declares them, see vite.config.ts), so nothing here restyles the document. Removes every
 * highlight on destroy().
 */
export class Highlighter {
  private readonly highlights = new Map<MarkKind | 'focus', Highlight>();
  /** What is registered now: each range and the kind it is drawn as. */
  private readonly painted = new Map<Range, MarkKind>();
  /** What the next frame should show; null when nothing is due. */
  private wanted: ReadonlyMap<Range, MarkKind> | null = null;
  private frame: number | undefined;
  private frameFallback: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** True when this browser has the Custom Highlight API. */
  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /**
   * Asks for exactly these ranges to be drawn, each as its kind, from the next frame on.
   * Calls within one frame coalesce: only the last one is applied.
   */
  show(ranges: ReadonlyMap<Range, MarkKind>): void {
    this.wanted = ranges;
    if (this.frame !== undefined) return;
    const apply = (): void => this.applyWanted();
    this.frame = requestAnimationFrame(apply);
    // A hidden tab gets no frames: apply anyway, a little later, so its state stays true.
    this.frameFallback = setTimeout(apply, FRAME_FALLBACK_MS);
  }

  private applyWanted(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.frameFallback);
    this.frame = undefined;
    const wanted = this.wanted;
    this.wanted = null;
    if (!wanted) return;
    for (const [range, kind] of this.painted) {
      if (wanted.get(range) === kind) continue;
      this.highlights.get(kind)?.delete(range);
      this.painted.delete(range);
    }
    for (const [range, kind] of wanted) {
      if (this.painted.has(range)) continue;
      this.highlightOf(kind).add(range);
      this.painted.set(range, kind);
    }
  }

  /** The Highlight of one kind, created and registered on first use. */
  private highlightOf(kind: MarkKind): Highlight {
    let highlight = this.highlights.get(kind);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = 1;
      this.highlights.set(kind, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
    return highlight;
  }

  /** Marks one range as the current one (keyboard stepping, jump-to); `ms` makes it a flash. */
  focus(range: Range | null, ms?: number): void {
    clearTimeout(this.flashTimer);
    if (!range) {
      CSS.highlights.delete(HIGHLIGHT_NAMES.focus);
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = 2;
    this.highlights.set('focus', highlight);
    CSS.highlights.set(HIGHLIGHT_NAMES.focus, highlight);
    if (ms) this.flashTimer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT_NAMES.focus), ms);
  }

  /** Whether any of our highlights lies under the point (cheap pre-check where the browser has highlightsFromPoint). */
  mayHitAt(x: number, y: number): boolean {
    const registry = CSS.highlights as HighlightsWithHitTest;
    if (typeof registry.highlightsFromPoint !== 'function') return true;
    const hits = registry.highlightsFromPoint(x, y);
    const ours = new Set(this.highlights.values());
    return hits.some((h) => ours.has('highlight' in h ? h.highlight : h));
  }

  /**
   * Removes our highlights. Only entries that are still this instance's
   * are deleted: the registry is the document's, and a newer instance of the content script
   * (after an extension update) may already have painted under the same names.
   */
  destroy(): void {
    clearTimeout(this.flashTimer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.frameFallback);
    this.frame = undefined;
    this.wanted = null;
    this.painted.clear();
    for (const [kind, highlight] of this.highlights) {
      const name = HIGHLIGHT_NAMES[kind];
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.highlights.clear();
  }
}
