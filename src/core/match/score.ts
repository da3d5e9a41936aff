import { PREDICATE_CONCEPTS } from '../lexicon/concepts';
import type { Proposition } from './proposition';

/** Why a proposition matched a claim, or null when it does not. */
export interface PropositionScore {
  /** Weighted share of the claim's concepts found in the sentence, 0..1. */
  score: number;
  matchedTerms: string[];
  /** The sentence negates what the claim affirms, or the reverse. */
  polarityFlipped: boolean;
}

// Scoring runs for every candidate of every sentence: derived sets are computed once per proposition.
const termSets = new WeakMap<Proposition, Set<string>>();
const objectLists = new WeakMap<Proposition, string[]>();

/** A proposition's concepts and `#entity` terms as a set. */
function termSetOf(p: Proposition): Set<string> {
  let set = termSets.get(p);
  if (!set) termSets.set(p, (set = new Set([...p.terms, ...p.entities.map((e) => `#${e}`)])));
  return set;
}

/** A proposition's concepts that are not actions: what is asked for, given, sold. */
function objectsOf(p: Proposition): string[] {
  let list = objectLists.get(p);
  if (!list) objectLists.set(p, (list = p.terms.filter((t) => !PREDICATE_CONCEPTS.has(t))));
  return list;
}

/**
 * Compares a sentence's proposition with one wording of a claim. Precision first: the
 * sentence must name the claim's core entities in the same roles (so "China asked
 * Russia" never matches "Russia asked China"), share its main action, and carry most of
 * its weighted concepts. `weight` gives rarer concepts more say. `strict` is for page
 * sentences: they must also name one of the claim's objects (what is asked for, given,
 * sold) and add no receiver the claim does not have. Two wordings of the index are
 * compared without it, in both directions.
 */
export function scoreProposition(claim: Proposition, sentence: Proposition, weight: (term: string) => number, strict = false): PropositionScore | null {
  // The entities a restatement must name: the claim's first two (its agent and the party acted on).
  const sentenceTerms = termSetOf(sentence);
  // The cheapest and most selective test first: the claim's action must be there.
  if (claim.predicate && !sentenceTerms.has(claim.predicate)) return null;
  const core = claim.entities.length <= 2 ? claim.entities : claim.entities.slice(0, 2);
  // A core entity may go unnamed ("offered military support", to whom is implied) only
  // when the sentence names no other party in its place: Iranian drones are not Chinese.
  const missing = core.filter((e) => !sentence.entities.includes(e));
  if (missing.length > 0 && (missing.length === core.length || sentence.entities.some((e) => !claim.entities.includes(e)))) return null;
  // The doer itself may never go unnamed: "Chile was selling hardware" is not about Peru.
  const doer = claim.agents[0];
  if (doer !== undefined && !sentence.entities.includes(doer)) return null;
  // A sentence that gives the action a receiver the claim does not have states something else
  // ("ready to supply Chile" is not "ready to help end the war").
  if (strict && claim.predicate !== null && claim.patients.length === 0 && sentence.patients.some((e) => !claim.entities.includes(e))) return null;
  // Who did what to whom: reject a sentence where the claim's doer is acted on and the
  // one acted on does ("China asked Russia" against "Russia asked China").
  const swapped = (from: string[], to: string[]): boolean => from.some((e) => to.includes(e));
  if (swapped(claim.agents, sentence.patients) && swapped(claim.patients, sentence.agents)) return null;
  // A claim with one party: reject a sentence where another party acts on that one ("Canada asked Japan").
  if (doer !== undefined && sentence.agents.length > 0 && sentence.patients.includes(doer) && !sentence.agents.includes(doer)) return null;
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
    if (sentenceTerms.has(t)) {
      got += w;
      matchedTerms.push(t);
    }
  }
  if (total === 0) return null;
  // What is acted on must be there too: "asked Peru for help with a pipeline" is not "asked Peru for military help".
  const objects = objectsOf(claim);
  if (strict && objects.length > 0 && !objects.some((t) => sentenceTerms.has(t))) return null;
  const needed = Math.min(2, claim.terms.length);
  if (matchedTerms.length < needed) return null;
  // Same doer, same action, same receiver and part of the same object ("asked Peru for
  // military help" / "asked Peru for military equipment, including drones"): the
  // structure is the claim even when details differ, so the object share decides the rest.
  let score = got / total;
  const sameRoles = claim.predicate !== null && core.length === 2 && missing.length === 0 && claim.agents.length > 0 && claim.agents.every((e) => sentence.agents.includes(e));
  if (sameRoles && objects.length > 0) {
    const objectWeight = objects.reduce((n, t) => n + weight(t), 0);
    const objectGot = objects.filter((t) => sentenceTerms.has(t)).reduce((n, t) => n + weight(t), 0);
    if (objectGot >= objectWeight / 3) score = Math.max(score, 0.5 + 0.5 * (objectGot / objectWeight));
  }
  return { score, matchedTerms, polarityFlipped: claim.negated !== sentence.negated };
}
