import type { VerbLexicon } from '../lexicon/relatedTerms';
import { findQuotes, type QuoteSpan } from '../extract/quotes';
import { joinedFrame } from '../extract/joinedClauses';
import { nounHeadedStatements } from '../extract/nounHeaded';
import { actPointer, pointerSpeaker, type PointerSpeaker } from '../extract/pointers';
import { askedAbout, judgedReport, parseStatement, RELATIVE_ASIDE, reportedWords, SPEAKER_PRONOUN, unwrapReportedSpeech } from '../extract/statement';
import { readSourcePhrase } from '../extract/sourcePhrase';
import { withoutDateline } from '../text/dateline';
import type { TextSpan } from '../text/span';
import { analyzeProposition, type Proposition } from './proposition';
import type { SentenceStance } from './sentenceMatch';
import { noncommittalFrame, NOT_SAID, rejectionCoda, verdictBeforeNoun, verdictClause } from './stanceForms';
import { FALSITY, NEVER_SO, NO_WORDS, rejectionWithheld, VERDICT_COPULA, VERDICT_LEAD } from '../lexicon/reportingCues';
import { HEARSAY_NOUN } from '../lexicon/statementNouns';

/** A page sentence with its reported-speech wrapper taken off. */
export interface ReadSentence {
  proposition: Proposition;
  stance: SentenceStance;
  /** "Asked about the request, the spokesman said: 'No.'": what was asked about, and the answer's stance toward it. */
  asked: { proposition: Proposition; stance: SentenceStance } | null;
  /** "Moscow denied the reports, saying it had enough resources": what the subject says in the participle, which it states. */
  saying: Proposition | null;
  /**
   * "… after his warning that China would face consequences": what statement nouns hold, each with
   * the sentence's stance toward it: the frame's when the noun is what the frame reports on
   * ("denied reports that …"), else stated ("denied the talks failed, amid reports that …").
   */
  held: { proposition: Proposition; stance: SentenceStance }[];
  /**
   * "Lima is arming Quito, a move that analysts say could …": the main clause, which the writer
   * states, when the frame sits in a relative clause after it and reports only that clause; a
   * relative clause that gives a verdict on it ("…, a report that Lima says is false") or denies
   * it gives its stance instead.
   */
  ownClause: { proposition: Proposition; stance: SentenceStance } | null;
  /** "Asked about the request, the minister said, 'Washington is spreading lies'": the answer's own words, which the speaker states (its stance toward what was asked is the frame's). */
  answer: Proposition | null;
  /** A reporting frame was found and taken off: `proposition` is what the frame reports. */
  unwrapped: boolean;
  /** The sentence points back ("these reports", "it"): `stance` is toward what it points to, and `proposition` is its own words, which it states. */
  pointsBack: boolean;
  /** For a pointer that holds only for some speakers ("Lima denied it" calls untrue only Lima's own deed): the party speaking, and what it must be to the claim pointed to (see StatementTarget). */
  pointerSpeaker?: PointerSpeaker;
  /** For a sentence that opens on a definite act noun ("The request for equipment came …"): the act the claim pointed to must be, and the words it must carry. */
  pointerAct?: { act: string; qualifiers: string[] };
}

/**
 * Reads one sentence as the index builder reads a document: strips a dateline and "US
 * officials said", "according to …", "citing …", keeps the stance the wrapper gives (a
 * denial, a dismissal) and reduces what remains to a proposition. The parts that may carry
 * a claim alone are read too: a trailing "…, saying …" and what a statement noun holds.
 */
export function readSentence(text: string, whole: TextSpan, verbs?: VerbLexicon): ReadSentence {
  const sentence = withoutDateline(text, whole);
  const quotes = findQuotes(text, sentence);
  const { reported, answered, ...frame } = readFrame(text, sentence, quotes, verbs);
  const held = nounHeld(text, sentence, quotes, verbs).map((h) => ({
    proposition: h.proposition,
    stance: reported !== null && h.start === reported.start && !frame.pointsBack ? frame.stance : (verdictBeforeNoun(text.slice(Math.max(sentence.start, h.start - VERDICT_REACH), h.start)) ?? 'states'),
  }));
  // An answer that only rejects ("We deny that X", "It is a lie that X") states nothing of its own.
  const answer = answered && !REJECTION_OF_IT.test(answered.text) && !POINTED_FALSITY.test(answered.text) ? analyzeProposition(answered.text, null, false, verbs) : null;
  const read = { ...frame, saying: participleSaying(sentence, verbs), held: [...held, ...asideStatements(sentence, verbs)], ownClause: ownClauseBefore(text, sentence, quotes, reported, verbs), answer };
  const topic = askedAbout(text, sentence);
  if (!topic) return { ...read, asked: null };
  return { ...read, asked: { proposition: analyzeProposition(topic.text, null, false, verbs), stance: replyStance(text.slice(topic.end, sentence.end), answered?.text ?? null) } };
}

/**
 * The stance of an answer toward what was asked: a dismissal or a refusal to confirm or
 * comment disputes it; "did not deny that …" reports it; a rejection of it ("denied it",
 * "said the reports were false", "never heard of it") denies it, and so does an answer that
 * opens on a "no" (`answer`, the answer's own words when a frame gives them); anything else
 * states it.
 */
function replyStance(reply: string, answer: string | null): SentenceStance {
  if (DISMISSAL.test(reply)) return 'disputes';
  const frame = noncommittalFrame(reply);
  // "it was not his job to say whether …": no answer, which casts doubt.
  if (frame) return frame.stance ?? 'disputes';
  if (NO_COMMENT.test(reply)) return 'disputes';
  const rejection = REJECTION_OF_IT.exec(reply);
  // The speaker's own rejection of what was asked: the frame's verb ("the minister denied it"),
  // or after "said" a verb of theirs ("said he rejected the claims"); not another party's ("said
  // Silva rejected it", "said Doha denied it, but …") nor a passive ("was flatly rejected").
  const before = rejection ? reply.slice(0, rejection.index) : '';
  // A rejection of "the claims" or "the reports" (not "the claims for compensation") is one of what was asked, whoever makes it.
  const ofStatements = rejection !== null && REJECTED_STATEMENTS.test(reply.slice(rejection.index));
  const speakers = rejection !== null && !/\b(?:been|was|were|is|are|be)\s+(?:\w+ly\s+)?$/iu.test(before) && (!ANSWER_CUE.test(before) || SPEAKER_BEFORE_VERB.test(before) || ofStatements);
  if (speakers) return rejectionWithheld(before) ? 'states' : 'denies';
  // "never heard of it", "no such request": a denial of what was asked, not of something else ("never heard of a rival bid").
  const neverSo = NEVER_SO.exec(reply);
  const ofAsked = neverSo !== null && (/^no such/iu.test(neverSo[0]) || ASKED_POINTER.test(reply.slice(neverSo.index + neverSo[0].length)));
  if (POINTED_FALSITY.test(reply) || ofAsked) return 'denies';
  const cue = ANSWER_CUE.exec(reply);
  const spoken = answer ?? (cue ? reply.slice(cue.index + cue[0].length) : '');
  return NO_REPLY.test(spoken) ? 'denies' : 'states';
}

/** A clause that opens on its subject saying it never said something: "We never said …", "The ministry did not claim …". */
const SUBJECT_NOT_SAYING = new RegExp(String.raw`^(?:[\p{L}'\u2019.-]+\s+){1,3}?(?:${NOT_SAID.source})`, 'iu');

/** A relative clause opened by a frame, up to the reported words: ", a move that officials say", ", which analysts believe". */
const RELATIVE_FRAME = /,\s+(?:(?:a|an|the)\s+\S+(?:\s+\S+)?\s+)?(?:that|which)\s+(?:\S+\s+){1,4}(?:that\s+)?$/iu;

/** Words a main clause must have to be read on its own before a joined frame. */
const MIN_MAIN_CLAUSE_WORDS = 4;

/**
 * The main clause before a frame in a relative clause or in a clause joined on after it (see
 * ReadSentence.ownClause), or null. A joined frame reports only its own clause ("China signalled
 * its readiness to mediate, as it expressed 'regret' over the war"): the main clause is read as a
 * sentence of its own, with its own frame if it has one.
 */
function ownClauseBefore(text: string, sentence: TextSpan, quotes: QuoteSpan[], reported: TextSpan | null, verbs?: VerbLexicon): ReadSentence['ownClause'] {
  if (reported === null || reported.start <= sentence.start) return null;
  // "Turkey, which denies supplying arms to rebels, supplied drones to Ethiopia": the frame is in a
  // relative clause set off by commas, and the writer states the clause around it.
  const aside = [...sentence.text.matchAll(RELATIVE_ASIDE)].find((m) => sentence.start + (m.index ?? 0) < reported.start && reported.start < sentence.start + (m.index ?? 0) + m[0].length);
  if (aside) {
    const from = sentence.start + (aside.index ?? 0);
    const around = `${text.slice(sentence.start, from)} ${text.slice(from + aside[0].length, sentence.end)}`;
    return around.trim().split(/\s+/u).length >= MIN_MAIN_CLAUSE_WORDS ? { proposition: analyzeProposition(around, null, false, verbs), stance: 'states' } : null;
  }
  const before = text.slice(sentence.start, reported.start);
  // The clause the frame stands in, joined on after the main one (extract/joinedClauses.ts).
  const joined = joinedFrame(before);
  if (joined && joined.at > 0 && before.slice(0, joined.at).trim().split(/\s+/u).length >= MIN_MAIN_CLAUSE_WORDS) {
    const main = { start: sentence.start, end: sentence.start + joined.at, text: before.slice(0, joined.at) };
    const { proposition, stance } = readFrame(text, main, quotes.filter((q) => q.end <= main.end), verbs);
    return { proposition, stance };
  }
  const relative = RELATIVE_FRAME.exec(before);
  if (!relative || relative.index === 0) return null;
  // What the frame reports is its own statement ("…, which Lima denies broke any rule"): the
  // main clause is stated, unless all the frame says of it is a verdict ("…, a report that Lima says is false").
  const stance = verdictClause(text.slice(reported.start, sentence.end)) ?? 'states';
  return { proposition: analyzeProposition(before.slice(0, relative.index), null, false, verbs), stance };
}

/**
 * What a relative clause set off by commas reports of its head, read as a sentence of its own:
 * "Kenya, which denies raising fuel prices, said inflation had fallen" also reads "Kenya denies
 * raising fuel prices" (a denial the sentence's own frame would hide). Only clauses with a frame.
 */
function asideStatements(sentence: TextSpan, verbs?: VerbLexicon): { proposition: Proposition; stance: SentenceStance }[] {
  const out: { proposition: Proposition; stance: SentenceStance }[] = [];
  for (const m of sentence.text.matchAll(RELATIVE_ASIDE)) {
    const head = sentence.text.slice(0, m.index ?? 0);
    const clause = `${head} ${m[0].replace(/^,\s+(?:who|which)\s+/u, '').replace(/,$/u, '')}`;
    const span = { start: 0, end: clause.length, text: clause };
    const read = readFrame(clause, span, findQuotes(clause, span), verbs);
    if (read.unwrapped && !read.pointsBack) out.push({ proposition: read.proposition, stance: read.stance });
  }
  return out;
}


/** A participle that reports what the sentence's subject says: "…, saying it had enough resources", "…, adding that …". */
const SAYING = /,\s+(?:saying|adding|noting|insisting|arguing|stressing|claiming|asserting|explaining|warning|alleging|acknowledging|admitting|confirming)\s+(?:that\s+)?/u;

/**
 * What the sentence's subject says in a trailing participle ("China denied the reports,
 * saying it had never supplied arms"; "Beijing signalled its readiness to mediate, saying it
 * was ready to help"), read with the subject as the doer of a clause that names none.
 */
function participleSaying(sentence: TextSpan, verbs?: VerbLexicon): Proposition | null {
  const m = SAYING.exec(sentence.text);
  if (!m) return null;
  const said = sentence.text.slice(m.index + m[0].length);
  if (said.split(/\s+/u).length < 3) return null;
  const before = sentence.text.slice(0, m.index);
  return analyzeProposition(said, subjectOf(analyzeProposition(before, null, false, verbs)), false, verbs);
}

/**
 * Who says what a participle reports: the party named nearest before the clause's last
 * reporting verb ("US officials said Beijing rejected the request, saying …": Beijing), or,
 * without one, before its action; else the clause's first party.
 */
function subjectOf(clause: Proposition): string | null {
  const layout = clause.layout;
  if (!layout) return clause.entities[0] ?? null;
  let anchor = layout.cuesAt[layout.cuesAt.length - 1] ?? -1;
  if (anchor < 0 && clause.predicate !== null) anchor = layout.termPlaces[clause.terms.indexOf(clause.predicate)]?.[0] ?? -1;
  let subject: string | null = null;
  let nearest = -1;
  clause.entities.forEach((e, i) => {
    for (const at of layout.entityAt[i] ?? []) if (at < anchor && at > nearest) [subject, nearest] = [e, at];
  });
  return subject ?? clause.entities[0] ?? null;
}

/** How far before what a noun holds a verdict governing the noun is looked for ("there was no truth to reports that …"). */
const VERDICT_REACH = 120;

/** The statements nouns hold in the sentence ("his warning that …", "amid reports that …"), each reduced to a proposition, with where it starts. */
function nounHeld(text: string, sentence: TextSpan, quotes: QuoteSpan[], verbs?: VerbLexicon): { start: number; proposition: Proposition }[] {
  // Most sentences have no "that" at all: nothing to read.
  if (!/\bthat\b/iu.test(sentence.text)) return [];
  return nounHeadedStatements(text, sentence, quotes, true).map((held) => {
    // "warnings to Beijing that it will face …": the pronoun is the party warned; "Japan's warning that it would …": the holder.
    const warned = held.innerAgentSpan ? (analyzeProposition(held.innerAgentSpan.text).entities[0] ?? null) : null;
    const holder = warned ?? (held.sourceSpan && SPEAKER_PRONOUN.test(held.content.text) ? partyNamedBy(held.sourceSpan) : null);
    return { start: held.content.start, proposition: analyzeProposition(held.content.text, holder, false, verbs) };
  });
}

/** The country or body a source's words name ("China's foreign ministry": China), or null. */
function partyNamedBy(source: TextSpan): string | null {
  return (readSourcePhrase(source.text) && analyzeProposition(source.text).entities[0]) || null;
}

/** An answer that declines to answer: "could not confirm", "we do not comment on …", "no comment". */
const NO_COMMENT = /\b(?:(?:could|would|did|does|do|will|can) not|couldn't|wouldn't|didn't|doesn't|don't|won't|can't|cannot|declined to|refused to)\s+(?:confirm|comment|verify|discuss|say)\b|\bno comment\b/iu;
/** A rejecting verb on a pointer, a statement noun or a that-clause, or closing the sentence: "denied it", "rejected the reports", "denied that …", "the minister denied." */
const REJECTION_OF_IT = new RegExp(String.raw`\b(?:deny|denies|denied|denying|reject|rejects|rejected|refute|refutes|refuted)(?:\s+(?:it|this|that|them|these|those|such|(?:any|the) (?:${HEARSAY_NOUN}|charges?))\b|[\s.!"\u201D]*$)`, 'iu');
/** A falsity verdict on a pointer or a statement noun: "that is a lie", "the reports were inaccurate", "it is false that …". */
const POINTED_FALSITY = new RegExp(String.raw`\b(?:that|this|it|these|those|(?:the|such) (?:${HEARSAY_NOUN}))\s+${VERDICT_COPULA}\s+${VERDICT_LEAD}(?:${FALSITY.source})(?=\s*(?:[.,;:!?"'\u201D\u2019]|$|and\b|or\b))`, 'iu');
/** What a "never heard of" may take to be about what was asked: "it", "this", "such a request", "any such request", "the reports". */
const ASKED_POINTER = new RegExp(String.raw`^\s*(?:it|this|that|them|these|those|such|any such|(?:the|any) (?:${HEARSAY_NOUN}|request|offer|plan|deal))`, 'iu');
/** A rejecting verb and the statements it rejects: "rejected the claims", "denied these reports" (not "the claims for compensation"). */
const REJECTED_STATEMENTS = new RegExp(String.raw`^\S+\s+(?:the|these|such|any)\s+(?:${HEARSAY_NOUN})\b(?!\s+(?:for|of|to)\b)`, 'iu');
/** A speaker pronoun just before a rejecting verb, perhaps with an auxiliary or an adverb: "he rejected", "we firmly deny", "she would deny". */
const SPEAKER_BEFORE_VERB = /\b(?:we|i|he|she|they)\s+(?:\S+\s+){0,2}$/iu;
/** The verb that gives an answer, up to its words: "the minister said: ", "he replied, ". */
const ANSWER_CUE = /\b(?:said|says|replied|replies|answered|answers|responded|responds)\b[\s,:]*/iu;
/** An answer that is, or opens on, a bare "no": "No.", "No, we did not", "Never." ("No regrets", "No decision has been taken" are other answers). */
const NO_REPLY = new RegExp(String.raw`^[\s"'\u201C\u2018]*(?:${NO_WORDS}|no way|not true)(?=\s*[,.!;:]|\s*["'\u201D\u2019]?\s*$)`, 'iu');
/** An answer that dismisses without denying: "fake news", "disinformation", "a smear", "speculation". */
const DISMISSAL = /\b(?:fake news|disinformation|misinformation|smear|rumou?rs?|speculation|groundless|baseless|lies)\b/iu;

/** The sentence without its reporting frame, the stance the frame gives, and the span the frame reports (null without a frame). */
function readFrame(text: string, sentence: TextSpan, quotes: QuoteSpan[], verbs?: VerbLexicon): Omit<ReadSentence, 'asked' | 'saying' | 'held' | 'ownClause' | 'answer'> & { reported: TextSpan | null; answered?: TextSpan | null } {
  const raw = parseStatement(text, sentence, quotes);
  const coda = rejectionCoda(sentence.text);
  if (!raw || !raw.source) {
    // "India sold drones to Egypt, which Delhi denies": what comes before the rejection, denied.
    // A bare "…, but Ottawa denied it" with no report before it may refuse a request: left stated.
    if (coda && !coda.byPronoun) return { proposition: analyzeProposition(sentence.text.slice(0, coda.start), null, false, verbs), stance: coda.stance, unwrapped: true, pointsBack: false, reported: null };
    // "Delhi did not deny that India had sold …": what follows, reported.
    const noncommittal = noncommittalFrame(sentence.text);
    if (noncommittal) {
      // "Chinese officials would not confirm whether they had …": the frame's party does what its "they" does.
      const party = analyzeProposition(sentence.text.slice(0, noncommittal.start)).entities[0] ?? null;
      // "Officials did not say that …" states nothing: read as a clause with no words.
      const framed = noncommittal.stance === null ? '' : sentence.text.slice(noncommittal.start);
      return { proposition: analyzeProposition(framed, party, false, verbs), stance: noncommittal.stance ?? 'states', unwrapped: true, pointsBack: false, reported: null };
    }
    // "Reports that Lima sold drones are false": the writer's own verdict on what the reports say.
    const judged = judgedReport(text, sentence);
    if (judged?.span) return { proposition: analyzeProposition(judged.span.text, null, false, verbs), stance: judged.falsity ? 'denies' : 'disputes', unwrapped: true, pointsBack: false, reported: judged.span };
    const proposition = analyzeProposition(sentence.text, null, false, verbs);
    // "The request came days after the invasion": the act of the sentence before, taken as given ("The sale did not happen" is left alone).
    const act = proposition.negated ? null : actPointer(sentence.text);
    return { proposition, stance: 'states', unwrapped: false, pointsBack: act !== null, reported: null, ...(act ? { pointerAct: act } : {}) };
  }
  const st = unwrapReportedSpeech(text, raw);
  // "Tokyo has not denied that …", "urged Tokyo to deny …": no denial.
  const said: SentenceStance = raw.withheld ? 'states' : st.stance === 'denies' ? 'denies' : st.stance === 'disputes' ? 'disputes' : 'states';
  // "Officials said India sold drones to Egypt, and Delhi denied it on Tuesday": a report of the denial.
  const stance = said === 'states' && coda ? coda.stance : said;
  // "X dismissed this as fake news" points back; "X said, 'The US has been spreading disinformation'"
  // may point back too, but its own words are a proposition as well: as itself, it is stated.
  // "Russia, officials said, had asked …": the clause is read without the frame inside it.
  const words = (span: TextSpan): string => reportedWords(span, st.aside);
  if (st.target?.kind === 'previous') {
    const speaker = st.target.speaker && st.sourceSpan ? pointerSpeaker(partyNamedBy(st.sourceSpan), st.sourceSpan.text, st.target.speaker) : undefined;
    // "The company did not deny it": a withheld rejection points at nothing.
    return { proposition: analyzeProposition(words(st.content), null, false, verbs), stance, unwrapped: true, pointsBack: !raw.withheld, reported: st.content, ...(speaker ? { pointerSpeaker: speaker } : {}) };
  }
  // "Beijing accused Washington of spreading disinformation" states that Washington spreads it.
  if (st.target?.kind === 'accused') return { proposition: analyzeProposition(words(st.content), null, false, verbs), stance: 'states', unwrapped: true, pointsBack: false, reported: st.content };
  // "Asked about the request, the minister said, 'Washington is spreading lies'": the frame's
  // stance is toward what was asked, and the answer's words are a statement of the speaker's own.
  const answered = st.target?.kind === 'span' && st.target.span.start === askedAbout(text, sentence)?.start ? st.content : null;
  const span = st.target?.kind === 'span' ? st.target.span : st.content;
  // The content's own doer: the source ("Peru denied asking …"), or a source a frame inside it named ("officials said Lima told Quito it would …").
  const agentSpan = st.innerAgentSpan ?? (st.sourceIsAgent ? st.sourceSpan : null);
  const agent = agentSpan ? partyNamedBy(agentSpan) : null;
  const reportedText = words(span);
  // "'We never said Iran seized a tanker,' the official said": what the speaker says was never said is not said.
  return { proposition: analyzeProposition(SUBJECT_NOT_SAYING.test(reportedText) ? '' : reportedText, agent, false, verbs), stance, unwrapped: true, pointsBack: false, reported: span, answered };
}
