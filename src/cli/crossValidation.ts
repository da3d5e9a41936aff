import type { ClaimIndex } from '../core/index/schema';
import { DECISION_WEIGHTS } from '../core/match/decisionModel';
import { ClaimMatcher, type Decision } from '../core/match/matcher';
import { FEATURE_NAMES } from '../core/match/pairFeatures';
import type { SentenceMatch } from '../core/match/sentenceMatch';
import type { LabelledPage } from './labelledPages';
import { fitLogistic, type TrainingRow } from './logisticFit';

/** Folds of the cross-validation: pages are dealt round-robin, so a page is never split. */
export const FOLDS = 7;
/** Refits: each picks every claim's best wording and reading with the previous fit. */
const ROUNDS = 3;
/** Real pages count this many times a self-written sentence in the fit: they are what the product meets. */
const REAL_WEIGHT = 3;
/** The coverage floor keeps this share of the lowest coverage a highlight had. */
const FLOOR_MARGIN = 0.75;
/** Probability thresholds tried. */
export const THRESHOLDS = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
/** The precision a chosen threshold must keep in cross-validation. */
export const TARGET_PRECISION = 0.95;

/**
 * Training rows from pages: every (sentence, candidate claim) pair the matcher weighs,
 * labelled 1 when the claim is a right answer for the sentence, 0 when it is a wrong one;
 * pairs the labels leave open, and sentences no label covers, are left out.
 */
export function trainingRows(index: ClaimIndex, pages: LabelledPage[], decision: Decision): TrainingRow[] {
  const matcher = new ClaimMatcher(index, decision);
  const rows: TrainingRow[] = [];
  for (const page of pages) {
    for (const s of matcher.weighText(page.text)) {
      const labelled = page.sentences.filter((l) => l.start < s.span.end && l.end > s.span.start);
      // A sentence no label covers (a real page's headline, shown for context and not scored) is left out, not taken as stating nothing.
      if (labelled.length === 0) continue;
      for (const c of s.claims) {
        const weight = page.set === 'real' ? REAL_WEIGHT : 1;
        if (labelled.some((l) => l.accept.has(c.claim.id))) rows.push({ x: c.features, y: 1, weight });
        else if (!labelled.some((l) => l.neutral.has(c.claim.id))) rows.push({ x: c.features, y: 0, weight });
      }
    }
  }
  return rows;
}

/**
 * The coverage floor for a model: below the lowest related-term coverage of any pair the
 * model highlights on the pages, with room to spare, so that skipping what lies under it
 * changes no decision on the labelled sets (matcher.ts, `closest`).
 */
export function coverageFloor(index: ClaimIndex, pages: LabelledPage[], weights: readonly number[], threshold: number): number {
  const matcher = new ClaimMatcher(index, { weights, threshold, coverageFloor: 0 });
  const at = FEATURE_NAMES.indexOf('relatedCoverage');
  let lowest = 1;
  for (const page of pages) for (const s of matcher.weighText(page.text)) for (const c of s.claims) if (c.probability >= threshold) lowest = Math.min(lowest, c.features[at] as number);
  return Math.floor(lowest * FLOOR_MARGIN * 100) / 100;
}

/** Fits the decision's weights on pages, deterministically. */
export function fitWeights(index: ClaimIndex, pages: LabelledPage[], threshold: number): number[] {
  let weights: readonly number[] = DECISION_WEIGHTS;
  for (let round = 0; round < ROUNDS; round++) weights = fitLogistic(trainingRows(index, pages, { weights, threshold, coverageFloor: 0 }));
  return [...weights];
}

/** Which fold a page belongs to: its position among the pages of its set, round-robin. */
function foldOf(pages: LabelledPage[]): Map<LabelledPage, number> {
  const out = new Map<LabelledPage, number>();
  for (const set of ['real', 'written'] as const) pages.filter((p) => p.set === set).forEach((p, i) => out.set(p, i % FOLDS));
  return out;
}

/**
 * Out-of-fold matches: each page matched by weights fitted on the other folds, at each
 * threshold. Returns threshold → page → matches.
 */
export function crossValidatedMatches(index: ClaimIndex, pages: LabelledPage[], thresholds: number[]): Map<number, Map<LabelledPage, SentenceMatch[]>> {
  const folds = foldOf(pages);
  const out = new Map<number, Map<LabelledPage, SentenceMatch[]>>(thresholds.map((t) => [t, new Map()]));
  for (let f = 0; f < FOLDS; f++) {
    const train = pages.filter((p) => folds.get(p) !== f);
    const test = pages.filter((p) => folds.get(p) === f);
    const weights = fitWeights(index, train, 0.5);
    for (const t of thresholds) {
      const matcher = new ClaimMatcher(index, { weights, threshold: t, coverageFloor: 0 });
      for (const p of test) out.get(t)?.set(p, matcher.matchText(p.text));
    }
  }
  return out;
}
