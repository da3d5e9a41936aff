import { segmentSentences, splitParagraphs } from '../text/sentences';
import type { TextSpan } from '../text/span';
import { findQuotes, type QuoteSpan } from './quotes';

/** A stretch of text that carries at most one statement: a sentence, or sentences joined by one quotation. */
export interface StatementUnit extends TextSpan {
  paragraph: number;
  quotes: QuoteSpan[];
  sentences: TextSpan[];
}

/**
 * Splits a document range into statement units: sentences, except that a quotation
 * spanning sentences ("… conflict. It is our view …," the official explained) stays whole.
 */
export function statementUnits(text: string, from: number, to: number): StatementUnit[] {
  const out: StatementUnit[] = [];
  splitParagraphs(text, from, to).forEach((paragraph, pIndex) => {
    // Quotations come sorted and disjoint: a moving pointer finds the one at each sentence
    // boundary, so a paragraph of thousands of quotes costs linear time, not sentences × quotes.
    const quotes = findQuotes(text, paragraph);
    let qi = 0;
    let current: { start: number; end: number; sentences: TextSpan[]; firstQuote: number } | null = null;
    const close = (): void => {
      if (!current) return;
      let last = current.firstQuote;
      while (last < quotes.length && (quotes[last] as QuoteSpan).start < current.end) last++;
      out.push({ start: current.start, end: current.end, text: text.slice(current.start, current.end), paragraph: pIndex, quotes: quotes.slice(current.firstQuote, last), sentences: current.sentences });
    };
    for (const sentence of segmentSentences(text, paragraph.start, paragraph.end)) {
      while (qi < quotes.length && (quotes[qi] as QuoteSpan).end <= sentence.start) qi++;
      const q = quotes[qi];
      const continuesQuote = current !== null && q !== undefined && q.start < current.end && !q.open;
      if (current && continuesQuote) {
        current.end = sentence.end;
        current.sentences.push(sentence);
        continue;
      }
      close();
      let firstQuote = qi;
      while (firstQuote > 0 && (quotes[firstQuote - 1] as QuoteSpan).end > sentence.start) firstQuote--;
      current = { start: sentence.start, end: sentence.end, sentences: [sentence], firstQuote };
    }
    close();
  });
  return out;
}
