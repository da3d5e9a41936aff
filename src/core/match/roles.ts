import type { RelatedOf } from './pairFeatures';
import type { Proposition } from './proposition';

/** How close a related word must be to stand for the claim's action when roles are read around it. */
export const ACTION_SENSE = 0.5;

// Asked for every reading of every candidate sentence: worked out once per wording and lexicon.
const closenessCache = new WeakMap<Proposition, { related: RelatedOf; closeness: Map<string, number> }>();

/**
 * The words that can stand for the claim's action, with how close each is: 1 for the claim's
 * own word, else its related words at ACTION_SENSE or closer. Empty for a claim with no action.
 */
export function actionWords(claim: Proposition, related: RelatedOf): ReadonlyMap<string, number> {
  const cached = closenessCache.get(claim);
  if (cached && cached.related === related) return cached.closeness;
  // A word the claim itself uses for something else ("interest" in "raised interest rates") does not carry its action.
  const closeness = new Map<string, number>(claim.predicate ? related(claim.predicate).filter(([r, w]) => w >= ACTION_SENSE && !claim.terms.includes(r)) : []);
  if (claim.predicate) closeness.set(claim.predicate, 1);
  closenessCache.set(claim, { related, closeness });
  return closeness;
}

/**
 * The sentence's doers and receivers around the word that carries the claim's action
 * ("China is supplying aid to Russia, which Russia requested": roles around "requested"),
 * or its own roles when the action is not there or the sentence has no layout.
 */
export function rolesAroundAction(claim: Proposition, sentence: Proposition, related: RelatedOf): { agents: string[]; patients: string[] } {
  const layout = sentence.layout;
  if (!claim.predicate || !layout) return sentence;
  const near = actionWords(claim, related);
  let best = -1;
  let bestWeight = 0;
  sentence.terms.forEach((t, i) => {
    const w = near.get(t) ?? 0;
    if (w > bestWeight) {
      best = i;
      bestWeight = w;
    }
  });
  if (best < 0) return sentence;
  const at = layout.termPlaces[best]?.[0] as number;
  const agents: string[] = [];
  const patients: string[] = [];
  // A doer the grammar names ("by Russia") is the doer of its own verb, not of every action in the sentence.
  const named = layout.explicitAgents.filter((a) => a.of === at).map((a) => a.id);
  sentence.entities.forEach((e, i) => {
    // Where a party is named more than once, the mention nearest the action has the role.
    const nearest = (layout.entityAt[i] ?? []).reduce((best, p) => (Math.abs(p - at) < Math.abs(best - at) ? p : best), Number.POSITIVE_INFINITY);
    const isAgent = named.length > 0 ? named.includes(e) : nearest < at;
    (isAgent ? agents : patients).push(e);
  });
  return { agents, patients };
}

/** The sentence's roles cross the claim's: the claim's doer is acted on by the one it acts on, or by another party ("China asked Russia" for "Russia asked China"). */
export function swappedRoles(claim: Proposition, sentence: { agents: string[]; patients: string[] }): boolean {
  const crossed = (from: string[], to: string[]): boolean => from.some((e) => to.includes(e));
  if (crossed(claim.agents, sentence.patients) && crossed(claim.patients, sentence.agents)) return true;
  // A claim with one party acting: another party acting on it ("Canada asked Japan" for "Japan asked").
  const doer = claim.agents[0];
  return doer !== undefined && sentence.agents.length > 0 && sentence.patients.includes(doer) && !sentence.agents.includes(doer);
}
