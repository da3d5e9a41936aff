// Written by `npm run calibrate` (src/cli/calibrate.ts): do not edit by hand.
import type { Features } from './pairFeatures';

/** Logistic weights over FEATURE_NAMES, fitted on the labelled sets; the first is the bias. */
export const DECISION_WEIGHTS: readonly number[] = [-3.8358, 2.7249, 0.4945, 0.2298, 0.2879, -0.0301, -0.369, 0.0514, -0.0895, 0.5316, 0.326, 0, 4.261, 0.6839, 0.1651, 0.1202, 0.9163];

/** Probability a sentence must reach to be highlighted: chosen by `npm run calibrate` (cross-validated, precision first). */
export const MATCH_THRESHOLD = 0.55;

/** Related-term coverage below which a claim wording is not weighed: under any coverage a highlight had on the labelled sets, with room to spare (a speed bound, not a decision). */
export const COVERAGE_FLOOR = 0.26;

/** The probability that a sentence states the claim, from its features. */
export function matchProbability(features: Features, weights: readonly number[] = DECISION_WEIGHTS): number {
  let z = weights[0] as number;
  for (let i = 0; i < features.length; i++) z += (weights[i + 1] as number) * (features[i] as number);
  return 1 / (1 + Math.exp(-z));
}
