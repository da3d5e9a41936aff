import type { ClaimView } from '../shared/claimView';
import { sendToExtension } from '../shared/messaging';
import { blockRanges } from './blockRange';
import { collectBlocks } from './collectBlocks';
import type { MarkKind } from './highlightStyles';
import type { Highlighter } from './highlighter';
import { groupBySentence, markKind, sortMarks, type Mark } from './marks';
import { startClock, yieldIfLate, yieldToMain } from './slicing';
import type { TextBlock } from './textBlocks';

/** Blocks per message: keeps each background matching task and each message small. */
const BLOCKS_PER_MESSAGE = 24;
/** Characters per message: a few huge paragraphs go alone rather than two dozen at once. */
const CHARS_PER_MESSAGE = 60_000;

/**
 * Finds claim sentences on the page: reads text blocks, asks the background to match them,
 * turns the matches into Ranges and paints them. Rescans replace only the marks of the
 * subtree they cover.
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
    const fresh: Mark[] = [];
    const stale = (): boolean => this.signal.aborted || generation !== this.generation;
    for (const root of roots) {
      if (!root.isConnected) continue;
      // Blocks stream in batches: each batch is matched and dropped (unless it holds a mark) before the next is read.
      let batch: TextBlock[] = [];
      let chars = 0;
      for await (const block of collectBlocks(root, this.ownHosts, clock, this.signal)) {
        batch.push(block);
        chars += block.text.length;
        if (batch.length < BLOCKS_PER_MESSAGE && chars < CHARS_PER_MESSAGE) continue;
        if (!(await this.matchBatch(batch, fresh, clock)) || stale()) return;
        batch = [];
        chars = 0;
      }
      if (stale()) return;
      if (batch.length > 0 && (!(await this.matchBatch(batch, fresh, clock)) || stale())) return;
    }
    if (stale()) return;
    // Ranges are live: text removed from the page collapses them onto its parent, so a mark
    // survives only while its nodes are still in the document and outside the rescanned roots.
    const alive = (m: Mark): boolean => !m.range.collapsed && m.block.nodes.every((n) => n.isConnected);
    const kept = this.marks.filter((m) => alive(m) && !roots.some((r) => r.contains(m.block.owner)));
    this.marks = sortMarks([...kept, ...fresh.filter(alive)]);
    this.paint();
    this.onChange(this.marks);
  }

  /** Asks the background to match one batch and adds its marks; false when the index cannot be used. */
  private async matchBatch(batch: TextBlock[], fresh: Mark[], clock: { sliceStart: number }): Promise<boolean> {
    const response = await sendToExtension('matchText', { blocks: batch.map((b) => b.text) });
    if (this.signal.aborted) return false;
    if (!response.ok) {
      // The popup and side panel tell the reader; the page's console is not ours to fill.
      this.indexError = response.error;
      return false;
    }
    await this.addMarks(batch, response.matches, response.claims, fresh, clock);
    return true;
  }

  private async addMarks(blocks: TextBlock[], matches: { start: number; end: number; claimId: string }[][], claims: Record<string, ClaimView>, out: Mark[], clock: { sliceStart: number }): Promise<void> {
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b] as TextBlock;
      const found = matches[b] ?? [];
      if (found.length === 0) continue;
      const ranges = blockRanges(block, found);
      found.forEach((match, i) => {
        const claim = claims[match.claimId];
        const range = ranges[i];
        if (!claim || !range) return;
        const full = match as Mark['match'];
        out.push({ range, block, match: full, claim, kind: markKind(full, claim) });
      });
      await yieldIfLate(clock);
    }
  }

  /** Removes every mark (pause, teardown). */
  clear(): void {
    this.generation++;
    this.marks = [];
    this.paint();
    this.onChange(this.marks);
  }

  /** Lets a scan run again after the index error was reported (a new page). */
  resetError(): void {
    this.indexError = null;
  }

  private paint(): void {
    const groups = new Map<MarkKind, Range[]>();
    // A sentence that matched several claims is painted once, in its strongest kind.
    for (const sentence of groupBySentence(this.marks)) {
      const list = groups.get(sentence.kind) ?? [];
      list.push((sentence.marks[0] as Mark).range);
      groups.set(sentence.kind, list);
    }
    this.highlighter.paint(groups);
  }
}
