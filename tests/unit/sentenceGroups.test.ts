import { describe, expect, it } from 'vitest';
import { groupBySentence, strongestKind } from '../../src/content/marks';
import type { MarkKind } from '../../src/shared/underlineStyles';

// The matcher returns one match per claim; a sentence stating two claims gives two marks with the same span.
const blockA = { id: 'a' };
const blockB = { id: 'b' };
const mark = (block: object, start: number, end: number, kind: MarkKind, claimId: string) => ({ block, match: { start, end, claimId }, kind }) as never;

describe('groupBySentence', () => {
  it('puts marks of the same block and span together, in first-seen order, and keeps the rest apart', () => {
    const marks = [mark(blockA, 0, 40, 'asserted', 'c1'), mark(blockA, 0, 40, 'contested', 'c2'), mark(blockA, 41, 80, 'asserted', 'c1'), mark(blockB, 0, 40, 'asserted', 'c3')];
    const groups = groupBySentence<{ block: object; match: { start: number; end: number; claimId: string }; kind: MarkKind }>(marks);
    expect(groups.map((g) => g.marks.map((m) => m.match.claimId))).toEqual([['c1', 'c2'], ['c1'], ['c3']]);
    expect(groups.map((g) => g.kind)).toEqual(['contested', 'asserted', 'asserted']);
  });

  it('underlines a sentence in its strongest kind: the page reporting a denial, then a contested claim, then an asserted one', () => {
    expect(strongestKind(['asserted', 'denial', 'contested'])).toBe('denial');
    expect(strongestKind(['asserted', 'contested'])).toBe('contested');
    expect(strongestKind(['asserted'])).toBe('asserted');
    const groups = groupBySentence([mark(blockA, 5, 9, 'denial', 'c1'), mark(blockA, 5, 9, 'asserted', 'c2')] as never[]) as { kind: MarkKind }[];
    expect(groups.map((g) => g.kind)).toEqual(['denial']);
  });
});
