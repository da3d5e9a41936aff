import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../src/core/extract/extractAttributions';

/** Who said what, with which stance and words, for self-written sentences on other topics. */
function said(text: string): { actor: string; role: string | null; stance: string; words: string; target: string | null }[] {
  return extractAttributions(text).map((a) => ({
    actor: a.source.actor,
    role: a.source.role,
    stance: a.stance,
    words: a.content.text,
    target: a.target?.kind === 'span' ? a.target.span.text : null,
  }));
}

describe('extraction of forms real news copy uses', () => {
  it('reads "no evidence that …" as a dispute of what follows', () => {
    expect(said('Norwegian Air said there was no evidence that the engines had failed.')).toEqual([
      expect.objectContaining({ actor: 'Norwegian Air', stance: 'disputes', target: 'the engines had failed' }),
    ]);
  });

  it('attributes no denial or dispute that the words before its verb withhold', () => {
    for (const text of [
      'Unions urged Norwegian Air to deny that it had grounded its new jets.',
      'Few in Oslo dispute that Norwegian Air had grounded its new jets.',
      'Norwegian Air has not denied that it grounded its new jets.',
      'Norwegian Air may deny that it grounded its new jets.',
    ]) {
      expect(said(text).filter((a) => a.stance !== 'asserts')).toEqual([]);
    }
    expect(said('Norwegian Air denied that it had grounded its new jets.')).toEqual([expect.objectContaining({ actor: 'Norwegian Air', stance: 'denies' })]);
    // An opening clause is not the denial's own: these deny.
    for (const text of ['Speaking to reporters, Norwegian Air denied that it had grounded its new jets.', 'In May, Norwegian Air denied that it had grounded its new jets.']) {
      expect(said(text)).toEqual([expect.objectContaining({ actor: 'Norwegian Air', stance: 'denies' })]);
    }
    // A speaker who neither confirms nor denies asserts nothing.
    expect(said('"We neither confirm nor deny that the engines failed," the Norwegian Air spokesman said.').map((a) => a.stance)).not.toContain('asserts');
  });

  it('reads a rejection of a that-clause as a denial of the clause', () => {
    for (const text of ['The Norwegian Air spokesman said: "We categorically deny that the engines failed on the flight."', 'The Norwegian Air spokesman said it was untrue that the engines failed on the flight.']) {
      expect(said(text)).toEqual([expect.objectContaining({ stance: 'denies', target: 'the engines failed on the flight' })]);
    }
    // An opener, a reply word or intensifiers before the speaker's denial leave it a denial.
    for (const text of [
      'The Norwegian Air spokesman said: "Frankly, we deny that the engines failed on the flight."',
      '"No, we strongly and categorically deny that the engines failed on the flight," the Norwegian Air spokesman said.',
      'The Norwegian Air spokesman said: "It\'s utterly false that the engines failed on the flight."',
    ]) {
      expect(said(text)).toEqual([expect.objectContaining({ stance: 'denies', target: 'the engines failed on the flight' })]);
    }
    expect(said('The Norwegian Air spokesman said: "We categorically reject that the engines failed on the flight."')).toEqual([expect.objectContaining({ stance: 'denies', target: 'the engines failed on the flight' })]);
    // A long negative subject withholds; someone else's denial, reported by the speaker, is not the speaker's; an attributive "wrong" is no verdict.
    for (const text of [
      'Nobody on the Norwegian Air board has denied that the engines failed on the flight.',
      '"Of course, they deny that the engines failed on the flight," the pilots\' union said.',
      'The Norwegian Air spokesman said: "That would be a wrong move for the airline."',
    ]) {
      expect(said(text).filter((a) => a.stance !== 'asserts')).toEqual([]);
    }
    // A negative word that opens another clause withholds nothing.
    expect(said('Nobody in Oslo was surprised when Norwegian Air denied that the engines had failed.').map((a) => a.stance)).toEqual(['denies']);
    // What is denied ends where a clause of its own is joined on.
    expect(said('Norwegian Air said it was false that the engines had failed, and that it would sue the newspaper.')).toEqual([
      expect.objectContaining({ stance: 'denies', target: 'the engines had failed' }),
    ]);
    // Not the speaker's own rejection of a clause: a judgement, a demonstrative, a withheld or a reported rejection.
    for (const text of [
      'Norwegian Air said it was absurd that the engines had failed on a new jet.',
      'Norwegian Air said it would reject that proposal from the union next week.',
      'Norwegian Air said nobody could deny that the engines had failed on the flight.',
      'The Norwegian Air spokesman said it was wrong to blame the engines for the delay.',
    ]) {
      expect(said(text).filter((a) => a.stance !== 'asserts')).toEqual([]);
    }
    // A rejection another source reports is the rejecting party's own, never the reporter's.
    expect(said('The union said Norwegian Air had denied that the engines failed on the flight.')).toEqual([
      expect.objectContaining({ actor: 'Norwegian Air', stance: 'denies', target: 'the engines failed on the flight' }),
    ]);
    // A clause opening on "it" is a clause.
    expect(said('The union said Norwegian Air denied it would cut flights to Oslo.')).toEqual([expect.objectContaining({ actor: 'Norwegian Air', stance: 'denies' })]);
    // A reported rejection of no clause ("denied it and grounded …", "denied that, and …") leaves the report's words as they stand.
    for (const text of ['The union said Norwegian Air denied it and grounded the jet.', 'The union said Norwegian Air denied that, and the airline grounded the jet.']) {
      expect(said(text).map((a) => [a.actor, a.stance])).toEqual([['The union', 'asserts']]);
    }
  });

  it('reads a statement held by a noun, asserted by its holder', () => {
    expect(said('The strike was fuelled by Kenyan assertions that the dam would flood two villages.')).toEqual([
      expect.objectContaining({ actor: 'Kenya', stance: 'asserts', words: 'the dam would flood two villages' }),
    ]);
    expect(said('The vote came amid reports that the airline had grounded its new jets.')).toEqual([
      expect.objectContaining({ actor: 'Reports', stance: 'asserts', words: 'the airline had grounded its new jets' }),
    ]);
    expect(said('Coach Lena Brandt met the board after her warning that the club could lose its licence.')).toEqual([
      expect.objectContaining({ actor: 'Lena Brandt', stance: 'asserts', words: 'the club could lose its licence' }),
    ]);
    // What the noun holds ends before an "amid" or "despite" of the sentence's own.
    expect(said('The vote came after Spanish warnings that the airline had grounded its new jets despite a safety review.')).toEqual([
      expect.objectContaining({ words: 'the airline had grounded its new jets' }),
    ]);
    expect(said('Shares fell on reports that the airline had grounded its new jets amid a strike.')).toEqual([
      expect.objectContaining({ words: 'the airline had grounded its new jets' }),
    ]);
    // With no holder in the text there is nobody to attribute it to.
    expect(said('The accusation that the referee had been paid spread quickly.')).toEqual([]);
    // The subject of a verb that issues the noun holds it ("has stepped up warnings", "repeated its warning", "made claims").
    expect(said('In recent days, the league has stepped up warnings to the club that it will lose its licence.')).toEqual([
      expect.objectContaining({ actor: 'The league', stance: 'asserts', words: 'it will lose its licence' }),
    ]);
    expect(said('The regulator repeated its warning that the airline would be fined.')).toEqual([expect.objectContaining({ actor: 'The regulator', words: 'the airline would be fined' })]);
    expect(said('The union made claims that the airline had grounded its jets.')).toEqual([expect.objectContaining({ actor: 'The union', words: 'the airline had grounded its jets' })]);
    // Nobody, a negated or a conditional subject issues nothing.
    for (const text of ['Nobody made claims that the airline had grounded its jets.', 'The union never made claims that the airline had grounded its jets.', 'If the union made claims that the airline had grounded its jets, it would say so.']) {
      expect(said(text).map((s) => s.words)).not.toContain('the airline had grounded its jets');
    }
    // Not the subject of a verb that rejects it: rejected claims are someone else's.
    expect(said('The airline rejected claims that it had grounded its jets.').map((s) => [s.actor, s.stance])).toEqual([['The airline', 'denies']]);
  });

  it('keeps a denial of a noun-held claim and the claim itself apart', () => {
    const got = said('The port authority denied Spanish claims that the harbour had been dredged without a permit.');
    expect(got).toContainEqual(expect.objectContaining({ actor: 'The port authority', stance: 'denies', target: 'the harbour had been dredged without a permit' }));
    expect(got).toContainEqual(expect.objectContaining({ actor: 'Spain', stance: 'asserts', words: 'the harbour had been dredged without a permit' }));
  });

  it('reads a bare "No." as a denial of what the speaker was asked', () => {
    expect(said('Asked whether the mill would close in March, the company spokesman said: "No."')).toEqual([
      expect.objectContaining({ actor: 'The company spokesman', stance: 'denies', target: 'the mill would close in March' }),
    ]);
  });

  it('reads "called the charge baseless", "refuted", "dismissed … as …" and a joint denial', () => {
    expect(said('The union called the charge "baseless".')[0]).toMatchObject({ actor: 'The union', stance: 'denies' });
    expect(said('The ferry operator refuted claims that its crews were working unpaid overtime.')[0]).toMatchObject({ stance: 'denies', target: 'its crews were working unpaid overtime' });
    expect(said('The mayor dismissed the audit as a political stunt.')[0]).toMatchObject({ actor: 'The mayor', stance: 'disputes' });
    expect(said('Both capitals denied that the border treaty had been signed in secret.')[0]).toMatchObject({ actor: 'Both capitals', stance: 'denies', target: 'the border treaty had been signed in secret' });
    // The verdict may come first: "dismissed as disinformation claims that it …", whose "it" is the one dismissing.
    expect(said("The airline dismissed as disinformation the union's claims that it had grounded its new jets.")[0]).toMatchObject({ actor: 'The airline', stance: 'disputes', target: 'it had grounded its new jets' });
    expect(said('The ferry operator rejected as false reports that its crews were working unpaid overtime.')[0]).toMatchObject({ stance: 'denies', target: 'its crews were working unpaid overtime' });
    // The claims a denial is of are not the frame of a source that takes the denial in: "X denied the union's claims" is no "X denied the union's" claiming.
    expect(said("The Vellmark crew denied the union's claims that it had grounded its jets.").map((s) => s.actor)).toEqual(['Union']);
  });

  it('reads a characterisation as a statement unless its words are a verdict', () => {
    expect(said('The league described the talks as "frank and useful".')[0]).toMatchObject({ stance: 'asserts' });
    expect(said('The league described the report as "pure fabrication".')[0]).toMatchObject({ stance: 'denies' });
  });

  it('reads passive statements, with the speaker after "by"', () => {
    expect(said('News of the merger leaked on Monday, news denied by both companies.')).toEqual([
      expect.objectContaining({ actor: 'Both companies', stance: 'denies', words: 'news' }),
    ]);
  });

  it('reads a speaker\'s own "no such", "no knowledge of" and "rejects this" as denials, and not an order to deny', () => {
    expect(said('The embassy said it had no knowledge of any such payment.')[0]).toMatchObject({ stance: 'denies' });
    expect(said('The ministry said no such letter was ever sent.')[0]).toMatchObject({ stance: 'denies' });
    expect(said('"The league firmly rejects this," its chairman said.')[0]).toMatchObject({ stance: 'denies' });
    expect(said('The report said the board must deny those plans in public.')[0]).toMatchObject({ stance: 'asserts' });
  });

  it('disputes only where a dismissive word is said of something, not used in passing', () => {
    expect(said('The mayor said the council had been spreading disinformation about the budget.')[0]).toMatchObject({ stance: 'disputes' });
    expect(said('The mayor said the new office was set up to combat disinformation.')[0]).toMatchObject({ stance: 'asserts' });
  });

  it('reads a headline denial and stops it where the next statement starts', () => {
    expect(said('Mayor denies secret deal with developer, says tender was open')[0]).toMatchObject({ actor: 'Mayor', stance: 'denies', target: 'secret deal with developer' });
  });

  it('cuts actor phrases to the person or body', () => {
    expect(said("Following the officials' remarks, the regulator said the bank had met every rule.")[0]).toMatchObject({ actor: 'The regulator' });
    expect(said('The minister in Geneva said talks would resume on Friday.')[0]).toMatchObject({ actor: 'The minister' });
    // A country or its capital is the body the source speaks for, not a place to cut.
    expect(said('Officials in Washington said the talks had failed.')[0]).toMatchObject({ actor: 'Officials in Washington' });
    expect(said('Two senior officials, who spoke on condition of anonymity, said the bridge was unsafe.')[0]).toMatchObject({ actor: 'Two senior officials' });
    expect(said('Trade minister Olu Bello, during his visit to Lagos, said that tariffs would fall.')[0]).toMatchObject({ actor: 'Olu Bello', role: 'Trade minister' });
  });

  it('gives a reporting verb joined by "and" or "but" to the subject of the first clause', () => {
    expect(said('Kenya did not reveal the figures, but denied that it had sold maize to Ethiopia.')).toEqual([expect.objectContaining({ actor: 'Kenya', stance: 'denies', words: 'it had sold maize to Ethiopia' })]);
    expect(said('The regulator declined to give details but said the bank had met every rule.')).toEqual([expect.objectContaining({ actor: 'The regulator', stance: 'asserts', words: 'the bank had met every rule' })]);
    expect(said('The union has not commented on the report and said on Monday that the strike would go on.')[0]).toMatchObject({ actor: 'The union', words: 'the strike would go on' });
    // Without a subject it can find before the join, it names no source rather than the whole first clause.
    expect(said('The regulator gave details, but warned that the bank had broken a rule.').map((s) => s.actor)).not.toContain('The regulator gave details, but');
    expect(said('The newly elected mayor met the unions and said pay would rise.')).toEqual([]);
    // An adjective in "-ed" after a determiner is no verb: the subject runs past it.
    expect(said('The embattled mayor resigned and said the contract was legal.')[0]).toMatchObject({ actor: 'The embattled mayor', words: 'the contract was legal' });
  });

  it('reads a cue in a participial opener or a relative clause as the sentence frame only when there is no other', () => {
    expect(said('Having denied the reports, the airline said it had sold the jets.')).toEqual([expect.objectContaining({ actor: 'The airline', stance: 'asserts', words: 'it had sold the jets' })]);
    expect(said('The mayor, who has denied wrongdoing, said on Monday that the contract was legal.')).toEqual([expect.objectContaining({ actor: 'The mayor', stance: 'asserts', words: 'the contract was legal' })]);
    // With no frame of its own, the relative clause's denial is read, and ends with the clause.
    expect(said('The airline, which has denied grounding its jets, faces a fine.')).toEqual([expect.objectContaining({ actor: 'The airline', stance: 'denies', words: 'grounding its jets' })]);
  });

  it('shows a country under one name whichever it is called by', () => {
    const got = said('The U.S. said the tariff would stay. The United States later said it was reviewing it. Washington said it had no plans to change course.');
    expect(got.map((a) => a.actor)).toEqual(['United States', 'United States', 'United States']);
  });

  it('does not take nouns that look like cues for reporting verbs, nor act verbs without a that-clause', () => {
    expect(said('The president arrived on Monday for a state visit to the island.')).toEqual([]);
    expect(said('Researchers found 40 new beetle species in the valley.')).toEqual([]);
    expect(said('The jury announced the winner at a ceremony in the old town.')).toEqual([]);
    expect(said('The secretary of state explained that the embassy would reopen.')[0]).toMatchObject({ actor: 'The secretary of state', words: 'the embassy would reopen' });
  });

  it('resolves "he" to a person, never to a body named before', () => {
    const got = said('Mara Quist, an ornithologist, joined the survey team. The team found that the colony had doubled. "It is remarkable," she says.');
    expect(got.at(-1)).toMatchObject({ actor: 'Mara Quist' });
  });

  it('reads "such as" and "as well as" as no clause of their own before a cue', () => {
    expect(said('Airlines such as Aerolink said fares would rise.')[0]).toMatchObject({ actor: 'Airlines such as Aerolink' });
  });

  it('resolves "he" to the person whose surname opens the sentence, over one named in the sentence before', () => {
    const got = said('Coach Tom Reyes arrived on Monday. Minister Ana Lind greeted him at the airport. Reyes also hailed the fans as "loyal" as he described the season as entering "a new era".');
    expect(got.at(-1)).toMatchObject({ actor: 'Tom Reyes' });
    // A surname the article never gave a first name with is no one to resolve to.
    expect(said('Minister Ana Lind greeted the coach. Reyes hailed the fans as he described the season as "a new era".').at(-1)?.actor).not.toBe('Reyes');
  });

  it('never resolves "he" or "she" to a person named later in the same sentence', () => {
    const got = said('Planning chief Ines Ruiz met residents on Monday. "The bridge is safe," she said. She added that the council believed builder Paul Brandt was "cutting corners" before the audit.');
    expect(got.map((a) => a.actor)).toEqual(['Ines Ruiz', 'Ines Ruiz']);
  });

  it('keeps a straight quotation mark that opens inside another from swallowing the paragraph', () => {
    const got = said('The board described the meeting as "open, and "productive." Lena Ruiz said the vote would be held on Friday.');
    expect(got).toContainEqual(expect.objectContaining({ actor: 'Lena Ruiz', stance: 'asserts', words: 'the vote would be held on Friday' }));
  });
});
