import { describe, expect, it } from 'vitest';
import { analyzeProposition, oneExampleEach } from '../../src/core/match/proposition';
import { readSentence } from '../../src/core/match/readSentence';
import { scoreProposition } from '../../src/core/match/score';
import { storedProposition } from '../../src/core/index/buildIndex';
import { lexicon } from './lexicon';

const read = (t: string) => readSentence(t, { start: 0, end: t.length, text: t }, lexicon.verbs);
const analyze = (t: string) => analyzeProposition(t, null, false, lexicon.verbs);

describe('analyzeProposition', () => {
  it('maps capitals, demonyms and seats of power to one entity', () => {
    expect(analyzeProposition('Tehran told the Kremlin that Iranian drones would reach Kyiv').entities).toEqual(['iran', 'russia', 'ukraine']);
  });
  it('reads a government named by its leader as the country, and the leader alone as no country', () => {
    expect(analyze("President Lula's government asked Argentina for beef").agents).toEqual(['brazil']);
    expect(analyze('The Erdogan administration sold drones to Kenya').agents).toEqual(['turkey']);
    expect(analyzeProposition('Under pressure, the Orban cabinet agreed to buy gas from Qatar').entities).toEqual(expect.arrayContaining(['hungary', 'qatar']));
    expect(analyzeProposition('Lula met Milei in Buenos Aires').entities).toEqual(['argentina']);
  });
  it('reads "US" as the country and "us" as a pronoun', () => {
    expect(analyzeProposition('The US will help us').entities).toEqual(['us']);
  });
  it('folds spelling variants to one term and finds news synonyms in the related-terms table', () => {
    const a = analyze('Brazil signalled it was willing to supply arms to Peru');
    const b = analyze('Brazil signaled it was ready to provide weapons to Peru');
    expect(a.terms[0]).toBe(b.terms[0]);
    expect(a.predicate).toBe(b.predicate);
    const related = (x: string, y: string): boolean => lexicon.of(x).some(([t]) => t === y);
    expect(related('suppli', 'provid')).toBe(true);
    expect(related('weapon', 'arm')).toBe(true);
    expect(related('willing', 'readi')).toBe(true);
  });
  it('relates an adverb to the adjective it is derived from, and no other word to it', () => {
    const related = (x: string): string[] => lexicon.of(x).map(([t]) => t);
    expect(related('directli')).toContain('direct');
    expect(related('publicli')).toContain('public');
    // "hardly" is not "in a hard way", nor "nearly" "in a near way": WordNet derives neither.
    expect(related('hardli')).not.toContain('hard');
    expect(related('nearli')).not.toContain('near');
    // "shortly" is "soon" in its commonest sense; "curtly", from "short", is a rarer one.
    expect(related('shortli')).not.toContain('short');
  });
  it('relates irregular forms to their lemma', () => {
    expect(lexicon.of('sought').map(([t]) => t)).toContain('seek');
    expect(lexicon.of('sold').map(([t]) => t)).toContain('sell');
  });
  it('gives an irregular form its lemma\'s relations, and a related lemma its irregular forms', () => {
    const related = (x: string): string[] => lexicon.of(x).map(([t]) => t);
    // "knew" is "know": what "know" relates to, and its other form.
    expect(related('knew')).toEqual(expect.arrayContaining(['known', 'learn']));
    expect(related('known')).toContain('knew');
    // "trade" relates to "sell", so to "sold" too.
    expect(related('trade')).toEqual(expect.arrayContaining(['sell', 'sold']));
    expect(lexicon.of('trade').find(([t]) => t === 'sold')?.[1]).toBe(lexicon.of('trade').find(([t]) => t === 'sell')?.[1]);
  });
  it('writes a claim with a list of examples once per example', () => {
    expect(oneExampleEach('Lima sold Quito arms, including rifles, mortars and patrol boats, officials said')).toEqual([
      'Lima sold Quito arms, including rifles',
      'Lima sold Quito arms, including mortars',
      'Lima sold Quito arms, including patrol boats',
    ]);
    expect(oneExampleEach('Lima sold Quito arms such as rifles or mortars.')).toEqual([]);
    expect(oneExampleEach('Lima sold Quito arms, such as rifles or mortars.')).toEqual(['Lima sold Quito arms, including rifles', 'Lima sold Quito arms, including mortars']);
    expect(oneExampleEach('Lima sold Quito arms, including rifles.')).toEqual([]);
    // A trailing attribution or purpose is no example, with "and" or without.
    expect(oneExampleEach('Lima sold Quito arms, including rifles, officials said')).toEqual([]);
    expect(oneExampleEach('Lima sold Quito arms, including rifles, to fight gangs, officials said')).toEqual([]);
  });
  it('takes an irregular past form as the action, before a noun or participle that can be a verb', () => {
    expect(analyze('Chile sold fishing boats to Peru').predicate).toBe('sold');
    expect(analyze("Most of Peru's rice supply came from Chile").predicate).toBe('came');
    // Forms that are also nouns or adjectives are not plainly verbs.
    for (const form of ['ground', 'left', 'thought']) expect(lexicon.verbs.forms.has(form)).toBe(false);
  });
  it('marks the one action refused, declined or failed, unless the refusal is negated', () => {
    const refused = (t: string): string[] => {
      const p = analyze(t);
      return p.terms.filter((_, i) => p.layout?.refusedAt.includes(p.layout.termPlaces[i]?.[0] as number));
    };
    expect(refused('Japan refused to sell rice to Korea')).toEqual(['sell']);
    expect(refused('Japan sold rice to Korea after Brazil failed to deliver wheat')).toEqual(['deliv']);
    expect(refused('Japan did not refuse to sell rice to Korea')).toEqual([]);
    expect(analyze('Japan did not refuse to sell rice to Korea').negated).toBe(false);
    expect(refused('Japan sold rice to Korea despite a refusal by its farmers')).toEqual([]);
  });
  it('takes the verb after a catenative irregular form as the action', () => {
    const buying = analyze('Korea was buying rice from Japan').predicate;
    expect(analyze('Korea kept buying rice from Japan').predicate).toBe(buying);
    expect(analyze('Korea began to buy rice from Japan').predicate).toBe(buying);
  });
  it('reads an action that was stopped as negated, like "no longer"', () => {
    const stopped = analyze('Brazil has stopped supplying arms to Peru');
    expect(stopped.negated).toBe(true);
    expect(stopped.negated).toBe(analyze('Brazil no longer supplies arms to Peru').negated);
    expect(stopped.predicate).toBe(analyze('Brazil supplies arms to Peru').predicate);
    expect(analyze('Brazil is still supplying arms to Peru').negated).toBe(false);
  });
  it('does not read a request to stop, a noun "stop", a cancelled stop or a contrast as negation', () => {
    expect(analyze('Chile urged Brazil to stop supplying arms to Peru').negated).toBe(false);
    expect(analyze('Lula made a stop in Lima after Brazil supplied arms to Peru').negated).toBe(false);
    expect(analyze('Brazil has never stopped supplying arms to Peru').negated).toBe(false);
    expect(analyze('Brazil, not Chile, has supplied arms to Peru').negated).toBe(false);
  });
  it('does not read a reply word before a clause or "whether or not" as negating it', () => {
    expect(analyze('"No, Brazil has supplied arms to Peru."').negated).toBe(false);
    expect(analyze('Absolutely not, Brazil has supplied arms to Peru').negated).toBe(false);
    expect(analyze('It is unclear whether or not Brazil supplied arms to Peru').negated).toBe(false);
    // "No" as a determiner, or a reply followed by a negated clause, still negates.
    expect(analyze('No country has supplied arms to Peru').negated).toBe(true);
    expect(analyze('No. Brazil has never supplied arms to Peru').negated).toBe(true);
    expect(analyze('No-one in Brasilia has supplied arms to Peru').negated).toBe(true);
    // Negations that affirm or hedge nothing.
    for (const text of ['No-one doubts that Brazil has supplied arms to Peru', 'Like it or not, Brazil has supplied arms to Peru', 'Not surprisingly, Brazil has supplied arms to Peru']) {
      expect(analyze(text).negated).toBe(false);
    }
  });
  it('reads a negation on the action past a clause on the subject, but not one in a later clause', () => {
    expect(analyze('Any country that helps Peru will not be tolerated by Brazil').negated).toBe(true);
    expect(analyze('Brazil asked Peru for fuel because it did not have enough').negated).toBe(false);
  });
  it('reads a digit, a number word and a percent sign alike', () => {
    expect(analyze('China supplied 70% of the machinery').terms).toEqual(expect.arrayContaining(['70', 'percent']));
    expect(analyze('China supplied seventy per cent of the machinery').terms).toEqual(expect.arrayContaining(['percent']));
    expect(analyze('Imports worth $900m').terms).toEqual(expect.arrayContaining(['900', 'million']));
  });
  it('puts the doer first in a passive and with "received … from"', () => {
    expect(analyze('Fuel was requested from Egypt by Turkey').agents).toEqual(['turkey']);
    expect(analyze('Egypt received a request for fuel from Turkey').agents).toEqual(['turkey']);
    expect(analyze('Turkey asked Egypt for fuel').agents).toEqual(['turkey']);
  });
  it('takes "from X" for the doer only after a verb of receiving, and for that verb', () => {
    const received = analyze('Egypt received drones from India');
    expect([received.agents, received.patients]).toEqual([['india'], ['egypt']]);
    expect(received.layout?.explicitAgents).toEqual([{ id: 'india', of: 1, converse: true }]);
    // Praise is no transfer: the party after "from" is not its doer.
    const praised = analyze('Egypt praised drones from India');
    expect([praised.agents, praised.patients]).toEqual([['egypt'], ['india']]);
    expect(praised.layout?.explicitAgents).toEqual([]);
  });
  it('does not take a reporting verb for the action', () => {
    expect(analyze('Ankara told reporters that Turkey asked Egypt for fuel').predicate).toBe(analyze('Turkey asked Egypt for fuel').predicate);
  });
  it('does not take a participle phrase for a passive', () => {
    expect(analyzeProposition('Egypt, alarmed by Turkey, sent fuel to Greece').entities[0]).toBe('egypt');
  });
  it('notices negation only in the main clause', () => {
    expect(analyzeProposition('Japan did not sell rice to Korea').negated).toBe(true);
    expect(analyzeProposition('Japan sold rice to Korea, although it had not planned to').negated).toBe(false);
  });
  it('keeps a person described by a demonym from counting as the country', () => {
    expect(analyzeProposition('German Chancellor Olaf Scholz visited Beijing').entities).toEqual(['china']);
  });
});

describe('readSentence', () => {
  it('strips reported-speech wrappers but keeps the stance they give', () => {
    expect(read('Turkey asked Egypt for fuel, according to the Financial Times.').stance).toBe('states');
    expect(read('Ankara denied that Turkey had asked Egypt for fuel.').stance).toBe('denies');
    expect(read('Ankara dismissed the report as a smear.').pointsBack).toBe(true);
    expect(read('Turkey asked Egypt for fuel, citing people familiar with the matter, the newspaper reported.').proposition.agents).toEqual(['turkey']);
  });
  it('reads past a wire dateline: the place a story was filed from is no party to it', () => {
    expect(read('WASHINGTON — Turkey asked Egypt for fuel.').proposition.entities).toEqual(['turkey', 'egypt']);
    expect(read('ANKARA, March 3 (Reuters) - Turkey asked Egypt for fuel.').proposition.agents).toEqual(['turkey']);
    expect(read('Moscow (AFP) - Turkey asked Egypt for fuel.').proposition.entities).toEqual(['turkey', 'egypt']);
    expect(read('WASHINGTON, Feb. 24 (Reuters) - Turkey asked Egypt for fuel.').proposition.entities).toEqual(['turkey', 'egypt']);
    // A place in ordinary case before a dash, with no agency, is part of the sentence; so is a short acronym.
    expect(read('Greece - and Turkey - asked Egypt for fuel.').proposition.entities).toContain('greece');
    expect(read('NATO, Greece and Britain - Turkey’s allies - asked Egypt for fuel.').proposition.entities).toContain('greece');
    // A dateline opens a story: a later sentence of the same paragraph keeps its first words.
    const paragraph = 'Talks ended. WASHINGTON — Turkey asked Egypt for fuel.';
    expect(readSentence(paragraph, { start: 13, end: paragraph.length, text: paragraph.slice(13) }, lexicon.verbs).proposition.entities).toContain('us');
  });
  it('reads a trailing "…, saying" as said by the party nearest the last reporting verb', () => {
    expect(read('US officials said Ankara rejected the request, saying it had never sold fuel to Egypt.').saying?.agents).toEqual(['turkey']);
    expect(read('Turkey denied the reports, saying it had enough fuel for Egypt.').saying?.agents).toEqual(['turkey']);
  });
  it('reads what a warning to a party says "it" will face as that party\'s, whoever holds the warning', () => {
    const heldAgents = (t: string): string[][] => read(t).held.map((h) => h.proposition.agents);
    expect(heldAgents('The EU has stepped up warnings to Ankara that it will face sanctions if it buys gas from Russia.')).toEqual([['turkey']]);
    expect(heldAgents("Japan's warning to Ankara that it would face sanctions if it bought Russian gas went unheeded.")).toEqual([['turkey']]);
    // What "it" would do is the holder's own, as before: only facing or paying is the party warned's.
    expect(heldAgents("Japan's warning to Ankara that it would impose sanctions if Turkey bought Russian gas went unheeded.")).toEqual([['japan']]);
  });
  it('makes the speaker the doer of a denied gerund', () => {
    expect(read('Turkey denied asking Cairo for fuel.').proposition.agents).toEqual(['turkey']);
  });
  it('makes the inner speaker of a nested report the doer of its "it" clause', () => {
    // The officials speak; "it" is Ankara, the speaker of the report they relay.
    const nested = read('US officials said Ankara told Cairo it would be open to supplying fuel.').proposition;
    expect(nested.agents).toEqual(['turkey']);
    expect(nested.predicate).not.toBeNull();
  });
  it('keeps a clause’s own subject over an implied one', () => {
    // "they" are the US diplomats, but the clause names its own doer of the request: Ankara.
    const own = read('US diplomats told Cairo they had intelligence that Ankara had asked for fuel.').proposition;
    expect(own.agents).toEqual(['turkey']);
  });
});

describe('scoreProposition', () => {
  const weight = (): number => 1;
  const related = (t: string): [string, number][] => lexicon.of(t);
  const score = (claim: string, sentence: string) => scoreProposition(analyze(claim), analyze(sentence), weight, related, true);

  it('scores the same roles and object as the claim only when the action is the claim’s too', () => {
    const claim = 'India sold surveillance drones to Egypt.';
    const same = score(claim, 'India sold surveillance drones to Egypt last year.');
    const other = score(claim, 'India showed surveillance drones to Egypt last year.');
    expect(same?.score).toBeGreaterThan(other?.score ?? 1);
  });

  it('reads a party things come "from" as no receiver of the claim’s transfer', () => {
    expect(score('Kenya is considering selling maize to Ethiopia.', 'Kenya is considering buying maize from Ethiopia.')).toBeNull();
    expect(score('Kenya is considering selling maize to Ethiopia.', 'Kenya is weighing selling maize to Ethiopia.')).not.toBeNull();
    // Received from the seller: the same transfer; and a purchase in another clause leaves the sale whole.
    expect(score('Kenya supplied maize to Ethiopia.', 'Ethiopia received maize from Kenya.')).not.toBeNull();
    expect(score('Kenya sold maize to Ethiopia.', 'Kenya sold maize to Ethiopia after buying machinery from Ethiopia.')).not.toBeNull();
  });

  it('reads a hedge ("may have sold", "could be selling") as stating nothing of the claim', () => {
    const claim = analyze('Kenya sold maize to Ethiopia.');
    expect(scoreProposition(claim, analyze('Kenya may have sold maize to Ethiopia.'), weight, related, true)).toBeNull();
    expect(scoreProposition(claim, analyze('Kenya might not have sold maize to Ethiopia.'), weight, related, true)).toBeNull();
    expect(scoreProposition(claim, analyze('Kenya could be selling maize to Ethiopia.'), weight, related, true)).toBeNull();
    // "will have" is a future, not a hedge; "may" before no verb hedges nothing.
    expect(scoreProposition(claim, analyze('Kenya has sold maize to Ethiopia.'), weight, related, true)).not.toBeNull();
  });

  it('reads a sentence that carries only a claim’s condition as stating the condition, not the claim', () => {
    const claim = storedProposition(analyze('Kenya will face sanctions if it sells maize to Ethiopia.'));
    expect(claim.conditional).toEqual(expect.arrayContaining(['sell', 'maiz']));
    const scoreOf = (sentence: string) => scoreProposition(claim, analyze(sentence), weight, related, true);
    expect(scoreOf('Kenya has sold maize to Ethiopia.')).toBeNull();
    expect(scoreOf('Kenya would face sanctions for selling maize to Ethiopia.')).not.toBeNull();
    // A claim with no condition keeps no such list.
    expect(storedProposition(analyze('Kenya sold maize to Ethiopia.')).conditional).toBeUndefined();
  });

  it('reads the same doer moving things the other way as another claim', () => {
    const asked = 'Kenya asked Ethiopia for maize and fuel.';
    expect(score(asked, 'Kenya offered Ethiopia maize and fuel.')).toBeNull();
    expect(score(asked, 'Kenya has sold maize and fuel to Ethiopia.')).toBeNull();
    expect(score('Kenya sold maize to Ethiopia.', 'Kenya bought maize from Ethiopia.')).toBeNull();
    // Without "from", a converse verb takes: buying Ethiopian maize is no supply of maize to Ethiopia.
    expect(score('Kenya is ready to supply maize to Ethiopia.', 'Kenya is ready to buy more Ethiopian maize.')).toBeNull();
    // A converse verb is read from the one things come from: "Kenya bought maize from Ethiopia" is Ethiopia selling.
    expect(score('Kenya bought maize from Ethiopia.', 'Ethiopia sold maize to Kenya.')).not.toBeNull();
    // The same way round, in other words, or both ways in one sentence: no veto.
    expect(score(asked, 'Kenya requested maize and fuel from Ethiopia.')).not.toBeNull();
    expect(score(asked, 'Kenya asked Ethiopia to send maize and fuel.')).not.toBeNull();
  });
});
