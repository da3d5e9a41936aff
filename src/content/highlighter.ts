import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES, type MarkKind } from './highlightStyles';

/** What the CSS Custom Highlight API offers that TypeScript's DOM types may lack. */
interface HighlightsWithHitTest extends HighlightRegistry {
  highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight; ranges: AbstractRange[] }[] | Highlight[];
}

/**
 * Paints ranges with the CSS Custom Highlight API only: the page's DOM is never touched.
 * Owns our ::highlight stylesheet and removes everything on destroy().
 */
export class Highlighter {
  private readonly sheet: CSSStyleSheet | null;
  private readonly highlights = new Map<MarkKind | 'focus', Highlight>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.sheet = adoptSheet(HIGHLIGHT_CSS);
  }

  /** True when this browser has the Custom Highlight API. */
  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** Replaces all painted ranges with these, grouped by kind. */
  paint(groups: Map<MarkKind, Range[]>): void {
    for (const kind of ['asserted', 'contested', 'denial'] as const) {
      const ranges = groups.get(kind) ?? [];
      const name = HIGHLIGHT_NAMES[kind];
      if (ranges.length === 0) {
        CSS.highlights.delete(name);
        this.highlights.delete(kind);
        continue;
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = 1;
      this.highlights.set(kind, highlight);
      CSS.highlights.set(name, highlight);
    }
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

  /** Removes every highlight and our stylesheet. */
  destroy(): void {
    clearTimeout(this.flashTimer);
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    this.highlights.clear();
    if (this.sheet) removeSheet(this.sheet);
  }
}

function adoptSheet(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}

function removeSheet(sheet: CSSStyleSheet): void {
  try {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // The document is going away.
  }
}
