import type { TextSpan } from './span';

/**
 * A wire-copy dateline at the start of a story's first sentence: "WASHINGTON —",
 * "LVIV, Ukraine/BEIJING (Reuters) -", "BEIJING, March 1 (AFP) –", "Hong Kong (CNN) —". A place
 * in capitals, then up to a few words of place, date or agency (or a place in any case and
 * an agency), then a dash and the story's first word.
 */
const DATELINE = /^(?:\p{Lu}{3}[\p{Lu}.' -]*(?:[,/][^—–\-.!?"“”]{0,60}?)?(?:\s*\([^)]{2,30}\))?|\p{Lu}[\p{L}.' ,/]{1,40}\(\p{Lu}[^)]{1,20}\))\s+[—–-]{1,2}\s+(?=["“]?\p{Lu})/u;

/** How far into a sentence a dateline may run. */
const DATELINE_REACH = 160;

/**
 * The sentence without its dateline: the place a story was filed from is not a party to
 * what it reports ("WASHINGTON — China has increased sales to Russia" is not about the US).
 */
export function withoutDateline(sentence: TextSpan): TextSpan {
  // A dateline is short: only the sentence's opening is tried, so a long run of spaces costs nothing.
  const m = DATELINE.exec(sentence.text.slice(0, DATELINE_REACH));
  if (!m || m[0].length >= sentence.text.length) return sentence;
  return { start: sentence.start + m[0].length, end: sentence.end, text: sentence.text.slice(m[0].length) };
}
