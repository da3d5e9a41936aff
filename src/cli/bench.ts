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

const ACTORS = ['China', 'Russia', 'Iran', 'India', 'France', 'Germany', 'Brazil', 'Japan', 'Turkey', 'Egypt', 'Canada', 'Mexico', 'Poland', 'Israel', 'Nigeria', 'Kenya', 'Ukraine', 'Britain', 'Spain', 'Italy'];
const VERBS = ['asked', 'supplied', 'sold', 'offered', 'promised', 'sent', 'helped', 'warned', 'signed a deal with', 'sued', 'bought from', 'paid', 'accused', 'owed'];

/**
 * Claims made by recombining actors, actions and words drawn from real news text (the
 * bundled documents and the labelled sentences): a stand-in for a large real index with
 * a realistic spread of vocabulary.
 */
function generatedClaims(n: number, vocabulary: string[]): IndexedClaim[] {
  const r = rng(n);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // Squaring the uniform draw skews picks toward the front: common words recur, rare ones stay rare.
  const word = (): string => vocabulary[Math.floor(r() * r() * vocabulary.length)] as string;
  const out: IndexedClaim[] = [];
  for (let i = 0; i < n; i++) {
    const text = `${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} ${Array.from({ length: 5 + Math.floor(r() * 5) }, word).join(' ')}`;
    out.push({ id: `g${i}`, text, attributions: [], propositions: [analyzeProposition(text)] });
  }
  return out;
}

/** Lower-case words of real news text, most frequent first. */
function newsVocabulary(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(/\p{Ll}{4,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** A ~10,000-word article: labelled sentences and filler, repeated. */
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

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** `npm run bench`: medians of index load, page scan and memory, against a fuse.js baseline measured in the same run. */
export async function runBench(bundled: ClaimIndex): Promise<void> {
  const rows = await labelledSentences();
  const article = benchArticle(rows);
  const vocabulary = newsVocabulary([...bundled.documents.map((d) => d.text), ...rows]);
  const sentences = segmentSentences(article);
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`);
  console.log(`Article: ${article.split(/\s+/u).length} words, ${sentences.length} sentences; medians of ${RUNS} runs\n`);
  const bundledJson = JSON.stringify(bundled);
  const cases: [string, string][] = [
    [`bundled (${bundled.claims.length} claims)`, bundledJson],
    ['generated 10,000 claims', JSON.stringify({ ...bundled, claims: generatedClaims(10_000, vocabulary) })],
    ['generated 100,000 claims', JSON.stringify({ ...bundled, claims: generatedClaims(100_000, vocabulary) })],
  ];
  console.log('index                        load ms   scan ms   heap MB   fuse baseline ms   baseline/scan');
  for (const [label, json] of cases) {
    const before = heapMb();
    let matcher = new ClaimMatcher(parseClaimIndex(JSON.parse(json)));
    const heap = heapMb() - before;
    const load = time(() => {
      matcher = new ClaimMatcher(parseClaimIndex(JSON.parse(json)));
    }, 5);
    matcher.matchText(article); // warm-up: the first scan pays for JIT compilation
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
