import type { ClaimView } from '../shared/claimView';
import { sendToExtension } from '../shared/messaging';
import { blockRange } from './blockRange';
import { collectBlocks } from './collectBlocks';
import type { MarkKind } from './highlightStyles';
import type { Highlighter } from './highlighter';
import { markKind, sortMarks, type Mark } from './marks';
import { startClock, yieldIfLate } from './slicing';
import type { TextBlock } from './textBlocks';

/** Blocks per message: keeps each background matching task and each message small. */
const BLOCKS_PER_MESSAGE = 24;

/**
 * Finds claim sentences on the page: reads text blocks, asks the background to match them,
 * turns the matches into Ranges and paints them. Rescans replace only the marks of the
 * subtree they cover.
 */
export class PageScanner {
  private marks: Mark[] = [];
  private generation = 0;
  /** Set when the background says the index cannot be used; logged once, then scanning stops. */
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
    const clock = startClock();
    const fresh: Mark[] = [];
    for (const root of roots) {
      if (!root.isConnected) continue;
      const blocks = await collectBlocks(root, this.ownHosts, clock, this.signal);
      for (let i = 0; i < blocks.length; i += BLOCKS_PER_MESSAGE) {
        const batch = blocks.slice(i, i + BLOCKS_PER_MESSAGE);
        const response = await sendToExtension('matchText', { blocks: batch.map((b) => b.text) });
        if (this.signal.aborted || generation !== this.generation) return;
        if (!response.ok) {
          this.indexError = response.error;
          console.warn(`Claimscope: ${response.error}`);
          return;
        }
        await this.addMarks(batch, response.matches, response.claims, fresh, clock);
      }
    }
    if (this.signal.aborted || generation !== this.generation) return;
    // Ranges are live: text removed from the page collapses them onto its parent, so a mark
    // survives only while its nodes are still in the document and outside the rescanned roots.
    const kept = this.marks.filter((m) => !m.range.collapsed && m.block.nodes.every((n) => n.isConnected) && !roots.some((r) => r.contains(m.block.owner)));
    this.marks = sortMarks([...kept, ...fresh]);
    this.paint();
    this.onChange(this.marks);
  }

  private async addMarks(blocks: TextBlock[], matches: { start: number; end: number; claimId: string }[][], claims: Record<string, ClaimView>, out: Mark[], clock: { sliceStart: number }): Promise<void> {
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b] as TextBlock;
      for (const match of matches[b] ?? []) {
        const claim = claims[match.claimId];
        const range = blockRange(block, match.start, match.end);
        if (!claim || !range) continue;
        const full = match as Mark['match'];
        out.push({ range, block, match: full, claim, kind: markKind(full, claim) });
      }
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
    for (const m of this.marks) {
      const list = groups.get(m.kind) ?? [];
      list.push(m.range);
      groups.set(m.kind, list);
    }
    this.highlighter.paint(groups);
  }
}
