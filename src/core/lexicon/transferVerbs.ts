import { stem } from '../text/tokens';

/** Verbs of a transfer from the doer to the party acted on: "sold drones to Egypt", "offered Kenya a loan", "supplied Russia with chips". */
export const GIVING: ReadonlySet<string> = new Set(
  ['sell', 'sold', 'supply', 'supplied', 'provide', 'send', 'sent', 'give', 'gave', 'offer', 'export', 'deliver', 'ship', 'transfer', 'lend', 'lent', 'donate', 'hand'].map(stem),
);

/** Verbs of a transfer to the doer from the party acted on: "asked Kenya for a loan", "bought drones from Egypt", "received chips from China". */
export const TAKING: ReadonlySet<string> = new Set(
  ['ask', 'request', 'seek', 'sought', 'buy', 'bought', 'purchase', 'receive', 'import', 'obtain', 'acquire', 'borrow', 'borrowed'].map(stem),
);
