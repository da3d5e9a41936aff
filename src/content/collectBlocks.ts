import { BlockBuilder, blockOwner, ELEMENT_NODE, isExcludedElement, isInsideExcluded, StyleCache, type TextBlock } from './textBlocks';
import { yieldIfLate, type SliceClock } from './slicing';

/** Elements visited between two looks at the clock. */
const NODES_PER_CHECK = 64;
/** Characters of one text node read between two looks at the clock (a single node can hold megabytes). */
const CHARS_PER_CHECK = 16_384;

/**
 * Reads the visible text under `root` as text blocks, walking text nodes with a TreeWalker
 * and skipping hidden, editable and non-prose subtrees and our own UI. Yields each block as
 * soon as it is complete, so the caller can match and drop blocks while the walk goes on
 * (memory stays at one batch, not the page), and yields to the page whenever the slice has
 * used its budget, so no task runs long. With `from` (an element under `root`, say the first
 * one on screen), reading starts there, goes to the end, then reads what comes before it.
 * Stops early when `signal` aborts.
 */
export async function* collectBlocks(root: Element, ownHosts: ReadonlySet<Element>, clock: SliceClock, signal: AbortSignal, from?: Element | null): AsyncGenerator<TextBlock> {
  const styles = new StyleCache();
  if (root !== document.body && isInsideExcluded(root, styles, ownHosts)) return;
  const start = from && from !== root && root.contains(from) && !isInsideExcluded(from, styles, ownHosts) ? from : null;
  // No filter function: the browser would call into script for every node. Excluded
  // subtrees are stepped over here instead, which asks only about elements.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const pastSubtree = (): Node | null => {
    for (;;) {
      const next = walker.nextSibling();
      if (next || !walker.parentNode()) return next;
    }
  };
  // Text nodes mostly share their parent with their neighbours: each parent's block is found once.
  const owners = new Map<Element, Element>();
  const ownerOf = (node: Node): Element => {
    const parent = node.parentElement ?? root;
    let owner = owners.get(parent);
    if (!owner) owners.set(parent, (owner = blockOwner(parent, styles, root)));
    return owner;
  };
  // Two passes when reading starts on screen: from there to the end, then from the top up to there.
  const passes: [Node | null, Node | null][] = start ? [[start, null], [null, start]] : [[null, null]];
  let steps = 0;
  for (const [first, stop] of passes) {
    const builder = new BlockBuilder();
    walker.currentNode = first ?? root;
    let skip = false;
    for (let node = first ?? walker.nextNode(); node && node !== stop; node = skip ? pastSubtree() : walker.nextNode()) {
      skip = false;
      if (++steps % NODES_PER_CHECK === 0) {
        await yieldIfLate(clock);
        if (signal.aborted) return;
      }
      if (node.nodeType === ELEMENT_NODE) {
        // `first` was checked, with its ancestors, before the walk.
        skip = node !== first && isExcludedElement(node as Element, styles, ownHosts);
        if (skip) continue;
        if ((node as Element).tagName === 'BR') builder.addBreak(blockOwner(node, styles, root));
      } else {
        const text = node as Text;
        const data = text.data;
        const length = data.length;
        if (length === 0) continue;
        const owner = ownerOf(text);
        for (let at = 0; at < length; at += CHARS_PER_CHECK) {
          builder.addText(text, owner, at, Math.min(length, at + CHARS_PER_CHECK), data);
          if (length > CHARS_PER_CHECK) {
            // A plain loop, not yield*: delegating to an array costs an await per call, even an empty one.
            for (const block of builder.take()) yield block;
            await yieldIfLate(clock);
            if (signal.aborted) return;
          }
        }
      }
      if (builder.hasDone()) for (const block of builder.take()) yield block;
    }
    for (const block of builder.finish()) yield block;
    if (signal.aborted) return;
  }
}
