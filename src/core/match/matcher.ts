import type { ClaimIndex, IndexedClaim } from '../index/schema';
import { segmentSentences } from '../text/sentences';
import type { Proposition } from './proposition';
import { readableTerm } from './readableTerm';
import { readSentence } from './readSentence';
import { scoreProposition } from './score';
import type { SentenceMatch, SentenceStance } from './sentenceMatch';
import { TermWeights } from './termWeights';

/** Score a sentence must reach to be highlighted: the highest-recall threshold with precision >= 0.95 on the calibration split of `npm run eval`. */
export const MATCH_THRESHOLD = 0.45;

/** How many of a wording's rarest concepts go into the inverted index. */
const INDEXED_TERMS = 4;


interface Wording {
  claim: number;
  proposition: Proposition;
}

/**
 * Finds the sentences of a text that state, deny or dispute an indexed claim. An
 * inverted index over the rarer concepts of each claim wording picks a few candidates
 * per sentence; only those are scored, so a long page against a large index stays fast.
 * The same code runs in the CLI, the tests and the extension's service worker.
 */
export class ClaimMatcher {
  private readonly claims: IndexedClaim[];
  private readonly wordings: Wording[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly weights: TermWeights;

  constructor(index: Pick<ClaimIndex, 'claims'>, private readonly threshold = MATCH_THRESHOLD) {
    this.claims = index.claims;
    this.claims.forEach((c, ci) => {
      for (const p of c.propositions) this.wordings.push({ claim: ci, proposition: p });
    });
    this.weights = new TermWeights(this.wordings.map((w) => w.proposition));
    this.wordings.forEach((w, wi) => {
      const rare = [...w.proposition.terms].sort((a, b) => this.weights.frequency(a) - this.weights.frequency(b) || (a < b ? -1 : 1)).slice(0, INDEXED_TERMS);
      for (const t of rare) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push(wi);
      }
    });
  }

  /** The best claim for one proposition, or null below the threshold. */
  bestClaim(proposition: Proposition): { claim: IndexedClaim; score: number; terms: string[]; polarityFlipped: boolean } | null {
    const seen = new Set<number>();
    let best: { claim: IndexedClaim; score: number; terms: string[]; polarityFlipped: boolean } | null = null;
    for (const t of proposition.terms) {
      for (const wi of this.postings.get(t) ?? []) {
        if (seen.has(wi)) continue;
        seen.add(wi);
        const w = this.wordings[wi] as Wording;
        const s = scoreProposition(w.proposition, proposition, (term) => this.weights.weight(term), true);
        if (s && s.score >= this.threshold && (!best || s.score > best.score)) {
          best = { claim: this.claims[w.claim] as IndexedClaim, score: s.score, terms: s.matchedTerms, polarityFlipped: s.polarityFlipped };
        }
      }
    }
    return best;
  }

  /** Every sentence of `text` that states, denies or disputes a claim, with offsets into `text`. */
  matchText(text: string): SentenceMatch[] {
    const out: SentenceMatch[] = [];
    let previous: SentenceMatch | null = null;
    for (const sentence of segmentSentences(text)) {
      const read = readSentence(text, sentence);
      if (read.pointsBack) {
        // "China also denied these reports": inherits the claim of the sentence just before.
        if (previous) {
          out.push({ ...previous, sentence: sentence.text, start: sentence.start, end: sentence.end, stance: read.stance, terms: [] });
        }
        previous = null;
        continue;
      }
      const best = this.bestClaim(read.proposition);
      if (!best) {
        previous = null;
        continue;
      }
      const stance: SentenceStance = best.polarityFlipped && read.stance === 'states' ? 'denies' : read.stance;
      previous = { sentence: sentence.text, start: sentence.start, end: sentence.end, claimId: best.claim.id, stance, score: Math.round(best.score * 1000) / 1000, terms: best.terms.map(readableTerm) };
      out.push(previous);
    }
    return out;
  }
}
