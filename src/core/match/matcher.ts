import type { ClaimIndex, IndexedClaim } from '../index/schema';
import { segmentSentences } from '../text/sentences';
import { analyzeProposition, type Proposition } from './proposition';
import { readableTerm } from './readableTerm';
import { readSentence } from './readSentence';
import { scoreProposition } from './score';
import type { SentenceMatch, SentenceStance } from './sentenceMatch';
import { TermWeights } from './termWeights';

/** Score a sentence must reach to be highlighted: the highest-recall threshold with precision >= 0.95 on the calibration split of `npm run eval`. */
export const MATCH_THRESHOLD = 0.4;

/** How many of a wording's rarest concepts go into the inverted index. */
const INDEXED_TERMS = 6;

/** A concept used by more than this share of the wordings (and more than COMMON_FLOOR) is too common to index. */
const COMMON_SHARE = 0.1;
const COMMON_FLOOR = 50;

/** Indexed concepts a sentence must share with a wording before it is scored at all. */
const MIN_SHARED_INDEXED = 2;


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
  private readonly hits: Uint8Array;
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(index: Pick<ClaimIndex, 'claims'>, private readonly threshold = MATCH_THRESHOLD) {
    this.claims = index.claims;
    this.claims.forEach((c, ci) => {
      for (const p of c.propositions) this.wordings.push({ claim: ci, proposition: p });
    });
    this.weights = new TermWeights(this.wordings.map((w) => w.proposition));
    this.hits = new Uint8Array(this.wordings.length);
    this.stamps = new Uint32Array(this.wordings.length);
    this.wordings.forEach((w, wi) => {
      const byRarity = [...w.proposition.terms].sort((a, b) => this.weights.frequency(a) - this.weights.frequency(b) || (a < b ? -1 : 1));
      // A concept in a large share of all wordings picks no candidates, it only lengthens the
      // lists every sentence walks: leave it out once the wording has enough rarer ones.
      const common = Math.max(COMMON_FLOOR, this.wordings.length * COMMON_SHARE);
      const rare = byRarity.filter((t, i) => i < MIN_SHARED_INDEXED || this.weights.frequency(t) <= common).slice(0, INDEXED_TERMS);
      for (const t of rare) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push(wi);
      }
    });
  }

  /**
   * Wordings sharing at least MIN_SHARED_INDEXED indexed concepts with the proposition:
   * the only ones worth scoring. Counts live in typed arrays reused across calls (a stamp
   * per call instead of clearing), because this loop runs for every sentence of a page.
   */
  private candidates(proposition: Proposition): number[] {
    const stamp = ++this.stamp;
    const out: number[] = [];
    for (const t of proposition.terms) {
      const list = this.postings.get(t);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const wi = list[i] as number;
        if (this.stamps[wi] !== stamp) {
          this.stamps[wi] = stamp;
          this.hits[wi] = 0;
        }
        if (++(this.hits[wi] as number) === MIN_SHARED_INDEXED) out.push(wi);
      }
    }
    return out;
  }

  /**
   * The best claim for one proposition, or null below the threshold. `candidates` may be
   * given when already known for a larger text containing the proposition's words.
   */
  bestClaim(proposition: Proposition, candidates = this.candidates(proposition)): { claim: IndexedClaim; score: number; terms: string[]; polarityFlipped: boolean } | null {
    let best: { claim: IndexedClaim; score: number; terms: string[]; polarityFlipped: boolean } | null = null;
    let bestRank = 0;
    const weight = (term: string): number => this.weights.weight(term);
    for (const wi of candidates) {
      const w = this.wordings[wi] as Wording;
      const s = scoreProposition(w.proposition, proposition, weight, true);
      if (!s || s.score < this.threshold) continue;
      // Near ties go to the wording that accounts for more of the sentence's own concepts.
      const rank = s.score + 0.05 * (s.matchedTerms.length / Math.max(1, proposition.terms.length + proposition.entities.length));
      if (!best || rank > bestRank) {
        best = { claim: this.claims[w.claim] as IndexedClaim, score: s.score, terms: s.matchedTerms, polarityFlipped: s.polarityFlipped };
        bestRank = rank;
      }
    }
    return best;
  }

  /** Every sentence of `text` that states, denies or disputes a claim, with offsets into `text`. */
  matchText(text: string): SentenceMatch[] {
    const out: SentenceMatch[] = [];
    let previous: SentenceMatch | null = null;
    for (const sentence of segmentSentences(text)) {
      // Cheap first pass: a sentence whose words reach no claim cannot state one, and
      // cannot point back either unless the sentence before matched.
      // The content's words are a subset of the sentence's, so the sentence's candidates are the content's too.
      const candidates = this.candidates(analyzeProposition(sentence.text, null, true));
      if (previous === null && candidates.length === 0) continue;
      const read = readSentence(text, sentence);
      if (read.pointsBack) {
        // "Lima also denied these reports": inherits the claim of the sentence just before.
        if (previous) {
          out.push({ ...previous, sentence: sentence.text, start: sentence.start, end: sentence.end, stance: read.stance, terms: [] });
        }
        previous = null;
        continue;
      }
      const best = this.bestClaim(read.proposition, candidates);
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
