import type { ClaimView } from '../shared/claimView';
import { MAX_BLOCKS_PER_MESSAGE } from '../shared/messages';
import { sendToExtension } from '../shared/messaging';
import { blockRanges } from './blockRange';
import { collectBlocks } from './collectBlocks';
import type { Highlighter } from './highlighter';
import { distinctSpans, markKind, rangesToDraw, sortMarks, type Mark } from './marks';
import { startClock, yieldIfLate, yieldToMain, type SliceClock } from './slicing';
import { blockOwner, StyleCache } from './textBlocks';
import type { TextBlock } from './textBlocks';

/** Characters per message: a few huge paragraphs go alone rather than dozens at once. */
const CHARS_PER_MESSAGE = 60_000;
/** After the first paint of a scan, new marks are drawn at most this often until it ends: every paint restyles and repaints. */
const REPAINT_EVERY_MS = 1000;
/**
 * The first message of a whole-page scan carries what is on screen and what follows it (where
 * the reader scrolls first), up to this much: small enough to be matched soon, so the first
 * highlights come soon.
 */
const FIRST_MESSAGE_CHARS = 12_000;
/** Messages the background may be matching while the next batch is read: reading overlaps matching, and memory stays at a few batches. */
const MESSAGES_IN_FLIGHT = 2;

/**
 * Finds claim sentences on the page: reads text blocks, asks the background to match them,
 * turns the matches into Ranges and paints them. A full scan reads what is on screen first
 * and sends it, with what follows, in a small message; the rest of the page follows in idle
 * time, in few messages, read while the background matches the one before. The first marks found are painted at once, later
 * ones with the end of the scan. Rescans replace only the marks of the subtree they cover.
 */
export class PageScanner {
  private marks: Mark[] = [];
  private generation = 0;
  /** Set when the background says the index cannot be used; scanning then stops for this page. */
  private indexError: string | null = null;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly ownHosts: ReadonlySet<Element>,
    private readonly signal: AbortSignal,
    private readonly onChange: (marks: readonly Mark[]) => void,
    private readonly onError: (error: unknown) => void,
    /** Settles when the page may be sent to the background (the pause setting was read); reading may start before. */
    private readonly mayStart: Promise<void> = Promise.resolve(),
  ) {}

  /** The current marks in document order. */
  get current(): readonly Mark[] {
    return this.marks;
  }

  private queue: Promise<void> = Promise.resolve();

  /** Rescans under `roots` (the whole body when omitted), replacing their marks; scans run one after another. */
  scan(roots?: Element[]): Promise<void> {
    this.queue = this.queue.then(() => this.run(roots ?? [document.body])).catch((e: unknown) => this.onError(e));
    return this.queue;
  }

  private async run(roots: Element[]): Promise<void> {
    if (this.indexError || !document.body || this.signal.aborted) return;
    const generation = this.generation;
    // Start in a task of our own: session set-up (listeners, stylesheet) and the first slice
    // of reading must not add up to one long task (measured by bench/browser-bench.mjs).
    await yieldToMain();
    if (this.signal.aborted) return;
    const clock = startClock();
    // Ranges are live: text removed from the page collapses them onto its parent, so a mark
    // survives only while its nodes are still in the document and outside the rescanned roots.
    const alive = (m: Mark): boolean => !m.range.collapsed && m.block.nodes.every((n) => n.isConnected);
    const kept = this.marks.filter((m) => alive(m) && !roots.some((r) => r.contains(m.block.owner)));
    const fresh: Mark[] = [];
    const stale = (): boolean => this.signal.aborted || generation !== this.generation;
    // Only a whole-page scan puts the screen first; a rescan of changed blocks is background work.
    let first = roots.length === 1 && roots[0] === document.body;
    clock.background = !first;
    // Paint the first marks found at once (the reader sees them soon); after that, at most once
    // per REPAINT_EVERY_MS until the scan ends: every paint restyles and repaints the page.
    let paintedAt = -Infinity;
    let painted = 0;
    const paintSoFar = (): void => {
      if (fresh.length === painted || performance.now() - paintedAt < REPAINT_EVERY_MS) return;
      // What is drawn can be hovered and stepped to.
      this.marks = sortMarks([...kept, ...fresh]);
      this.show();
      paintedAt = performance.now();
      painted = fresh.length;
    };
    // Batches sent and not yet answered, oldest first; each settles to false when scanning must stop.
    const inFlight: Promise<boolean>[] = [];
    let started = false;
    const settleOldest = async (): Promise<boolean> => (await inFlight.shift()) === true && !stale();
    /** Sends a batch; waits for the oldest answer when MESSAGES_IN_FLIGHT are out. False when scanning must stop. */
    const send = async (batch: TextBlock[]): Promise<boolean> => {
      if (!started) {
        await this.mayStart;
        started = true;
        if (stale()) return false;
      }
      const answered = this.matchBatch(batch, fresh).then(
        (ok) => {
          if (ok && !stale()) paintSoFar();
          return ok;
        },
        (e: unknown) => {
          this.onError(e);
          return false;
        },
      );
      inFlight.push(answered);
      return inFlight.length < MESSAGES_IN_FLIGHT || (await settleOldest());
    };
    for (const root of roots) {
      if (!root.isConnected) continue;
      // Blocks stream in batches: each batch is matched and dropped (unless it holds a mark) soon after it is read.
      let batch: TextBlock[] = [];
      let chars = 0;
      for await (const block of collectBlocks(root, this.ownHosts, clock, this.signal, first ? firstOnScreen(root) : null)) {
        batch.push(block);
        chars += block.text.length;
        if (first ? chars < FIRST_MESSAGE_CHARS : batch.length < MAX_BLOCKS_PER_MESSAGE && chars < CHARS_PER_MESSAGE) continue;
        if (!(await send(batch))) return;
        batch = [];
        chars = 0;
        first = false;
        clock.background = true;
      }
      if (stale()) return;
      if (batch.length > 0 && !(await send(batch))) return;
    }
    while (inFlight.length > 0) if (!(await settleOldest())) return;
    if (stale()) return;
    this.marks = sortMarks([...kept, ...fresh.filter(alive)]);
    this.show();
    this.onChange(this.marks);
  }

  /** Asks the background to match one batch and adds its marks; false when the index cannot be used. */
  private async matchBatch(batch: TextBlock[], fresh: Mark[]): Promise<boolean> {
    const response = await sendToExtension('matchText', { blocks: batch.map((b) => b.text) });
    if (this.signal.aborted) return false;
    if (!response.ok) {
      // The popup and side panel tell the reader; the page's console is not ours to fill.
      this.indexError = response.error;
      return false;
    }
    // The answer is a task of its own, timed on its own: the reading's idle slice is not this one.
    await this.addMarks(batch, response.matches, response.claims, fresh, startClock());
    return true;
  }

  /**
   * Turns a batch's matches into marks. A sentence that matches several claims gets one Range,
   * shared by one mark per claim, so it is drawn once.
   */
  private async addMarks(blocks: TextBlock[], matches: { start: number; end: number; claimId: string }[][], claims: Record<string, ClaimView>, out: Mark[], clock: SliceClock): Promise<void> {
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b] as TextBlock;
      const found = matches[b] ?? [];
      if (found.length === 0) continue;
      const { spans, spanOf } = distinctSpans(found);
      const ranges = blockRanges(block, spans);
      for (let i = 0; i < found.length; i++) {
        const match = found[i] as (typeof found)[number];
        const claim = claims[match.claimId];
        const range = ranges[spanOf[i] as number];
        if (!claim || !range) continue;
        const full = match as Mark['match'];
        out.push({ range, block, match: full, claim, kind: markKind(full, claim) });
      }
      await yieldIfLate(clock);
    }
  }

  /** Has the highlighter draw the page's marks: one entry per range, in its strongest kind. */
  private show(): void {
    this.highlighter.show(rangesToDraw(this.marks));
  }
}

/** The block at the top of the screen when the page is scrolled; null at the top (reading starts there anyway). */
function firstOnScreen(root: Element): Element | null {
  if ((document.scrollingElement?.scrollTop ?? 0) <= 0) return null;
  const hit = document.elementFromPoint(innerWidth / 2, 1);
  return hit && root.contains(hit) ? blockOwner(hit, new StyleCache(), root) : null;
}
