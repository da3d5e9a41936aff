import type { ClaimIndex } from '../core/index/schema';
import type { SentenceMatch } from '../core/match/sentenceMatch';
import { coverageFloor, crossValidatedMatches, fitWeights, FOLDS, TARGET_PRECISION, THRESHOLDS } from './crossValidation';
import { scoreLine, scorePages } from './evaluate';
import { realPages, writtenPages, type LabelledPage, type PageScore } from './labelledPages';
import { loadRealNewsSet } from './realNewsSet';
import { writeFileAtomic } from './writeAtomic';

const MODEL_FILE = 'src/core/match/decisionModel.ts';

/**
 * How many standard errors below its measured value a threshold's precision must still reach
 * the target. Readers' pages are a new sample, and a precision measured on a few dozen
 * highlights is uncertain by several points: 38 right of 39 measures 0.974 but could well be 0.93.
 */
const PRECISION_MARGIN = 1;

/** The Wilson score lower bound of a precision (`right` of `total`), PRECISION_MARGIN standard errors down: sound for small counts and for none wrong. */
export function precisionLowerBound(right: number, total: number): number {
  const z2 = PRECISION_MARGIN * PRECISION_MARGIN;
  const p = right / total;
  const centre = p + z2 / (2 * total);
  const spread = PRECISION_MARGIN * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return (centre - spread) / (1 + z2 / total);
}

/** One threshold's cross-validated scores on the two labelled sets. */
export interface ThresholdScores {
  t: number;
  real: PageScore;
  written: PageScore;
}

/**
 * The threshold calibration keeps: among those that keep precision at least TARGET_PRECISION
 * on each set and, over both, with PRECISION_MARGIN standard errors to spare, the one with the
 * most real-news pairs found (real pages are what readers meet), then the fewest wrong
 * real-news highlights, then the highest recall over both sets. When none keeps precision
 * (`kept` false), the most precise over both.
 */
export function chooseThreshold(rows: readonly ThresholdScores[]): { threshold: number; kept: boolean } {
  const precise = (x: PageScore): boolean => x.correct + x.wrong === 0 || x.correct / (x.correct + x.wrong) >= TARGET_PRECISION;
  const rank = ({ real, written }: ThresholdScores): [number, number, number] => [real.found, -real.wrong, (real.found + written.found) / Math.max(1, real.required + written.required)];
  const better = (a: [number, number, number], b: [number, number, number]): boolean => (a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2]);
  let chosen: ThresholdScores | null = null;
  let fallback: { t: number; precision: number } | null = null;
  for (const row of rows) {
    const { real, written } = row;
    const right = real.correct + written.correct;
    const highlighted = right + real.wrong + written.wrong;
    // Over both sets, with a margin: the measured precision alone would lower the bar on one more right pair.
    const preciseOverall = highlighted === 0 || precisionLowerBound(right, highlighted) >= TARGET_PRECISION;
    if (precise(real) && precise(written) && preciseOverall && (!chosen || better(rank(row), rank(chosen)))) chosen = row;
    const precision = right / Math.max(1, highlighted);
    if (!fallback || precision > fallback.precision) fallback = { t: row.t, precision };
  }
  return chosen ? { threshold: chosen.t, kept: true } : { threshold: fallback?.t ?? 0.5, kept: false };
}

/**
 * `npm run calibrate`: fits the match decision (logistic weights over the pair features)
 * on the real-news development pages and the self-written sentences, picks the threshold by
 * cross-validation (see chooseThreshold) and writes the model. Deterministic.
 */
export async function runCalibrate(index: ClaimIndex): Promise<number> {
  const set = await loadRealNewsSet();
  const real = realPages(index, set);
  const written = await writtenPages(index, set);
  const pages = [...real, ...written];
  const cv = crossValidatedMatches(index, pages, THRESHOLDS);
  console.log(`Cross-validated (${FOLDS} folds over pages), by threshold:`);
  const rows: ThresholdScores[] = THRESHOLDS.map((t) => {
    const at = cv.get(t) as Map<LabelledPage, SentenceMatch[]>;
    const realScore = scorePages(real, (p) => at.get(p) ?? []).all;
    const writtenScore = scorePages(written, (p) => at.get(p) ?? []).all;
    console.log(`  ${t.toFixed(2)}  real: ${scoreLine(realScore)}\n        written: ${scoreLine(writtenScore)}`);
    return { t, real: realScore, written: writtenScore };
  });
  const { threshold, kept } = chooseThreshold(rows);
  const weights = fitWeights(index, pages, threshold);
  const floor = coverageFloor(index, pages, weights, threshold);
  const source = `// Written by \`npm run calibrate\` (src/cli/calibrate.ts): do not edit by hand.
import type { Features } from './pairFeatures';

/** Logistic weights over FEATURE_NAMES, fitted on the labelled sets; the first is the bias. */
export const DECISION_WEIGHTS: readonly number[] = ${JSON.stringify(weights).replace(/,/gu, ', ')};

/** Probability a sentence must reach to be highlighted: chosen by \`npm run calibrate\` (cross-validated, precision first). */
export const MATCH_THRESHOLD = ${threshold};

/** Related-term coverage below which a claim wording is not weighed: under any coverage a highlight had on the labelled sets, with room to spare (a speed bound, not a decision). */
export const COVERAGE_FLOOR = ${floor};

/** The probability that a sentence states the claim, from its features. */
export function matchProbability(features: Features, weights: readonly number[] = DECISION_WEIGHTS): number {
  let z = weights[0] as number;
  for (let i = 0; i < features.length; i++) z += (weights[i + 1] as number) * (features[i] as number);
  return 1 / (1 + Math.exp(-z));
}
`;
  await writeFileAtomic(MODEL_FILE, source);
  console.log(`\nCoverage floor ${floor}.`);
  console.log(`Threshold ${threshold}${kept ? '' : ` (no threshold kept precision >= ${TARGET_PRECISION}: the most precise was taken)`}; wrote ${MODEL_FILE}`);
  return 0;
}
