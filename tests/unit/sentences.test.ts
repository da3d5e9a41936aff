import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/core/text/sentences';

const split = (t: string): string[] => segmentSentences(t).map((s) => s.text);

describe('segmentSentences', () => {
  it('does not break after titles, dotted acronyms, months and initials', () => {
    expect(split('U.S. President Ann Cole met Mr. Obi on Feb. 3 in Lagos. Dr. J.R. Hart and Sen. Vega agreed.')).toEqual([
      'U.S. President Ann Cole met Mr. Obi on Feb. 3 in Lagos.',
      'Dr. J.R. Hart and Sen. Vega agreed.',
    ]);
  });
  it('keeps a question or exclamation inside a quote with its speaker', () => {
    expect(split('"Who pays for this?" the mayor asked. "Nobody!" she replied. Talks resumed.')).toEqual([
      '"Who pays for this?" the mayor asked.',
      '"Nobody!" she replied.',
      'Talks resumed.',
    ]);
  });
  it('splits two quotations run together, and keeps "No." before a number', () => {
    expect(split('Asked whether Lima had paid, the minister replied: "No." "We owe nothing," he added.')).toEqual([
      'Asked whether Lima had paid, the minister replied: "No."',
      '"We owe nothing," he added.',
    ]);
    expect(split('She lives at No. 4 Elm Road. Her son left.')).toEqual(['She lives at No. 4 Elm Road.', 'Her son left.']);
  });
  it('ends a sentence at "U.S." when a new sentence follows', () => {
    expect(split('The tariffs were imposed by the U.S. The talks collapsed.')).toEqual(['The tariffs were imposed by the U.S.', 'The talks collapsed.']);
  });
  it('never joins across paragraphs and gives offsets into the text', () => {
    const text = 'First line ends here\nSecond starts. Third.';
    const spans = segmentSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First line ends here', 'Second starts.', 'Third.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
