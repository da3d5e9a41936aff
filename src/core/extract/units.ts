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
    const quotes = findQuotes(text, paragraph);
    let current: StatementUnit | null = null;
    for (const sentence of segmentSentences(text, paragraph.start, paragraph.end)) {
      const continuesQuote = current !== null && quotes.some((q) => q.start < (current as StatementUnit).end && q.end > sentence.start && !q.open);
      if (current && continuesQuote) {
        current.end = sentence.end;
        current.text = text.slice(current.start, current.end);
        current.sentences.push(sentence);
        continue;
      }
      if (current) out.push(current);
      current = { ...sentence, paragraph: pIndex, quotes, sentences: [sentence] };
    }
    if (current) out.push(current);
  });
  return out;
}
