import { findQuotes } from '../extract/quotes';
import { splitParagraphs } from '../text/sentences';

/** Whether an attribution's quote is the speaker's own words or the reporter's account of them. */
export type QuoteKind = 'own-words' | 'reported';

/** Share of a quote that must lie inside quotation marks for it to be the speaker's own words. */
const OWN_WORDS_SHARE = 0.8;

/**
 * Tells the speaker's own words (inside quotation marks in the document) from the
 * reporter's account of them ("this was 'fake news' but did not deny it directly", "said
 * that the terminal would open in May"), so neither is shown as the other. `text[start, end)`
 * is the attribution's quote; a few quoted words inside an account keep it an account.
 */
export function quoteKind(text: string, start: number, end: number): QuoteKind {
  if (end <= start) return 'reported';
  // Letters and digits only: marks, spaces and punctuation around the words count neither way.
  const wordChars = (from: number, to: number): number => (to > from ? text.slice(from, to).replace(/[^\p{L}\p{N}]+/gu, '').length : 0);
  const words = wordChars(start, end);
  // A quotation left open across paragraphs is quoted in each of them.
  const quoted = splitParagraphs(text)
    .filter((p) => p.start < end && p.end > start)
    .flatMap((p) => findQuotes(text, p))
    .reduce((n, q) => n + wordChars(Math.max(start, q.innerStart), Math.min(end, q.innerEnd)), 0);
  return words > 0 && quoted / words >= OWN_WORDS_SHARE ? 'own-words' : 'reported';
}
