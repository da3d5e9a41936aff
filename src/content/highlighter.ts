import { HIGHLIGHT_NAMES, type MarkKind } from './highlightStyles';

/** What the CSS Custom Highlight API offers that TypeScript's DOM types may lack. */
interface HighlightsWithHitTest extends HighlightRegistry {
  highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight; ranges: AbstractRange[] }[] | Highlight[];
}

/**
 * Paints ranges with the CSS Custom Highlight API only: the page's DOM is never touched.
 * Each kind is one Highlight, registered once; what changes between paints is applied as
 * additions and deletions on those sets, so unchanged ranges are never registered again.
 * Changes take effect when the browser next renders, once per frame however many there were,
 * so they are made at once rather than from a frame callback (which a hidden tab never gets).
 * The ::highlight() rules come with the page (the manifest declares them, see vite.config.ts),
 * so nothing here restyles the document. Removes every highlight on destroy().
 */
export class Highlighter {
  private readonly highlights = new Map<MarkKind | 'focus', Highlight>();
  /** What is registered now: each range and the kind it is drawn as. */
  private readonly painted = new Map<Range, MarkKind>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** True when this browser has the Custom Highlight API. */
  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** Has exactly these ranges drawn from the next frame on, each as its kind. */
  show(wanted: ReadonlyMap<Range, MarkKind>): void {
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
    this.painted.clear();
    for (const [kind, highlight] of this.highlights) {
      const name = HIGHLIGHT_NAMES[kind];
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.highlights.clear();
  }
}
