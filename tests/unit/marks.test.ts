import { describe, expect, it } from 'vitest';
import type { MarkKind } from '../../src/content/highlightStyles';
import { distinctSpans, rangesToDraw, type Mark } from '../../src/content/marks';

// A page sentence can match several claims: the matcher then returns one match per claim with
// the same span. The page must still get one Range per sentence, drawn once.

/** A stand-in for a DOM Range: only its identity matters here. */
const fakeRange = (name: string): Range => ({ name }) as unknown as Range;
const mark = (range: Range, kind: MarkKind): Mark => ({ range, kind }) as unknown as Mark;

describe('one range per sentence', () => {
  it('gives matches with the same span one span, and keeps different spans apart', () => {
    const { spans, spanOf } = distinctSpans([
      { start: 0, end: 40 },
      { start: 41, end: 90 },
      { start: 0, end: 40 },
      { start: 0, end: 41 },
    ]);
    expect(spans).toEqual([
      { start: 0, end: 40 },
      { start: 41, end: 90 },
      { start: 0, end: 41 },
    ]);
    expect(spanOf).toEqual([0, 1, 0, 2]);
  });

  it('draws a shared range once, in the strongest kind of its marks, whatever their order', () => {
    const shared = fakeRange('shared');
    const alone = fakeRange('alone');
    for (const kinds of [['asserted', 'denial', 'contested'], ['denial', 'asserted', 'contested'], ['contested', 'asserted', 'denial']] as MarkKind[][]) {
      const drawn = rangesToDraw(kinds.map((k) => mark(shared, k)), [mark(alone, 'contested')]);
      expect([...drawn]).toEqual([
        [shared, 'denial'],
        [alone, 'contested'],
      ]);
    }
    expect([...rangesToDraw([mark(shared, 'asserted'), mark(shared, 'contested')])]).toEqual([[shared, 'contested']]);
  });
});
