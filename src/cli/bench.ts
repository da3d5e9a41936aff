import Fuse from 'fuse.js';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { parseClaimIndex, type ClaimIndex, type IndexedClaim } from '../core/index/schema';
import { ClaimMatcher } from '../core/match/matcher';
import { analyzeProposition } from '../core/match/proposition';
import { segmentSentences } from '../core/text/sentences';

const RUNS = 7;

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

/** A deterministic pseudo-random sequence, so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ACTORS = ['China', 'Russia', 'Iran', 'India', 'France', 'Germany', 'Brazil', 'Japan', 'Turkey', 'Egypt', 'Canada', 'Mexico', 'Poland', 'Israel', 'Nigeria', 'Kenya'];
const VERBS = ['asked', 'supplied', 'sold', 'offered', 'promised', 'sent', 'denied', 'helped', 'warned', 'signed a deal with', 'sued', 'bought from'];
const OBJECTS = ['drones', 'grain', 'oil', 'gas', 'missiles', 'loans', 'vaccines', 'chips', 'tanks', 'fertiliser', 'steel', 'satellites', 'ships', 'medicine', 'software', 'uranium', 'timber', 'copper', 'rice', 'cash'];
const EXTRAS = ['last year', 'in secret', 'before the summit', 'despite sanctions', 'through a third country', 'at a discount', 'for the army', 'for its ports', 'to rebuild factories', 'after the election'];

/** Claims made by recombining actors, actions and objects: a stand-in for a large real index. */
function generatedClaims(n: number): IndexedClaim[] {
  const r = rng(n);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: IndexedClaim[] = [];
  for (let i = 0; i < n; i++) {
    const text = `${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} ${pick(OBJECTS)} and ${pick(OBJECTS)} ${pick(EXTRAS)} (case ${i.toString(36)})`;
    out.push({ id: `g${i}`, text, attributions: [], propositions: [analyzeProposition(text)] });
  }
  return out;
}

/** A ~10,000-word article: labelled sentences and filler, repeated. */
async function benchArticle(): Promise<string> {
  const rows = (await readFile('tests/fixtures/eval/matcher-eval.jsonl', 'utf8')).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const paras: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const p = rows.slice((i * 4) % rows.length, ((i * 4) % rows.length) + 4).join(' ');
    paras.push(p);
    words += p.split(/\s+/u).length;
  }
  return paras.join('\n\n');
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** `npm run bench`: medians of index load, page scan and memory, against a fuse.js baseline measured in the same run. */
export async function runBench(bundled: ClaimIndex): Promise<void> {
  const article = await benchArticle();
  const sentences = segmentSentences(article);
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`);
  console.log(`Article: ${article.split(/\s+/u).length} words, ${sentences.length} sentences; medians of ${RUNS} runs\n`);
  const bundledJson = JSON.stringify(bundled);
  const cases: [string, string][] = [
    [`bundled (${bundled.claims.length} claims)`, bundledJson],
    ['generated 10,000 claims', JSON.stringify({ ...bundled, claims: generatedClaims(10_000) })],
    ['generated 100,000 claims', JSON.stringify({ ...bundled, claims: generatedClaims(100_000) })],
  ];
  console.log('index                        load ms   scan ms   heap MB   fuse baseline ms   baseline/scan');
  for (const [label, json] of cases) {
    const before = heapMb();
    let matcher = new ClaimMatcher(parseClaimIndex(JSON.parse(json)));
    const heap = heapMb() - before;
    const load = time(() => {
      matcher = new ClaimMatcher(parseClaimIndex(JSON.parse(json)));
    }, 5);
    const scan = time(() => matcher.matchText(article));
    // Baseline: fuse.js token search over all claims, one query per sentence, timed on a sample and scaled.
    const claims = (JSON.parse(json) as ClaimIndex).claims;
    const fuse = new Fuse(claims, { keys: ['text'], threshold: 0.4, ignoreLocation: true, useTokenSearch: true } as ConstructorParameters<typeof Fuse<IndexedClaim>>[1]);
    const sample = sentences.slice(0, claims.length > 50_000 ? 2 : 5);
    const perQuery = time(() => {
      for (const s of sample) fuse.search(s.text);
    }, 3) / sample.length;
    const baseline = perQuery * sentences.length;
    console.log(`${label.padEnd(27)} ${load.toFixed(1).padStart(8)} ${scan.toFixed(1).padStart(9)} ${heap.toFixed(1).padStart(9)} ${baseline.toFixed(0).padStart(18)} ${(baseline / scan).toFixed(0).padStart(14)}×`);
  }
}
