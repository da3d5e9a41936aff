/** Tags whose text a reader does not read as page prose. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME', 'HEAD']);

/**
 * The visible text of one block-level element (or one run of it between nested blocks),
 * with whitespace collapsed as a reader sees it, and for each character the text node and
 * offset it came from, so a sentence found in `text` maps back to a DOM Range.
 */
export interface TextBlock {
  /** The block-level element the text belongs to. */
  owner: Element;
  text: string;
  /** Per character of `text`: index into `nodes`. */
  nodeIndex: number[];
  /** Per character of `text`: offset inside that text node. */
  nodeOffset: number[];
  nodes: Text[];
}

/** Per-scan cache of computed styles: one getComputedStyle per element. */
export class StyleCache {
  private readonly display = new Map<Element, string>();
  private readonly hidden = new Map<Element, boolean>();

  private read(el: Element): void {
    const style = getComputedStyle(el);
    this.display.set(el, style.display);
    this.hidden.set(el, style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
  }

  /** True for elements laid out as blocks (paragraphs, headings, list items, cells). */
  isBlock(el: Element): boolean {
    if (!this.display.has(el)) this.read(el);
    const d = this.display.get(el) as string;
    return !(d.startsWith('inline') || d === 'contents' || d === 'ruby');
  }

  /** True when the element itself hides its content (display:none, visibility:hidden). */
  isHiddenByStyle(el: Element): boolean {
    if (!this.hidden.has(el)) this.read(el);
    return this.hidden.get(el) as boolean;
  }
}

/** True for an element whose subtree is not page prose to read: skipped tags, hidden, editable, or our own UI. */
export function isExcludedElement(el: Element, styles: StyleCache, ownHosts: ReadonlySet<Element>): boolean {
  if (ownHosts.has(el) || SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if ((el as HTMLElement).isContentEditable) return true;
  return styles.isHiddenByStyle(el);
}

/** True when an element sits inside something excluded (used when rescanning a subtree). */
export function isInsideExcluded(el: Element, styles: StyleCache, ownHosts: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isExcludedElement(e, styles, ownHosts)) return true;
  return false;
}

/** The nearest block-level ancestor of a node (the element a reader sees as its paragraph). */
export function blockOwner(node: Node, styles: StyleCache, root: Element): Element {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el && el !== root && !styles.isBlock(el)) el = el.parentElement;
  return el ?? root;
}

/** Builds text blocks incrementally from text nodes in document order. */
export class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  private current: TextBlock | null = null;

  /** Adds a text node belonging to block `owner`; starts a new block when the owner changes. */
  addText(node: Text, owner: Element): void {
    if (!this.current || this.current.owner !== owner) this.startBlock(owner);
    const block = this.current as TextBlock;
    const data = node.data;
    let nodeIdx = -1;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      const space = /\s/u.test(ch);
      if (space) {
        // Collapse runs of white space the way a browser renders them.
        if (block.text.length === 0 || block.text.endsWith(' ')) continue;
      }
      if (nodeIdx < 0) {
        block.nodes.push(node);
        nodeIdx = block.nodes.length - 1;
      }
      block.text += space ? ' ' : ch;
      block.nodeIndex.push(nodeIdx);
      block.nodeOffset.push(i);
    }
  }

  /** A line break (<br>) separates words without a text node of its own. */
  addBreak(owner: Element): void {
    const block = this.current;
    if (!block || block.owner !== owner || block.text.length === 0 || block.text.endsWith(' ')) return;
    block.text += ' ';
    block.nodeIndex.push(block.nodeIndex[block.nodeIndex.length - 1] as number);
    block.nodeOffset.push((block.nodeOffset[block.nodeOffset.length - 1] as number) + 1);
  }

  private startBlock(owner: Element): void {
    this.finish();
    this.current = { owner, text: '', nodeIndex: [], nodeOffset: [], nodes: [] };
  }

  /** Closes the last block; blocks without letters are dropped. */
  finish(): TextBlock[] {
    if (this.current && /\p{L}/u.test(this.current.text)) this.blocks.push(this.current);
    this.current = null;
    return this.blocks;
  }
}
