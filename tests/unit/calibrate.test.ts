import { describe, expect, it } from 'vitest';
import { chooseThreshold, precisionLowerBound } from '../../src/cli/calibrate';
import { trainingRows } from '../../src/cli/crossValidation';
import { parseSourceDocument } from '../../src/core/document/sourceDocument';
import { buildClaimIndex } from '../../src/core/index/buildIndex';
import { DECISION_WEIGHTS } from '../../src/core/match/decisionModel';
import { lexicon } from './lexicon';

describe('precisionLowerBound', () => {
  it('keeps a margin that shrinks as the count of highlights grows', () => {
    // One wrong in 39 measures 0.974, but so few highlights cannot show 0.95 with a margin.
    expect(precisionLowerBound(38, 39)).toBeLessThan(0.95);
    // The same share over ten times the highlights can.
    expect(precisionLowerBound(380, 390)).toBeGreaterThan(0.95);
    // None wrong is still short of certainty, and less so with more highlights.
    expect(precisionLowerBound(10, 10)).toBeLessThan(precisionLowerBound(36, 36));
    expect(precisionLowerBound(36, 36)).toBeGreaterThan(0.95);
    expect(precisionLowerBound(36, 36)).toBeLessThan(1);
  });
});

describe('chooseThreshold', () => {
  const score = (correct: number, wrong: number, found: number, required = 100) => ({ correct, wrong, required, found, stanceRight: correct, stanceLabelled: correct });
  it('takes the most real-news pairs found, then the fewest wrong real highlights, then recall over both', () => {
    const rows = [
      { t: 0.5, real: score(40, 2, 40), written: score(200, 4, 200) },
      { t: 0.55, real: score(40, 1, 40), written: score(190, 3, 190) },
      { t: 0.6, real: score(40, 0, 40), written: score(180, 2, 180) },
      { t: 0.65, real: score(38, 0, 38), written: score(170, 1, 170) },
    ];
    expect(chooseThreshold(rows)).toEqual({ threshold: 0.6, kept: true });
    // More real pairs win over fewer wrong ones, as long as precision holds.
    expect(chooseThreshold([...rows, { t: 0.45, real: score(41, 2, 41), written: score(200, 5, 200) }])).toEqual({ threshold: 0.45, kept: true });
  });

  it('keeps no threshold below the target precision on either set, and falls back to the most precise', () => {
    const rows = [
      { t: 0.5, real: score(30, 5, 30), written: score(100, 1, 100) },
      { t: 0.7, real: score(20, 2, 20), written: score(90, 10, 90) },
    ];
    expect(chooseThreshold(rows)).toEqual({ threshold: 0.5, kept: false });
  });
});

describe('trainingRows', () => {
  it('learns nothing from a sentence no label covers, such as a headline shown for context', () => {
    const index = buildClaimIndex([parseSourceDocument('d', 'd.txt', 'Officials said Kenya asked Ethiopia for maize shipments.')], lexicon);
    const claimId = index.claims[0]?.id as string;
    const headline = 'Kenya asked Ethiopia for maize shipments';
    const labelledText = 'Kenya has asked Ethiopia for maize shipments, officials say.';
    const text = `${headline}\n\n${labelledText}`;
    const start = text.indexOf(labelledText);
    const page = (sentences: { accept: string[] }[]) => ({
      id: 'p', set: 'real' as const, kind: 'positive', text,
      sentences: sentences.map((l) => ({ start, end: start + labelledText.length, required: [l.accept], accept: new Set(l.accept), neutral: new Set<string>(), stance: new Map() })),
    });
    const decision = { weights: DECISION_WEIGHTS, threshold: 0.5, coverageFloor: 0 };
    // The headline states the claim too, but only the labelled sentence gives a row: a positive one.
    expect(trainingRows(index, [page([{ accept: [claimId] }])], decision).map((r) => r.y)).toEqual([1]);
    expect(trainingRows(index, [page([{ accept: [] }])], decision).map((r) => r.y)).toEqual([0]);
  });
});

