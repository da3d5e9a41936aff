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
  /** 0..1: the probability the decision model gives that the sentence carries the claim. */
  score: number;
  /** The sentence's words that carried the claim's terms (its own or related words), to explain the match. */
  terms: string[];
}
