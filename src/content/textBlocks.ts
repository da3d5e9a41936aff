/**
 * Node.ELEMENT_NODE, as a number: in a Firefox content script every read of a page global
 * (Node, Element) goes through the page's window, and the walk asks once per node.
 */
export const ELEMENT_NODE = 1;

/** Tags whose text a reader does not read as page prose. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME', 'HEAD']);

/**
 * The visible text of one block-level element (or one run of it between nested blocks),
 * with white space collapsed and invisible formatting characters dropped, as a reader sees
 * it. A sentence found in `text` maps back to a DOM Range through `locateInBlock`, which
 * re-reads the block's text nodes: nothing per character is stored, so a 5 MB page costs
 * its text and not ten times that.
 */
export interface TextBlock {
  /** The block-level element the text belongs to. */
  owner: Element;
  text: string;
  /** The text nodes the characters came from, in document order. */
  nodes: Text[];
  /** Per node: index in `text` of the node's first character. */
  starts: number[];
  /** Where in `nodes[0]` reading starts: non-zero when an over-long paragraph was cut into several blocks. */
  firstOffset: number;
}

/** A paragraph longer than this is cut after the next sentence end, so one message and one matcher call stay small. */
export const SOFT_BLOCK_CHARS = 20_000;
/** A paragraph with no sentence end is cut here wherever it is (no prose sentence is this long). */
export const HARD_BLOCK_CHARS = 60_000;

/** How a UTF-16 code unit reads: a character, white space (collapsed to one space), or invisible (dropped). */
export const enum CharClass {
  Visible = 0,
  Space = 1,
  Invisible = 2,
}

/**
 * Classifies a code unit: JavaScript's `\s` is white space; Unicode's default-ignorable format
 * characters (zero-width space and joiners, bidi controls and overrides, soft hyphen, word
 * joiner, variation selectors) are invisible, so "as\u200Dked" reads as "asked" and a
 * right-to-left override does not end up inside a highlight. Hand-written ranges, no regex:
 * this runs once per character of the page.
 */
export function charClass(c: number): CharClass {
  if (c > 0x20 && c < 0x7f) return CharClass.Visible;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return CharClass.Space;
  if (c < 0xa0) return CharClass.Visible;
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) return CharClass.Space;
  if (c === 0xfeff) return CharClass.Space; // \s in JavaScript, and invisible either way
  if (
    c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || c === 0x17b4 || c === 0x17b5 || (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xffa0 || (c >= 0xfff0 && c <= 0xfff8)
  ) return CharClass.Invisible;
  return CharClass.Visible;
}

/**
 * Matches what makes a text node need the character-by-character reading of BlockBuilder: any
 * white space other than a single ordinary space, and any invisible character (the same sets as
 * charClass, checked against it code unit by code unit in the unit tests). Text that does not
 * match reads as it is, in one native regex test instead of a JavaScript loop per character.
 */
export const NEEDS_CHAR_READING = /[\t\n\v\f\r\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]| {2}/;

/** How an element is laid out, as far as reading its text goes. */
interface Layout {
  block: boolean;
  hidden: boolean;
}

/** Per-scan cache of computed styles: one getComputedStyle per element, each property read once. */
export class StyleCache {
  private readonly layouts = new Map<Element, Layout>();
  /** The body when the whole document is editable (design mode), read once per scan. */
  readonly designModeBody = document.designMode === 'on' ? document.body : null;

  private read(el: Element): Layout {
    const style = getComputedStyle(el);
    const display = style.display;
    const visibility = style.visibility;
    const layout = {
      block: !(display.startsWith('inline') || display === 'contents' || display === 'ruby'),
      hidden: display === 'none' || visibility === 'hidden' || visibility === 'collapse',
    };
    this.layouts.set(el, layout);
    return layout;
  }

  /** True for elements laid out as blocks (paragraphs, headings, list items, cells). */
  isBlock(el: Element): boolean {
    return (this.layouts.get(el) ?? this.read(el)).block;
  }

  /** True when the element itself hides its content (display:none, visibility:hidden). */
  isHiddenByStyle(el: Element): boolean {
    return (this.layouts.get(el) ?? this.read(el)).hidden;
  }
}

/** True for an element whose subtree is not page prose to read: skipped tags, hidden, editable, or our own UI. */
export function isExcludedElement(el: Element, styles: StyleCache, ownHosts: ReadonlySet<Element>): boolean {
  if (ownHosts.has(el) || SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Editing starts at an element with the attribute (or the whole document in design mode); the
  // walk rejects that subtree there, so nothing inside it needs asking (isContentEditable is not free).
  if ((el.hasAttribute('contenteditable') || el === styles.designModeBody) && (el as HTMLElement).isContentEditable) return true;
  return styles.isHiddenByStyle(el);
}

/** True when an element sits inside something excluded (used when rescanning a subtree). */
export function isInsideExcluded(el: Element, styles: StyleCache, ownHosts: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isExcludedElement(e, styles, ownHosts)) return true;
  return false;
}

/** The nearest block-level ancestor of a node (the element a reader sees as its paragraph). */
export function blockOwner(node: Node, styles: StyleCache, root: Element): Element {
  let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && el !== root && !styles.isBlock(el)) el = el.parentElement;
  return el ?? root;
}

/** Builds text blocks incrementally from text nodes in document order; completed blocks are taken as they finish. */
export class BlockBuilder {
  private done: TextBlock[] = [];
  private current: TextBlock | null = null;
  /** Chunks of the block being built, joined once at the end (cheaper than growing one string a character at a time). */
  private parts: string[] = [];
  private length = 0;
  private lastChar = '';
  /** The node whose characters were last added, and whether it is already in the current block's `nodes`. */
  private node: Text | null = null;
  private nodeListed = false;

  /**
   * Adds `data[from, to)` of a text node belonging to block `owner`; call again with the next
   * range for a long node. `data` is the node's text, when the caller has read it already.
   */
  addText(node: Text, owner: Element, from = 0, to = node.data.length, data = node.data): void {
    if (!this.current || this.current.owner !== owner) this.startBlock(owner, null, 0);
    if (node !== this.node) {
      this.node = node;
      this.nodeListed = false;
    }
    if (this.length + (to - from) < SOFT_BLOCK_CHARS) {
      const chunk = from === 0 && to === data.length ? data : data.slice(from, to);
      if (!NEEDS_CHAR_READING.test(chunk)) {
        // Plain text: only a leading space can collapse (into the block's start or a space before it).
        const skip = chunk.startsWith(' ') && (this.length === 0 || this.lastChar === ' ') ? 1 : 0;
        if (skip < chunk.length) {
          if (!this.nodeListed) this.listNode(node);
          this.append(skip ? chunk.slice(1) : chunk);
        }
        return;
      }
    }
    let runStart = -1;
    for (let i = from; i < to; i++) {
      const cls = charClass(data.charCodeAt(i));
      if (cls === CharClass.Visible) {
        if (runStart < 0) {
          // A run of visible characters starts: cut an over-long paragraph here, then note the node.
          if (this.length >= SOFT_BLOCK_CHARS && (this.length >= HARD_BLOCK_CHARS || this.atSentenceEnd())) this.startBlock(owner, node, i);
          if (!this.nodeListed) this.listNode(node);
          runStart = i;
        } else if (this.length + (i - runStart) >= HARD_BLOCK_CHARS) {
          // Even a run with no space in it is cut.
          this.append(data.slice(runStart, i));
          this.startBlock(owner, node, i);
          runStart = i;
        }
        continue;
      }
      if (runStart >= 0) {
        this.append(data.slice(runStart, i));
        runStart = -1;
      }
      // Collapse runs of white space the way a browser renders them; drop invisible characters.
      if (cls === CharClass.Space && this.length > 0 && this.lastChar !== ' ') {
        if (!this.nodeListed) this.listNode(node);
        this.append(' ');
      }
    }
    if (runStart >= 0) this.append(data.slice(runStart, to));
  }

  /** A line break (<br>) separates words without a text node of its own. */
  addBreak(owner: Element): void {
    if (!this.current || this.current.owner !== owner || this.length === 0 || this.lastChar === ' ') return;
    this.append(' ');
  }

  /** True when blocks were completed since the last take(). */
  hasDone(): boolean {
    return this.done.length > 0;
  }

  /** Blocks completed since the last call. */
  take(): TextBlock[] {
    const out = this.done;
    this.done = [];
    return out;
  }

  /** Closes the last block and returns every block not yet taken. */
  finish(): TextBlock[] {
    this.close();
    return this.take();
  }

  private append(chunk: string): void {
    this.parts.push(chunk);
    this.length += chunk.length;
    this.lastChar = chunk[chunk.length - 1] as string;
  }

  private atSentenceEnd(): boolean {
    if (this.lastChar !== ' ') return false;
    const tail = (this.parts[this.parts.length - 2] ?? '').slice(-3);
    return /[.!?]["'\u201D\u2019)\]]*$/u.test(tail);
  }

  private listNode(node: Text): void {
    const block = this.current as TextBlock;
    block.nodes.push(node);
    block.starts.push(this.length);
    this.nodeListed = true;
  }

  /** Starts a block; `cutNode`/`cutAt` say where a continuation of an over-long paragraph begins reading. */
  private startBlock(owner: Element, cutNode: Text | null, cutAt: number): void {
    this.close();
    this.current = { owner, text: '', nodes: [], starts: [], firstOffset: cutNode ? cutAt : 0 };
    if (cutNode) this.listNode(cutNode);
  }

  private close(): void {
    const block = this.current;
    this.current = null;
    this.nodeListed = false;
    if (block) {
      block.text = this.parts.join('');
      // Blocks without letters (numbers, bullets, punctuation) carry no claim. ASCII letters are
      // looked for first: the Unicode class is slow to build in Firefox, and most blocks have them.
      if (/[A-Za-z]/.test(block.text) || /\p{L}/u.test(block.text)) this.done.push(block);
    }
    this.parts = [];
    this.length = 0;
    this.lastChar = '';
  }
}

/** A character's place in the DOM: a text node and an offset in its data. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * Where characters of a block's text are in the DOM, found by reading the block's text nodes
 * again with the same rules, in one pass however many positions are asked for. A position is
 * null when its node no longer holds the text that was read (the page changed it since): then
 * nothing is highlighted rather than the wrong words.
 */
export function locateInBlock(block: TextBlock, indices: readonly number[]): (DomPoint | null)[] {
  const found = new Map<number, DomPoint>();
  const wanted = [...new Set(indices)].filter((k) => k >= 0 && k < block.text.length).sort((a, b) => a - b);
  let w = 0;
  // Start at the last node that starts at or before the first wanted position.
  let lo = 0;
  let hi = block.starts.length - 1;
  const first = wanted[0] ?? 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((block.starts[mid] as number) <= first) lo = mid;
    else hi = mid - 1;
  }
  for (let n = lo; n < block.nodes.length && w < wanted.length; n++) {
    const node = block.nodes[n] as Text;
    const end = n + 1 < block.starts.length ? (block.starts[n + 1] as number) : block.text.length;
    // Positions before this node's first character (a <br> space) have no node of their own.
    while (w < wanted.length && (wanted[w] as number) < (block.starts[n] as number)) w++;
    let at = block.starts[n] as number;
    let lastChar = at === 0 ? '' : (block.text[at - 1] as string);
    const data = node.data;
    if ((n > 0 || block.firstOffset === 0) && !NEEDS_CHAR_READING.test(data)) {
      // Plain text reads as it is, less a leading space that collapsed: positions are arithmetic,
      // once the node is seen to still hold what was read.
      const skip = data.startsWith(' ') && (at === 0 || lastChar === ' ') ? 1 : 0;
      const shown = data.length - skip;
      if (block.text.startsWith(skip ? data.slice(1) : data, at)) {
        for (; w < wanted.length && (wanted[w] as number) < at + shown; w++) found.set(wanted[w] as number, { node, offset: (wanted[w] as number) - at + skip });
        while (w < wanted.length && (wanted[w] as number) < end) w++;
        continue;
      }
    }
    for (let i = n === 0 ? block.firstOffset : 0; i < data.length && at < end && w < wanted.length; i++) {
      const cls = charClass(data.charCodeAt(i));
      if (cls === CharClass.Invisible) continue;
      let ch = data[i] as string;
      if (cls === CharClass.Space) {
        if (at === 0 || lastChar === ' ') continue;
        ch = ' ';
      }
      if (block.text[at] !== ch) break; // changed since it was read: the rest of this node is unknown
      if (at === wanted[w]) {
        found.set(at, { node, offset: i });
        w++;
      }
      at++;
      lastChar = ch;
    }
    while (w < wanted.length && (wanted[w] as number) < end) w++;
  }
  return indices.map((k) => found.get(k) ?? null);
}
