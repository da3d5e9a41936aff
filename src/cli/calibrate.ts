import type { ClaimIndex } from '../core/index/schema';
import type { SentenceMatch } from '../core/match/sentenceMatch';
import { coverageFloor, crossValidatedMatches, fitWeights, FOLDS, TARGET_PRECISION, THRESHOLDS } from './crossValidation';
import { scoreLine, scorePages } from './evaluate';
import { realPages, writtenPages, type LabelledPage } from './labelledPages';
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

/**
 * `npm run calibrate`: fits the match decision (logistic weights over the pair features)
 * on the real-news development pages and the self-written sentences, picks by
 * cross-validation the threshold with the highest recall that keeps precision at least
 * TARGET_PRECISION on each set, and over both with one standard error to spare, and writes the
 * model. Deterministic.
 */
export async function runCalibrate(index: ClaimIndex): Promise<number> {
  const set = await loadRealNewsSet();
  const real = realPages(index, set);
  const written = await writtenPages(index, set);
  const pages = [...real, ...written];
  const cv = crossValidatedMatches(index, pages, THRESHOLDS);
  console.log(`Cross-validated (${FOLDS} folds over pages), by threshold:`);
  // The highest recall that keeps precision at the target on each set (the real pages are
  // what readers meet); failing that, the most precise threshold over both.
  let chosen: { t: number; recall: number } | null = null;
  let fallback: { t: number; precision: number } | null = null;
  for (const t of THRESHOLDS) {
    const at = cv.get(t) as Map<LabelledPage, SentenceMatch[]>;
    const r = scorePages(real, (p) => at.get(p) ?? []).all;
    const w = scorePages(written, (p) => at.get(p) ?? []).all;
    console.log(`  ${t.toFixed(2)}  real: ${scoreLine(r)}\n        written: ${scoreLine(w)}`);
    const precise = (x: typeof r): boolean => x.correct + x.wrong === 0 || x.correct / (x.correct + x.wrong) >= TARGET_PRECISION;
    // Over both sets, with a margin: the measured precision alone would lower the bar on one more right pair.
    const highlighted = r.correct + w.correct + r.wrong + w.wrong;
    const preciseOverall = highlighted === 0 || precisionLowerBound(r.correct + w.correct, highlighted) >= TARGET_PRECISION;
    const precision = (r.correct + w.correct) / Math.max(1, r.correct + w.correct + r.wrong + w.wrong);
    const recall = (r.found + w.found) / Math.max(1, r.required + w.required);
    if (precise(r) && precise(w) && preciseOverall && (!chosen || recall > chosen.recall)) chosen = { t, recall };
    if (!fallback || precision > fallback.precision) fallback = { t, precision };
  }
  const threshold = chosen?.t ?? (fallback?.t as number);
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
  console.log(`Threshold ${threshold}${chosen ? '' : ` (no threshold kept precision >= ${TARGET_PRECISION}: the most precise was taken)`}; wrote ${MODEL_FILE}`);
  return 0;
}
