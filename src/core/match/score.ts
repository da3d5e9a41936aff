import type { RelatedOf } from './pairFeatures';
import { INTENT_VERBS, joinedBetween, type Proposition } from './proposition';
import { termsOf } from '../lexicon/terms';
import { actionWords, rolesAroundAction, swappedRoles } from './roles';
import { GIVING, TAKING, TAKING_CONVERSE } from '../lexicon/transferVerbs';

/** Which way a proposition's transfer runs: 'gives' (doer to the party acted on), 'takes' (the other way), or null (none, or both). `converseTakes`: a converse verb with no "from X" ("buy more gas") takes. */
function transferOf(terms: readonly string[], converseTakes = false): 'gives' | 'takes' | null {
  const gives = terms.some((t) => GIVING.has(t));
  const takes = terms.some((t) => TAKING.has(t) || (converseTakes && TAKING_CONVERSE.has(t)));
  return gives === takes ? null : gives ? 'gives' : 'takes';
}

/**
 * Whether a page sentence moves things the other way from the claim's transfer, `agents` being
 * the doers read around the claim's action:
 * - a purchase "from" the claim's receiver ("considering buying hardware from Russia" is no sale
 *   to Russia), unless the sentence gives with a verb of its own ("sold tea to Egypt after buying
 *   machinery from Egypt");
 * - the claim's doer moving things the other way ("Russia offered China equipment" is no request
 *   for it), unless a converse "from X" turns the roles round ("Ethiopia received maize from Kenya").
 */
function otherWayRound(claim: Proposition, sentence: Proposition, agents: readonly string[]): boolean {
  const layout = sentence.layout;
  const explicit = layout?.explicitAgents ?? [];
  // A giving verb that only opens an intent ("offered to buy") gives nothing of its own.
  const givesItself = (i: number): boolean => !layout || (layout.termPlaces[i] ?? []).some((p) => !layout.intendedAt.some((at) => at > p && at - p <= INTENT_REACH));
  if (claim.terms.some((t) => GIVING.has(t)) && !sentence.terms.some((t, i) => GIVING.has(t) && givesItself(i)) && explicit.some((a) => a.converse && claim.patients.includes(a.id))) return true;
  const transfer = transferOf(claim.terms);
  const doer = claim.agents[0];
  if (!transfer || doer === undefined || !agents.includes(doer) || explicit.some((a) => a.converse)) return false;
  return transferOf(sentence.terms, true) === (transfer === 'gives' ? 'takes' : 'gives');
}

/** How far after an intent verb the act it intends may stand ("offered to buy", "offered to eventually buy"). */
const INTENT_REACH = 3;

/** A related word this close stands for the claim's word in the structural comparison ("request" for "ask"). */
const SAME_SENSE = 0.7;

/** Why a proposition matched a claim, or null when it does not. */
export interface PropositionScore {
  /** Weighted share of the claim's concepts found in the sentence, 0..1. */
  score: number;
  matchedTerms: string[];
  /** The sentence negates what the claim affirms, or the reverse. */
  polarityFlipped: boolean;
  /** The sentence's doers and receivers read around the claim's action (see rolesAroundAction); its own roles between two wordings of the index. */
  roles: { agents: string[]; patients: string[] };
}

// Scoring runs for every candidate of every sentence: derived sets are computed once per proposition.
const termSets = new WeakMap<Proposition, Set<string>>();
const objectLists = new WeakMap<Proposition, string[]>();

/** A proposition's concepts and `#entity` terms as a set, worked out once per proposition. */
export function termSetOf(p: Proposition): Set<string> {
  let set = termSets.get(p);
  if (!set) termSets.set(p, (set = new Set([...p.terms, ...p.entities.map((e) => `#${e}`)])));
  return set;
}

/** A proposition's terms other than its action: what is asked for, given, sold. */
function objectsOf(p: Proposition): string[] {
  let list = objectLists.get(p);
  if (!list) objectLists.set(p, (list = p.terms.filter((t) => t !== p.predicate)));
  return list;
}

/** How many words after a negator an adverbial clause must open to stop it: "has not once supplied", "did not, as reported, supply" stay negated. */
const MIN_NEGATION_TO_CLAUSE = 3;

/** Every token place where a page sentence words the claim's action ("refused to sell tanks but sold drones": two); none when either has no known action. */
function actionPlaces(claim: Proposition, sentence: Proposition, related: RelatedOf): number[] {
  const layout = sentence.layout;
  if (!layout || !claim.predicate) return [];
  const near = actionWords(claim, related);
  return sentence.terms.flatMap((t, i) => ((near.get(t) ?? 0) >= SAME_SENSE ? (layout.termPlaces[i] ?? []) : []));
}

/** The stems of INTENT_VERBS: a claim whose action is itself to weigh, intend or be ready to ("is considering selling", "is ready to help"). */
const INTENT_STEMS: ReadonlySet<string> = new Set([...INTENT_VERBS].flatMap(termsOf));

/**
 * Whether the sentence only weighs or intends the claim's action where the claim does not:
 * "China is considering providing weapons" neither states nor denies "Beijing has stopped
 * providing weapons"; "plans to sell" does not state "sold", nor does "is not considering
 * selling" deny it.
 */
function onlyIntended(claim: Proposition, sentence: Proposition, related: RelatedOf): boolean {
  const places = actionPlaces(claim, sentence, related);
  return places.length > 0 && places.every((at) => sentence.layout?.intendedAt.includes(at)) && !claimIntends(claim);
}

/** How many of the claim's terms a sentence may carry outside a condition and still word the claim only inside it: the claim's subject ("Ford has not decided whether it will close …"). */
const OUTSIDE_CONDITION = 1;

/**
 * Whether the sentence words the claim only inside a condition or an open question (see
 * PropositionLayout.conditionalAt): the claim terms it carries (`matchedTerms`) sit there, all
 * but at most OUTSIDE_CONDITION. A claim that is itself a condition ("If Serbia qualifies,
 * Belgrade will host the final") shares more words outside it. The claim's own condition is
 * left out: "consequences should it help Russia" words "will face consequences if it helps
 * Russia" with its condition where the claim has it.
 */
function onlyConditional(claim: Proposition, sentence: Proposition, related: RelatedOf, matchedTerms: readonly string[]): boolean {
  const layout = sentence.layout;
  if (!layout || layout.conditionalAt.length === 0) return false;
  let inside = 0;
  let outside = 0;
  for (const t of matchedTerms) {
    if (claim.conditional?.includes(t)) continue;
    const carriers = new Set([t, ...related(t).filter(([, w]) => w >= SAME_SENSE).map(([r]) => r)]);
    const places = sentence.terms.flatMap((s, i) => (carriers.has(s) ? (layout.termPlaces[i] ?? []) : []));
    if (places.length === 0) continue;
    if (places.every((at) => layout.conditionalAt.includes(at))) inside++;
    else outside++;
  }
  return inside > 0 && outside <= OUTSIDE_CONDITION && inside > outside;
}

/** The claim's own action is weighed or intended: its action is an intent verb, or one (or a word of readiness) comes just before it ("Qatar intends to cut exports", "Qatar is ready to cut exports"). */
function claimIntends(claim: Proposition): boolean {
  if (claim.predicate === null) return false;
  const at = claim.terms.indexOf(claim.predicate);
  return INTENT_STEMS.has(claim.predicate) || (at > 0 && INTENT_STEMS.has(claim.terms[at - 1] as string));
}

/** Verbs that always weigh or plan an action when one follows them ("is considering selling", "plans to sell"); not "seek", "offer" or "expect", which as often take a thing ("sought a loan"). */
const ONLY_WEIGHING_STEMS: ReadonlySet<string> = new Set(['consider', 'weigh', 'mull', 'contemplate', 'plan', 'intend'].flatMap(termsOf));

/**
 * Whether the sentence says the action a claim only weighs or intends was done: "Norway sold
 * patrol boats" is more than "Norway is considering selling patrol boats", and another claim.
 * The sentence's own action is one of the claim's words other than its intent verb, and it
 * weighs or intends nothing ("weighing the sale of" does) and names the claim's intent verb in no
 * form ("under consideration").
 */
function doneWhereIntended(claim: Proposition, sentence: Proposition, related: RelatedOf): boolean {
  const layout = sentence.layout;
  if (!layout || claim.predicate === null || sentence.predicate === null || !ONLY_WEIGHING_STEMS.has(claim.predicate) || layout.intendedAt.length > 0) return false;
  // "is under consideration", "weighing": the sentence names the weighing in some form.
  const weighing = actionWords(claim, related);
  if (sentence.terms.some((t) => weighing.has(t))) return false;
  // The sentence's own action is one of the claim's other words, the weighed act among them ("Norway
  // sold patrol boats"), not another ("fears China is thinking about selling"). A stored claim keeps
  // no word order, so the weighed act is not told from the claim's other words.
  const own = sentence.predicate;
  return claim.terms.some((t) => t !== claim.predicate && (t === own || related(t).some(([r, w]) => r === own && w >= SAME_SENSE)));
}

/**
 * Whether the sentence negates the claim's action. Where the sentence's word for the action is
 * known (a page sentence): a negator counts unless an adverbial clause opens between it and the
 * action ("officials would not confirm the price, as Lima sold …"), and a refusal counts on
 * the action it governs ("refused to sell"). Else the clause's negation.
 */
function negatesAction(claim: Proposition, sentence: Proposition, related: RelatedOf): boolean {
  const layout = sentence.layout;
  if (!layout) return sentence.negated;
  const places = actionPlaces(claim, sentence, related);
  if (places.length === 0) return sentence.negated;
  // A negation does not reach past an adverbial clause some words on, nor past a clause joined on
  // with its own subject ("did not comment, and the EU will impose tariffs").
  const apart = (negator: number, at: number): boolean =>
    layout.subordinatorsAt.some((s) => s - negator >= MIN_NEGATION_TO_CLAUSE && Math.min(negator, at) < s && s < Math.max(negator, at)) ||
    joinedBetween(layout.clauseJoinsAt, negator, at) ||
    // A negation in a clause embedded after the action is that clause's ("lied about having no plans").
    layout.embeddedAt.some((e) => at < e && e <= negator) ||
    // … and one in a relative clause set off by commas before it ("Egypt, which has not commented, arrested …"):
    // the clause opens before the negator and closes after it, before the action.
    (negator < at && layout.asideOpenersAt.some((r) => r < negator && !layout.commasAt.some((c) => r <= c && c < negator)) && layout.commasAt.some((c) => negator <= c && c < at));
  const negated = (at: number): boolean => layout.refusedAt.includes(at) || layout.negatorsAt.some((negator) => !apart(negator, at));
  // The action is negated when every place it stands is refused or negated (most sentences join no clause).
  if (layout.clauseJoinsAt.length === 0) return places.every(negated);
  // Of the joined clauses that word the action, those that name most of the claim's parties are
  // the claim's: "did not sell turbines to Egypt, and it sold them to Greece" denies the sale to
  // Egypt and states none; "did not sell to Greece, and it sold them to Egypt" states it.
  const clauseOf = (at: number): number => layout.clauseJoinsAt.filter((s) => s < at).length;
  const partiesIn = (clause: number): number => claim.entities.filter((e) => (layout.entityAt[sentence.entities.indexOf(e)] ?? []).some((p) => clauseOf(p) === clause)).length;
  const most = Math.max(...places.map((at) => partiesIn(clauseOf(at))));
  return places.filter((at) => partiesIn(clauseOf(at)) === most).every(negated);
}

/**
 * Compares a sentence's proposition with one wording of a claim. Precision first: the
 * sentence must name the claim's core entities in the same roles (so "China asked
 * Russia" never matches "Russia asked China"), share its main action, and carry most of
 * its weighted concepts. `weight` gives rarer concepts more say. `strict` is for page
 * sentences, where the action's wording, the objects and extra parties are weighed by
 * the decision model instead of required here. Two wordings of the index are compared
 * without it, in both directions. A closely related word (`related`, from the
 * related-terms table) counts as the claim's own.
 */
export function scoreProposition(claim: Proposition, sentence: Proposition, weight: (term: string) => number, related: RelatedOf, strict = false): PropositionScore | null {
  // The entities a restatement must name: the claim's first two (its agent and the party acted on).
  const terms = termSetOf(sentence);
  // How well the sentence carries a term: 1 for the term itself, else its closest related word's weight.
  const credit = (t: string): number => {
    if (terms.has(t)) return 1;
    if (t.startsWith('#')) return 0;
    for (const [r, w] of related(t)) if (terms.has(r)) return w;
    return 0;
  };
  const sentenceTerms = { has: (t: string): boolean => credit(t) >= SAME_SENSE };
  // The cheapest and most selective test first: the claim's action must be there.
  // Between two wordings of the index the action must be the same; a page sentence's
  // wording of the action is left to the decision model, which weighs how close it is.
  if (!strict && claim.predicate && !sentenceTerms.has(claim.predicate)) return null;
  const core = claim.entities.length <= 2 ? claim.entities : claim.entities.slice(0, 2);
  // A core entity may go unnamed ("offered military support", to whom is implied) only
  // when the sentence names no other party in its place: Iranian drones are not Chinese.
  const missing = core.filter((e) => !sentence.entities.includes(e));
  const foreign = (es: string[]): boolean => es.some((e) => !claim.entities.includes(e));
  // On a page, only a party in the missing one's role takes its place: "Iranian drones"
  // for "Chinese drones", not Ukraine named as the place of the war.
  // A page sentence's roles are read around the word that carries the claim's action, not its first verb.
  const aroundAction = strict ? rolesAroundAction(claim, sentence, related) : sentence;
  const rolesKnown = strict && sentence.predicate !== null && claim.predicate !== null;
  const roles = rolesKnown ? aroundAction : sentence;
  const replaced = rolesKnown ? missing.some((e) => (claim.agents.includes(e) ? foreign(roles.agents) : foreign(roles.patients))) : foreign(sentence.entities);
  // A page sentence may leave a party implied ("Moscow asked for drones"): the decision
  // model weighs that; between two wordings of the index both must be named.
  if (missing.length > 0 && (replaced || (!strict && missing.length === core.length))) return null;
  // The doer itself may never go unnamed: "Chile was selling hardware" is not about Peru.
  const doer = claim.agents[0];
  if (doer !== undefined && !sentence.entities.includes(doer)) return null;
  // Who did what to whom: reject a sentence where the claim's doer is acted on ("China
  // asked Russia" against "Russia asked China"; "Canada asked Japan" against "Japan asked").
  if (swappedRoles(claim, roles)) return null;
  if (strict && otherWayRound(claim, sentence, roles.agents)) return null;
  if (claim.predicate === null || sentence.predicate === null) {
    // Without an action to anchor roles, fall back to the order of the parties.
    if (missing.length === 0 && core.length === 2 && sentence.entities.indexOf(core[0] as string) > sentence.entities.indexOf(core[1] as string)) return null;
  }
  let total = 0;
  let got = 0;
  const matchedTerms: string[] = [];
  // Core entities count as concepts too: a sentence that names both parties carries more of the claim.
  for (const t of [...core.map((e) => `#${e}`), ...claim.terms]) {
    const w = weight(t);
    total += w;
    const c = credit(t);
    got += w * c;
    if (c >= SAME_SENSE) matchedTerms.push(t);
  }
  if (total === 0) return null;
  // "China will face consequences if it helps Russia …": a sentence that carries only the condition
  // ("China has helped Russia evade sanctions") states the condition, not the claim.
  const main = claim.conditional ? claim.terms.filter((t) => !claim.conditional?.includes(t)) : [];
  // A claim on a condition is another claim under the opposite condition ("if it does not sell, …" for "if it sells, …").
  // ("if it does not sell" and "unless it sells" are one condition; a sentence with no condition is compared as before).
  if (strict && main.length > 0 && (sentence.layout?.conditionalAt.length ?? 0) > 0 && Boolean(claim.conditionNegated) !== Boolean(sentence.conditionNegated)) return null;
  if (strict && main.length > 0 && !main.some((t) => credit(t) >= SAME_SENSE)) return null;
  const objects = objectsOf(claim);
  const needed = Math.min(2, claim.terms.length);
  if (matchedTerms.length < needed) return null;
  // Same doer, same action, same receiver and part of the same object ("asked Peru for
  // military help" / "asked Peru for military equipment, including drones"): the
  // structure is the claim even when details differ, so the object share decides the rest.
  let score = got / total;
  const sameRoles = claim.predicate !== null && credit(claim.predicate) >= SAME_SENSE && core.length === 2 && missing.length === 0 && claim.agents.length > 0 && claim.agents.every((e) => roles.agents.includes(e));
  if (sameRoles && objects.length > 0) {
    const objectWeight = objects.reduce((n, t) => n + weight(t), 0);
    const objectGot = objects.reduce((n, t) => n + weight(t) * credit(t), 0);
    if (objectGot >= objectWeight / 3) score = Math.max(score, 0.5 + 0.5 * (objectGot / objectWeight));
  }
  // "If China provides weapons, …", "unclear whether it sold …": the action is not said to have happened.
  if (onlyConditional(claim, sentence, related, matchedTerms)) return null;
  const polarityFlipped = claim.negated !== negatesAction(claim, sentence, related);
  // A weighed or intended action is another claim than the action: neither its restatement nor, turned around, its denial.
  if (onlyIntended(claim, sentence, related)) return null;
  if (strict && doneWhereIntended(claim, sentence, related)) return null;
  return { score, matchedTerms, polarityFlipped, roles: aroundAction };
}
