import type { TextSpan } from './span';

/**
 * A wire-copy dateline at the start of a story's first sentence: "WASHINGTON —",
 * "LVIV, Ukraine/BEIJING (Reuters) -", "BEIJING, Feb. 24 (AFP) –", "Hong Kong (CNN) —". A place
 * in capitals with a date or place after it (capitalised words and numbers only), or an agency; a place in capitals alone when it is a
 * long word or several ("NATO — the alliance's critics" is no dateline); or a place in any
 * case with an agency. Then a dash and the story's first word.
 */
const DATELINE =
  /^(?:\p{Lu}{2}[\p{Lu}.' -]*(?:[,/]\s*\p{Lu}[\p{L}.']*(?:[\s,/]+(?:\p{Lu}[\p{L}.']*|\d{1,4})){0,5}(?:\s*\([^)]{2,30}\))?|\s*\([^)]{2,30}\))|\p{Lu}{5,}(?:\s\p{Lu}{2,})*|\p{Lu}{2,}(?:\s\p{Lu}{2,})+|\p{Lu}[\p{L}.' ,/]{1,40}\(\p{Lu}[^)]{1,20}\))\s+[—–-]{1,2}\s+(?=["“]?\p{Lu})/u;

/** How far into a sentence a dateline may run. */
const DATELINE_REACH = 160;

/**
 * The sentence without its dateline, when it opens a block of `text` (a dateline opens a
 * story's first paragraph): the place a story was filed from is not a party to what it
 * reports ("WASHINGTON — China has increased sales to Russia" is not about the US).
 */
export function withoutDateline(text: string, sentence: TextSpan): TextSpan {
  if (!/(?:^|\n)\s*$/u.test(text.slice(Math.max(0, sentence.start - 8), sentence.start))) return sentence;
  // A dateline is short: only the sentence's opening is tried, so a long run of spaces costs nothing.
  const m = DATELINE.exec(sentence.text.slice(0, DATELINE_REACH));
  if (!m || m[0].length >= sentence.text.length) return sentence;
  return { start: sentence.start + m[0].length, end: sentence.end, text: sentence.text.slice(m[0].length) };
}
