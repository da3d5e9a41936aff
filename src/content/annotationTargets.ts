import type { AnnotationTarget, PageAnnotations } from '../shared/exports';
import { START_TO_START, type Mark } from './marks';

/** Characters of context kept on each side of a sentence for a TextQuoteSelector. */
const CONTEXT_CHARS = 32;

/**
 * Locates each highlighted sentence in the text content of the page's body, as W3C Web
 * Annotation selectors do: the exact text with its neighbours, and its offsets. Both
 * re-anchor on the same page after a reload, by any tool that reads the same text.
 */
export function annotationTargets(marks: readonly Mark[]): PageAnnotations {
  const body = document.body;
  const text = body.textContent ?? '';
  const located = marks.filter((mark) => !mark.range.collapsed && body.contains(mark.range.startContainer));
  const starts = startOffsets(body, located.map((mark) => mark.range));
  const targets = located.map((mark, i): AnnotationTarget => {
    const start = starts[i] as number;
    const exact = mark.range.toString();
    const end = start + exact.length;
    return { claimId: mark.claim.id, stance: mark.match.stance, exact, prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS), start, end };
  });
  return { url: location.href, title: document.title, targets };
}

/**
 * Where each range starts in the body's text content. The ranges are visited in document
 * order and each is measured from the one before it, so the page's text is read once, not
 * once per range.
 */
function startOffsets(body: HTMLElement, ranges: readonly Range[]): number[] {
  const order = ranges.map((_, i) => i).sort((a, b) => (ranges[a] as Range).compareBoundaryPoints(START_TO_START, ranges[b] as Range));
  const between = document.createRange();
  between.setStart(body, 0);
  const starts: number[] = [];
  let offset = 0;
  for (const i of order) {
    const { startContainer, startOffset } = ranges[i] as Range;
    between.setEnd(startContainer, startOffset);
    offset += between.toString().length;
    starts[i] = offset;
    between.setStart(startContainer, startOffset);
  }
  return starts;
}
