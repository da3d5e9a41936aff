import type { IndexedClaim, IndexLexicon } from '../index/schema';
import { RelatedTerms, type VerbLexicon } from '../lexicon/relatedTerms';
import { segmentSentences } from '../text/sentences';
import type { TextSpan } from '../text/span';
import { COVERAGE_FLOOR, DECISION_WEIGHTS, MATCH_THRESHOLD, matchProbability } from './decisionModel';
import { actsOfAnyKind, everyActOfClaim, FEATURE_NAMES, pairFeatures, type ActOfAnyKind, type Features } from './pairFeatures';
import { analyzeProposition, type Proposition } from './proposition';
import { sentenceWordsFor } from './sentenceWords';
import { scoreProposition } from './score';
import { readSentence } from './readSentence';
import { speakerFitsDoers, type PointerSpeaker } from '../extract/pointers';
import type { SentenceMatch, SentenceStance } from './sentenceMatch';
import { TermWeights } from './termWeights';
import { STOPWORDS } from '../lexicon/stopwords';
import { termsOf } from '../lexicon/terms';
import { ACTION_SENSE } from './roles';

/** Indexed terms (or their relatives) a sentence must share with a wording before it is scored at all. */
const MIN_SHARED = 3;
/** How many of a wording's rarest terms go into the inverted index. */
const INDEXED_TERMS = 6;
/** A related word this close indexes a wording too ("requested" finds "asked"). */
const INDEXED_RELATED = 0.7;
/** A key used by more than this share of the wordings (and more than COMMON_FLOOR) is too common to index. */
const COMMON_SHARE = 0.03;
const COMMON_FLOOR = 50;

/** The postings of a key that finds no wording. */
const NO_WORDINGS = new Int32Array(0);
/** The postings of a party too many wordings name to list: it still counts toward a wording found by other keys (see candidates). */
const TOO_COMMON_PARTY = new Int32Array(0);
/** Wordings a common party completes per sentence, those sharing the most keys first: the rest cannot compete with them. */
const MOST_COMPLETED = 4;
/** Coverage a wording a common party completed must reach to be weighed: it shares one or two listed keys with the sentence, so a close match must carry more of it. */
const COMPLETED_COVERAGE_FLOOR = 0.45;

/** Wordings fully weighed per sentence: the closest by coverage (the rest cannot compete with them). */
const CLOSEST = 12;
/** Where the related-term coverage sits in a feature vector. */
const RELATED_COVERAGE = FEATURE_NAMES.indexOf('relatedCoverage');
/** Where the share of the sentence the claim accounts for sits in a feature vector. */
const SENTENCE_COVERED = FEATURE_NAMES.indexOf('sentenceCovered');
/** Weight of that share in a reading's rank: enough to break a tie, never to outweigh coverage. */
const TIE_BREAK = 0.001;
/**
 * A sentence that asks: it ends in a question mark, and a quoted question closes it only when
 * the quotation opens it too ("“Who is next?”", not "…, prompting Lima to ask: “Who is next?”").
 */
function isQuestion(sentence: string): boolean {
  const t = sentence.trim();
  const quoted = /\?["\u201D\u2019')\]]+$/u.test(t);
  if (quoted) return /^["\u201C\u2018'(]/u.test(t);
  return t.endsWith('?');
}

interface Wording {
  claim: number;
  proposition: Proposition;
  /** Each stem that carries one of its terms (the term itself, or a related word): the term's place, and how well it carries it. Built when first needed. */
  carriers: Map<string, { term: number; credit: number }[]> | null;
  /** The terms' weights, and their sum. */
  termWeights: number[];
  totalWeight: number;
}

/** One way of reading a sentence: a proposition, and the sentence's stance toward it. */
interface Reading {
  proposition: Proposition;
  stance: SentenceStance;
}

/** What the matcher reads of a claim: its id and its wordings (a card's text and attributions are not needed to match). */
export type MatchableClaim = Pick<IndexedClaim, 'id' | 'propositions'>;

/** One claim weighed for one sentence: the best of its wordings and of the sentence's readings. */
export interface WeighedClaim {
  claim: MatchableClaim;
  probability: number;
  features: Features;
  terms: string[];
  /** How the sentence stands toward the claim: its frame's stance, or a denial when it negates what the claim states. */
  stance: SentenceStance;
}

/** One sentence with every claim weighed for it, for the matcher and for calibration. */
export interface WeighedSentence {
  span: TextSpan;
  /** The stance the sentence's own wrapper gives ("X denied that …"). */
  stance: SentenceStance;
  /** The sentence points back ("these reports") and takes the claim of the sentence before. */
  pointsBack: boolean;
  /** Who must speak for the pointer to hold (see ReadSentence.pointerSpeaker). */
  pointerSpeaker?: PointerSpeaker;
  /** The act the claim pointed to must be (see ReadSentence.pointerAct). */
  pointerAct?: { act: string; qualifiers: string[] };
  claims: WeighedClaim[];
}

/** What the matcher decides with: the model's weights, the probability a highlight needs, and the coverage below which a wording is not weighed. */
export interface Decision {
  weights: readonly number[];
  threshold: number;
  coverageFloor: number;
}

/**
 * The places of the `count` heaviest weights, heaviest first and the earlier place first among
 * equals, written into `out` (reused: this runs for every wording when the service worker starts).
 */
function rarestPlaces(weights: readonly number[], count: number, out: number[]): void {
  out.length = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    let at = out.length;
    while (at > 0 && (weights[out[at - 1] as number] as number) < w) at--;
    if (at >= count) continue;
    out.splice(at, 0, i);
    if (out.length > count) out.length = count;
  }
}

/**
 * Finds the sentences of a text that state, deny or dispute an indexed claim. Each
 * sentence is read twice, whole and with its reporting frame taken off ("US officials
 * said …"), and compared with the wordings of the claims it shares words with; a
 * calibrated model over the comparison's measurements decides. An inverted index over
 * each wording's terms and their related words (carried in the index) picks the few
 * candidates, so a long page against a large index stays fast. The same code runs in the
 * CLI, the tests and the extension's service worker.
 */
export class ClaimMatcher {
  private readonly claims: readonly MatchableClaim[];
  private readonly wordings: Wording[] = [];
  /** Each key's wordings (see postingsOf), built on first use. */
  private readonly postings = new Map<string, Int32Array>();
  /** Each claim term's number, given as the start first meets it. */
  private readonly termIds = new Map<string, number>();
  /** By term number: the wordings that have the term among their INDEXED_TERMS rarest, in wording order. */
  private readonly rareIn: number[][] = [];
  /** By entity: the wordings that name it as one of their two main parties, in wording order. */
  private readonly partyIn = new Map<string, number[]>();
  /** See partyMask. */
  private readonly partyMasks = new Map<string, Uint8Array>();
  /** See indexedRelatives. */
  private relatives: Map<string, number[]> | null = null;
  /** More wordings than this under one key, and the key picks no candidates. */
  private readonly common: number;
  /** Which wordings a postings list being built already holds (a mark per list, not a set). */
  private readonly seen: Uint32Array;
  private byId: Map<string, MatchableClaim> | null = null;
  private mark = 0;
  private readonly weights: TermWeights;
  private readonly related: RelatedTerms;
  private readonly verbs: VerbLexicon;
  private readonly hits: Uint8Array;
  private readonly stamps: Uint32Array;
  /** The wordings a sentence's listed keys reached (scratch space for `candidates`, reused). */
  private readonly touched: Int32Array;
  private stamp = 0;
  /** Scratch space for `closest`, reused across sentences. */
  private credit = new Float64Array(16);

  constructor(
    index: { claims: readonly MatchableClaim[]; lexicon: IndexLexicon },
    private readonly decision: Decision = { weights: DECISION_WEIGHTS, threshold: MATCH_THRESHOLD, coverageFloor: COVERAGE_FLOOR },
  ) {
    this.claims = index.claims;
    this.related = new RelatedTerms({ version: 1, about: '', ...index.lexicon });
    this.verbs = this.related.verbs;
    // The service worker's start reads each wording twice. First each claim term gets a number
    // and its uses are counted, as are the entities' (a term's weight needs its frequency); the
    // terms' numbers are kept, so the second pass, each wording's weights and rarest terms, looks
    // up no string.
    const termUses: number[] = [];
    const entityUses = new Map<string, number>();
    const termsOf: number[][] = [];
    for (const c of this.claims) {
      for (const p of c.propositions) {
        termsOf.push(
          p.terms.map((t) => {
            let id = this.termIds.get(t);
            if (id === undefined) {
              id = termUses.length;
              this.termIds.set(t, id);
              termUses.push(0);
            }
            termUses[id] = (termUses[id] as number) + 1;
            return id;
          }),
        );
        for (const e of p.entities) entityUses.set(e, (entityUses.get(e) ?? 0) + 1);
      }
    }
    const frequency = (t: string): number => (t.startsWith('#') ? entityUses.get(t.slice(1)) : termUses[this.termIds.get(t) ?? -1]) ?? 0;
    this.weights = new TermWeights(termsOf.length, frequency, (t) => this.related.rarityOf(t));
    const termWeight = [...this.termIds.keys()].map((t) => this.weights.weight(t));
    const rare: number[] = [];
    this.claims.forEach((c, claim) => {
      for (const proposition of c.propositions) {
        const wi = this.wordings.length;
        const ids = termsOf[wi] as number[];
        const termWeights = ids.map((id) => termWeight[id] as number);
        this.wordings.push({ claim, proposition, carriers: null, termWeights, totalWeight: termWeights.reduce((a, b) => a + b, 0) });
        rarestPlaces(termWeights, INDEXED_TERMS, rare);
        for (const place of rare) {
          const list = (this.rareIn[ids[place] as number] ??= []);
          if (list[list.length - 1] !== wi) list.push(wi);
        }
        for (const e of proposition.entities.slice(0, 2)) {
          const list = this.partyIn.get(e);
          if (list) list.push(wi);
          else this.partyIn.set(e, [wi]);
        }
      }
    });
    this.hits = new Uint8Array(this.wordings.length);
    this.stamps = new Uint32Array(this.wordings.length);
    this.touched = new Int32Array(this.wordings.length);
    this.seen = new Uint32Array(this.wordings.length);
    this.common = Math.max(COMMON_FLOOR, this.wordings.length * COMMON_SHARE);
  }

  /**
   * The wordings a key finds: those with the key, or a term it is closely related to, among
   * their INDEXED_TERMS rarest terms. A key too many wordings share picks no candidates (it
   * would only lengthen the lists every sentence walks), so its list is empty. Built the first
   * time a sentence has the key: a page asks for a small part of the keys, and a start over a
   * large index would otherwise list every related word of every rare term.
   */
  private postingsOf(key: string): Int32Array {
    let list = this.postings.get(key);
    if (list) return list;
    if (key.startsWith('#')) {
      // A party ("#china"): the wordings that name it as a main party, unless too many do.
      const wordings = this.partyIn.get(key.slice(1)) ?? [];
      list = wordings.length > this.common ? TOO_COMMON_PARTY : Int32Array.from(wordings);
      this.postings.set(key, list);
      return list;
    }
    const id = this.termIds.get(key);
    const relatives = this.indexedRelatives().get(key);
    // A word that is no claim term nor a close relative of one: nothing to keep for it.
    if (id === undefined && !relatives) return NO_WORDINGS;
    list = this.findPostings(id === undefined ? (relatives ?? []) : [id, ...(relatives ?? [])]);
    this.postings.set(key, list);
    return list;
  }

  /** The wordings with one of these terms (by number) among their rarest, or none when they are too many. */
  private findPostings(terms: number[]): Int32Array {
    const mark = ++this.mark;
    const found: number[] = [];
    for (const term of terms) {
      for (const wi of this.rareIn[term] ?? []) {
        if (this.seen[wi] === mark) continue;
        this.seen[wi] = mark;
        found.push(wi);
        if (found.length > this.common) return NO_WORDINGS;
      }
    }
    return Int32Array.from(found).sort();
  }

  /** For each stem, the rare claim terms (by number) it is a close relative of (closeness INDEXED_RELATED or more): worked out once, when a sentence is first read. */
  private indexedRelatives(): Map<string, number[]> {
    if (this.relatives) return this.relatives;
    const relatives = new Map<string, number[]>();
    for (const [term, id] of this.termIds) {
      if (!this.rareIn[id]) continue;
      for (const [r, weight] of this.related.of(term)) {
        if (weight < INDEXED_RELATED || r === term) continue;
        const list = relatives.get(r);
        if (list) list.push(id);
        else relatives.set(r, [id]);
      }
    }
    return (this.relatives = relatives);
  }

  /**
   * Wordings that share at least MIN_SHARED terms, related words or parties with the
   * proposition: the only ones worth scoring. A wording is found through the keys short
   * enough to list; a party too common to list (in a large index, most claims name China)
   * still counts toward a wording found that way, asked of the wording itself. Without it,
   * "Moscow asked Beijing for drones" would lose its claim as soon as the reader's sources
   * make both parties common. Counts live in typed arrays reused across calls (a stamp per
   * call instead of clearing), because this runs for every sentence of a page.
   */
  private candidates(words: string[]): { listed: number[]; completed: number[] } {
    const stamp = ++this.stamp;
    const listed: number[] = [];
    const touched = this.touched;
    let touchedCount = 0;
    const commonParties: Uint8Array[] = [];
    for (const k of words) {
      const list = this.postingsOf(k);
      if (list === TOO_COMMON_PARTY) commonParties.push(this.partyMask(k));
      for (let i = 0; i < list.length; i++) {
        const wi = list[i] as number;
        if (this.stamps[wi] !== stamp) {
          this.stamps[wi] = stamp;
          this.hits[wi] = 0;
          touched[touchedCount++] = wi;
        }
        if (++(this.hits[wi] as number) === MIN_SHARED) listed.push(wi);
      }
    }
    if (commonParties.length === 0) return { listed, completed: [] };
    const completed: number[] = [];
    // A wording the common parties cannot bring to MIN_SHARED is passed without reading them.
    const needs = MIN_SHARED - commonParties.length;
    for (let t = 0; t < touchedCount; t++) {
      const wi = touched[t] as number;
      let hits = this.hits[wi] as number;
      if (hits >= MIN_SHARED || hits < needs) continue;
      for (const mask of commonParties) hits += mask[wi] as number;
      this.hits[wi] = hits;
      if (hits >= MIN_SHARED) completed.push(wi);
    }
    completed.sort((a, b) => (this.hits[b] as number) - (this.hits[a] as number) || a - b);
    return { listed, completed: completed.slice(0, MOST_COMPLETED) };
  }

  /**
   * For a party too common to list ("#china"), the wordings that name it as a main party:
   * one byte per wording, worked out the first time a sentence names it. Such parties are
   * few (each is in a large share of the wordings), and every page names the same ones again.
   */
  private partyMask(key: string): Uint8Array {
    let mask = this.partyMasks.get(key);
    if (mask) return mask;
    mask = new Uint8Array(this.wordings.length);
    for (const wi of this.partyIn.get(key.slice(1)) ?? []) mask[wi] = 1;
    this.partyMasks.set(key, mask);
    return mask;
  }

  /** Every candidate claim weighed against the sentence's readings, best wording and reading each. */
  private weigh(readings: Reading[], candidates: number[]): WeighedClaim[] {
    const best = new Map<number, { rank: number; features: Features; terms: string[]; stance: SentenceStance }>();
    const weight = (t: string): number => this.weights.weight(t);
    const related = (t: string): [string, number][] => this.related.of(t);
    for (const wi of candidates) {
      const w = this.wordings[wi] as Wording;
      const carriers = this.carriersOf(w);
      const carries = (stem: string): number => (carriers.get(stem) ?? []).reduce((best, c) => Math.max(best, c.credit), 0);
      for (const { proposition: reading, stance } of readings) {
        // Who did what to whom first: a sentence that fails the structural comparison
        // (roles swapped, another doer or receiver) states another claim.
        const structure = scoreProposition(w.proposition, reading, weight, related, true);
        if (!structure) continue;
        const { features, matchedTerms } = pairFeatures(w.proposition, reading, weight, related, structure, carries);
        // A claim's wording that carries most of it, structure included, speaks for the claim.
        // Between readings that carry it equally, the one the claim accounts for more of ("amid reports that …" read alone).
        const rank = (features[RELATED_COVERAGE] as number) + structure.score + TIE_BREAK * (features[SENTENCE_COVERED] as number);
        const prior = best.get(w.claim);
        if (prior && prior.rank >= rank) continue;
        // A sentence that states the claim negated ("Russia has not asked China") denies it; one that
        // denies what a negative claim negates ("Norway denied selling gas" for "Norway did not sell gas") states it.
        // Doubting what a negative claim negates says nothing sure of it: no stance to show.
        if (structure.polarityFlipped && stance === 'disputes' && w.proposition.negated) continue;
        const turned = structure.polarityFlipped && stance === 'states' ? 'denies' : structure.polarityFlipped && stance === 'denies' && w.proposition.negated ? 'states' : stance;
        best.set(w.claim, { rank, features, terms: matchedTerms, stance: turned });
      }
    }
    // Claims on one topic share words: the sentence states the claim it carries clearly more of than any other.
    const entries = [...best];
    const coverage = entries.map(([, b]) => b.features[RELATED_COVERAGE] as number);
    return entries
      .map(([ci, b], i) => {
        const next = Math.max(0, ...coverage.filter((_, j) => j !== i));
        const features = [...b.features, (coverage[i] as number) - next];
        return { claim: this.claims[ci] as MatchableClaim, probability: matchProbability(features, this.decision.weights), features, terms: b.terms, stance: b.stance };
      })
      .sort((a, b) => b.probability - a.probability);
  }

  /**
   * The sentences of `text` worth a decision, in text order, each with every candidate
   * claim weighed. A sentence is weighed on its own: the same paragraph gives the same
   * answer in the CLI and in the extension, which reads a page block by block. A sentence
   * that shares no words with any claim is left out unless it follows a sentence with a
   * match in its paragraph (it may point back to it).
   */
  weighText(text: string): WeighedSentence[] {
    const out: WeighedSentence[] = [];
    let lastMatchedEnd = -1;
    for (const sentence of segmentSentences(text)) {
      // Cheap first pass on all the sentence's words: the few wordings it carries most of.
      // Its main parties count toward the words it shares with a wording ("Moscow asked Beijing for drones").
      const all = analyzeProposition(sentence.text, null, true, this.verbs);
      const words = all.terms;
      const candidates = this.closest(this.candidates([...words, ...all.entities.map((e) => `#${e}`)]), words, actsOfAnyKind(all));
      const followsMatch = lastMatchedEnd >= 0 && !text.slice(lastMatchedEnd, sentence.start).includes('\n');
      if (candidates.length === 0 && !followsMatch) continue;
      const read = readSentence(text, sentence, this.verbs);
      // A sentence with a reporting frame is read without it ("US officials said that …"):
      // the frame's parties are not the claim's, and its verb is not the claim's action.
      // A sentence that points back ("X called this fake news") states its own words, whatever it says of the claim before.
      const readings: Reading[] = [{ proposition: read.proposition, stance: read.pointsBack ? 'states' : read.stance }];
      // "Asked about the request, the spokesman said: 'No.'": the question carries the claim, the answer the stance.
      if (read.asked) readings.push(read.asked);
      if (read.answer) readings.push({ proposition: read.answer, stance: 'states' });
      // "…, saying it had enough resources": the subject states what the participle says. Read
      // first, so that it speaks for the claim when the whole sentence carries it no better.
      if (read.saying) readings.unshift({ proposition: read.saying, stance: 'states' });
      // "… after his warning that China would face consequences": what the noun holds, read on its own.
      readings.push(...read.held);
      // "Lima is arming Quito, a move that analysts say …": the writer states the main clause.
      if (read.ownClause) readings.push(read.ownClause);
      const claims = candidates.length > 0 ? this.weigh(readings, candidates) : [];
      lastMatchedEnd = claims.some((c) => c.probability >= this.decision.threshold) || (read.pointsBack && followsMatch) ? sentence.end : -1;
      out.push({ span: sentence, stance: read.stance, pointsBack: read.pointsBack && followsMatch, ...(read.pointerSpeaker ? { pointerSpeaker: read.pointerSpeaker } : {}), ...(read.pointerAct ? { pointerAct: read.pointerAct } : {}), claims });
    }
    return out;
  }

  /** A claim by its id (built on first use: only pages that point back need it). */
  private claimById(id: string): MatchableClaim | undefined {
    if (!this.byId) this.byId = new Map(this.claims.map((c) => [c.id, c]));
    return this.byId.get(id);
  }

  /** A wording's carriers (see Wording), built on first use: most wordings of a large index are never a candidate. */
  private carriersOf(w: Wording): Map<string, { term: number; credit: number }[]> {
    if (w.carriers) return w.carriers;
    const carriers = new Map<string, { term: number; credit: number }[]>();
    const carry = (stem: string, term: number, credit: number): void => {
      const list = carriers.get(stem);
      if (list) list.push({ term, credit });
      else carriers.set(stem, [{ term, credit }]);
    };
    w.proposition.terms.forEach((t, i) => {
      carry(t, i, 1);
      for (const [r, weight] of this.related.of(t)) carry(r, i, weight);
    });
    return (w.carriers = carriers);
  }

  /**
   * The candidates worth reading the sentence for: the CLOSEST wordings by how much of
   * each the sentence's words carry, exactly or by a related word, among those carrying
   * at least the coverage floor (COMPLETED_COVERAGE_FLOOR for a wording a common party
   * completed). The whole sentence's words are a superset of any reading's, so this share
   * is an upper bound of the coverage the decision later measures.
   */
  private closest({ listed, completed }: { listed: number[]; completed: number[] }, words: string[], anyActs: readonly ActOfAnyKind[]): number[] {
    const scored: { wi: number; coverage: number }[] = [];
    const measure = (wi: number, floor: number): void => {
      const w = this.wordings[wi] as Wording;
      const credit = this.credit.length >= w.termWeights.length ? this.credit.fill(0, 0, w.termWeights.length) : (this.credit = new Float64Array(w.termWeights.length * 2));
      const carriers = this.carriersOf(w);
      for (const stem of words) {
        const carried = carriers.get(stem);
        if (carried) for (const c of carried) if (c.credit > (credit[c.term] as number)) credit[c.term] = c.credit;
      }
      // "denied making any request": an act of any kind carries the wording's object too (pairFeatures measures the same).
      const action = w.proposition.predicate === null ? -1 : w.proposition.terms.indexOf(w.proposition.predicate);
      const isAction = (stem: string): boolean => carriers.get(stem)?.some((c) => c.term === action && c.credit >= ACTION_SENSE) ?? false;
      if (action >= 0 && everyActOfClaim(anyActs, isAction, (stem) => carriers.has(stem))) credit.fill(1, 0, w.termWeights.length);
      let got = 0;
      for (let i = 0; i < w.termWeights.length; i++) got += (credit[i] as number) * (w.termWeights[i] as number);
      const coverage = w.totalWeight === 0 ? 0 : got / w.totalWeight;
      if (coverage >= floor) scored.push({ wi, coverage });
    };
    for (const wi of listed) measure(wi, this.decision.coverageFloor);
    for (const wi of completed) measure(wi, Math.max(this.decision.coverageFloor, COMPLETED_COVERAGE_FLOOR));
    return scored
      .sort((a, b) => b.coverage - a.coverage || a.wi - b.wi)
      .slice(0, CLOSEST)
      .map((x) => x.wi);
  }

  /** Every sentence of `text` that states, denies or disputes a claim, with offsets into `text`; one entry per claim a sentence carries. */
  matchText(text: string): SentenceMatch[] {
    const out: SentenceMatch[] = [];
    let previous: SentenceMatch[] = [];
    for (const s of this.weighText(text)) {
      const found = s.claims.filter((c) => c.probability >= this.decision.threshold);
      if (found.length === 0 && s.pointsBack) {
        // "Lima also denied these reports": takes the claim of the sentence just before it in its paragraph.
        const speaker = s.pointerSpeaker;
        const fits = (claimId: string): boolean => {
          const claim = this.claimById(claimId)?.propositions[0];
          return (!speaker || speakerFitsDoers(speaker, claim?.agents ?? [], claim?.terms ?? [])) && (!s.pointerAct || (claim !== undefined && namesTheAct(claim, s.pointerAct, (t) => this.related.of(t))));
        };
        previous = previous.filter((p) => fits(p.claimId)).map((p) => ({ ...p, sentence: s.span.text, start: s.span.start, end: s.span.end, stance: s.stance, terms: [] }));
      } else {
        previous = found.map((c) => {
          return { sentence: s.span.text, start: s.span.start, end: s.span.end, claimId: c.claim.id, stance: c.stance, score: Math.round(c.probability * 1000) / 1000, terms: sentenceWordsFor(c.terms, s.span.text, (t) => this.related.of(t)) };
        });
      }
      // "Did Lima arm Quito?" asks: it states, denies or disputes nothing, but the next sentence
      // may answer it ("Lima denied the reports."). It is still weighed: calibration learns from it.
      if (!isQuestion(s.span.text)) out.push(...previous);
    }
    return out;
  }

}

/**
 * Whether a claim's act is the one a definite act noun points to: its action is the noun or a word
 * close to it ("request" for "asked"), and it carries each word that qualifies the noun ("The
 * request for equipment": "equipment"), itself or by a related word.
 */
function namesTheAct(claim: Proposition, pointer: { act: string; qualifiers: string[] }, related: (term: string) => [string, number][]): boolean {
  const carries = (word: string): boolean => claim.terms.some((t) => t === word || related(t).some(([r, w]) => r === word && w >= ACTION_SENSE));
  const action = claim.predicate;
  const isAct = action !== null && (action === pointer.act || related(action).some(([r, w]) => r === pointer.act && w >= ACTION_SENSE));
  return isAct && pointer.qualifiers.filter((q) => !STOPWORDS.has(q)).every((q) => termsOf(q).every(carries));
}

