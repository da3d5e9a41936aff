import type { HoverCard } from './hoverCard';
import type { Highlighter } from './highlighter';
import type { QuoteCheck } from '../core/quote/checkPageQuote';
import { rectAt, strongestKind, type Mark } from './marks';

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
function markAt(marks: readonly Mark[], highlighter: Highlighter, x: number, y: number): Mark | null {
  if (marks.length === 0 || !highlighter.mayHitAt(x, y)) return null;
  const caret = 'highlightsFromPoint' in CSS.highlights ? null : caretAt(x, y);
  for (const mark of marks) {
    if (caret && !safeIsPointInRange(mark.range, caret.node, caret.offset)) continue;
    if (rectAt(mark.range, x, y)) return mark;
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

/** Whether two marks are of one page sentence: the matcher gives a sentence one mark per claim it matched. */
function isSameSentence(a: Mark, b: Mark): boolean {
  return a.block === b.block && a.match.start === b.match.start && a.match.end === b.match.end;
}

/** The marks of the same page sentence as `mark` (one per claim it matched), in order. */
function sameSentence(marks: readonly Mark[], mark: Mark): Mark[] {
  const group = marks.filter((m) => isSameSentence(m, mark));
  return group.length > 0 ? group : [mark];
}

/** Fetches quote checks for a sentence's claims; resolves to none when there is nothing to check. */
export type QuoteChecker = (marks: readonly Mark[]) => Promise<readonly QuoteCheck[]>;

/**
 * Opens the card when the pointer rests on a highlighted sentence, keeps it open while the
 * pointer is on the sentence or the card, and closes it on mouse-out or Escape. A card
 * opened from the keyboard (stepping, jump-to) is pinned: it stays open through the scroll
 * that brought its sentence into view and until Escape, a click elsewhere, the next step,
 * or its sentence leaving the window.
 */
export class HoverController {
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointerInCard = false;
  private pinned = false;
  private pointer: { x: number; y: number } | null = null;

  constructor(
    private readonly card: HoverCard,
    private readonly highlighter: Highlighter,
    private readonly marks: () => readonly Mark[],
    private readonly checkQuotes: QuoteChecker,
    signal: AbortSignal,
  ) {
    document.addEventListener('mousemove', (e) => this.onMove(e), { passive: true, signal });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.card.current) this.close();
    }, { signal });
    document.addEventListener('pointerdown', (e) => {
      if (this.pinned && e.target !== this.card.hostElement) this.close();
    }, { passive: true, signal });
    window.addEventListener('scroll', () => this.onScroll(), { passive: true, signal });
    signal.addEventListener('abort', () => this.close());
  }

  /** Called by the card when the pointer enters or leaves it. */
  pointerInCardChanged(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) this.cancelHide();
    else this.scheduleHide();
  }

  /** Called by the card when its sentence scrolled out of the window and it closed. */
  cardClosedItself(): void {
    this.cancelHide();
    this.pinned = false;
    this.pointerInCard = false;
  }

  /** Opens the card for a mark's sentence, with every claim that sentence matched; `pinned` for keyboard opening. */
  open(mark: Mark, pinned = false): void {
    this.cancelHide();
    const all = this.marks();
    // The sentence's first mark is its card's key: while that card is open (the pointer resting
    // on the sentence, frame after frame), nothing is built again.
    const key = all.find((m) => isSameSentence(m, mark)) ?? mark;
    const wasShowing = this.card.current === key;
    this.pinned = pinned || (wasShowing && this.pinned);
    if (wasShowing) return;
    const marks = sameSentence(all, key);
    this.card.show(key, { entries: marks.map((m) => ({ claim: m.claim, match: m.match })), kind: strongestKind(marks.map((m) => m.kind)) }, key.range, { focus: pinned });
    void this.checkQuotes(marks).then((checks) => this.card.addQuoteChecks(key, checks), () => undefined);
  }

  /** Closes the card now. */
  close(): void {
    this.cancelHide();
    cancelAnimationFrame(this.frame);
    this.card.hide();
    this.pointerInCard = false;
    this.pinned = false;
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private onMove(e: MouseEvent): void {
    if (e.target === this.card.hostElement) return;
    const { clientX: x, clientY: y } = e;
    this.pointer = { x, y };
    cancelAnimationFrame(this.frame);
    // One hit test per frame, however fast the pointer moves.
    this.frame = requestAnimationFrame(() => this.hitTest(x, y));
  }

  private hitTest(x: number, y: number): void {
    const hit = markAt(this.marks(), this.highlighter, x, y);
    if (hit) this.open(hit);
    else this.scheduleHide();
  }

  /** The card follows its sentence; a hovered one closes once the pointer is no longer on the sentence. */
  private onScroll(): void {
    if (!this.card.current || this.pinned || this.pointerInCard || !this.pointer) return;
    const { x, y } = this.pointer;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.hitTest(x, y));
  }

  private scheduleHide(): void {
    // An already scheduled hide keeps its deadline: moving around outside must not postpone it.
    if (!this.card.current || this.pinned || this.pointerInCard || this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (!this.pointerInCard && !this.pinned) this.card.hide();
    }, HIDE_DELAY_MS);
  }
}
