// Written by `npm run calibrate` (src/cli/calibrate.ts): do not edit by hand.
import type { Features } from './pairFeatures';

/** Logistic weights over FEATURE_NAMES, fitted on the labelled sets; the first is the bias. */
export const DECISION_WEIGHTS: readonly number[] = [-3.6367, 2.3836, 1.7994, 0.434, 0.1826, 0.1968, -0.6962, -0.5254, 0, -0.0886, 0.5122, 0, 4.5627, 0.7105, -0.8439, 0.5147, 0.8054];

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
