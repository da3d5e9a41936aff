import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../src/core/extract/extractAttributions';
import { parseSourceDocument } from '../../src/core/document/sourceDocument';
import { buildClaimIndex } from '../../src/core/index/buildIndex';
import { lexicon } from './lexicon';

/** Fresh news-like text, not from the seeds: who said what, with which stance. */
function attributions(text: string): { actor: string; role: string | null; stance: string; quote: string }[] {
  return extractAttributions(text).map((a) => ({ actor: a.source.actor, role: a.source.role, stance: a.stance, quote: a.content.text }));
}

describe('extractAttributions', () => {
  it('reads quote-first, source-first and trailing attributions and resolves later mentions', () => {
    const text = [
      'Transport Minister Helena Varga said the rail link would open in June.',
      '“We have the money and the workers,” Ms Varga said.',
      'The line will cost more than planned, officials told reporters.',
      'She added that fares would stay frozen for a year.',
    ].join('\n\n');
    const got = attributions(text);
    expect(got).toHaveLength(4);
    expect(got[0]).toMatchObject({ actor: 'Helena Varga', role: 'Transport Minister', stance: 'asserts', quote: 'the rail link would open in June' });
    expect(got[1]).toMatchObject({ actor: 'Helena Varga', quote: 'We have the money and the workers' });
    expect(got[2]).toMatchObject({ actor: 'Officials', quote: 'The line will cost more than planned' });
    expect(got[3]).toMatchObject({ actor: 'Helena Varga', quote: 'fares would stay frozen for a year' });
  });

  it('labels a denial only where the text denies, and links "reports that …" to what is denied', () => {
    const text = 'Ferrox Mining denied that it had dumped waste in the river. A spokesman said reports the mine would close were not true. "We will not allow this to happen," the spokesman said.';
    const got = extractAttributions(text);
    expect(got.map((a) => a.stance)).toEqual(['denies', 'denies', 'asserts']);
    expect(got[0]?.sourceIsAgent).toBe(true);
    expect(got[1]?.target?.kind === 'span' && got[1].target.span.text).toBe('the mine would close');
  });

  it('reads "denied it was …" as a denial of what follows, not of something said before', () => {
    // "was" ends in "as": it must not read as "denied it as …", a verdict on what was said before.
    const got = extractAttributions('Ferrox Mining denied it was dumping waste in the river. The mayor rejected this as baseless.');
    expect(got[0]?.target?.kind === 'span' && got[0].target.span.text).toBe('it was dumping waste in the river');
    expect(got[0]?.sourceIsAgent).toBe(true);
    expect(got[1]?.target).toEqual({ kind: 'previous' });
  });

  it('reads a denial of "it", "any such …" or a report, and a report of a statement noun, past a time or manner, as pointing back', () => {
    const said = 'Officials said Kenya had sold the harbour to a shipping firm. ';
    const back = (sentence: string): [string, string | undefined, number | null][] =>
      extractAttributions(said + sentence).slice(1).map((a) => [a.stance, a.target?.kind, a.previousIndex]);
    const pointsBack = (sentence: string): boolean => back(sentence).some(([, , previous]) => previous === 0);
    expect(extractAttributions('Officials said Ethiopia had sold the harbour to Kenya. Both governments denied any such sale.')[1]?.previousIndex).toBe(0);
    for (const sentence of ['Nairobi denied it.', 'Nairobi denied it on Tuesday.', 'Kenya flatly denied it, saying the harbour was still public.', 'Kenya denied any such sale.', 'The mayor denied the reports in a statement.', 'Kenya denied it initially.']) {
      expect(back(sentence)).toEqual([['denies', 'previous', 0]]);
    }
    // Without a statement noun, "denied it" may refuse what was asked: it calls untrue only the speaker's own deed.
    expect(pointsBack('Ethiopia denied it on Tuesday.')).toBe(false);
    expect(pointsBack('Ethiopia denied any such sale.')).toBe(false);
    expect(extractAttributions('Officials said Ethiopia had asked Kenya for a loan. Kenya denied the request on Monday.').map((a) => a.previousIndex)).toEqual([null, null]);
    // A second object gives something; a reversal, a clause or a withheld denial is no pointer.
    for (const sentence of ['Kenya denied it permission on Monday.', 'Kenya denied it at first but later admitted the sale.', 'Kenya denied it deliberately misled investors.', 'Kenya did not deny it.', 'Kenya never denied it.', 'Nobody in Nairobi denied it.', 'Kenya refused to deny it.']) {
      expect(pointsBack(sentence)).toBe(false);
    }
    // The doer of a passive is its "by" party; a lead-in word is no part of the speaker; a clause after the pointer calls it off.
    expect(extractAttributions('Officials said boats were sold to Ethiopia by Kenya. But Nairobi denied it.')[1]?.previousIndex).toBe(0);
    expect(extractAttributions('Officials said Kenya was asked by Ethiopia for a loan. Nairobi denied it.')[1]?.previousIndex ?? null).toBeNull();
    expect(pointsBack('Nairobi, which initially denied it, later admitted it.')).toBe(false);
    // A speaker phrase with a clause in it is no speaker ("Weeks passed before Nairobi").
    for (const sentence of ['Weeks passed before Nairobi denied it.', 'Papers reported the sale, and Nairobi denied it on Monday.']) {
      expect(extractAttributions(said + sentence).map((a) => a.source.actor).filter((actor) => /before|and|passed/u.test(actor))).toEqual([]);
    }
    // Reporting or confirming a statement noun asserts what it points back to; a clause after it is what is reported.
    expect(back('Several papers reported the request on Monday.')).toEqual([['asserts', 'previous', 0]]);
    expect(back('The ministry confirmed the reports, citing a letter from the mayor.')).toEqual([['asserts', 'previous', 0]]);
    expect(extractAttributions('Critics said the bank had laundered money for a cartel. The bank reported the allegations in a filing.')[1]?.previousIndex ?? null).toBeNull();
    for (const sentence of ['Several papers reported the request was made in May.', 'Kenya reported the allegations in a filing.', 'Papers reported the request before Nairobi denied it.', 'The ministry reported the claims to the police.', 'The ministry declined to confirm the reports.', 'No papers reported the claims.', 'Local papers wrongly reported the claims.', 'The ministry confirmed the reports on Monday would be reviewed.']) {
      expect(pointsBack(sentence)).toBe(false);
    }
    // In the index, the report joins the claim it points back to as one more source asserting it.
    const claims = buildClaimIndex([parseSourceDocument('a', 'a.txt', `${said}Two newspapers reported the claims on Friday.`)], lexicon).claims;
    expect(claims.map((c) => [c.text, c.attributions.map((a) => [a.actor, a.stance])])).toEqual([
      ['Kenya had sold the harbour to a shipping firm.', [['Officials', 'asserts'], ['Two newspapers', 'asserts']]],
    ]);
    // "it" opening a clause is what is denied, not a pointer.
    expect(back('Kenya denied it had sold anything.')).toEqual([['denies', 'span', null]]);
    // Rejecting "it" may refuse a request rather than call it untrue: no pointer without a statement noun.
    expect(back('The council rejected it.')).toEqual([]);
    expect(pointsBack('The council rejected any such offer.')).toBe(false);
  });

  it('keeps a named subject’s own "that" clause inside what was said', () => {
    const got = attributions('The ministry believes Ferrox managers knew months ahead that the dam would fail. The mayor said Tuesday evening that the river was safe.');
    expect(got[0]?.quote).toBe('Ferrox managers knew months ahead that the dam would fail');
    // A day between the cue and "that" is not a subject.
    expect(got[1]?.quote).toBe('the river was safe');
  });

  it('treats "fake news but did not deny it" and accusations of disinformation as disputes', () => {
    const text = 'Asked whether the club had sold the stadium, Mr Roe said this was "fake news" but did not deny it directly. The union accused the newspaper of spreading disinformation.';
    const got = extractAttributions(text);
    expect(got.map((a) => a.stance)).toEqual(['disputes', 'disputes']);
    expect(got[0]?.target?.kind === 'span' && got[0].target.span.text).toBe('the club had sold the stadium');
    // In the index, the accusation's quote keeps its verb, and the dispute its words without the writer's.
    const claims = buildClaimIndex([parseSourceDocument('a', 'a.txt', `The newspaper said the club had sold the stadium. ${text}`)], lexicon).claims;
    const quotesOf = (actor: string): string[] => claims.flatMap((c) => c.attributions.filter((a) => a.actor.includes(actor)).map((a) => a.quote));
    expect(quotesOf('Roe')).toEqual(['this was "fake news"']);
    expect(quotesOf('union')).toEqual(['accused the newspaper of spreading disinformation']);
    // A denial whose words start with a gerund keeps its verb too.
    const denied = buildClaimIndex([parseSourceDocument('b', 'b.txt', 'Officials said Kenya had asked Egypt for a loan. Kenya denied asking Egypt for a loan.')], lexicon).claims;
    expect(denied.flatMap((c) => c.attributions.filter((a) => a.stance === 'denies').map((a) => a.quote))).toEqual(['denied asking Egypt for a loan']);
  });

  it('attributes a bare quote paragraph to the speaker named in the next paragraph', () => {
    const text = '"The harbour is safe for every ship that uses it."\n\nHarbourmaster Tomas Reyes said.';
    const got = attributions(text);
    expect(got).toHaveLength(1);
    expect(got[0]?.actor).toContain('Tomas Reyes');
    expect(got[0]?.quote).toBe('The harbour is safe for every ship that uses it.');
  });

  it('reads "according to" and "citing" forms and keeps groups as groups', () => {
    const got = attributions('The factory will shed 400 jobs, according to two people familiar with the matter. Local media, citing police sources, reported that the driver had fled.');
    expect(got.map((a) => a.actor)).toEqual(['Two people familiar with the matter', 'Local media, citing police sources']);
    expect(got[1]?.quote).toBe('the driver had fled');
  });

  it('reads a frame that interrupts what it reports, and builds the claim without it', () => {
    const text = 'The dam, two officials said, had cracked during the winter.\n\nThe mill had, according to the union, closed its night shift.\n\nThe road was icy, the mayor said, but buses ran.';
    const got = attributions(text);
    expect(got.map((a) => [a.actor, a.quote])).toEqual([
      // The exact words of the document, frame and all, are the quote.
      ['Two officials', 'The dam, two officials said, had cracked during the winter'],
      ['The union', 'The mill had, according to the union, closed its night shift'],
      // A new clause after the frame ("but …") is no part of what the frame reports.
      ['The mayor', 'The road was icy'],
    ]);
    const claims = buildClaimIndex([parseSourceDocument('a', 'a.txt', text)], lexicon).claims.map((c) => c.text);
    expect(claims).toEqual(expect.arrayContaining(['The dam had cracked during the winter.', 'The mill had closed its night shift.']));
    // After a whole clause, what follows the frame is no part of what it reports: a contrast, the speaker's next act.
    expect(attributions('The fire was an accident, police said, not arson.\n\nThe striker was injured, the coach said, did not elaborate.').map((a) => [a.stance, a.quote])).toEqual([
      ['asserts', 'The fire was an accident'],
      ['asserts', 'The striker was injured'],
    ]);
    // The resumed clause ends where a clause of its own is joined on; its stance is read without the frame.
    expect(attributions('Turnout, officials said, reached a record high, but the opposition disputed the figure.')[0]?.quote).toBe('Turnout, officials said, reached a record high');
    expect(extractAttributions('The mill closed its night shift. The report, the mayor said, was false.')).toEqual([expect.objectContaining({ stance: 'denies', target: { kind: 'previous' } })]);
    // A reporting verb after the frame, past auxiliaries and adverbs, is no part of a clause the frame reports.
    // A capitalised "-ed" word is a name, not a verb ending the subject.
    expect(attributions('The United Arab Emirates, officials said, had paid for the gas.')[0]?.quote).toBe('The United Arab Emirates, officials said, had paid for the gas');
    for (const text of ['The mill, officials said, had also denied it would close.', 'The mill, officials said, has repeatedly denied it would close.', 'The mill, officials said, never denied it would close.']) {
      expect(attributions(text).map((a) => a.quote)).toEqual(['The mill']);
    }
  });

  it('reads the words after a common-noun addressee as the clause, and "it" as the party addressed', () => {
    expect(attributions('The mayor told reporters prices would rise next year.')[0]?.quote).toBe('prices would rise next year');
    expect(attributions('The mayor told lawmakers spending cuts were needed.')[0]?.quote).toBe('spending cuts were needed');
    expect(attributions('The mayor told fellow ministers prices would rise.')[0]?.quote).toBe('prices would rise');
    // No doer from the one addressed when "it" stands for a clause, when two are addressed, or when the speaker names a side.
    const doers = (text: string): (string | undefined)[] => extractAttributions(text).map((a) => a.agentSpan?.text);
    expect(doers('The minister told Kenya that it would be a mistake to cut fuel subsidies.')).toEqual([undefined]);
    expect(doers('The minister told Norway and Sweden that it would cut gas output.')).toEqual([undefined]);
    expect(doers('The Statkraft spokesman told Oslo that it would raise electricity prices.')).toEqual([undefined]);
    expect(doers('The minister told Oslo that it would raise electricity prices.')).toEqual(['Oslo']);
    // A speaker named for no side: "it" is the party warned, in the claim built from it.
    const claims = buildClaimIndex([parseSourceDocument('a', 'a.txt', 'The minister warned Stockholm on Monday that it would face higher tariffs on its steel exports.')], lexicon).claims;
    expect(claims.map((c) => c.text)).toEqual(['Stockholm would face higher tariffs on its steel exports.']);
    expect(claims[0]?.propositions[0]?.agents).toEqual(['sweden']);
  });

  it('reads a warned "it" that is threatened with a penalty as the party warned, whoever warns', () => {
    const doers = (text: string): (string | undefined)[] => extractAttributions(text).map((a) => a.agentSpan?.text);
    expect(doers('Norway warned Brazil that it would face serious consequences if it cut the quota.')).toEqual(['Brazil']);
    expect(doers('The Statkraft spokesman warned Oslo that it would pay a heavy price for the delay.')).toEqual(['Oslo']);
    expect(doers('The ministry cautioned Kenya again on Friday that it would face sanctions.')).toEqual(['Kenya']);
    // What the warner itself will do, choose or bear stays the warner's; so does what it is told, and what a clause-"it" stands for.
    for (const text of ['Norway warned Brazil that it would impose higher tariffs on its beef.', 'Mexico warned Canada that it would not pay for the new border wall.', 'Italy warned Greece that it would not bear the burden alone.', 'Qatar warned Japan that it would face a shortage of tankers.', 'Norway told Brazil that it would face sanctions.', 'Norway warned Brazil that it would be costly to face sanctions.']) {
      expect(doers(text)).toEqual([undefined]);
    }
    // What a party is warned of is the content, with or without an addressee; "for China" is no addressee.
    expect(attributions('The minister warned of serious consequences for Kenya if it cut the quota.').map((a) => a.quote)).toEqual(['serious consequences for Kenya if it cut the quota']);
    expect(attributions('The minister warned Nairobi of serious consequences if it cut the quota.').map((a) => a.quote)).toEqual(['serious consequences if it cut the quota']);
    // A noun that is also a cue ("state television", "a post") does not own the "that" after it.
    expect(attributions('The minister said on state television that the mill would close.').map((a) => a.quote)).toEqual(['the mill would close']);
    expect(attributions('The company said in a post on its website that the mill would close.').map((a) => a.quote)).toEqual(['the mill would close']);
    // A warning reported by another source: its "that" is the warning's, and "it" is still the one warned.
    expect(doers('Officials said the European Union warned Turkey that it would face sanctions.')).toEqual(['Turkey']);
    // The one warned, without a relative clause about it.
    expect(doers('The European Union warned Turkey, which it accuses of illegal drilling, that it would face sanctions.')).toEqual(['Turkey']);
    const claims = buildClaimIndex([parseSourceDocument('a', 'a.txt', 'The European Union warned Turkey on Monday that it would face sanctions if it bought Russian gas.')], lexicon).claims;
    expect(claims[0]?.propositions[0]?.agents).toEqual(['turkey']);
  });

  it('reads "X quoted Y as saying …" as Y saying it, and "Y, quoted by X, said" as Y', () => {
    expect(attributions('Reuters quoted a senior Kenyan official as saying that the mill would close in May.').map((a) => [a.actor, a.stance, a.quote])).toEqual([
      ['A senior Kenyan official', 'asserts', 'the mill would close in May'],
    ]);
    expect(attributions('The agency quoted the mayor as telling reporters the bridge was unsafe.').map((a) => [a.actor, a.quote])).toEqual([['The mayor', 'the bridge was unsafe']]);
    expect(attributions('The ministry, quoted by local media, said the mill would close.').map((a) => [a.actor, a.quote])).toEqual([['The ministry', 'the mill would close']]);
    // Quoting figures is no statement; nor is a quote the sentence itself denies or calls wrong.
    expect(extractAttributions('The report quoted figures from the central bank.')).toEqual([]);
    expect(attributions('The ministry denied the paper had quoted the mayor as saying the mill would close.').map((a) => a.actor)).not.toContain('The mayor');
    expect(attributions('The paper wrongly quoted the mayor as saying the mill would close.').map((a) => a.actor)).not.toContain('The mayor');
    // A time between "saying" and "that" is no part of what was said.
    expect(attributions('The paper quoted the mayor as saying on Sunday that the mill would close.').map((a) => a.quote)).toEqual(['the mill would close']);
  });

  it('files a statement that negates a claim stated elsewhere as a denial of it, in whichever order', () => {
    const stated = 'Officials said Kenya had cut fuel subsidies for farmers.';
    const negated = 'Kenya has not cut fuel subsidies for farmers, the ministry said on Monday.';
    for (const docs of [[stated, negated], [negated, stated]]) {
      const claims = buildClaimIndex(docs.map((t, i) => parseSourceDocument(`d${i}`, `d${i}.txt`, t)), lexicon).claims;
      expect(claims.map((c) => c.attributions.map((a) => [a.actor, a.stance]))).toEqual([[['Officials', 'asserts'], ['The ministry', 'denies']]]);
    }
    // A negated claim with nothing to negate stays a claim of its own.
    expect(buildClaimIndex([parseSourceDocument('a', 'a.txt', negated)], lexicon).claims.map((c) => c.attributions[0]?.stance)).toEqual(['asserts']);
    // Only the plain "not" of the same claim: not another time, a modal, a scope, or a frame ("did not deny").
    for (const other of ['Kenya has not cut fuel subsidies for farmers this year, the ministry said.', 'Kenya will not cut fuel subsidies for farmers, the ministry said.', 'Kenya did not deny cutting fuel subsidies for farmers, officials said.', 'Kenya has not cut all fuel subsidies for farmers, the ministry said.']) {
      const claims = buildClaimIndex([parseSourceDocument('a', 'a.txt', stated), parseSourceDocument('b', 'b.txt', other)], lexicon).claims;
      expect(claims.flatMap((c) => c.attributions.map((a) => a.stance))).not.toContain('denies');
    }
  });

  it('leaves the speaker’s next act out of what was said', () => {
    expect(attributions('The mayor said the report was “fake news” but did not deny it directly.').map((a) => [a.stance, a.quote])).toEqual([['disputes', 'the report was “fake news”']]);
    expect(attributions('The mayor said the mill would close but declined to give a date.').map((a) => a.quote)).toEqual(['the mill would close']);
    // A clause the speaker says stays ("… but workers would be paid").
    expect(attributions('The mayor said the mill would close but workers would be paid.').map((a) => a.quote)).toEqual(['the mill would close but workers would be paid']);
  });

  it('ends what was said where a clause joined on with its own frame begins, and reads that clause as its speaker\'s', () => {
    // The first speaker keeps what it said; the joined clause's speaker says the rest.
    expect(attributions('Kenya said it had never exported maize to Ethiopia, while Ethiopian officials said shipments arrived in May.').map((a) => [a.actor, a.quote])).toEqual([
      ['Kenya', 'it had never exported maize to Ethiopia'],
      ['Ethiopian officials', 'shipments arrived in May'],
    ]);
    expect(attributions('Lima denied that Peru sold boats to Chile, but officials said the deal was real.').map((a) => [a.actor, a.stance, a.quote])).toEqual([
      ['Lima', 'denies', 'Peru sold boats to Chile'],
      ['Officials', 'asserts', 'the deal was real'],
    ]);
    expect(attributions('Ottawa insisted it had not asked Japan for gas, though Japanese officials said the request was made in March.').map((a) => a.quote)).toEqual(['it had not asked Japan for gas', 'the request was made in March']);
    // "…, officials said, but Nairobi denied it": the denial points back to the statement before it in the sentence.
    const denied = extractAttributions('Kenya sold tea to Egypt last year, Egyptian officials said, but Nairobi denied it.');
    expect(denied.map((a) => [a.source.actor, a.stance, a.previousIndex])).toEqual([['Egyptian officials', 'asserts', null], ['Kenya', 'denies', 0]]);
    // A description names the one it fits in every word: the finance minister is not the prime minister.
    expect(attributions('The Norwegian prime minister said the tax would be cut, though the finance minister said no decision had been made.').map((a) => a.actor)).toEqual(['The Norwegian prime minister', 'The finance minister']);
    // A pronoun in the joined clause is not taken for its speaker.
    expect(extractAttributions('The union said wages were cut, while Toyota said they had risen in May.').map((a) => a.sourceIsAgent)).toEqual([false, false]);
    // A pointer back keeps pointing back.
    const got = extractAttributions('Officials said Kenya sold coffee to Egypt. Nairobi denied it, although customs data suggest otherwise.');
    expect(got.map((a) => [a.stance, a.target?.kind, a.previousIndex])).toEqual([['asserts', undefined, null], ['denies', 'previous', 0]]);
    // A joined clause with a speaker nobody named, or a single word said, files nothing.
    expect(attributions('The union said wages were cut, while they insisted pay talks would continue.').map((a) => a.actor)).toEqual(['The union']);
    // A joined clause without a frame stays what was said.
    expect(attributions('The mayor said the mill would close, while the port would stay open.').map((a) => a.quote)).toEqual(['the mill would close, while the port would stay open']);
    // "as Y said B" opens a clause of its own; ", as Y said." and ", as Y told the court on Monday." attribute what came before.
    expect(attributions('The trade minister said exports rose, as officials in Nairobi said imports fell.').map((a) => [a.actor, a.quote])).toEqual([['The trade minister', 'exports rose'], ['Officials in Nairobi', 'imports fell']]);
    expect(attributions('The club said the coach had resigned, as the players\' union reported that he had been sacked.').map((a) => [a.actor, a.quote])).toEqual([['The club', 'the coach had resigned'], ['The players\' union', 'he had been sacked']]);
    expect(attributions('The mayor took bribes from a builder, as prosecutors told the court on Monday.').map((a) => [a.actor, a.quote])).toEqual([['Prosecutors', 'The mayor took bribes from a builder']]);
    // Without a comma, after a semicolon, with any speaker before a verb that only reports speech, with an adverb before the verb.
    expect(attributions('Kenya\'s trade ministry said tea exports rose while Egyptian officials said prices had fallen.').map((a) => a.quote)).toEqual(['tea exports rose', 'prices had fallen']);
    expect(attributions('The bank said the loan was repaid in full; the court disputed that.').map((a) => a.quote)).toEqual(['the loan was repaid in full']);
    expect(attributions('Kenya Airways said the flights were on schedule, whereas passengers said they had waited six hours.').map((a) => a.quote)).toEqual(['the flights were on schedule', 'they had waited six hours']);
    expect(attributions('The governor said the dam was safe, but engineers later told reporters that cracks had appeared.').map((a) => a.quote)).toEqual(['the dam was safe', 'cracks had appeared']);
    // A participle after a possessive describes a thing: no frame.
    expect(attributions('The mayor said the bus station would close, but the company\'s reported losses were smaller than feared.').map((a) => a.quote)).toEqual(['the bus station would close, but the company\'s reported losses were smaller than feared']);
  });

  it('reads the side a person speaks for from the role, word by word', () => {
    const doc = 'Kenyan National Security Adviser Ann Mwangi met Ethiopian officials in Addis Ababa on Monday.\n\n"The talks were useful," she said.';
    expect(extractAttributions(doc).map((a) => [a.source.actor, a.source.entity])).toEqual([['Ann Mwangi', 'kenya']]);
    // A role that names no country leaves the side unknown.
    expect(extractAttributions('Trade adviser Ann Mwangi met officials on Monday.\n\n"The talks were useful," she said.').map((a) => a.source.entity)).toEqual([null]);
  });

  it('hears people and groups that news quotes, but not a question or who quotes them', () => {
    expect(attributions('The hospital said the patient had died of natural causes. His family said he had been neglected.').map((a) => a.actor)).toEqual(['The hospital', 'His family']);
    // The writer's question says nothing; "denied it a licence" refuses; who quotes is not who speaks (a singular head is a source too).
    expect(attributions('Officials said Kenya sold tea to Egypt. Did Kenya deny it?').map((a) => a.actor)).toEqual(['Officials']);
    expect(attributions('Officials said Kenya sold tea to Egypt. Regulators denied it a licence.').map((a) => a.actor)).toEqual(['Officials']);
    expect(attributions("Egypt's wheat buyer, quoted by traders, said it bought 60,000 tonnes from Brazil.").map((a) => a.actor)).toEqual(["Egypt's wheat buyer"]);
  });

  it('keeps the limits of the two-speaker rules', () => {
    // A question only from its first word; "a day later" is no second object.
    expect(attributions('Kenya denied selling maize to Egypt, so who did?').map((a) => [a.actor, a.stance])).toEqual([['Kenya', 'denies']]);
    expect(extractAttributions('Officials said Kenya sold maize to Egypt. Kenya denied it a day later.').map((a) => a.stance)).toEqual(['asserts', 'denies']);
    // ", as well as" joins no clause; "denied bail" takes a thing; a pronoun in a joined clause gets no words.
    expect(attributions('Kenya said it sold maize to Egypt, as well as wheat its traders claimed was surplus.').map((a) => a.actor)).toEqual(['Kenya']);
    expect(attributions('Egypt said the journalists were freed, and dozens of protesters denied bail were moved to Cairo.').map((a) => a.actor)).toEqual(['Egypt']);
    expect(attributions('Egypt said it arrested the journalist, but they denied it.').map((a) => a.actor)).toEqual(['Egypt']);
    // "as officials said Italy sold wine": the officials said that, not what came before.
    expect(attributions('Kenya sold maize to Egypt, as officials said Italy sold wine to Brazil.').map((a) => [a.actor, a.quote])).toEqual([['Officials', 'Italy sold wine to Brazil']]);
  });

  it('finds no assertion in a saying that did not happen', () => {
    // "denied it permission" refuses: no statement, so no claim in the index either.
    expect(buildClaimIndex([parseSourceDocument('a', 'a.txt', 'Officials said Ethiopia had asked Kenya for a permit. Nairobi denied it permission.')], lexicon).claims.map((c) => c.text)).toEqual(['Ethiopia had asked Kenya for a permit.']);
    for (const text of ['The minister declined to say whether Kenya had cut fuel subsidies.', 'The minister refused to say if Kenya had cut fuel subsidies.', 'Nobody said that Kenya had cut fuel subsidies.', 'Officials urged Kenya to say it had cut fuel subsidies.']) {
      expect(extractAttributions(text)).toEqual([]);
    }
    // A clause joined before the verb of saying is its own: "was asked about it and said …" says.
    expect(attributions('The minister was asked about subsidies and said Kenya had cut fuel subsidies.').map((a) => a.quote)).toEqual(['Kenya had cut fuel subsidies']);
    // A refusal in a clause of its own leaves the saying whole.
    expect(attributions('The minister, who declined to give details, said Kenya had cut fuel subsidies.').map((a) => a.quote)).toEqual(['Kenya had cut fuel subsidies']);
  });

  it('finds nothing in narration', () => {
    expect(extractAttributions('The bridge opened in 1932. Traffic has doubled since then, and the council met on Tuesday.')).toEqual([]);
  });
});
