import type { SentenceMatch } from '../core/match/sentenceMatch';
import { isContested, type ClaimView } from '../shared/claimView';
import type { FoundClaim } from '../shared/messages';
import type { MarkKind } from './highlightStyles';
import type { TextBlock } from './textBlocks';

/** One highlighted page sentence: where it is, what it matched, and how it is drawn. */
export interface Mark {
  range: Range;
  block: TextBlock;
  match: SentenceMatch;
  claim: ClaimView;
  kind: MarkKind;
}

/** How a sentence is drawn: the page's own denial wins, then whether anyone contests the claim. */
export function markKind(match: SentenceMatch, claim: ClaimView): MarkKind {
  if (match.stance !== 'states') return 'denial';
  return isContested(claim) ? 'contested' : 'asserted';
}

/** How strongly each kind speaks, for a sentence that matched several claims: the page's own denial, then a contest. */
const KIND_STRENGTH: Record<MarkKind, number> = { asserted: 0, contested: 1, denial: 2 };

/** The strongest of several kinds: what one underline shows for a sentence that matched several claims. */
export function strongestKind(kinds: readonly MarkKind[]): MarkKind {
  return kinds.reduce<MarkKind>((best, k) => (KIND_STRENGTH[k] > KIND_STRENGTH[best] ? k : best), 'asserted');
}

/** What grouping needs of a mark: its block, its sentence span and its kind. */
type Groupable = { block: unknown; kind: MarkKind; match: Pick<Mark['match'], 'start' | 'end'> };

/** One page sentence with every claim it matched: the matcher gives one mark per claim, all with the same span. */
export interface SentenceGroup<M extends Groupable = Mark> {
  marks: M[];
  kind: MarkKind;
}

/** Groups marks by sentence (same block, same span), in the order of each sentence's first mark. */
export function groupBySentence<M extends Groupable>(marks: readonly M[]): SentenceGroup<M>[] {
  const byBlock = new Map<unknown, Map<string, SentenceGroup<M>>>();
  const out: SentenceGroup<M>[] = [];
  for (const m of marks) {
    const spans = byBlock.get(m.block) ?? new Map<string, SentenceGroup<M>>();
    byBlock.set(m.block, spans);
    const key = `${m.match.start}:${m.match.end}`;
    const group = spans.get(key);
    if (group) {
      group.marks.push(m);
      group.kind = strongestKind([group.kind, m.kind]);
    } else {
      const fresh = { marks: [m], kind: m.kind };
      spans.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/**
 * What to draw for these marks: each range once, in the strongest kind of the marks that share
 * it (a sentence that matches several claims has one range and one mark per claim).
 */
export function rangesToDraw(...lists: readonly (readonly Mark[])[]): Map<Range, MarkKind> {
  const out = new Map<Range, MarkKind>();
  for (const list of lists) {
    for (const m of list) {
      const seen = out.get(m.range);
      out.set(m.range, seen === undefined ? m.kind : strongestKind([seen, m.kind]));
    }
  }
  return out;
}

/**
 * The distinct [start, end) spans of one block's matches, and for each match the index of its
 * span: several claims matched by one sentence give one span, so the sentence gets one Range.
 */
export function distinctSpans(matches: readonly { start: number; end: number }[]): { spans: { start: number; end: number }[]; spanOf: number[] } {
  const index = new Map<string, number>();
  const spans: { start: number; end: number }[] = [];
  const spanOf = matches.map((m) => {
    const key = `${m.start}:${m.end}`;
    let at = index.get(key);
    if (at === undefined) {
      at = spans.push({ start: m.start, end: m.end }) - 1;
      index.set(key, at);
    }
    return at;
  });
  return { spans, spanOf };
}

/** Range.START_TO_START, as a number (a page global is slow to read from a Firefox content script). */
export const START_TO_START = 0;

/** Sorts marks in document order, for keyboard stepping. */
export function sortMarks(marks: Mark[]): Mark[] {
  return marks.sort((a, b) => a.range.compareBoundaryPoints(START_TO_START, b.range));
}

/** The per-claim summary the background shows in the badge, popup and panel. */
export function summariseMarks(marks: Mark[]): FoundClaim[] {
  const byClaim = new Map<string, FoundClaim>();
  for (const m of marks) {
    const found = byClaim.get(m.claim.id) ?? { claimId: m.claim.id, sentences: 0, pageReportsDenial: false };
    found.sentences++;
    found.pageReportsDenial ||= m.match.stance !== 'states';
    byClaim.set(m.claim.id, found);
  }
  return [...byClaim.values()];
}

/** The first of a range's line boxes that contains the point, for placing the card; null when the point is outside. */
export function rectAt(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}
