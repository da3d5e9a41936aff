import { describe, expect, it } from 'vitest';
import { precisionLowerBound } from '../../src/cli/calibrate';

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
