/** One training example: a feature vector and whether the pair is a true match. */
export interface TrainingRow {
  x: number[];
  y: 0 | 1;
  /** How much the example counts (1 by default). */
  weight?: number;
}

/** Solves A·v = b by Gaussian elimination with partial pivoting (A is small: one row per feature). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const p = (m[c] as number[])[c] as number;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((m[r] as number[])[c] as number) / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = ((m[r] as number[])[k] as number) - f * ((m[c] as number[])[k] as number);
    }
  }
  return m.map((row, i) => (Math.abs(row[i] as number) < 1e-12 ? 0 : (row[n] as number) / (row[i] as number)));
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS): deterministic, and exact
 * enough in a few steps for a dozen features. Returns the bias first, then one weight per
 * feature. The bias is not penalised.
 */
export function fitLogistic(rows: TrainingRow[], lambda = 1, steps = 25): number[] {
  const d = (rows[0]?.x.length ?? 0) + 1;
  let beta = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const g = new Array<number>(d).fill(0);
    for (const r of rows) {
      const x = [1, ...r.x];
      let z = 0;
      for (let i = 0; i < d; i++) z += (beta[i] as number) * (x[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      const c = r.weight ?? 1;
      const w = c * Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        g[i] = (g[i] as number) + c * (r.y - p) * (x[i] as number);
        const hi = h[i] as number[];
        for (let j = 0; j < d; j++) hi[j] = (hi[j] as number) + w * (x[i] as number) * (x[j] as number);
      }
    }
    for (let i = 1; i < d; i++) {
      g[i] = (g[i] as number) - lambda * (beta[i] as number);
      (h[i] as number[])[i] = ((h[i] as number[])[i] as number) + lambda;
    }
    const delta = solve(h, g);
    beta = beta.map((b, i) => b + (delta[i] as number));
    if (delta.every((v) => Math.abs(v) < 1e-8)) break;
  }
  return beta.map((b) => Math.round(b * 10_000) / 10_000);
}
