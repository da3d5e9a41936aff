import type { TextBlock } from './textBlocks';

/** Turns a [start, end) span of a block's text into a DOM Range across the inline elements it spans; null if the nodes are gone. */
export function blockRange(block: TextBlock, start: number, end: number): Range | null {
  // Trim the collapsed spaces the span may begin or end with.
  while (start < end && block.text[start] === ' ') start++;
  while (end > start && block.text[end - 1] === ' ') end--;
  if (start >= end) return null;
  const startNode = block.nodes[block.nodeIndex[start] as number];
  const endNode = block.nodes[block.nodeIndex[end - 1] as number];
  if (!startNode?.isConnected || !endNode?.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(startNode, block.nodeOffset[start] as number);
    range.setEnd(endNode, Math.min((block.nodeOffset[end - 1] as number) + 1, endNode.length));
  } catch {
    return null;
  }
  return range;
}
