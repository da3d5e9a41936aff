import { stem } from '../text/tokens';

/** Verbs of a transfer from the doer to the party acted on: "sold drones to Egypt", "offered Kenya a loan", "supplied Russia with chips". */
export const GIVING: ReadonlySet<string> = new Set(
  ['sell', 'sold', 'supply', 'supplied', 'provide', 'send', 'sent', 'give', 'gave', 'offer', 'export', 'deliver', 'ship', 'transfer', 'lend', 'lent', 'donate', 'hand'].map(stem),
);

/**
 * Verbs of a transfer to the doer from the party acted on, whose doer stays the one who
 * receives: "asked Kenya for a loan", "sought drones from Egypt". Not the converse verbs ("bought
 * from", "received from", "imported from"): the role reader makes the one they come from the doer
 * (see CONVERSE_VERBS in proposition.ts), so they run the giving way.
 */
export const TAKING: ReadonlySet<string> = new Set(['ask', 'request', 'seek', 'sought', 'borrow', 'borrowed', 'demand'].map(stem));

/** Converse verbs of taking ("bought", "received", "imported"): they take the way TAKING does when no "from X" names the one they take from ("agreed to buy more Russian gas"). */
export const TAKING_CONVERSE: ReadonlySet<string> = new Set(['buy', 'bought', 'purchase', 'receive', 'import', 'obtain', 'acquire'].map(stem));
