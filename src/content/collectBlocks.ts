import { BlockBuilder, blockOwner, isExcludedElement, isInsideExcluded, StyleCache, type TextBlock } from './textBlocks';
import { yieldIfLate, type SliceClock } from './slicing';

/**
 * Reads the visible text under `root` as text blocks, walking text nodes with a TreeWalker
 * and skipping hidden, editable and non-prose subtrees and our own UI. Yields to the page
 * between slices so no task runs long.
 */
export async function collectBlocks(root: Element, ownHosts: ReadonlySet<Element>, clock: SliceClock, signal: AbortSignal): Promise<TextBlock[]> {
  const styles = new StyleCache();
  if (root !== document.body && isInsideExcluded(root, styles, ownHosts)) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      if (node !== root && isExcludedElement(node as Element, styles, ownHosts)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const builder = new BlockBuilder();
  let steps = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++steps % 64 === 0) {
      await yieldIfLate(clock);
      if (signal.aborted) return [];
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (text.data.length === 0) continue;
      builder.addText(text, blockOwner(text, styles, root));
    } else if ((node as Element).tagName === 'BR') {
      builder.addBreak(blockOwner(node, styles, root));
    }
  }
  return builder.finish();
}
