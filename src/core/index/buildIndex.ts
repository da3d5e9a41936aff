import { proseRange, type SourceDocument } from '../document/sourceDocument';
import { extractAttributions, impliedDoer, type ExtractedAttribution } from '../extract/extractAttributions';
import { reportedWords } from '../extract/statement';
import type { RelatedTerms } from '../lexicon/relatedTerms';
import { analyzeProposition, oneExampleEach, type Proposition } from '../match/proposition';
import { scoreProposition, type PropositionScore } from '../match/score';
import { TermWeights } from '../match/termWeights';
import { segmentSentences } from '../text/sentences';
import type { TextSpan } from '../text/span';
import { canonicalClaimText } from './claimText';
import { CLAIM_INDEX_VERSION, type ClaimIndex, type IndexedAttribution, type IndexedClaim, type IndexLexicon } from './schema';
import { stableId } from './stableId';

/** Two wordings are one claim when one carries this share of the other's terms ... */
const MERGE_THRESHOLD = 0.7;
/** ... and the other carries at least this share back (extra detail is allowed, a different point is not). */
const MERGE_FLOOR = 0.25;
/** Cues whose content is a position rather than a sentence: "expressed unwavering support for …", "voiced concern over …". */
const POSITION_CUE = /^(?:express|voice)/iu;
/** A denial joins the claim it denies when it carries this share of the claim (the matcher's structural comparison). */
const LINK_THRESHOLD = 0.5;

interface Statement {
  doc: SourceDocument;
  attribution: ExtractedAttribution;
  proposition: Proposition;
  /** The statement with its examples, and the second and later sentences of a quote that spans several: wordings of the claim too. */
  laterSentences: Proposition[];
  claim: DraftClaim | null;
}

interface DraftClaim {
  key: string;
  /** Claims are listed in this order: assertions' claims by where their statement stands, then claims that only denials or accusations open. */
  order: number;
  texts: string[];
  attributions: IndexedAttribution[];
  /** The statements' core propositions: what merging and linking compare. */
  cores: Proposition[];
  /** Every wording the matcher will know the claim by: the cores, their examples, later sentences of quotes. */
  propositions: Proposition[];
}

function toIndexed(s: Statement, stance: IndexedAttribution['stance']): IndexedAttribution {
  const a = s.attribution;
  // "accused the US of spreading disinformation", "denied asking Beijing for help": the quote keeps
  // its verb, without which "the US of spreading …" or "asking Beijing …" reads as no sentence.
  const fragment = (a.target?.kind === 'accused' && /^accus/iu.test(a.cue)) || /^\p{Ll}+ing\b/u.test(a.content.text);
  const cueAt = fragment ? s.doc.text.lastIndexOf(a.cue, a.content.start) : -1;
  const start = cueAt >= 0 && a.content.start - cueAt <= a.cue.length + 1 ? cueAt : a.content.start;
  return { actor: a.source.actor, role: a.source.role, stance, quote: s.doc.text.slice(start, a.content.end), documentId: s.doc.id, start, end: a.content.end, cue: a.cue };
}

/** A statement's words as a claim's wording: without a frame inside them ("Russia, officials said, had asked …" gives "Russia had asked …"). */
function wordsOf(span: TextSpan, aside: TextSpan | undefined): string {
  return reportedWords(span, aside).replace(/\s{2,}/gu, ' ');
}

/** The page matcher's structural comparison of `sentence` with a wording of a claim: its score, or null. */
type Likelihood = (claim: Proposition, sentence: Proposition) => PropositionScore | null;

/** Both directions must match: a short wording is not the same claim as a long one that merely contains it. */
function sameClaim(a: Proposition, b: Proposition, likelihood: Likelihood): number {
  const ab = likelihood(a, b);
  const ba = likelihood(b, a);
  if (!ab || !ba || ab.polarityFlipped) return 0;
  return Math.min(ab.score, ba.score) >= MERGE_FLOOR ? Math.max(ab.score, ba.score) : 0;
}

function bestDraft(p: Proposition, drafts: DraftClaim[], likelihood: Likelihood, threshold: number, symmetric: boolean): DraftClaim | null {
  let best: DraftClaim | null = null;
  let bestScore = threshold;
  for (const d of drafts) {
    for (const q of d.cores) {
      const s = symmetric ? sameClaim(q, p, likelihood) : (likelihood(q, p)?.score ?? 0);
      if (s >= bestScore) {
        best = d;
        bestScore = s + 1e-9;
      }
    }
  }
  return best;
}

/** Words that make a negated statement more than the plain "not" of another: a modal or future ("will not cut" is no denial that it cut), a time of its own ("not … this year"), a reporting or rejecting verb ("did not deny", "did not say"), a scope ("not all", "only", "unless", "because"). */
const NOT_PLAIN_NEGATION = /\b(?:will|would|may|might|could|can|shall|should|must|won['\u2019]t|wouldn['\u2019]t|can['\u2019]t|couldn['\u2019]t|yet|so far|recently|anymore|any longer|no longer|again|(?:this|last|next)\s+(?:year|month|week|time|season)|all|every|only|fully|entirely|completely|unless|until|because|since|deny|denied|denies|dispute|disputed|reject|rejected|say|said|confirm|confirmed|claim|claimed)\b/iu;

/** A statement that is only the negation of a claim ("Kenya has not cut fuel subsidies"), without a modal, a reporting verb or a scope. */
function plainNegation(words: string): boolean {
  return !NOT_PLAIN_NEGATION.test(words);
}

/** `negated` says `claim` did not happen, and nothing else: the same terms, parties and doers, only negated. */
function negates(negated: Proposition, claim: Proposition): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((t) => y.includes(t));
  return same(negated.terms, claim.terms) && same(negated.entities, claim.entities) && same(negated.agents, claim.agents);
}

/** A wording as the index stores it: without the layout, which only page sentences use, so the index stays small; with the terms it says only under a condition. */
export function storedProposition({ layout, ...stored }: Proposition): Proposition {
  const conditional = layout ? stored.terms.filter((_, i) => (layout.termPlaces[i] ?? []).length > 0 && (layout.termPlaces[i] ?? []).every((at) => layout.conditionalAt.includes(at))) : [];
  return conditional.length > 0 ? { ...stored, conditional } : stored;
}

/**
 * Builds the claim index from news documents: extracts every attributed statement,
 * merges statements of one proposition into one claim (across sentences and documents),
 * and links each denial or dispute to the claim it answers, with the same comparison
 * the page matcher uses. Deterministic: documents are taken in id order.
 */
export function buildClaimIndex(documents: SourceDocument[], lexicon: RelatedTerms): ClaimIndex {
  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const statements: Statement[] = [];
  const perDoc = new Map<string, Statement[]>();
  for (const doc of docs) {
    const { from, to } = proseRange(doc.text);
    const list = extractAttributions(doc.text, from, to).map((attribution) => {
      const target = attribution.target?.kind === 'span' ? attribution.target.span : attribution.content;
      // "Russia, officials said, had asked …": read without the frame inside it.
      const span = { ...target, text: reportedWords(target, attribution.aside) };
      // The content's doer: the source ("Peru denied asking …"), or a party the frame names ("warned Beijing that it …").
      // "China expressed unwavering support for …": the one who expresses a position holds it.
      const holdsPosition = POSITION_CUE.test(attribution.cue);
      const agent = holdsPosition ? attribution.source.entity : impliedDoer(attribution);
      const later = segmentSentences(span.text).slice(1);
      // "It is going according to plan": a later sentence of a quote speaks of the speaker's side unless it names its own.
      const speaker = agent ?? attribution.source.entity;
      const laterSentences = later
        .map((sentence) => analyzeProposition(sentence.text, speaker, false, lexicon.verbs))
        .filter((p) => p.terms.length >= 3 && p.entities.length > 0);
      // Claims are compared and linked by their core ("asked China for military equipment"); the
      // wording with its examples ("…, including drones") is a wording of the claim too, and so
      // is the claim with each example of a longer list alone.
      const proposition = analyzeProposition(span.text, agent, false, lexicon.verbs, false);
      const withExamples = analyzeProposition(span.text, agent, false, lexicon.verbs, true);
      const extra = withExamples.terms.length > proposition.terms.length ? [withExamples, ...oneExampleEach(span.text).map((t) => analyzeProposition(t, agent, false, lexicon.verbs, true))] : [];
      return { doc, attribution, proposition, laterSentences: [...extra, ...laterSentences], claim: null } satisfies Statement;
    });
    perDoc.set(doc.id, list);
    statements.push(...list);
  }
  const weights = TermWeights.over(statements.map((s) => s.proposition), (t) => lexicon.rarityOf(t));
  const likelihood: Likelihood = (claim, sentence) => scoreProposition(claim, sentence, (t) => weights.weight(t), (t) => lexicon.of(t));
  const drafts: DraftClaim[] = [];
  const position = new Map(statements.map((s, i) => [s, i]));
  const newDraft = (s: Statement, answering = false): DraftClaim => {
    const d: DraftClaim = { key: `${s.doc.id}:${s.attribution.content.start}`, order: (answering ? statements.length : 0) + (position.get(s) ?? 0), texts: [], attributions: [], cores: [], propositions: [] };
    drafts.push(d);
    return d;
  };
  const addTo = (d: DraftClaim, s: Statement, stance: IndexedAttribution['stance'], wording: string | null): void => {
    d.attributions.push(toIndexed(s, stance));
    if (wording !== null) d.texts.push(wording);
    // An accusation ("accused the US of spreading disinformation") answers the claim but words another proposition: not a wording of it.
    const wordsTheClaim = (stance === 'asserts' && s.attribution.target?.kind !== 'previous') || s.attribution.target?.kind === 'span';
    const same = (p: Proposition): boolean => p.terms.join() === s.proposition.terms.join() && p.entities.join() === s.proposition.entities.join() && p.agents.join() === s.proposition.agents.join() && p.negated === s.proposition.negated;
    if (wordsTheClaim && s.proposition.terms.length > 0 && !d.cores.some(same)) {
      d.cores.push(s.proposition);
      d.propositions.push(s.proposition);
    }
    if (stance === 'asserts') d.propositions.push(...s.laterSentences);
    s.claim = d;
  };

  // Assertions first, so a denial can find its claim wherever the claim is stated; negated ones
  // last, so that one that negates a claim stated anywhere joins it as a denial ("Kenya has not
  // cut subsidies, the ministry said": the ministry denies that Kenya cut them).
  const assertions = statements.filter((s) => {
    const a = s.attribution;
    const unanswered = a.stance !== 'asserts' && a.target === null;
    // "Reuters reported the request" asserts the claim before it: linked below, with the denials.
    return !((a.stance !== 'asserts' && !unanswered) || a.target?.kind === 'previous') && s.proposition.terms.length > 0;
  });
  for (const s of [...assertions.filter((x) => !x.proposition.negated), ...assertions.filter((x) => x.proposition.negated)]) {
    const a = s.attribution;
    const denied = s.proposition.negated && a.stance === 'asserts' && plainNegation(wordsOf(a.content, a.aside)) ? drafts.find((d) => d.cores.some((q) => !q.negated && negates(s.proposition, q))) : undefined;
    if (denied) {
      addTo(denied, s, 'denies', null);
      continue;
    }
    const d = bestDraft(s.proposition, drafts, likelihood, MERGE_THRESHOLD, true) ?? newDraft(s);
    // "said it is ready to help": the claim reads "Peru is ready to help".
    // "expressed unwavering support for …": the content is a position, not a sentence.
    const said = wordsOf(a.content, a.aside);
    const position = POSITION_CUE.test(a.cue) ? `${a.source.actor} ${a.cue} ${said}` : said;
    const doer = a.sourceIsAgent ? a.source.actor : (a.agentSpan?.text ?? null);
    const wording = doer ? position.replace(/^(?:it|they|we)\s+(?=\S)/iu, `${doer} `) : position;
    addTo(d, s, 'asserts', wording);
  }

  for (const [, list] of perDoc) {
    list.forEach((s, i) => {
      const a = s.attribution;
      if (s.claim || a.target === null || (a.stance === 'asserts' && a.target.kind !== 'previous')) return;
      let target: DraftClaim | null = null;
      if (a.target.kind === 'previous') {
        target = a.previousIndex !== null ? (list[a.previousIndex]?.claim ?? null) : null;
      } else if (a.target.kind === 'accused') {
        // "accused the US of spreading disinformation": answers what that party said just before.
        const party = analyzeProposition(a.target.party.text).entities[0];
        const before = list[i - 1];
        // It must answer a claim about the accuser's own side: Peru disputing what Chile said of Peru.
        const accuser = a.source.entity;
        const aboutAccuser = accuser !== null && (before?.claim?.propositions.some((p) => p.entities.includes(accuser)) ?? false);
        if (party && before?.claim && aboutAccuser && before.attribution.source.entity === party && a.unitIndex - before.attribution.unitIndex <= 1) target = before.claim;
      } else {
        target = bestDraft(s.proposition, drafts, likelihood, LINK_THRESHOLD, false);
      }
      if (target) {
        addTo(target, s, a.stance, null);
      } else if (a.target.kind === 'span' && s.proposition.terms.length > 0) {
        // A denial of something no document asserts: the denied proposition is a claim of its own.
        const d = newDraft(s, true);
        const denied = wordsOf(a.target.span, a.aside);
        const words = a.sourceIsAgent ? `${a.source.actor} ${denied}` : denied;
        addTo(d, s, a.stance, words);
      } else if (s.proposition.terms.length > 0 && a.target.kind === 'accused') {
        // An accusation with nothing to answer is what it says: the speaker asserts it.
        const d = bestDraft(s.proposition, drafts, likelihood, MERGE_THRESHOLD, true) ?? newDraft(s, true);
        addTo(d, s, 'asserts', wordsOf(a.content, a.aside));
      }
    });
  }

  const claims: IndexedClaim[] = [...drafts]
    .sort((a, b) => a.order - b.order)
    .filter((d) => d.attributions.length > 0)
    .map((d) => {
      const wordings = d.texts.length > 0 ? d.texts : [d.attributions[0]?.quote ?? ''];
      const shortest = [...wordings].filter((w) => w.split(/\s+/u).length >= 4).sort((x, y) => x.length - y.length)[0] ?? (wordings[0] as string);
      // The layout only serves page sentences: the index stays small.
      const propositions = d.propositions.map(storedProposition);
      return { id: stableId('c', d.key), text: canonicalClaimText(shortest), attributions: d.attributions, propositions };
    });
  return {
    version: CLAIM_INDEX_VERSION,
    documents: docs.map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, date: d.date, url: d.url, text: d.text })),
    claims,
    lexicon: indexLexicon(claims, lexicon),
  };
}

/** The part of the related-terms table an index of these claims needs (see IndexLexicon). */
export function indexLexicon(claims: IndexedClaim[], lexicon: RelatedTerms): IndexLexicon {
  const related: Record<string, string> = {};
  const rarity: Record<string, number> = {};
  for (const t of [...new Set(claims.flatMap((c) => c.propositions.flatMap((p) => p.terms)))].sort()) {
    const entry = lexicon.entry(t);
    if (entry !== undefined) related[t] = entry;
    const r = lexicon.rarityOf(t);
    if (r !== undefined) rarity[t] = r;
  }
  return { verbs: lexicon.verbList(), verbForms: lexicon.verbFormList(), related, rarity };
}
