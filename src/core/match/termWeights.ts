import type { Proposition } from './proposition';

/** A stem's rarity in news text (log2 of its frequency rank), or undefined when rarer than the lexicon knows. */
export type Rarity = (term: string) => number | undefined;

/** The rarity of a stem the lexicon does not know: rarer than its whole vocabulary. */
const UNKNOWN_RARITY = 16;
/** Rarity at which a term counts fully; more common terms count less. */
const FULL_RARITY = 14;

/**
 * How much each term says about which claim a sentence states: its inverse document
 * frequency over the index's wordings (a concept many claims share says little), times
 * its rarity in news text when known (a common word such as "military" says less than "drone").
 */
export class TermWeights {
  /**
   * @param n how many propositions the index has
   * @param frequency how many of them use a term (an entity is asked for as `#name`)
   */
  constructor(
    private readonly n: number,
    private readonly frequency: (term: string) => number,
    private readonly rarity: Rarity = () => undefined,
  ) {}

  /** Weights over these propositions, each term's and entity's uses counted. */
  static over(propositions: Iterable<Proposition>, rarity?: Rarity): TermWeights {
    const df = new Map<string, number>();
    let n = 0;
    for (const p of propositions) {
      n++;
      for (const t of [...p.terms, ...p.entities.map((e) => `#${e}`)]) df.set(t, (df.get(t) ?? 0) + 1);
    }
    return new TermWeights(n, (t) => df.get(t) ?? 0, rarity);
  }

  private readonly cache = new Map<string, number>();

  /** Weight of a term: ln(1 + N / (1 + df)), memoised (the matcher asks for the same terms constantly). */
  weight(term: string): number {
    let w = this.cache.get(term);
    if (w === undefined) {
      const news = term.startsWith('#') || /^\d/u.test(term) ? FULL_RARITY : Math.min(FULL_RARITY, this.rarity(term) ?? UNKNOWN_RARITY);
      w = Math.log(1 + this.n / (1 + this.frequency(term))) * (news / FULL_RARITY);
      this.cache.set(term, w);
    }
    return w;
  }
}
