import type { Proposition } from './proposition';

/**
 * Inverse document frequency of concepts over a set of propositions: a concept many
 * claims share ("military") says less about which claim a sentence states than a rare one ("drone").
 */
export class TermWeights {
  private readonly df = new Map<string, number>();
  private readonly n: number;

  constructor(propositions: Iterable<Proposition>) {
    let n = 0;
    for (const p of propositions) {
      n++;
      for (const t of [...p.terms, ...p.entities.map((e) => `#${e}`)]) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    this.n = n;
  }

  /** How many propositions use the term. */
  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  private readonly cache = new Map<string, number>();

  /** Weight of a term: ln(1 + N / (1 + df)), memoised (the matcher asks for the same terms constantly). */
  weight(term: string): number {
    let w = this.cache.get(term);
    if (w === undefined) {
      w = Math.log(1 + this.n / (1 + this.frequency(term)));
      this.cache.set(term, w);
    }
    return w;
  }
}
