// Written by `npm run calibrate` (src/cli/calibrate.ts): do not edit by hand.
import type { Features } from './pairFeatures';

/** Logistic weights over FEATURE_NAMES, fitted on the labelled sets; the first is the bias. */
export const DECISION_WEIGHTS: readonly number[] = [-3.706, 2.463, 1.2482, 0.1006, 0.6214, 0.5267, -0.8308, -0.2838, 0, 0.2648, 0.5556, 0, 4.4062, 0.5768, -0.8021, 0.6315, 0.9778];

/** Probability a sentence must reach to be highlighted: chosen by `npm run calibrate` (cross-validated, precision first). */
export const MATCH_THRESHOLD = 0.6;

/** Related-term coverage below which a claim wording is not weighed: under any coverage a highlight had on the labelled sets, with room to spare (a speed bound, not a decision). */
export const COVERAGE_FLOOR = 0.23;

/** The probability that a sentence states the claim, from its features. */
export function matchProbability(features: Features, weights: readonly number[] = DECISION_WEIGHTS): number {
  let z = weights[0] as number;
  for (let i = 0; i < features.length; i++) z += (weights[i + 1] as number) * (features[i] as number);
  return 1 / (1 + Math.exp(-z));
}
