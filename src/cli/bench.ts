import Fuse from 'fuse.js';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseClaimIndex, type ClaimIndex, type IndexedClaim } from '../core/index/schema';
import { indexLexicon } from '../core/index/buildIndex';
import { readRelatedTerms } from './relatedTermsFile';
import { segmentSentences } from '../core/text/sentences';
import { mergeWithBundled, splitForStorage, type ReaderSource } from '../core/reader/readerIndex';
import type { RelatedTerms } from '../core/lexicon/relatedTerms';
import { generatedClaims, newsVocabulary } from './syntheticClaims';
import { visibleText } from './visibleText';
import { bundleAsShipped, shippedCore, type ShippedCore } from './shippedCore';
import type { ColdStartJob, ColdStartResult } from './coldStartRun';

const RUNS = 7;

/**
 * Scans run before a scan is timed, so the figure is the steady state: V8 compiles hot code in
 * tiers, and on this article the scan time settles only after about ten scans (120 ms, then
 * 75, 50, … 22). The first scan in a fresh isolate is timed by the cold start below.
 */
const WARM_UP_SCANS = 12;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void, runs = RUNS): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

async function labelledSentences(): Promise<string[]> {
  return (await readFile('tests/fixtures/eval/matcher-eval.jsonl', 'utf8')).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
}

/** A ~10,000-word article made of the labelled sentences: a worst case, since most of them state or nearly state a claim. */
function benchArticle(rows: string[]): string {
  const paras: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const p = rows.slice((i * 4) % rows.length, ((i * 4) % rows.length) + 4).join(' ');
    paras.push(p);
    words += p.split(/\s+/u).length;
  }
  return paras.join('\n\n');
}

/** A full garbage collection, when Node runs with --expose-gc (`npm run bench` does): so none falls inside a timed stretch, and heap figures count live objects only. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** `npm run bench`: medians of index load, page scan and memory, against a fuse.js baseline measured in the same run. */
export async function runBench(bundled: ClaimIndex): Promise<void> {
  const rows = await labelledSentences();
  const worstCase = benchArticle(rows);
  // The browser benchmark's article: claim sentences among ordinary news prose, as a page would read.
  const article = visibleText(await readFile('tests/fixtures/bench/article-10k-claims.html', 'utf8'));
  const vocabulary = newsVocabulary([...bundled.documents.map((d) => d.text), ...rows]);
  const sentences = segmentSentences(article);
  // Scans and extraction are timed on the core as the extension ships it (see shippedCore).
  const core = await shippedCore();
  const { ClaimMatcher } = core;
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`);
  console.log('Code timed: src/core bundled and minified as the extension ships it (esbuild), not the sources as tsx runs them');
  console.log(`Article: ${article.split(/\s+/u).length} words, ${sentences.length} sentences (tests/fixtures/bench/article-10k-claims.html)`);
  console.log(`Worst case: ${worstCase.split(/\s+/u).length} words made only of labelled claim-like sentences; medians of ${RUNS} runs\n`);
  const bundledJson = JSON.stringify(bundled);
  const lexicon = await readRelatedTerms();
  // A generated index carries the related terms of its claims, as a built one does.
  const withGenerated = (n: number): ClaimIndex => {
    const claims = [...bundled.claims, ...generatedClaims(n, vocabulary, lexicon.verbs)];
    return { ...bundled, claims, lexicon: indexLexicon(claims, lexicon) };
  };
  // Each index is made just before its row: the garbage of making the large ones must not be collected during the small one's scans.
  const cases: [string, () => string][] = [
    [`bundled (${bundled.claims.length} claims)`, () => bundledJson],
    ['generated 10,000 claims', () => JSON.stringify(withGenerated(10_000))],
    ['generated 100,000 claims', () => JSON.stringify(withGenerated(100_000))],
  ];
  console.log('index                        load ms   scan ms   worst-case scan ms   heap MB   fuse baseline ms   baseline/scan');
  for (const [label, make] of cases) {
    const json = make();
    const before = heapMb();
    let matcher = new ClaimMatcher(parseClaimIndex(JSON.parse(json)));
    const heap = heapMb() - before;
    const load = time(() => {
      matcher = new ClaimMatcher(parseClaimIndex(JSON.parse(json)));
    }, 5);
    for (let i = 0; i < WARM_UP_SCANS; i++) matcher.matchText(article);
    collectGarbage();
    const scan = time(() => matcher.matchText(article));
    const worst = time(() => matcher.matchText(worstCase));
    // Baseline: fuse.js token search over all claims, one query per sentence, timed on a sample and scaled.
    const claims = (JSON.parse(json) as ClaimIndex).claims;
    const fuse = new Fuse(claims, { keys: ['text'], threshold: 0.4, ignoreLocation: true, useTokenSearch: true } as ConstructorParameters<typeof Fuse<IndexedClaim>>[1]);
    const sample = sentences.slice(0, claims.length > 50_000 ? 2 : 5);
    const perQuery = time(() => {
      for (const s of sample) fuse.search(s.text);
    }, 3) / sample.length;
    const baseline = perQuery * sentences.length;
    console.log(`${label.padEnd(27)} ${load.toFixed(1).padStart(8)} ${scan.toFixed(1).padStart(9)} ${worst.toFixed(1).padStart(20)} ${heap.toFixed(1).padStart(9)} ${baseline.toFixed(0).padStart(18)} ${(baseline / scan).toFixed(0).padStart(14)}×`);
  }
  await runReaderColdStart(core, bundled, bundledJson, await benchReaderSources(bundled), article);
  runExtractionBench(core, article);
  runScaling(core, new ClaimMatcher(bundled));
}

/** Words in a stored article's text: the reader's sources keep their full texts for the panel and the quote check. */
const ARTICLE_WORDS = 2_000;

/** Claims in the reader's index of both benchmarks (this one and bench/worker-start.mjs). */
const READER_CLAIMS = 10_000;

/** The reader's index both benchmarks use: READER_CLAIMS generated claims in sources of 2,000 words (see readerSources). */
export async function benchReaderSources(bundled: ClaimIndex): Promise<ReaderSource[]> {
  const vocabulary = newsVocabulary([...bundled.documents.map((d) => d.text), ...(await labelledSentences())]);
  const lexicon = await readRelatedTerms();
  return readerSources(generatedClaims(READER_CLAIMS, vocabulary, lexicon.verbs), lexicon, vocabulary);
}

/** Claims spread over sources of 20 claims each, as a reader who added 500 articles of 2,000 words would have them stored. */
function readerSources(claims: IndexedClaim[], lexicon: RelatedTerms, vocabulary: string[]): ReaderSource[] {
  const sources: ReaderSource[] = [];
  const filler = Array.from({ length: ARTICLE_WORDS }, (_, i) => vocabulary[(i * 7919) % vocabulary.length]).join(' ');
  for (let i = 0; i < claims.length; i += 20) {
    const id = `reader-${String(i / 20).padStart(5, '0')}`;
    // Generated claims are already stored as buildClaimIndex stores them (storedProposition).
    const own = claims.slice(i, i + 20).map((c) => ({
      ...c,
      id: `${id}-${c.id}`,
      attributions: [{ actor: 'Officials', role: null, stance: 'asserts' as const, quote: c.text, documentId: id, start: 0, end: c.text.length, cue: 'said' }],
    }));
    const { related, rarity } = indexLexicon(own, lexicon);
    sources.push({ document: { id, title: null, outlet: null, date: null, url: null, text: `${own.map((c) => c.text).join(' ')} ${filler}` }, claims: own, lexicon: { related, rarity } });
  }
  return sources;
}

/** Cold starts timed per case: each in a fresh worker thread, alternating with the baseline. */
const COLD_STARTS = 7;

/** One cold start of the service worker's own start code in a fresh isolate: `script` is coldStartRun.ts bundled as shipped. */
function coldStartInWorker(script: string, job: ColdStartJob): Promise<ColdStartResult> {
  const worker = new Worker(script);
  return new Promise<ColdStartResult>((resolve, reject) => {
    worker.once('message', (result: ColdStartResult) => resolve(result));
    worker.once('error', reject);
    worker.postMessage(job);
  }).finally(() => void worker.terminate());
}

/**
 * The service worker's cold start, index ready to match: the worker's own start code
 * (src/background/indexStart.ts) in a fresh isolate each time, over an IndexedDB holding the
 * reader's sources: parse the bundled index, read the reader's store, merge, build the matcher,
 * match one sentence. Against the same start with an empty store, alternated in the same run;
 * then the page scan with the reader's claims merged in.
 */
async function runReaderColdStart(core: ShippedCore, bundled: ClaimIndex, bundledJson: string, sources: ReaderSource[], article: string): Promise<void> {
  const claims = sources.flatMap((s) => s.claims);
  const probe = 'China asked Russia for military equipment, officials said.';
  const alone: ColdStartResult[] = [];
  const withReader: ColdStartResult[] = [];
  const script = await bundleAsShipped("import './src/cli/coldStartRun';", 'node');
  try {
    for (let i = 0; i < COLD_STARTS; i++) {
      alone.push(await coldStartInWorker(script.file, { bundledJson, sources: [], probe, page: article }));
      withReader.push(await coldStartInWorker(script.file, { bundledJson, sources, probe, page: article }));
    }
  } finally {
    await script.dispose();
  }
  const stored = splitForStorage(sources);
  const matcher = new core.ClaimMatcher(mergeWithBundled(bundled, stored));
  for (let i = 0; i < WARM_UP_SCANS; i++) matcher.matchText(article);
  const scan = time(() => matcher.matchText(article));
  const summary = (runs: ColdStartResult[], pick: (r: ColdStartResult) => number): string => `${median(runs.map(pick)).toFixed(1)} ms (${runs.map((r) => pick(r).toFixed(0)).join(' ')})`;
  const ratio = (pick: (r: ColdStartResult) => number): string => (median(withReader.map(pick)) / median(alone.map(pick))).toFixed(1);
  console.log(`\nReader's index of ${claims.length.toLocaleString('en')} claims in ${sources.length} sources, ${(JSON.stringify(stored).length / 2 ** 20).toFixed(1)} MB as JSON (${(JSON.stringify(stored.sources.map((s) => s.claims)).length / 2 ** 20).toFixed(1)} MB of it claims)`);
  console.log(`Service worker cold start, index ready to match: its start code in a fresh worker thread over IndexedDB (fake-indexeddb), medians of ${COLD_STARTS}, alternating`);
  console.log(`  bundled only ${summary(alone, (r) => r.ms)} · with the reader's index ${summary(withReader, (r) => r.ms)}; ${ratio((r) => r.ms)}× the bundled start`);
  console.log(`  first page scan right after the start: bundled only ${summary(alone, (r) => r.firstScanMs)} · with the reader's index ${summary(withReader, (r) => r.firstScanMs)}`);
  console.log(`  page scan with the reader's claims merged in, once warm: ${scan.toFixed(1)} ms`);
}

/** The first paragraphs of `text` that hold about `words` words. */
function firstWords(text: string, words: number): string {
  const out: string[] = [];
  let n = 0;
  for (const p of text.split(/\n+/u)) {
    if (n >= words) break;
    out.push(p);
    n += p.split(/\s+/u).filter(Boolean).length;
  }
  return out.join('\n\n');
}

/**
 * Extracting who-said-what from a 2,000-word article, as adding a source does (goal ≤ 200 ms),
 * beside sentence segmentation of the same text measured in the same run.
 */
export function runExtractionBench({ extractAttributions, segmentSentences }: ShippedCore, article: string): void {
  const text = firstWords(article, 2_000);
  extractAttributions(text); // warm-up
  const extract = time(() => extractAttributions(text), 15);
  const segment = time(() => segmentSentences(text), 15);
  console.log(`\nExtraction, ${text.split(/\s+/u).length}-word article (first paragraphs of the same article), medians of 15 runs:`);
  console.log(`  extractAttributions ${extract.toFixed(1)} ms (${extractAttributions(text).length} attributions); sentence segmentation alone ${segment.toFixed(1)} ms; ratio ${(extract / Math.max(segment, 0.01)).toFixed(1)}×`);
}

/**
 * Growth with the length of one run-on paragraph (a page can hold 200,000 characters
 * without a paragraph break): time on N and on 4N characters. Linear work gives about 4×.
 */
function runScaling({ extractAttributions, segmentSentences }: ShippedCore, matcher: InstanceType<ShippedCore['ClaimMatcher']>): void {
  console.log('\nRun-on paragraph, 50,000 vs 200,000 characters (linear ≈ 4×)');
  console.log(`${'text'.padEnd(30)} ${'segment'.padStart(24)}  ${'extract'.padStart(24)}  ${'match'.padStart(24)}`);
  const lineOf = (word: string, chars: number): string => Array(Math.ceil(chars / (word.length + 1))).fill(word).join(' ');
  for (const word of ['Mr.', 'U.S.', 'Varga said', '“He said,” she said.', 'Russia asked China for drones']) {
    const small = lineOf(word, 50_000);
    const big = lineOf(word, 200_000);
    const cells = [(t: string) => segmentSentences(t), (t: string) => extractAttributions(t), (t: string) => matcher.matchText(t)].map((run) => {
      const a = time(() => run(small), 3);
      const b = time(() => run(big), 3);
      return `${a.toFixed(1)}→${b.toFixed(1)} ms ${(b / Math.max(a, 0.01)).toFixed(1)}×`.padStart(24);
    });
    console.log(`${JSON.stringify(word).padEnd(30)} ${cells.join('  ')}`);
  }
}
