import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/core/document/sourceDocument';
import { buildClaimIndex, indexLexicon } from '../../src/core/index/buildIndex';
import { generatedClaims } from '../../src/cli/syntheticClaims';
import { lexicon } from './lexicon';
import { ClaimMatcher } from '../../src/core/match/matcher';
import { parseClaimIndex } from '../../src/core/index/schema';

// A fresh two-document corpus, written for this test: a trade story with a claim, a denial and a dispute.
const index = buildClaimIndex([
  parseSourceDocument('a', 'a.txt', 'Japanese officials said Japan had asked Canada for extra shipments of liquefied gas.\n\nCanada denied that Japan had requested extra liquefied gas shipments from it.'),
  parseSourceDocument('b', 'b.txt', 'India has quietly sold surveillance drones to Egypt, two officials told reporters.'),
], lexicon);
const matcher = new ClaimMatcher(index);
const claimOf = (needle: string): string | undefined => index.claims.find((c) => c.attributions.some((a) => a.quote.includes(needle)))?.id;
/** A matcher over one fresh document, written for the test that builds it. */
const matcherOf = (id: string, text: string): ClaimMatcher => new ClaimMatcher(buildClaimIndex([parseSourceDocument(id, `${id}.txt`, text)], lexicon));

describe('ClaimMatcher', () => {
  it('links the denial to the claim it denies when building the index', () => {
    const claim = index.claims.find((c) => c.id === claimOf('asked Canada'));
    expect(claim?.attributions.map((a) => [a.actor, a.stance])).toEqual([
      ['Japanese officials', 'asserts'],
      ['Canada', 'denies'],
    ]);
  });

  it('matches a paraphrase with other words, voice and a reporting wrapper', () => {
    const [m] = matcher.matchText('Tokyo requested additional gas shipments from Ottawa, according to a government source.');
    expect(m?.claimId).toBe(claimOf('asked Canada'));
    expect(m?.stance).toBe('states');
    expect(m?.terms.length).toBeGreaterThan(1);
    // Shown as the sentence's own words, a related word included ("requested" carried "asked").
    expect(m?.terms).toEqual(expect.arrayContaining(['requested', 'gas']));
  });

  it('reports the page sentence’s own denial', () => {
    const [m] = matcher.matchText('Ottawa denied that Tokyo had requested more gas shipments from Canada.');
    expect(m).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'denies' });
  });

  it('rejects a role reversal and an entity swap', () => {
    expect(matcher.matchText('Canada asked Japan for extra shipments of liquefied gas.')).toEqual([]);
    expect(matcher.matchText('India has sold surveillance drones to Iran, officials said.')).toEqual([]);
  });

  it('reads roles around the claim’s action, not the sentence’s first verb', () => {
    // "talked" comes first, with Egypt before it and India after: roles read around it would be swapped.
    const [m] = matcher.matchText('Egypt’s minister talked of his concern that India has quietly sold surveillance drones to Egypt.');
    expect(m?.claimId).toBe(claimOf('surveillance drones'));
    // Around "sold", the roles still decide: Egypt selling to India is another claim.
    expect(matcher.matchText('India’s minister talked of his concern that Egypt has quietly sold surveillance drones to India.')).toEqual([]);
  });

  it('reads a passive "by X" as the doer of its own verb only', () => {
    // "imposed by Egypt" names Egypt as the doer of the blockade, not of the sale.
    const [m] = matcher.matchText('During a blockade that was imposed by Egypt, India has quietly sold surveillance drones to Egypt.');
    expect(m?.claimId).toBe(claimOf('surveillance drones'));
    // The passive still decides the roles of its own verb: drones sold by Egypt to India are another claim.
    expect(matcher.matchText('Surveillance drones were quietly sold by Egypt to India, officials said.')).toEqual([]);
  });

  it('reads buying and importing from X as X selling', () => {
    expect(matcher.matchText('Egypt has been buying surveillance drones from India.')[0]?.claimId).toBe(claimOf('surveillance drones'));
    expect(matcher.matchText('Egypt imported surveillance drones from India.')[0]?.claimId).toBe(claimOf('surveillance drones'));
    // The buyer is the one acted on: India buying from Egypt is Egypt selling.
    expect(matcher.matchText('India has been buying surveillance drones from Egypt.')).toEqual([]);
    // Nor does an offer to buy give anything: "offered" only opens the intent.
    expect(matcher.matchText('India offered to buy surveillance drones from Egypt.')).toEqual([]);
  });

  it('finds a claim restated by one example of its list, with its parties in their roles', () => {
    const listed = matcherOf('c', 'Norway has been helping Brazil in several fields, including naval training, satellite imaging and exports of copper mining machinery, two officials told reporters.');
    expect(listed.matchText('Norway has been running naval training for Brazil.')).toHaveLength(1);
    expect(listed.matchText('Norway is providing satellite imaging to Brazil, officials say.')).toHaveLength(1);
    expect(listed.matchText('Brazil has been running naval training for Norway.')).toEqual([]);
    expect(listed.matchText('Norway sold satellite imaging to Mexico.')).toEqual([]);
  });

  it('still finds a claim when most claims of a large index name its parties', () => {
    // 2,000 claims among 20 countries on other subjects: India and Egypt become too common to list.
    const others = generatedClaims(2000, 'harbour tariff salmon railway election budget teachers strike hospital museum festival vaccine pension bridge football orchestra satellite wheat copper forest'.split(' '), lexicon.verbs);
    const claims = [...index.claims, ...others];
    const large = new ClaimMatcher({ claims, lexicon: indexLexicon(claims, lexicon) });
    expect(large.matchText('India has sold surveillance drones to Egypt.')[0]?.claimId).toBe(claimOf('surveillance drones'));
    expect(large.matchText('New Delhi sold surveillance drones to Cairo, officials said.')[0]?.claimId).toBe(claimOf('surveillance drones'));
    expect(large.matchText('Egypt has sold surveillance drones to India.')).toEqual([]);
  });

  it('reads what a trailing "saying …" reports as the subject’s own statement', () => {
    const [stated] = matcher.matchText('Japan’s trade ministry met on Monday, saying it had asked Canada for extra shipments of liquefied gas.');
    expect(stated).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
    // The participle's negation is the sentence's stance, though its main clause negates nothing.
    const [denied] = matcher.matchText('Ottawa sent a note to Tokyo, saying Japan had never asked Canada for extra liquefied gas shipments.');
    expect(denied).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'denies' });
    // And the main clause's negation is not the participle's: what Ottawa says, it states.
    const [despite] = matcher.matchText('Ottawa did not comment on Monday, saying Japan had asked Canada for extra liquefied gas shipments.');
    expect(despite).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
  });

  it('reads the party told or warned as the doer "it" stands for, when "it" can be neither the speaker nor the speaker’s side', () => {
    // An envoy named for no side is a person: "it" is Tokyo, which asked.
    const [told] = matcher.matchText('The envoy reminded Tokyo on Monday that it had asked Canada for extra shipments of liquefied gas.');
    expect(told).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
    // The same frame with the roles turned: Ottawa asking Japan is another claim.
    expect(matcher.matchText('The envoy reminded Ottawa on Monday that it had asked Japan for extra shipments of liquefied gas.')).toEqual([]);
    // A speaker named for a side speaks for it: "it" is Japan, the envoy's own side.
    const [own] = matcher.matchText('The Japanese envoy assured Ottawa that it had asked Canada for extra shipments of liquefied gas.');
    expect(own).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
    // Unless the clause names that side itself: "it" is never a party its own clause names.
    const [named] = matcher.matchText('The Canadian envoy reminded Tokyo on Monday that it had asked Canada for extra shipments of liquefied gas.');
    expect(named).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
    expect(matcher.matchText('The Japanese envoy reminded Ottawa on Monday that it had asked Japan for extra shipments of liquefied gas.')).toEqual([]);
    // "warned Tokyo had asked …" has no "that": Tokyo is the clause's subject, not the one warned.
    const [subject] = matcher.matchText('The Canadian envoy warned Tokyo had asked Canada for extra shipments of liquefied gas.');
    expect(subject).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
  });

  it('takes the claim of the sentence before for a report or a denial that points back to it, past its time', () => {
    const stated = 'Japan had asked Canada for extra shipments of liquefied gas, officials said.';
    const [, reported] = matcher.matchText(`${stated} Several papers reported the request on Monday.`);
    expect(reported).toMatchObject({ sentence: 'Several papers reported the request on Monday.', claimId: claimOf('asked Canada'), stance: 'states' });
    for (const denial of ['Tokyo denied it on Tuesday.', 'Tokyo denied any such appeal.', 'Several papers reported the request, and Tokyo denied it on Tuesday.']) {
      const found = matcher.matchText(`${stated} ${denial}`);
      expect(found.map((m) => [m.sentence, m.claimId, m.stance])).toEqual([
        [stated, claimOf('asked Canada'), 'states'],
        [denial, claimOf('asked Canada'), 'denies'],
      ]);
    }
    // The one asked "denied the request", "denied it": a refusal, not a denial that it was asked; nor is a denial withheld.
    for (const other of ['Ottawa denied the request on Tuesday.', 'Ottawa denied it on Tuesday.', 'Tokyo did not deny it.']) {
      expect(matcher.matchText(`${stated} ${other}`).map((m) => m.sentence)).toEqual([stated]);
    }
    // In another paragraph, nothing to point back to.
    expect(matcher.matchText(`${stated}\n\nTokyo denied it on Tuesday.`).map((m) => m.stance)).toEqual(['states']);
  });

  it('reads a frame in a relative clause set off by commas as that clause\'s, and the clause around it as stated', () => {
    const supplied = matcherOf('t', 'A UN panel of experts said Turkey supplied drones to Ethiopia last year.');
    const stances = (text: string): string[] => supplied.matchText(text).map((m) => m.stance);
    expect(stances('Turkey, which denies supplying arms to rebels, supplied drones to Ethiopia.')).toEqual(['states']);
    expect(stances('Turkey, which has denied supplying drones to Ethiopia, faces UN sanctions.')).toEqual(['denies']);
    // With a frame of the sentence's own, the relative clause's denial is still read.
    expect(stances('Turkey, which denies supplying drones to Ethiopia, said the sanctions were unfair.')).toEqual(['denies']);
    // Between the clause around it and the denial, the reading that carries more of the claim speaks.
    const bribed = matcherOf('b', 'Investigators said Kenya bribed officials to win the contract.');
    expect(bribed.matchText('Kenya, which denies bribing officials, won the contract.').map((m) => m.stance)).toEqual(['denies']);
  });

  it('takes the act of the sentence before for a sentence that opens on its definite noun', () => {
    const stated = 'Japan had asked Canada for extra shipments of liquefied gas, officials said.';
    const after = (next: string): (string | undefined)[][] => matcher.matchText(`${stated} ${next}`).map((m) => [m.sentence, m.claimId, m.stance]);
    for (const next of ['The request came two weeks after the storm.', 'The request for gas was turned down by Ottawa.', 'This request was made two weeks after the storm.']) {
      expect(after(next)).toEqual([
        [stated, claimOf('asked Canada'), 'states'],
        [next, claimOf('asked Canada'), 'states'],
      ]);
    }
    // Another act, another object, a negated sentence, or another paragraph: nothing pointed to.
    for (const next of ['The sale came two weeks after the storm.', 'The request for wheat came two weeks after the storm.', 'The request was never made, Tokyo said.', 'The storm came two weeks before.', 'The request was fabricated.', 'The request was only a rumour.', 'Such a request would be unusual.']) {
      expect(after(next).map(([sentence]) => sentence)).toEqual([stated]);
    }
    expect(matcher.matchText(`${stated}\n\nThe request came two weeks after the storm.`)).toHaveLength(1);
  });

  it('reads a position expressed as the position of the one who expresses it', () => {
    const positions = buildClaimIndex([parseSourceDocument('p', 'p.txt', 'Kenya expressed “unwavering support” for Egypt’s bid to host the games.')], lexicon);
    const positionMatcher = new ClaimMatcher(positions);
    expect(positionMatcher.matchText('Nairobi expressed unwavering support for Egypt’s bid to host the games.')).toHaveLength(1);
    // Another party holding the same position is another claim.
    expect(positionMatcher.matchText('The European Union expressed unwavering support for Egypt’s bid to host the games.')).toEqual([]);
  });

  it('reads a warned "it" that faces or pays as the party warned, even when a country warns', () => {
    const trade = buildClaimIndex([parseSourceDocument('t', 't.txt', 'Turkey will face sanctions if it buys Russian gas, the European Commission said.')], lexicon);
    const tradeMatcher = new ClaimMatcher(trade);
    const [warned] = tradeMatcher.matchText('The European Union warned Ankara on Monday that it would face sanctions if it bought gas from Russia.');
    expect(warned).toMatchObject({ claimId: trade.claims[0]?.id, stance: 'states' });
    // What the warner says it will do is its own act: the EU imposing sanctions is not Turkey facing them.
    expect(tradeMatcher.matchText('The European Union warned Ankara on Monday that it would impose sanctions if it bought gas from Russia.')).toEqual([]);
    // What a party is warned of is what it would undergo: "warned Ankara of sanctions should it …".
    const [warnedOf] = tradeMatcher.matchText('The European Union warned Ankara of sanctions should it buy gas from Russia.');
    expect(warnedOf).toMatchObject({ claimId: trade.claims[0]?.id, stance: 'states' });
    expect(tradeMatcher.matchText('The European Union warned Ankara of higher prices should it buy gas from Russia.')).toEqual([]);
    // A penalty with no condition is no act of the party warned: "the costs of selling gas" says nothing of Turkey selling it.
    const sold = matcherOf('s', 'Turkey sold gas to Hungary in May, officials said.');
    for (const text of ['The European Union warned Ankara of the costs of selling gas to Hungary.', 'The European Union warned Ankara of penalties for not selling gas to Hungary.']) expect(sold.matchText(text)).toEqual([]);
    // A warning held by a noun reads the same way: "warnings to Ankara that it will face …", whoever holds them.
    const [warningNoun] = tradeMatcher.matchText("Brussels has stepped up its warnings to Ankara that it will face 'tough sanctions' if it buys gas from Russia.");
    expect(warningNoun).toMatchObject({ claimId: trade.claims[0]?.id, stance: 'states' });
    expect(tradeMatcher.matchText('Brussels has stepped up its warnings to Ankara that it will impose sanctions if it buys gas from Russia.')).toEqual([]);
    // The issue's own tryout sentence, on the bundled index: the warning to China is China's.
    const bundled = new ClaimMatcher(parseClaimIndex(JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/claim-index.json'), 'utf8'))));
    const [tryout] = bundled.matchText('The United States warned China that it would face consequences if it helped Russia evade Western sanctions.');
    expect(tryout?.stance).toBe('states');
    expect(tryout?.sentence).toContain('warned China');
  });

  it('reads a clause a reporting frame interrupts as the clause without the frame', () => {
    const [said] = matcher.matchText('Japan, two Canadian officials said on Monday, had asked Canada for extra shipments of liquefied gas.');
    expect(said).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
    const [according] = matcher.matchText('Tokyo had, according to a government source, asked Ottawa for extra shipments of liquefied gas.');
    expect(according).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
    // Read without the frame, the roles are the clause's own: Canada asking Japan is another claim.
    expect(matcher.matchText('Canada, two Japanese officials said, had asked Japan for extra shipments of liquefied gas.')).toEqual([]);
  });

  it('reads what a statement noun holds on its own, inside a long sentence on other things', () => {
    const [amid] = matcher.matchText('Negotiators met for hours in Geneva on Monday to discuss salmon quotas, steel tariffs and port fees amid reports that Japan had asked Canada for more gas.');
    expect(amid).toMatchObject({ claimId: claimOf('asked Canada'), stance: 'states' });
    // "Japan's warning that it …": the pronoun is the holder.
    const [warning] = matcher.matchText('Trade ministers, energy regulators and fisheries negotiators met for six hours in Geneva on Monday to discuss salmon quotas, steel tariffs, port fees and a new rail link after Japan’s warning that it had asked Canada for extra gas.');
    expect(warning?.claimId).toBe(claimOf('asked Canada'));
    // The frame's stance holds for what the noun holds when the frame reports on the noun, not when it reports on something else.
    expect(matcher.matchText('Ottawa dismissed reports that Japan had asked Canada for extra liquefied gas shipments as speculation.')[0]?.stance).toBe('disputes');
    expect(matcher.matchText('Ottawa denied the talks had failed, amid reports that Japan had asked Canada for extra liquefied gas shipments.')[0]?.stance).toBe('states');
  });

  it('reads the main clause before a relative clause that a frame opens as the writer’s statement', () => {
    const [m] = matcher.matchText('India has been selling surveillance drones to Egypt, a deal that analysts say could unsettle the region.');
    expect(m?.claimId).toBe(claimOf('surveillance drones'));
    expect(m?.stance).toBe('states');
    expect(matcher.matchText('Egypt has been selling surveillance drones to India, a deal that analysts say could unsettle the region.')).toEqual([]);
  });

  it('reads the stance news copy gives a restatement outside a "said that" frame', () => {
    const stanceOf = (text: string): string | undefined => matcher.matchText(text).find((m) => m.claimId === claimOf('surveillance drones'))?.stance;
    const cases: [string, string | undefined][] = [
      // A clause after the statement that rejects it.
      ['India has sold surveillance drones to Egypt, which New Delhi denies.', 'denies'],
      ['India has sold surveillance drones to Egypt, an accusation New Delhi has rejected.', 'denies'],
      ['India has sold surveillance drones to Egypt, a report that New Delhi says is false.', 'denies'],
      ['India sold surveillance drones to Egypt, officials said, and New Delhi denied it on Tuesday.', 'denies'],
      ['India sold surveillance drones to Egypt, according to officials, though New Delhi has dismissed the reports as propaganda.', 'disputes'],
      ['Officials said India sold surveillance drones to Egypt, which New Delhi has denied.', 'denies'],
      // A plan or a deal rejected is no denial that it happened; a verdict that is no falsity is no denial.
      ['India has sold surveillance drones to Egypt, a deal which Pakistan rejected.', 'states'],
      ['India has sold surveillance drones to Egypt, which Pakistan called a threat.', 'states'],
      ['India sold surveillance drones to Egypt, officials said, and Pakistan called it a threat.', 'states'],
      // A frame that commits to nothing: not denying is no denial.
      ['New Delhi did not deny that India had sold surveillance drones to Egypt.', 'states'],
      ['Indian officials would not confirm whether they had sold surveillance drones to Egypt.', 'disputes'],
      // A verb that says the action did not happen, and only that action.
      ['India refused to sell surveillance drones to Egypt.', 'denies'],
      ['India sold surveillance drones to Egypt after talks with Brazil failed to produce a deal.', 'states'],
      ['India, which declined to comment, sold surveillance drones to Egypt.', 'states'],
      // A negation before an adverbial clause stays there.
      ['Officials would not confirm the price, as India sold surveillance drones to Egypt last year.', 'states'],
      // Rejections that are negated, or reject something else, or judge without calling false.
      ['India has sold surveillance drones to Egypt, which New Delhi has not denied.', 'states'],
      ['India sold surveillance drones to Egypt, officials said, and New Delhi did not deny it.', 'states'],
      ['India sold surveillance drones to Egypt, which New Delhi denies broke any export rules.', 'states'],
      ['India sold surveillance drones to Egypt, which Pakistan called wrong.', 'states'],
      ['India has been selling surveillance drones to Egypt, a move that analysts say is wrong.', 'states'],
      // A frame in a clause joined on after the main one reports only its own clause.
      ['India has been selling surveillance drones to Egypt, but officials said the deal was small.', 'states'],
      ['India on Tuesday sold surveillance drones to Egypt, as it expressed "concern" over the border.', 'states'],
      ['Officials said India sold surveillance drones to Egypt, while Pakistan said the region was calm.', 'states'],
      // … but a main clause that judges a statement is no statement of it.
      ['The claim that India sold surveillance drones to Egypt is false, though officials said talks continue.', 'denies'],
      // The writer's own verdict on a report, and one said not to hold.
      ['Reports that India sold surveillance drones to Egypt are false.', 'denies'],
      ['Reports that India sold surveillance drones to Egypt are far from false.', 'states'],
      ['Reports that India sold surveillance drones to Egypt are hardly baseless.', 'states'],
      // Doubting disputes; few doubting does not.
      ['Analysts doubt that India sold surveillance drones to Egypt.', 'disputes'],
      ['Few doubt that India sold surveillance drones to Egypt.', 'states'],
      // "has yet to" says it has not happened.
      ['India has yet to sell surveillance drones to Egypt.', 'denies'],
      // Negations that take the act as given: an unexplained reason, hindsight.
      ['It is not clear why India sold surveillance drones to Egypt.', 'states'],
      ['India should not have sold surveillance drones to Egypt, Pakistani officials said.', 'states'],
      ['Allegations that India sold surveillance drones to Egypt are propaganda.', 'disputes'],
      ['The talks got off to a false start after reports that India sold surveillance drones to Egypt.', 'states'],
      ['India sold surveillance drones to Egypt but did not confirm the price.', 'states'],
      // Negations that affirm, and denials said not to be made.
      ['There is no doubt that India sold surveillance drones to Egypt.', 'states'],
      ['India did not hesitate to sell surveillance drones to Egypt.', 'states'],
      ['New Delhi has not denied that India sold surveillance drones to Egypt.', 'states'],
      ['New Delhi neither confirmed nor denied that India sold surveillance drones to Egypt.', 'states'],
      ['India sold surveillance drones to Egypt, officials said, and New Delhi is expected to deny it.', 'states'],
      // A bare "denied it" with no report before it may refuse a request; with a verdict, "which" rejects the statement.
      ['India sold surveillance drones to Egypt, but New Delhi denied it.', 'states'],
      ['India sold surveillance drones to Egypt, which New Delhi rejected as baseless.', 'denies'],
      ['India sold surveillance drones to Egypt, which New Delhi dismissed as false.', 'denies'],
      // A refusal of the same verb elsewhere, and negations that a close aside does not stop.
      ['India refused to sell tanks to Brazil but sold surveillance drones to Egypt.', 'states'],
      ['India has not sold tanks to Brazil, but it sold surveillance drones to Egypt.', 'states'],
      ['India has not once sold surveillance drones to Egypt.', 'denies'],
      ['India did not, as reported, sell surveillance drones to Egypt.', 'denies'],
      // A clause joined with its own subject is out of a negation's reach; verbs joined under one negation are not.
      ['Pakistan did not comment, and India sold surveillance drones to Egypt.', 'states'],
      ['New Delhi did not deny anything, and it sold surveillance drones to Egypt.', 'states'],
      ['India did not build or sell surveillance drones to Egypt.', 'denies'],
      // The claim's own action before the join is still denied, whatever the joined clause does.
      ['India did not sell surveillance drones to Egypt, and it sold them to Kenya instead.', 'denies'],
      ['India did not sell surveillance drones to Egypt, and Pakistan sold Egypt surveillance drones.', 'denies'],
      // … and the joined clause that names the claim's parties states it, whatever the other denies.
      ['India did not sell surveillance drones to Kenya, and it sold them to Egypt instead.', 'states'],
      ['There was no basis for panic after reports that India sold surveillance drones to Egypt.', 'states'],
      // Not having said something is no denial of it; a "wh-" clause is given.
      ['Officials did not say that India sold surveillance drones to Egypt.', undefined],
      ['Officials did not say how many surveillance drones India sold to Egypt.', 'states'],
      // A quoted question inside a statement leaves it a statement.
      ['India sold surveillance drones to Egypt, prompting Pakistan to ask: "Who is next?"', 'states'],
      // A verdict on the noun that holds the statement.
      ['An Indian official said there was no truth to reports that India sold surveillance drones to Egypt.', 'denies'],
      ['New Delhi dismissed as "fake news" reports that India sold surveillance drones to Egypt.', 'disputes'],
    ];
    expect(cases.map(([text]) => stanceOf(text))).toEqual(cases.map(([, stance]) => stance));
  });

  it('highlights no question, though it weighs it for calibration, and lets the answer point back to it', () => {
    const question = 'Has India sold surveillance drones to Egypt?';
    expect(matcher.matchText(question)).toEqual([]);
    expect(matcher.matchText('“Has India sold surveillance drones to Egypt?”')).toEqual([]);
    expect(matcher.weighText(question)[0]?.claims[0]?.claim.id).toBe(claimOf('surveillance drones'));
    const answered = `${question} New Delhi denied the reports.`;
    expect(matcher.matchText(answered).map((m) => [answered.slice(m.start, m.end), m.claimId, m.stance])).toEqual([['New Delhi denied the reports.', claimOf('surveillance drones'), 'denies']]);
    // A question that points back is no answer.
    expect(matcher.matchText('India has sold surveillance drones to Egypt. Did New Delhi deny the reports?').map((m) => m.stance)).toEqual(['states']);
  });

  it('reads the answer to a question as the speaker’s own statement, besides its stance on what was asked', () => {
    const answeredIndex = buildClaimIndex([
      parseSourceDocument('d', 'd.txt', 'Canadian officials said Japan had been spreading disinformation about Canadian gas exports.'),
      parseSourceDocument('q', 'q.txt', 'Japanese officials said Japan had asked Canada for extra shipments of liquefied gas.'),
    ], lexicon);
    const answered = new ClaimMatcher(answeredIndex);
    const claimIn = (needle: string): string | undefined => answeredIndex.claims.find((c) => c.attributions.some((a) => a.quote.includes(needle)))?.id;
    // The answer dismisses what was asked and, in the same words, states a claim of its own.
    const text = 'Asked about the reported request for gas shipments by Japan, the Canadian minister said, "Recently, Japan has been spreading disinformation about Canadian gas exports."';
    expect(answered.matchText(text).map((m) => [m.claimId, m.stance])).toEqual([
      [claimIn('spreading disinformation'), 'states'],
      [claimIn('asked Canada'), 'disputes'],
    ]);
    // A reply word before the answer negates nothing of it.
    const replied = 'Asked about the reported request for gas shipments by Japan, the Canadian minister said, "No, Japan has been spreading disinformation about Canadian gas exports."';
    expect(answered.matchText(replied).find((m) => m.claimId === claimIn('spreading disinformation'))?.stance).toBe('states');
    // An answer that only rejects what was asked denies it.
    const rejected = 'Asked whether Japan had asked Canada for extra gas shipments, the Canadian minister said, "We categorically deny this."';
    expect(answered.matchText(rejected).map((m) => [m.claimId, m.stance])).toEqual([[claimIn('asked Canada'), 'denies']]);
  });

  it('reads a claim that is itself a refusal as negated', () => {
    const refused = matcherOf('n', 'Norway refused to sell patrol boats to Brazil, two officials told reporters.');
    expect(refused.matchText('Norway has not sold patrol boats to Brazil.').map((m) => m.stance)).toEqual(['states']);
    expect(refused.matchText('Norway sold patrol boats to Brazil.').map((m) => m.stance)).toEqual(['denies']);
  });

  it('reads a negated rejection of a clause as reporting the clause, not denying it', () => {
    const stanceOf = (text: string): string | undefined => matcher.matchText(text).find((m) => m.claimId === claimOf('surveillance drones'))?.stance;
    expect(stanceOf('New Delhi did not, however, deny that India had sold surveillance drones to Egypt.')).toBe('states');
    expect(stanceOf('New Delhi has not yet, despite repeated requests, denied reports that India sold surveillance drones to Egypt.')).toBe('states');
    expect(stanceOf('It is not false that India sold surveillance drones to Egypt.')).toBe('states');
    expect(stanceOf('India has not sold surveillance drones to Egypt.')).toBe('denies');
  });

  it('reads the stance of an answer toward what was asked', () => {
    const asked = 'Asked whether India had sold surveillance drones to Egypt, the minister';
    const cases: [string, string][] = [
      [`${asked} said: "No."`, 'denies'],
      [`${asked} denied it.`, 'denies'],
      [`${asked} did not deny it.`, 'states'],
      [`${asked} said the reports were fake news.`, 'disputes'],
      [`${asked} said he could not confirm that.`, 'disputes'],
      [`${asked} declined to comment.`, 'disputes'],
      [`${asked} said: "We do not comment on reports."`, 'disputes'],
      [`${asked} said: "Yes, we did."`, 'states'],
      [`${asked} said: "Absolutely not, we sell only to our allies."`, 'denies'],
      [`${asked} said: "We categorically deny that India sold surveillance drones to Egypt."`, 'denies'],
      // A rejection or a negation of something else is no answer to what was asked.
      [`${asked} said the government rejected calls for an inquiry.`, 'states'],
      [`${asked} said he had not seen the report.`, 'states'],
      [`${asked} said Pakistan rejected it.`, 'states'],
      [`${asked} said he had never heard of a rival bid.`, 'states'],
      [`${asked} said it was wrong to discuss arms sales in public.`, 'states'],
      [`${asked} said: "No decision has been taken."`, 'states'],
      [`${asked} said he would not, for now, deny it.`, 'states'],
      [`${asked} said the government rejected the claims.`, 'denies'],
      [`${asked} said the offer had been rejected.`, 'states'],
      [`${asked} said: "No way."`, 'denies'],
      [`${asked} said: "Pakistan denied it, but our records show the sale."`, 'states'],
      [`${asked} said the request was flatly rejected.`, 'states'],
      [`${asked} said it would be wrong to say anything before the inquiry.`, 'states'],
      [`${asked} said he could not confirm that.`, 'disputes'],
    ];
    const stanceOf = (text: string): string | undefined => matcher.matchText(text).find((m) => m.claimId === claimOf('surveillance drones'))?.stance;
    expect(cases.map(([text]) => stanceOf(text))).toEqual(cases.map(([, stance]) => stance));
  });

  it('reads an action only weighed or intended as neither stating nor denying a claim that it stopped or happened', () => {
    const stopped = matcherOf('s', 'Norway has stopped selling patrol boats to Brazil, two officials told reporters.');
    const stanceOn = (m: ClaimMatcher, text: string): string[] => m.matchText(text).map((x) => x.stance);
    // Doing it again turns the claim around; weighing or planning it does not.
    expect(stanceOn(stopped, 'Norway is selling patrol boats to Brazil again.')).toEqual(['denies']);
    expect(stanceOn(stopped, 'Norway is considering selling patrol boats to Brazil.')).toEqual([]);
    expect(stanceOn(stopped, 'Norway is weighing whether to sell patrol boats to Brazil.')).toEqual([]);
    expect(stanceOn(stopped, 'Norway plans to sell patrol boats to Brazil.')).toEqual([]);
    expect(stanceOn(stopped, 'Norway intends to eventually resume selling patrol boats to Brazil.')).toEqual([]);
    expect(stanceOn(stopped, 'Norway is discussing whether or not to sell patrol boats to Brazil.')).toEqual([]);
    expect(stanceOn(stopped, 'Norway is expected to sell patrol boats to Brazil.')).toEqual([]);
    const supplied = matcherOf('g', 'Norway has stopped supplying patrol boats to Brazil, two officials told reporters.');
    // A verb ending in "-ly" is the action, not an adverb before it.
    expect(stanceOn(supplied, 'Norway plans to supply patrol boats to Brazil.')).toEqual([]);
    expect(stanceOn(supplied, 'Norway plans to eventually supply patrol boats to Brazil.')).toEqual([]);
    // Not weighing an action denies no claim that it happened, and weighing or planning it states none.
    expect(stanceOn(matcher, 'India is not considering selling surveillance drones to Egypt.')).toEqual([]);
    expect(stanceOn(matcher, 'India plans to sell surveillance drones to Egypt next year.')).toEqual([]);
    expect(stanceOn(matcher, 'India is weighing whether to sell surveillance drones to Egypt.')).toEqual([]);
    expect(stanceOn(matcher, 'India threatened to stop selling surveillance drones to Egypt.')).toEqual([]);
    // Wanted of someone: "expected India to sell", "urged New Delhi to sell".
    expect(stanceOn(matcher, 'Few analysts expected India to sell surveillance drones to Egypt.')).toEqual([]);
    expect(stanceOn(matcher, 'Cairo urged New Delhi to sell surveillance drones to Egypt.')).toEqual([]);
    expect(stanceOn(matcher, 'As expected, India sold surveillance drones to Egypt.')).toEqual(['states']);
    // Readiness on a page is an intent too.
    expect(stanceOn(matcher, 'India is ready to sell surveillance drones to Egypt.')).toEqual([]);
    // A word for a plan elsewhere in the claim does not make its action a plan.
    const planned = matcherOf('p', 'Norway has stopped selling patrol boats to Brazil under a plan agreed last year, two officials told reporters.');
    expect(stanceOn(planned, 'Norway is considering selling patrol boats to Brazil.')).toEqual([]);
    // A claim that itself weighs the action is denied by a sentence that says it is not weighed.
    const weighed = matcherOf('w', 'Norway is considering selling patrol boats to Brazil, two officials told reporters.');
    expect(stanceOn(weighed, 'Norway is not considering selling patrol boats to Brazil.')).toEqual(['denies']);
    // Weighing is restated by another verb of intent, and denied through one; doing it is another claim.
    expect(stanceOn(weighed, 'Norway plans to sell patrol boats to Brazil.')).toEqual(['states']);
    expect(stanceOn(weighed, 'Norway denied it was planning to sell patrol boats to Brazil.')).toEqual(['denies']);
    expect(stanceOn(weighed, 'Norway sold patrol boats to Brazil.')).toEqual([]);
    expect(stanceOn(weighed, 'Norway has been selling patrol boats to Brazil since 2019.')).toEqual([]);
    // … but a sentence whose own action is another ("fear", "is thinking about") may still weigh it.
    expect(stanceOn(weighed, 'Brazilian officials say Norway is thinking about selling patrol boats to Brazil.')).toEqual(['states']);
    // "may sell" is a possibility: neither done nor a restatement of a sale, and it words a claim that the sale is weighed.
    expect(stanceOn(weighed, 'Norway may sell patrol boats to Brazil.')).toEqual(['states']);
    expect(stanceOn(matcher, 'India may sell surveillance drones to Egypt.')).toEqual([]);
    // "seek", "offer", "expect" take things as often as actions: "sought a loan" is done, and "did not seek" denies it.
    const sought = matcherOf('l', 'Officials said Egypt sought a loan from the IMF.');
    expect(stanceOn(sought, 'Egypt did not seek a loan from the IMF.')).toEqual(['denies']);
    // "weighing whether to export" weighs the export: no condition of the claim.
    const whether = matcherOf('q', 'Two officials said Kenya is weighing whether to export maize to Ethiopia.');
    expect(stanceOn(whether, 'Kenya plans to export maize to Ethiopia.')).toEqual(['states']);
    expect(stanceOn(whether, 'Kenya exported maize to Ethiopia.')).toEqual([]);
    // A claim of readiness is an intent too: restated by another intent verb.
    const ready = matcherOf('r', 'Two officials said Norway is ready to sell patrol boats to Brazil.');
    expect(stanceOn(ready, 'Norway has offered to sell patrol boats to Brazil.')).toEqual(['states']);
    const intends = matcherOf('i', 'Two officials said Norway intends to sell patrol boats to Brazil.');
    expect(stanceOn(intends, 'Norway does not intend to sell patrol boats to Brazil.')).toEqual(['denies']);
  });

  it('reads a speaker who says something was never said as saying nothing of it', () => {
    expect(matcher.matchText('"We never said India sold surveillance drones to Egypt," a Pakistani official said.')).toEqual([]);
    expect(matcher.matchText('A Pakistani official said India had never sold surveillance drones to Egypt.').map((m) => m.stance)).toEqual(['denies']);
  });

  it('combines a denial with the negation it denies, and keeps negations that are no denial of the claim\'s action out', () => {
    const notSold = matcherOf('n', 'Norwegian officials said Norway did not sell gas to Turkey last year.');
    const on = (m: ClaimMatcher, text: string): string[] => m.matchText(text).map((x) => x.stance);
    // Denying what a negative claim negates agrees with it.
    expect(on(notSold, 'Norway denied selling gas to Turkey.')).toEqual(['states']);
    expect(on(notSold, 'Norway sold gas to Turkey last year.')).toEqual(['denies']);
    const supplied = matcherOf('s', 'Turkish officials confirmed that Turkey supplied drones to Ethiopia last year.');
    // A withheld denial before a gerund leaves it standing.
    expect(on(supplied, 'Turkey has not denied supplying drones to Ethiopia.')).toEqual(['states']);
    expect(on(supplied, 'Turkey denied supplying drones to Ethiopia.')).toEqual(['denies']);
    // A negation in a relative clause set off by commas, or answered by "until", or in a clause after a semicolon.
    expect(on(supplied, 'Turkey, which has not commented, supplied drones to Ethiopia last year.')).toEqual(['states']);
    expect(on(supplied, 'Turkey did not supply drones to Ethiopia until last year.')).toEqual(['states']);
    expect(on(supplied, 'Not until last year did Turkey supply drones to Ethiopia.')).toEqual(['states']);
    expect(on(supplied, 'Turkey did not supply tanks to Sudan; it supplied drones to Ethiopia.')).toEqual(['states']);
    expect(on(supplied, 'Turkey did not supply drones to Ethiopia.')).toEqual(['denies']);
    // What is ruled out, or not ruled out, is weighed: neither stated nor denied as done; ruling out a weighed act denies weighing it.
    expect(on(supplied, 'Turkey has ruled out supplying drones to Ethiopia.')).toEqual([]);
    expect(on(matcherOf('w', 'Two officials said Turkey is considering supplying drones to Ethiopia.'), 'Turkey has ruled out supplying drones to Ethiopia.')).toEqual(['denies']);
    expect(on(supplied, 'Turkey has not ruled out supplying drones to Ethiopia.')).toEqual([]);
    expect(on(supplied, 'Turkey refused to rule out supplying drones to Ethiopia.')).toEqual([]);
    // A claim word that stands for something else does not carry the action ("interest" in "raised interest rates").
    const raised = matcherOf('r', 'Officials said Japan raised interest rates in March.');
    expect(on(raised, 'Japan refused to rule out raising interest rates.')).toEqual([]);
  });

  it('keeps the limits of the stance rules: "until" answers its own verb only, a month is no modal, an aside must close', () => {
    const sold = matcherOf('k', 'Officials said Kenya sold maize to Egypt last year.');
    const on = (text: string): string[] => sold.matchText(text).map((x) => x.stance);
    expect(on('Kenya never sold maize to Egypt and the ban stays in force until 2030.')).toEqual(['denies']);
    expect(on('Kenya did not sell maize to Egypt from January until March.')).toEqual(['denies']);
    expect(on('Kenya in May sold maize to Egypt.')).toEqual(['states']);
    expect(on('Kenya, which grows tea, did not sell maize to Egypt in March, or sell any in April.')).toEqual(['denies']);
    // A verdict is what the copula says of the report, not a word in a later clause.
    expect(on('Reports that Kenya sold maize to Egypt were welcomed in Cairo, where the old ban was seen as wrong.')).toEqual(['states']);
    // "little doubt" is the noun.
    expect(on('Officials have little doubt that Kenya sold maize to Egypt.')).toEqual(['states']);
    // Doubting what a negative claim negates shows no stance.
    const notSold = matcherOf('n', 'Norwegian officials said Norway did not sell gas to Turkey last year.');
    expect(notSold.matchText('Analysts doubt that Norway sold gas to Turkey.')).toEqual([]);
    // A weighed claim's other words: "sells cars" does not make "sold rice" a weighing.
    const weighed = matcherOf('j', 'Officials said Japan, which sells cars, is considering selling rice to Kenya.');
    expect(weighed.matchText('Japan sold rice to Kenya.')).toEqual([]);
  });

  it('leaves a negation in a clause embedded after the action to that clause', () => {
    const misled = matcherOf('m', 'Officials said Kenya misled Egypt about its maize exports.');
    const stanceOn = (text: string): string[] => misled.matchText(text).map((x) => x.stance);
    expect(stanceOn('Kenya misled Egypt about having no maize to export.')).toEqual(['states']);
    expect(stanceOn('Kenya misled Egypt about its maize exports, which were not large.')).toEqual(['states']);
    expect(stanceOn('Kenya did not mislead Egypt about its maize exports.')).toEqual(['denies']);
  });

  it('reads a denial of any act of the claim\'s kind as a denial of the claim, whatever it was for', () => {
    const asked = matcherOf('p', 'Officials said Kenya had asked Ethiopia for patrol boats.');
    const stanceOn = (text: string): string[] => asked.matchText(text).map((x) => x.stance);
    expect(stanceOn('Nairobi on Monday denied making any request to Ethiopia.')).toEqual(['denies']);
    // A request of another kind, to another party, is no denial of it.
    expect(stanceOn('Nairobi on Monday denied making a request to Ethiopia for wheat.')).toEqual([]);
    expect(stanceOn('Nairobi on Monday denied making any request to Egypt.')).toEqual([]);
    // "any request … for fuel" names its own object.
    expect(stanceOn('Nairobi on Monday denied making any request to Ethiopia for fuel.')).toEqual([]);
  });

  it('reads an action inside a condition or an open question as neither stated nor denied', () => {
    const stopped = matcherOf('s', 'Norway has stopped selling patrol boats to Brazil, two officials told reporters.');
    const claimsIn = (m: ClaimMatcher, text: string): string[] => m.matchText(text).map((x) => x.stance);
    for (const text of [
      'Officials warned that if Norway sells patrol boats to Brazil, there will be consequences.',
      'Should Norway sell patrol boats to Brazil, Chile would protest.',
      'It is unclear whether Norway sold patrol boats to Brazil.',
    ]) {
      expect(claimsIn(stopped, text)).toEqual([]);
    }
    for (const text of ['If India sold surveillance drones to Egypt, Pakistan would protest.', 'It is unclear whether India sold surveillance drones to Egypt.']) {
      expect(claimsIn(matcher, text)).toEqual([]);
    }
    // A sentence that does not word the action is set aside when what it shares of the claim is all in the condition.
    expect(claimsIn(matcher, 'If Indian surveillance drones reach Egypt, Pakistan would protest.')).toEqual([]);
    expect(claimsIn(matcher, 'Indian surveillance drones have reached Egypt, officials said.')).toEqual(['states']);
    // The claim's subject outside an open question does not make it stated.
    expect(claimsIn(matcher, 'India has not decided whether it will sell surveillance drones to Egypt.')).toEqual([]);
    // A claim that is itself a condition is restated by the same condition.
    const conditional = matcherOf('c', 'If Brazil wins the vote, Rio will host the summit in June, officials said.');
    expect(claimsIn(conditional, 'If Brazil wins the vote, Rio will host the summit in June.')).toEqual(['states']);
    // Its action is its main clause's, wherever the condition stands.
    const halt = matcherOf('h', 'If the strike spreads, Norway will halt gas exports to Germany, officials said.');
    expect(claimsIn(halt, 'Norway will halt gas exports to Germany if the strike spreads.')).toEqual(['states']);
    expect(claimsIn(halt, 'Norway will not halt gas exports to Germany even if the strike spreads.')).toEqual(['denies']);
    // Parties named outside the condition do not make a factual claim stated.
    const sold = matcherOf('n', 'Norway sold patrol boats to Brazil last year, officials said.');
    for (const text of ['Brazil would thank Norway if it sold patrol boats.', 'Norway would anger Brazil if it refused to sell patrol boats.', 'Brazil has asked Norway whether it will sell patrol boats.']) {
      expect(claimsIn(sold, text)).toEqual([]);
    }
    // "if anything", "if so" open no condition; an aside after "if" does not close one.
    expect(claimsIn(matcher, 'If anything India sold more surveillance drones to Egypt than first reported.')).toEqual(['states']);
    expect(claimsIn(matcher, 'Pakistan will protest if, as expected, India sold surveillance drones to Egypt.')).toEqual([]);
    // The main clause after the condition is still read.
    expect(claimsIn(stopped, 'If prices rise, Norway will sell patrol boats to Brazil again.')).toEqual(['denies']);
  });

  it('reads a claim on a condition under the same condition, and not under the opposite one', () => {
    const claimsIn = (m: ClaimMatcher, text: string): string[] => m.matchText(text).map((x) => x.stance);
    const halt = matcherOf('h', 'If the strike spreads, Norway will halt gas exports to Germany, officials said.');
    // The condition's own words inside the sentence's condition are the claim's condition, not all it says.
    expect(claimsIn(halt, 'Oslo will halt its gas exports to Germany should the strike spread.')).toEqual(['states']);
    expect(claimsIn(halt, 'Gas prices in Germany will soar should the strike spread to Norway.')).toEqual([]);
    // The condition alone, for a claim that is no condition, still states nothing.
    const sold = matcherOf('n', 'Norway sold patrol boats to Brazil last year, officials said.');
    expect(claimsIn(sold, 'Chile would protest should Norway sell patrol boats to Brazil.')).toEqual([]);
    // A negation inside the condition is the condition's: not a denial of the main clause, and another claim.
    expect(claimsIn(halt, 'If the strike does not spread, Norway will halt gas exports to Germany.')).toEqual([]);
    expect(claimsIn(halt, 'Norway will halt gas exports to Germany unless the strike spreads.')).toEqual([]);
    // A claim whose own condition is negated is restated under the same condition, "unless" or "fails to" too, and under no other.
    const unlessPaid = matcherOf('u', 'The dockers will strike in May if the port does not raise pay, their union said.');
    for (const same of ['The dockers will strike in May if the port does not raise pay.', 'The dockers will strike in May unless the port raises pay.', 'Should the port fail to raise pay, the dockers will strike in May.']) {
      expect(claimsIn(unlessPaid, same)).toEqual(['states']);
    }
    expect(claimsIn(unlessPaid, 'The dockers will not strike in May if the port does not raise pay.')).toEqual(['denies']);
    for (const other of ['The dockers will strike in May if the port raises pay.', 'The dockers will not strike in May if the port raises pay.']) {
      expect(claimsIn(unlessPaid, other)).toEqual([]);
    }
    expect(claimsIn(sold, 'If Brazil does not pay, Norway will stop selling patrol boats to Brazil.')).toEqual(['denies']);
  });

  it('reads "would have" done as neither done nor denied', () => {
    const sold = matcherOf('n', 'Norway sold patrol boats to Brazil last year, officials said.');
    for (const text of ['Norway would have sold patrol boats to Brazil had Brasilia paid.', 'Norway would not have sold patrol boats to Brazil without pressure from its shipyards.', 'Norway would have sold patrol boats to Brazil if the EU had not objected.', "Norway wouldn't have sold patrol boats to Brazil without a loan.", 'Norway would never have sold patrol boats to Brazil.', "Norway would've sold patrol boats to Brazil had Brasilia paid.", "Norway mightn't have sold patrol boats to Brazil."]) {
      expect(sold.matchText(text)).toEqual([]);
    }
    // "couldn't have sold" says it could not be so: a denial.
    expect(sold.matchText("Norway couldn't have sold patrol boats to Brazil, the minister said.").map((x) => x.stance)).toEqual(['denies']);
    // "would sell", "would face" are a future seen from the past, not a counterfactual.
    expect(sold.matchText('Officials said in May that Norway would sell patrol boats to Brazil.').map((x) => x.stance)).toEqual(['states']);
  });

  it('keeps a refusal in a source document on its own action', () => {
    const refusal = matcherOf('r', 'India sold surveillance drones to Egypt after Brazil refused to buy them, two officials told reporters.');
    expect(refusal.matchText('India has sold surveillance drones to Egypt.').map((m) => m.stance)).toEqual(['states']);
  });

  it('reads who acts in "kept buying" from the verb that follows', () => {
    const bought = matcher.matchText('Egypt kept buying surveillance drones from India.');
    expect(bought.map((m) => [m.claimId, m.stance])).toEqual([[claimOf('surveillance drones'), 'states']]);
    expect(matcher.matchText('India kept buying surveillance drones from Egypt.')).toEqual([]);
  });

  it('finds nothing in a text that states no indexed claim', () => {
    expect(matcher.matchText('Japanese and Canadian ministers met in Tokyo on Monday to discuss fisheries. The weather was mild.')).toEqual([]);
    expect(matcher.matchText('')).toEqual([]);
  });

  it('gives offsets that point at the sentence in the text', () => {
    const text = 'Unrelated opening. Indian firms sold drones for surveillance to Egypt, officials said.';
    const [m] = matcher.matchText(text);
    expect(m && text.slice(m.start, m.end)).toBe(m?.sentence);
    expect(m?.claimId).toBe(claimOf('surveillance drones'));
  });
});

describe('ClaimMatcher on words that name JavaScript object properties', () => {
  it('reads "constructor", "__proto__" and "toString" as words, in a sentence that also states a claim', () => {
    const [m] = matcher.matchText('Tokyo requested additional gas shipments from Ottawa, the constructor said, citing __proto__ and toString hasOwnProperty valueOf.');
    expect(m?.claimId).toBe(claimOf('asked Canada'));
  });
});

describe('ClaimMatcher on text with invisible characters', () => {
  it('matches a sentence with zero-width and soft-hyphen characters inside words', () => {
    const [m] = matcher.matchText('Tok\u200Byo re\u00ADquested additional gas ship\u200Dments from Ottawa, according to a government source.');
    expect(m?.claimId).toBe(claimOf('asked Canada'));
  });
});

describe('ClaimMatcher’s inverted index, built as sentences need it', () => {
  it('answers each sentence the same whatever it read before', () => {
    const bundled = parseClaimIndex(JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/claim-index.json'), 'utf8')));
    const sentences = readFileSync(join(import.meta.dirname, '../fixtures/eval/matcher-eval.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    // Each sentence on a matcher that has read nothing else, and all of them backwards on one matcher.
    const alone = sentences.map((s) => new ClaimMatcher(bundled).matchText(s));
    const shared = new ClaimMatcher(bundled);
    const afterOthers = [...sentences].reverse().map((s) => shared.matchText(s)).reverse();
    expect(afterOthers).toEqual(alone);
    expect(alone.filter((m) => m.length > 0).length).toBeGreaterThan(50);
  });
});
