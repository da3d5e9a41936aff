// Written by `npm run calibrate` (src/cli/calibrate.ts): do not edit by hand.
import type { Features } from './pairFeatures';

/** Logistic weights over FEATURE_NAMES, fitted on the labelled sets; the first is the bias. */
export const DECISION_WEIGHTS: readonly number[] = [-3.9379, 2.5976, 1.4502, 0.133, -0.0954, 0.4305, -0.6091, -0.5812, 0, -0.2649, 0.2773, 0, 5.2563, 1.6206, -0.4641, 0.4718, 0.9782];

/** Probability a sentence must reach to be highlighted: chosen by `npm run calibrate` (cross-validated, precision first). */
export const MATCH_THRESHOLD = 0.65;

/** Related-term coverage below which a claim wording is not weighed: under any coverage a highlight had on the labelled sets, with room to spare (a speed bound, not a decision). */
export const COVERAGE_FLOOR = 0.24;

/** The probability that a sentence states the claim, from its features. */
export function matchProbability(features: Features, weights: readonly number[] = DECISION_WEIGHTS): number {
  let z = weights[0] as number;
  for (let i = 0; i < features.length; i++) z += (weights[i + 1] as number) * (features[i] as number);
  return 1 / (1 + Math.exp(-z));
}
