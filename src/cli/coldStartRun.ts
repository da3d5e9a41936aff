// One service-worker cold start, run in a worker thread of `npm run bench` (a fresh V8 isolate:
// no JIT warm-up, an empty heap, as a woken service worker has). The reader's sources are
// saved into IndexedDB first (fake-indexeddb, Node's stand-in for the browser's), then the
// worker's own start code is timed: parse the bundled index, read the store, merge, build the
// matcher, match one sentence.
import 'fake-indexeddb/auto';
import { parentPort } from 'node:worker_threads';
import { parseBundledIndex, startIndex } from '../background/indexStart';
import { ReaderStore } from '../background/readerStore';
import type { ReaderSource } from '../core/reader/readerIndex';

/** What the bench sends: the bundled index file's text, the sources to store, a sentence to match, and a page to scan after. */
export interface ColdStartJob {
  bundledJson: string;
  sources: ReaderSource[];
  probe: string;
  page: string;
}

/** What the worker answers: the start's wall time, how many claims the matcher was built over, and the first page scan's time after it. */
export interface ColdStartResult {
  ms: number;
  claims: number;
  firstScanMs: number;
}

const DB_NAME = 'claimscope-reader';

parentPort?.once('message', (job: ColdStartJob) => {
  void (async () => {
    await new ReaderStore(DB_NAME).save(job.sources);
    const { bundledJson, probe } = job;
    (job as Partial<ColdStartJob>).sources = undefined; // the worker's heap holds only what IndexedDB holds
    const t0 = performance.now();
    const bundled = parseBundledIndex(bundledJson);
    if (!bundled.ok) throw new Error(bundled.error);
    // A new connection, as a woken service worker opens one.
    const loaded = await startIndex(bundled.index, new ReaderStore(DB_NAME));
    if (!loaded.ok) throw new Error(loaded.error);
    loaded.index.matcher.matchText(probe);
    const ms = performance.now() - t0;
    // The first page after the start also pays for what the matcher builds on first use.
    const t1 = performance.now();
    loaded.index.matcher.matchText(job.page);
    const firstScanMs = performance.now() - t1;
    parentPort?.postMessage({ ms, claims: loaded.index.size, firstScanMs } satisfies ColdStartResult);
  })();
});
