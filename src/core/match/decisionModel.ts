// Written by `npm run calibrate` (src/cli/calibrate.ts): do not edit by hand.
import type { Features } from './pairFeatures';

/** Logistic weights over FEATURE_NAMES, fitted on the labelled sets; the first is the bias. */
export const DECISION_WEIGHTS: readonly number[] = [-3.571, 2.3729, 1.7922, 0.4221, 0.1555, 0.13, -0.6895, -0.6176, 0, -0.4485, 0.5192, 0, 4.609, 0.6912, -0.6455, 0.4116, 0.6443];

/** Probability a sentence must reach to be highlighted: chosen by `npm run calibrate` (cross-validated, precision first). */
export const MATCH_THRESHOLD = 0.55;

/** Related-term coverage below which a claim wording is not weighed: under any coverage a highlight had on the labelled sets, with room to spare (a speed bound, not a decision). */
export const COVERAGE_FLOOR = 0.2;

/** The probability that a sentence states the claim, from its features. */
export function matchProbability(features: Features, weights: readonly number[] = DECISION_WEIGHTS): number {
  let z = weights[0] as number;
  for (let i = 0; i < features.length; i++) z += (weights[i + 1] as number) * (features[i] as number);
  return 1 / (1 + Math.exp(-z));
}
