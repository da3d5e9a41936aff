// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardContent, HoverCard } from '../../src/content/hoverCard';
import type { Highlighter } from '../../src/content/highlighter';
import { HoverController } from '../../src/content/hoverController';
import type { Mark } from '../../src/content/marks';

// The controller hit-tests the pointer once per animation frame and opens the card for the
// sentence under it. These tests drive it with real mouse and key events and fake timers, over
// a stand-in card that records what it was asked to show, and sentences laid out as rectangles.

/** A stand-in for a sentence's Range: only its line boxes matter to the hit test. */
function sentenceAt(top: number): Range {
  return { getClientRects: () => [{ left: 10, right: 300, top, bottom: top + 20 }] } as unknown as Range;
}

function mark(range: Range, block: object, start: number, end: number, claimId: string, kind: Mark['kind']): Mark {
  return { range, block, match: { start, end, stance: kind === 'denial' ? 'denies' : 'states' }, claim: { id: claimId }, kind } as unknown as Mark;
}

/** Records each show() and keeps the key shown, as the real card does. */
class RecordingCard {
  shown: { key: unknown; content: CardContent; focus: boolean }[] = [];
  hidden = 0;
  current: unknown = null;
  readonly hostElement = null;
  show(key: unknown, content: CardContent, _sentence: Range, options: { focus?: boolean } = {}): void {
    this.shown.push({ key, content, focus: options.focus ?? false });
    this.current = key;
  }
  addQuoteChecks(): void {}
  hide(): void {
    this.hidden++;
    this.current = null;
  }
}

const paragraph = {};
const first = sentenceAt(100);
const second = sentenceAt(200);
// The first sentence matched two claims (one mark each, one range); the second, one.
const firstAsserted = mark(first, paragraph, 0, 40, 'c-dam', 'asserted');
const firstDenied = mark(first, paragraph, 0, 40, 'c-cost', 'denial');
const secondMark = mark(second, paragraph, 41, 90, 'c-port', 'contested');
const marks = [firstAsserted, firstDenied, secondMark];

let card: RecordingCard;
let checked: Mark[][];
let controller: HoverController;
let abort: AbortController;

/** Moves the pointer to (x, y) and lets the next animation frame run its hit test. */
function pointAt(x: number, y: number): void {
  document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y }));
  vi.advanceTimersToNextFrame();
}

const claimIds = (content: CardContent): string[] => content.entries.map((e) => e.claim.id);

describe('hover card controller', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // A browser with highlightsFromPoint: the hit test then reads the line boxes only.
    vi.stubGlobal('CSS', { highlights: { highlightsFromPoint: () => [] } });
    card = new RecordingCard();
    checked = [];
    abort = new AbortController();
    const highlighter = { mayHitAt: () => true } as unknown as Highlighter;
    const checkQuotes = (sentence: readonly Mark[]) => {
      checked.push([...sentence]);
      return Promise.resolve([]);
    };
    controller = new HoverController(card as unknown as HoverCard, highlighter, () => marks, checkQuotes, abort.signal);
  });

  afterEach(() => {
    abort.abort();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('builds the card once while the pointer rests on one sentence, again only when another sentence is hit', () => {
    pointAt(20, 105);
    pointAt(60, 110);
    pointAt(290, 118);
    expect(card.shown).toHaveLength(1);
    expect(card.shown[0]?.key).toBe(firstAsserted);
    expect(claimIds(card.shown[0]?.content as CardContent)).toEqual(['c-dam', 'c-cost']);
    expect(card.shown[0]?.content.kind).toBe('denial');
    expect(checked).toEqual([[firstAsserted, firstDenied]]);

    pointAt(50, 205);
    pointAt(80, 210);
    expect(card.shown).toHaveLength(2);
    expect(card.shown[1]?.key).toBe(secondMark);
    expect(claimIds(card.shown[1]?.content as CardContent)).toEqual(['c-port']);
    expect(card.shown[1]?.content.kind).toBe('contested');

    pointAt(30, 105);
    expect(card.shown.map((s) => s.key)).toEqual([firstAsserted, secondMark, firstAsserted]);
    expect(checked).toHaveLength(3);
    expect(card.hidden).toBe(0);
  });

  it('closes a hovered card after the grace period off the sentence, unless the pointer comes back to it', () => {
    pointAt(20, 105);
    pointAt(20, 150);
    vi.advanceTimersByTime(200);
    pointAt(40, 105);
    vi.advanceTimersByTime(1000);
    expect(card.hidden).toBe(0);
    expect(card.shown).toHaveLength(1);

    pointAt(20, 150);
    vi.advanceTimersByTime(1000);
    expect(card.hidden).toBe(1);
    expect(card.current).toBeNull();
  });

  it('keeps a card pinned from the keyboard open with the pointer elsewhere, without building it again, until Escape', () => {
    controller.open(firstDenied, true);
    expect(card.shown).toEqual([expect.objectContaining({ key: firstAsserted, focus: true })]);
    pointAt(20, 105);
    controller.open(firstDenied, true);
    pointAt(20, 150);
    vi.advanceTimersByTime(1000);
    expect(card.shown).toHaveLength(1);
    expect(card.hidden).toBe(0);

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.hidden).toBe(1);
  });
});
