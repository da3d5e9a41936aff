import { describe, expect, it } from 'vitest';
import { quoteKind } from '../../src/core/quote/quoteKind';

// A quote shown in the card is the speaker's own words only when the source has it inside
// quotation marks; the reporter's account of what was said is labelled as such.

/** The kind of the first occurrence of `quote` in `text`. */
const kindOf = (text: string, quote: string): string => {
  const start = text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return quoteKind(text, start, start + quote.length);
};

describe('quoteKind', () => {
  it('finds the speaker’s own words inside curly or straight quotation marks', () => {
    const text = 'The harbour chief spoke at the quay.\n\n“The cranes are installed and the berths are ready,” Varga told reporters.\n\nShe added: "We open in May."';
    expect(kindOf(text, 'The cranes are installed and the berths are ready')).toBe('own-words');
    expect(kindOf(text, 'We open in May.')).toBe('own-words');
  });

  it('keeps a quotation left open across paragraphs as own words', () => {
    const text = 'Varga said: “The cranes are installed.\n\n“The berths are ready for the first vessels,” she said.';
    expect(kindOf(text, 'The cranes are installed.\n\n“The berths are ready for the first vessels')).toBe('own-words');
  });

  it('calls indirect speech and narration with a few quoted words the reporter’s account', () => {
    const text = 'The ministry said the opening had been delayed by inspections.\n\nA spokesman said this was “fake news” but did not deny it directly.';
    expect(kindOf(text, 'the opening had been delayed by inspections')).toBe('reported');
    expect(kindOf(text, 'this was “fake news” but did not deny it directly')).toBe('reported');
  });

  it('treats an empty span as no quotation', () => {
    expect(quoteKind('“Yes,” he said.', 3, 3)).toBe('reported');
  });
});
