import { stem } from '../text/tokens';

/**
 * Number words news copy writes either way ("five percent", "5 percent"): a hand list, since
 * no lexicon maps them to digits. A Map, not an object: a page's "constructor" is a word.
 */
const NUMBER_WORDS = new Map<string, string>(
  Object.entries({
    one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
    eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
  }),
);

/** Abbreviated magnitudes glued to a number ("$900m", "3bn"). */
const MAGNITUDES: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion' };

/** Two-word spellings of one term: number forms news copy varies ("per cent" / "percent"). */
export const PHRASES = new Map<string, string>([['per cent', 'percent']]);

/** Whether a term is a number (digits), which must agree between a claim and a restatement. */
export function isNumberTerm(term: string): boolean {
  return /^\d/u.test(term);
}

/**
 * The terms a lower-case word stands for: a digit string for a number word or a number
 * ("900m" gives 900 and million), else its Porter stem. Meaning beyond spelling (synonyms,
 * derivations) comes from the related-terms table, not from here.
 */
export function termsOf(lowerWord: string): string[] {
  const number = NUMBER_WORDS.get(lowerWord);
  if (number) return [number];
  const glued = /^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn)$/u.exec(lowerWord);
  if (glued) return [(glued[1] as string).replace(/,/gu, ''), MAGNITUDES[glued[2] as string] as string];
  if (/^\d/u.test(lowerWord)) return [lowerWord.replace(/,/gu, '')];
  return [stem(lowerWord)];
}
