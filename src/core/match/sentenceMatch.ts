/** How a page sentence relates to the claim it matched. */
export type SentenceStance = 'states' | 'denies' | 'disputes';

/** A sentence of a text that states, denies or disputes an indexed claim. */
export interface SentenceMatch {
  /** The exact sentence text, `text.slice(start, end)`. */
  sentence: string;
  start: number;
  end: number;
  claimId: string;
  stance: SentenceStance;
  /** 0..1: the weighted share of the claim's concepts the sentence carries. */
  score: number;
  /** The concepts both share, in readable form, to explain the match. */
  terms: string[];
}
