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
  private readonly df = new Map<string, number>();
  private readonly n: number;

  constructor(
    propositions: Iterable<Proposition>,
    private readonly rarity: Rarity = () => undefined,
  ) {
    // Counted in place, with no array per proposition: the matcher runs this over every wording when the service worker starts.
    let n = 0;
    const count = (key: string): void => {
      this.df.set(key, (this.df.get(key) ?? 0) + 1);
    };
    for (const p of propositions) {
      n++;
      for (const t of p.terms) count(t);
      for (const e of p.entities) count(`#${e}`);
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
      const news = term.startsWith('#') || /^\d/u.test(term) ? FULL_RARITY : Math.min(FULL_RARITY, this.rarity(term) ?? UNKNOWN_RARITY);
      w = Math.log(1 + this.n / (1 + this.frequency(term))) * (news / FULL_RARITY);
      this.cache.set(term, w);
    }
    return w;
  }
}
