import type { VerbLexicon } from '../core/lexicon/relatedTerms';
import type { IndexedClaim } from '../core/index/schema';
import { storedProposition } from '../core/index/buildIndex';
import { analyzeProposition } from '../core/match/proposition';

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
export function generatedClaims(n: number, vocabulary: string[], verbs: VerbLexicon): IndexedClaim[] {
  const r = rng(n);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // Squaring the uniform draw skews picks toward the front: common words recur, rare ones stay rare.
  const word = (): string => vocabulary[Math.floor(r() * r() * vocabulary.length)] as string;
  const out: IndexedClaim[] = [];
  for (let i = 0; i < n; i++) {
    const text = `${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} ${Array.from({ length: 5 + Math.floor(r() * 5) }, word).join(' ')}`;
    out.push({ id: `g${i}`, text, attributions: [], propositions: [storedProposition(analyzeProposition(text, null, false, verbs))] });
  }
  return out;
}

/** Lower-case words of real news text, most frequent first. */
export function newsVocabulary(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(/\p{Ll}{4,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** A ~10,000-word article: labelled sentences and filler, repeated. */
