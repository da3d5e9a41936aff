import { distinctActors } from '../core/people/actorNames';
import type { AttributionView, ClaimView } from './claimView';

/**
 * Who stands on one side of a claim, each source once whatever its variant names ("the US",
 * "Washington"). Kept out of the card's modules: telling variants apart needs the gazetteer,
 * which the content script, run on every page, should not load.
 */
export function namesOnSide(list: readonly AttributionView[]): string {
  return distinctActors(list.map((a) => a.actor)).join(', ') || 'no one in the sources';
}

/** "Asserted by A, B · Denied or disputed by C", for one-line summaries in result lists. */
export function summariseSides(claim: ClaimView): string {
  return `Asserted by ${namesOnSide(claim.asserted)} · Denied or disputed by ${namesOnSide(claim.deniedOrDisputed)}`;
}
