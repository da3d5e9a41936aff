import { describe, expect, it } from 'vitest';
import { noncommittalFrame, rejectionCoda, verdictBeforeNoun, verdictClause, verdictStance } from '../../src/core/match/stanceForms';

const before = (sentence: string): string | null => {
  const coda = rejectionCoda(sentence);
  return coda ? sentence.slice(0, coda.start) : null;
};

describe('rejectionCoda', () => {
  it('finds a closing clause that rejects the statement before it, and where it starts', () => {
    expect(before('Lima armed Quito, which Lima denies.')).toBe('Lima armed Quito');
    expect(before('Lima armed Quito, a claim officials in Lima have flatly rejected.')).toBe('Lima armed Quito');
    expect(before('Lima armed Quito, sources said, but the ministry denied it on Monday.')).toBe('Lima armed Quito, sources said');
    expect(rejectionCoda('Lima armed Quito, though Lima dismissed the reports as propaganda.')?.stance).toBe('disputes');
    expect(rejectionCoda('Lima armed Quito, which Lima called false.')?.stance).toBe('denies');
  });
  it('leaves clauses that reject something else, judge without rejecting, or are negated', () => {
    expect(rejectionCoda('Lima offered Quito a truce, which Quito rejected.')).toBeNull();
    expect(rejectionCoda('Lima offered Quito a truce, a plan that Quito rejected.')).toBeNull();
    expect(rejectionCoda('Lima asked Quito for gas, but Quito rejected it.')).toBeNull();
    expect(rejectionCoda('Lima armed Quito, which Bogota called a threat.')).toBeNull();
    expect(rejectionCoda('Lima armed Quito, which Bogota called wrong.')).toBeNull();
    expect(rejectionCoda('Lima armed Quito, which Lima denies broke any rule.')).toBeNull();
    expect(rejectionCoda('Lima armed Quito, which Lima has not denied.')).toBeNull();
    expect(rejectionCoda('Lima armed Quito, sources said, and Lima never denied it.')).toBeNull();
    expect(rejectionCoda('Lima denied arming Quito.')).toBeNull();
  });
});

describe('noncommittalFrame', () => {
  it('reads what follows a refusal to deny as reported, and a refusal to confirm as disputed', () => {
    const notDenied = 'Lima did not deny that it had armed Quito.';
    const frame = noncommittalFrame(notDenied);
    expect(frame?.stance).toBe('states');
    expect(notDenied.slice(frame?.start)).toBe('it had armed Quito.');
    const unconfirmed = 'Lima declined to confirm whether it had armed Quito.';
    expect(noncommittalFrame(unconfirmed)?.stance).toBe('disputes');
    expect(unconfirmed.slice(noncommittalFrame(unconfirmed)?.start)).toBe('it had armed Quito.');
    expect(noncommittalFrame('Lima denied that it had armed Quito.')).toBeNull();
    // A refusal that frames no clause reports nothing.
    expect(noncommittalFrame('Lima armed Quito but did not confirm the price.')).toBeNull();
    // What someone did not say is neither stated nor denied; a "wh-" clause is given whatever the frame.
    expect(noncommittalFrame('Officials did not say that Lima had armed Quito.')?.stance).toBeNull();
    expect(noncommittalFrame('Officials would not confirm how many rifles Lima sold Quito.')?.stance).toBe('states');
    for (const text of ['Lima has not confirmed how much it paid for the rifles.', 'The ministry did not disclose what Lima paid for the rifles.', 'Officials could not explain how Lima bought the rifles.']) {
      expect(noncommittalFrame(text)?.stance).toBe('states');
    }
    // A clause that only looks ahead is given nothing.
    expect(noncommittalFrame('Lima did not explain how it would buy the rifles.')?.stance).toBeNull();
    expect(noncommittalFrame('Lima did not say when in May it bought the rifles.')?.stance).toBe('states');
    // A claim said to lack support is disputed.
    const unsupported = 'There is no evidence that Lima had armed Quito.';
    expect(noncommittalFrame(unsupported)?.stance).toBe('disputes');
    expect(unsupported.slice(noncommittalFrame(unsupported)?.start)).toBe('Lima had armed Quito.');
  });

  it('reads past any statement noun before the framed clause', () => {
    for (const noun of ['reports', 'claim', 'allegations', 'accusation', 'suggestions']) {
      const text = `Lima did not deny the ${noun} that it had armed Quito.`;
      expect(text.slice(noncommittalFrame(text)?.start)).toBe('it had armed Quito.');
    }
  });
});

describe('verdicts', () => {
  it('take a whole phrase that calls a statement false or doubtful, not a judgement of an act', () => {
    expect(['false', 'as baseless', '"pure propaganda"', 'completely untrue', 'wrong', 'a step forward', 'not false'].map(verdictStance)).toEqual(['denies', 'denies', 'disputes', 'denies', null, null, null]);
    expect(['is false', 'was fake news', 'is wrong', 'rests on false assumptions'].map(verdictClause)).toEqual(['denies', 'disputes', null, null]);
  });
  it('bear on a statement noun only when they govern it', () => {
    expect(verdictBeforeNoun('An aide said there was no truth to the reports that ')).toBe('denies');
    expect(verdictBeforeNoun('Lima dismissed as "fake news" recent reports that ')).toBe('disputes');
    expect(verdictBeforeNoun('The talks got off to a false start after reports that ')).toBeNull();
    expect(verdictBeforeNoun('Markets moved the wrong way on reports that ')).toBeNull();
  });
  it('read a verb that casts doubt on a statement noun as a dispute of what it holds', () => {
    expect(['Lima pushed back on reports that ', 'Quito questioned the claims that ', 'Officials played down recent reports that '].map(verdictBeforeNoun)).toEqual(['disputes', 'disputes', 'disputes']);
    // Doubt on something other than a statement, or a noun it does not govern, is none.
    expect(verdictBeforeNoun('Lima pushed back on the plan, days after reports that ')).toBeNull();
  });
});
