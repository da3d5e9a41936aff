import { locateInBlock, type DomPoint, type TextBlock } from './textBlocks';

/** A [start, end) span of a block's text, with the collapsed spaces at its ends trimmed off; null when nothing is left. */
function trimSpan(block: TextBlock, start: number, end: number): [number, number] | null {
  while (start < end && block.text[start] === ' ') start++;
  while (end > start && block.text[end - 1] === ' ') end--;
  return start < end ? [start, end] : null;
}

/**
 * Turns [start, end) spans of a block's text into DOM Ranges across the inline elements they
 * span, reading the block's nodes once for all spans. A span's Range is null if its nodes are
 * gone or no longer hold the text that was matched.
 */
export function blockRanges(block: TextBlock, spans: readonly { start: number; end: number }[]): (Range | null)[] {
  const trimmed = spans.map((s) => trimSpan(block, s.start, s.end));
  const points = locateInBlock(block, trimmed.flatMap((t) => (t ? [t[0], t[1] - 1] : [])));
  let p = 0;
  return trimmed.map((t) => {
    if (!t) return null;
    const first = points[p++];
    const last = points[p++];
    return first && last ? toRange(first, last) : null;
  });
}

/** The Range from the first character to just after the last one; null when the nodes left the document. */
function toRange(first: DomPoint, last: DomPoint): Range | null {
  if (!first.node.isConnected || !last.node.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
