import { describe, expect, it } from 'vitest';
import { compareQuote } from '../../src/core/quote/compareQuote';

const SOURCE = 'The harbour will reopen on Monday for all vessels. We expect traffic to return to normal within a week, and fees will not rise.';

describe('compareQuote', () => {
  it('finds a whole sentence quoted word for word exact', () => {
    expect(compareQuote('The harbour will reopen on Monday for all vessels.', SOURCE)).toEqual({ exact: true, differences: [] });
    expect(compareQuote('We expect traffic to return to normal within a week, and fees will not rise', SOURCE)?.exact).toBe(true);
  });

  it('ignores punctuation, case, curly versus straight marks and brackets', () => {
    const source = 'It’s “not” a plan — it is a promise, Mr. Lee said; [the] work starts now.';
    expect(compareQuote("it's \"NOT\" a plan - it is a promise Mr Lee said... the work starts now!", source)).toEqual({ exact: true, differences: [] });
  });

  it('does not flag words left out where the page marks an elision', () => {
    expect(compareQuote('The harbour will reopen … for all vessels.', SOURCE)?.exact).toBe(true);
    expect(compareQuote('We expect traffic to return to normal [...] and fees will not rise.', SOURCE)?.exact).toBe(true);
    expect(compareQuote('The harbour will reopen on Monday ...', SOURCE)?.exact).toBe(true);
  });

  it('reports a changed word', () => {
    const result = compareQuote('The harbour will reopen on Tuesday for all vessels.', SOURCE);
    expect(result?.exact).toBe(false);
    expect(result?.differences).toEqual([{ kind: 'changed', from: 'Monday', to: 'Tuesday' }]);
  });

  it('reports added and dropped words', () => {
    expect(compareQuote('The harbour will certainly reopen on Monday for all vessels.', SOURCE)?.differences).toEqual([{ kind: 'added', words: 'certainly' }]);
    expect(compareQuote('The harbour will reopen for all vessels.', SOURCE)?.differences).toEqual([{ kind: 'dropped', words: 'on Monday' }]);
  });

  it('reports a quote cut short inside the source sentence, with the words that follow', () => {
    const result = compareQuote('We expect traffic to return to normal within a week', SOURCE);
    expect(result?.differences).toEqual([{ kind: 'cut', at: 'end', words: 'and fees will not rise' }]);
  });

  it('reports a quote that starts inside a source sentence', () => {
    const result = compareQuote('fees will not rise', SOURCE);
    expect(result?.differences).toEqual([{ kind: 'cut', at: 'start', words: 'We expect traffic to return to normal within a week and' }]);
  });

  it('gives no verdict on words that are not the same quotation', () => {
    expect(compareQuote('Ferries stopped running after the storm damaged the pier.', SOURCE)).toBeNull();
    expect(compareQuote('', SOURCE)).toBeNull();
  });
});
