import type { HoverCard } from './hoverCard';
import type { Highlighter } from './highlighter';
import { rectAt, type Mark } from './marks';

/** Grace period to move the pointer from a sentence into its card. */
const HIDE_DELAY_MS = 350;

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as unknown as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The mark under a viewport point: highlightsFromPoint (or the caret position) narrows, the line boxes decide. */
function markAt(marks: readonly Mark[], highlighter: Highlighter, x: number, y: number): { mark: Mark; rect: DOMRect } | null {
  if (marks.length === 0 || !highlighter.mayHitAt(x, y)) return null;
  const caret = 'highlightsFromPoint' in CSS.highlights ? null : caretAt(x, y);
  for (const mark of marks) {
    if (caret && !safeIsPointInRange(mark.range, caret.node, caret.offset)) continue;
    const rect = rectAt(mark.range, x, y);
    if (rect) return { mark, rect };
  }
  return null;
}

function safeIsPointInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}

/**
 * Opens the card when the pointer rests on a highlighted sentence, keeps it open while the
 * pointer is on the sentence or the card, and closes it on mouse-out or Escape.
 */
export class HoverController {
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointerInCard = false;

  constructor(
    private readonly card: HoverCard,
    private readonly highlighter: Highlighter,
    private readonly marks: () => readonly Mark[],
    signal: AbortSignal,
  ) {
    document.addEventListener('mousemove', (e) => this.onMove(e), { passive: true, signal });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.card.current) this.close();
    }, { signal });
    window.addEventListener('scroll', () => this.scheduleHide(), { passive: true, signal });
    signal.addEventListener('abort', () => this.close());
  }

  /** Called by the card when the pointer enters or leaves it. */
  pointerInCardChanged(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) this.cancelHide();
    else this.scheduleHide();
  }

  /** Opens the card for a mark (keyboard stepping, jump-to). */
  open(mark: Mark, rect?: DOMRect): void {
    this.cancelHide();
    const anchor = rect ?? mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    this.card.show({ claim: mark.claim, match: mark.match }, anchor);
  }

  /** Closes the card now. */
  close(): void {
    this.cancelHide();
    cancelAnimationFrame(this.frame);
    this.card.hide();
    this.pointerInCard = false;
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private onMove(e: MouseEvent): void {
    if (e.target === this.card.hostElement) return;
    const { clientX: x, clientY: y } = e;
    cancelAnimationFrame(this.frame);
    // One hit test per frame, however fast the pointer moves.
    this.frame = requestAnimationFrame(() => {
      const hit = markAt(this.marks(), this.highlighter, x, y);
      if (hit) this.open(hit.mark, hit.rect);
      else this.scheduleHide();
    });
  }

  private scheduleHide(): void {
    // An already scheduled hide keeps its deadline: moving around outside must not postpone it.
    if (!this.card.current || this.pointerInCard || this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (!this.pointerInCard) this.card.hide();
    }, HIDE_DELAY_MS);
  }
}
