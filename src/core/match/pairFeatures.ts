import { isNumberTerm } from '../lexicon/terms';
import type { Proposition } from './proposition';
import { ACTION_SENSE, actionWords, swappedRoles } from './roles';
import { termSetOf, type PropositionScore } from './score';

/**
 * The measurements the match decision is made from, one number each, in this order.
 * `decisionModel.ts` holds a weight per name, fitted by `npm run calibrate`.
 */
export const FEATURE_NAMES = [
  'exactCoverage',
  'relatedCoverage',
  'action',
  'objects',
  'coreEntities',
  'doer',
  'otherEntities',
  'rolesSwapped',
  'negationDiffers',
  'numbersAgree',
  'numbersClash',
  'sentenceCovered',
  'actionAndCoverage',
  'structure',
  'partiesWithoutAction',
  // Set by the matcher, which sees every candidate: this claim's related coverage minus the best other claim's.
  'marginOverOthers',
] as const;

/** A feature vector, indexed as FEATURE_NAMES. */
export type Features = number[];

/** How a claim wording's terms are met in a sentence. */
export interface TermMatch {
  features: Features;
  /** The claim terms the sentence carries, exactly or by a related word. */
  matchedTerms: string[];
}

/** Related stems of a claim term with their closeness, strongest first. */
export type RelatedOf = (term: string) => [string, number][];

/** How well a sentence carries one claim term: 1 for the term itself, else the closest related stem's weight. */
function termCredit(term: string, sentenceTerms: ReadonlySet<string>, related: RelatedOf): number {
  if (sentenceTerms.has(term)) return 1;
  // A number must be the same number: 70 is not 90.
  if (isNumberTerm(term)) return 0;
  for (const [r, w] of related(term)) if (sentenceTerms.has(r)) return w;
  return 0;
}

/** Month stems and "last": words of time that may follow an act of any kind without naming another thing ("any request in March"). */
const TIME_TERMS: ReadonlySet<string> = new Set(['januari', 'februari', 'march', 'april', 'mai', 'june', 'juli', 'august', 'septemb', 'octob', 'novemb', 'decemb', 'last']);

/** A word after "any" or "no" ("any request", "no such sale"), with the sentence's words after it. */
export interface ActOfAnyKind {
  stem: string;
  after: string[];
}

/** The sentence's acts of any kind: "denied making any request to Kenya for fuel" gives "request" with the words after it, "fuel" (a party is no word). */
export function actsOfAnyKind(sentence: Proposition): ActOfAnyKind[] {
  const layout = sentence.layout;
  if (!layout || layout.anyAt.length === 0) return [];
  const first = (i: number): number => (layout.termPlaces[i] ?? [])[0] ?? -1;
  return sentence.terms.flatMap((t, i) => {
    const at = (layout.termPlaces[i] ?? []).find((p) => layout.anyAt.includes(p));
    return at === undefined ? [] : [{ stem: t, after: sentence.terms.filter((_, j) => first(j) > at) }];
  });
}

/**
 * Whether one of the acts of any kind words the claim's action and names nothing else after
 * it: "denied making any request" speaks of every request, whatever was asked for; "denied
 * any request for fuel" speaks of a request for fuel. `isAction` says whether a stem words the
 * claim's action; `carries`, whether it carries some term of the claim.
 */
export function everyActOfClaim(acts: readonly ActOfAnyKind[], isAction: (stem: string) => boolean, carries: (stem: string) => boolean): boolean {
  return acts.some((a) => isAction(a.stem) && a.after.every((t) => carries(t) || TIME_TERMS.has(t) || isNumberTerm(t)));
}

/**
 * Measures how a sentence's proposition carries one wording of a claim: weighted term
 * coverage (exact, and with related words), the action, the objects, the parties and
 * their roles, negation and numbers. `weight` gives rarer terms more say; `structure` is
 * the structural comparison (score.ts): its score, and the roles it read around the claim's
 * action. `carries` says how well a sentence stem carries some term of the claim (1 for the
 * term itself, a related word's closeness, 0 for none): the matcher keeps it per wording.
 */
export function pairFeatures(claim: Proposition, sentence: Proposition, weight: (term: string) => number, related: RelatedOf, structure: PropositionScore, carries: (stem: string) => number): TermMatch {
  const sentenceTerms = termSetOf(sentence);
  let total = 0;
  let exact = 0;
  let soft = 0;
  let objectTotal = 0;
  let objectGot = 0;
  let actionCredit = 0;
  const matchedTerms: string[] = [];
  const near = claim.predicate === null ? null : actionWords(claim, related);
  const everyAct = near !== null && everyActOfClaim(actsOfAnyKind(sentence), (t) => near.has(t), (t) => carries(t) > 0);
  for (const t of claim.terms) {
    const w = weight(t);
    // "denied making any request": every request, whatever it was for, so the claim's object too.
    const own = termCredit(t, sentenceTerms, related);
    const credit = everyAct && t !== claim.predicate ? 1 : own;
    if (t === claim.predicate) actionCredit = credit;
    total += w;
    soft += w * credit;
    if (own === 1) exact += w;
    if (credit > 0) matchedTerms.push(t);
    if (t !== claim.predicate) {
      objectTotal += w;
      objectGot += w * credit;
    }
  }
  const action = claim.predicate === null ? 0.5 : actionCredit;
  const core = claim.entities.slice(0, 2);
  const coreShare = core.length === 0 ? 1 : core.filter((e) => sentence.entities.includes(e)).length / core.length;
  const doer = claim.agents[0];
  const others = sentence.entities.filter((e) => !claim.entities.includes(e)).length;
  const claimNumbers = claim.terms.filter(isNumberTerm);
  const sentenceNumbers = sentence.terms.filter(isNumberTerm);
  const numbersAgree = claimNumbers.some((n) => sentenceNumbers.includes(n));
  // How much of the sentence the claim accounts for: a long sentence on another point carries little of it.
  // A sentence word counts as far as it carries a claim term, exactly or by a related word ("sought arms" covers "asked for weapons").
  let covered = 0;
  for (const t of sentence.terms) covered += carries(t);
  const relatedCoverage = total === 0 ? 0 : soft / total;
  const features: Features = [
    total === 0 ? 0 : exact / total,
    relatedCoverage,
    action,
    objectTotal === 0 ? 0.5 : objectGot / objectTotal,
    coreShare,
    doer === undefined ? 0.5 : sentence.entities.includes(doer) ? 1 : 0,
    Math.min(2, others) / 2,
    swappedRoles(claim, structure.roles) ? 1 : 0,
    structure.polarityFlipped ? 1 : 0,
    numbersAgree ? 1 : 0,
    claimNumbers.length > 0 && sentenceNumbers.length > 0 && !numbersAgree ? 1 : 0,
    sentence.terms.length === 0 ? 0 : covered / sentence.terms.length,
    action * relatedCoverage,
    structure.score,
    // Both parties named but not what one does to the other: maybe another relation between them.
    claim.agents.length > 0 && claim.patients.length > 0 && action < ACTION_SENSE ? 1 : 0,
  ];
  return { features, matchedTerms };
}
