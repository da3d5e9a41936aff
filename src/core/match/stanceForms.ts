import { CUES, DECLINED_TO_CONFIRM, DOUBT, FALSITY, NO_EVIDENCE, NOT_DENIED, NOT_REJECTING, VERDICT_LEAD } from '../lexicon/reportingCues';
import { HEARSAY_NOUN, STATEMENT_NOUN } from '../lexicon/statementNouns';
import { closingLength } from '../text/closers';
import type { SentenceStance } from './sentenceMatch';

// Forms of news copy that give a page sentence its stance toward what it says, outside the
// "X said/denied that …" frame the statement parser reads. Precision first: each form is
// read narrowly, since a wrong "X denied this" is worse than none.

/** Intensifiers a verdict may open on: "completely false", "pure propaganda". */
const WHOLE_FALSITY = new RegExp(`^${VERDICT_LEAD}(?:${FALSITY.source})$`, 'iu');
const WHOLE_DOUBT = new RegExp(`^${VERDICT_LEAD}(?:${DOUBT.source})$`, 'iu');

/**
 * The stance of a verdict, when the whole phrase is one ("false", "as baseless", "pure
 * propaganda"): denies for falsity, disputes for doubt; null for anything else, and for
 * "wrong", which judges an act more often than a statement ("called it wrong").
 */
export function verdictStance(phrase: string): SentenceStance | null {
  const p = phrase
    .replace(/["\u201C\u201D\u2018\u2019]/gu, '')
    .trim()
    .replace(/^as\s+/iu, '');
  if (/\bwrong\b/iu.test(p)) return null;
  return WHOLE_FALSITY.test(p) ? 'denies' : WHOLE_DOUBT.test(p) ? 'disputes' : null;
}

/** The stance of what a frame reports when it is only a verdict on the clause before ("…, a report that Lima says is false", "…, which Lima called baseless"), else null. */
export function verdictClause(reported: string): SentenceStance | null {
  const body = withoutClosers(reported).trim();
  const copula = /^(?:is|was|are|were|has been|have been|had been|would be)\s+(.+)$/iu.exec(body);
  return verdictStance(copula ? (copula[1] as string) : body);
}

/**
 * A verdict that governs the statement noun closing `before`: "no truth to (the) reports that",
 * "dismissed as fake news (recent) reports that". Groups: the "no truth" governor, the words
 * between the governor and the noun.
 */
const VERDICT_ON_NOUN = /(?:\b(no (?:truth|basis|foundation|substance)) (?:to|in|for)|\b(?:dismissed|rejected|brushed (?:off|aside)|waved (?:off|away)) as)((?: \S+){0,6}?) \S+ (?:to \S+ )?that\s*$/iu;

/** A verb that casts doubt on the statement noun closing `before`: "pushed back on (the) reports that", "cast doubt on claims that", "played down reports that". */
const DOUBT_ON_NOUN = new RegExp(`\\b(?:push(?:ed|es|ing)? back (?:on|against)|cast(?:s|ing)? doubt (?:on|over)|poured cold water on|play(?:ed|s|ing)? down|downplay(?:ed|s|ing)?|question(?:ed|s|ing)|disput(?:ed|es|ing))(?: (?:the|these|those|such|any|recent|earlier|media|western|new))* (?:${HEARSAY_NOUN}) that\\s*$`, 'iu');

/** The stance a verdict gives the statement a noun holds, from the words just before what it holds; null without one. */
export function verdictBeforeNoun(before: string): SentenceStance | null {
  const folded = before.replace(/\s+/gu, ' ');
  if (DOUBT_ON_NOUN.test(folded)) return 'disputes';
  const m = VERDICT_ON_NOUN.exec(folded);
  if (!m) return null;
  const words = (m[2] as string).trim().split(' ').filter((w) => w !== '');
  // "no truth to the reports that": only a determiner may stand before the noun ("no basis for panic after reports that" is none).
  if (m[1] !== undefined) return words.every((w) => /^(?:the|these|those|such|any)$/iu.test(w)) ? 'denies' : null;
  // "as fake news reports", "as fake news recent reports": the verdict, perhaps with the noun's adjective after it.
  for (const n of [words.length, words.length - 1]) {
    const stance = n > 0 ? verdictStance(words.slice(0, n).join(' ').replace(/ (?:the|these|those|such|any)$/iu, '')) : null;
    if (stance) return stance;
  }
  return null;
}

const REJECTING_CUES = [...CUES].filter(([, kind]) => kind === 'deny' || kind === 'dismiss').map(([cue]) => cue.replace(/ /gu, '\\s+'));
const CUE = `(${REJECTING_CUES.join('|')})`;
/** Up to five words naming who rejects, an auxiliary and an adverb: "officials in Lima have flatly". */
const WHO = `((?:\\S+\\s+){1,5}?(?:has\\s+|have\\s+|had\\s+)?(?:\\S+ly\\s+)?)`;
/** What may follow the verb, at most 60 characters to the end: a verdict, a time ("on Tuesday"). */
const REST = `(?:\\s+([^\\s,.;][^,.;]{0,59}))?$`;
/** ", which Lima denies", ", a claim officials in Lima have rejected". Groups: head noun (none after "which"), who, verb, rest. */
const RELATIVE_REJECTION = new RegExp(`,\\s+(?:which|(?:a|an|the)\\s+(\\S+)(?:\\s+that)?)\\s+${WHO}${CUE}${REST}`, 'iu');
/** ", and Lima denied it on Tuesday", ", though Lima dismissed the reports as propaganda". Groups: who, verb, object, rest. */
const POINTING_REJECTION = new RegExp(
  `(?<![\\s,]),?\\s+(?:and|but|though|although|while|yet)\\s+${WHO}${CUE}\\s+(it|this|that|them|these|those|(?:the|such|these|those)\\s+(?:${STATEMENT_NOUN}|charges?))\\b${REST}`,
  'iu',
);
/** Head nouns of a statement: what "…, a claim that Lima rejected" rejects is the sentence's statement, not a plan. */
const STATEMENT_HEAD = new RegExp(`^(?:${STATEMENT_NOUN}|charges?|assertions?|assessments?)$`, 'iu');
/** What may follow a denial and leave it a denial of the statement: a time or a manner, and nothing more ("on Tuesday", "in a statement", "again"). */
const ADJUNCT = /^(?:on (?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+ \d{1,2})|in a statement|last (?:week|month|year|night)|this (?:week|month|year|morning)|earlier|later|again|outright|immediately|publicly|repeatedly|strongly|flatly|vehemently)$/u;
/** `text` without its closing punctuation and spaces. */
function withoutClosers(text: string): string {
  return text.slice(0, text.length - closingLength(text));
}

/**
 * The stance a rejecting verb gives what it rejects: a denial verb denies, when nothing but a
 * time or manner follows it ("denies using …" rejects something else); a dismissal denies or
 * disputes only with a verdict ("dismissed as propaganda", not "called a threat").
 */
function rejectionStance(verb: string, rest: string | undefined): SentenceStance | null {
  const kind = CUES.get(verb.toLowerCase().replace(/\s+/gu, ' '));
  if (kind === 'deny') return rest === undefined || ADJUNCT.test(rest) ? 'denies' : (verdictStance(rest) ?? null);
  if (kind === 'dismiss' && rest !== undefined) return verdictStance(rest);
  return null;
}

/**
 * A clause ending the sentence that rejects what the sentence says before it: ", which Lima
 * denies", ", a claim officials in Lima have rejected", ", and Lima denied it on Tuesday",
 * ", though Lima dismissed the reports as propaganda". The sentence then reports a denial or a
 * dispute, not a statement. A rejection of something else is none: after "which" or a bare
 * "it" only "deny" and "refute" count ("a plan, which Lima rejected", "asked for gas, but
 * Ottawa rejected it"), and a negated one ("which Lima has not denied") is none either.
 * Returns where the clause starts, the stance it gives, and whether it points with a bare
 * pronoun ("denied it"), which may mean a request refused rather than a statement denied; or null.
 */
export function rejectionCoda(sentence: string): { start: number; stance: SentenceStance; byPronoun: boolean } | null {
  const body = withoutClosers(sentence);
  const pointing = POINTING_REJECTION.exec(body);
  if (pointing && pointing.index > 0) {
    const [, who, verb, object, rest] = pointing as unknown as [string, string, string, string, string | undefined];
    const bare = !/\s/u.test(object.trim());
    const stance = NOT_REJECTING.test(who) || (bare && CUES.get(verb.toLowerCase()) === 'deny' && !/^(?:den|refut)/iu.test(verb)) ? null : rejectionStance(verb, rest);
    if (stance) return { start: pointing.index, stance, byPronoun: bare };
  }
  const relative = RELATIVE_REJECTION.exec(body);
  if (!relative || relative.index === 0) return null;
  const [, head, who, verb, rest] = relative as unknown as [string, string | undefined, string, string, string | undefined];
  if (NOT_REJECTING.test(who)) return null;
  if (head !== undefined && !STATEMENT_HEAD.test(head)) return null;
  // "a plan, which Lima rejected" rejects the plan; "…, which Lima rejected as baseless" rejects the statement.
  if (head === undefined && CUES.get(verb.toLowerCase()) === 'deny' && !/^(?:den|refut)/iu.test(verb) && (rest === undefined || verdictStance(rest) === null)) return null;
  const stance = rejectionStance(verb, rest);
  return stance ? { start: relative.index, stance, byPronoun: false } : null;
}

/** What a refusal to deny or to confirm must be followed by to frame a statement: "that", "whether", "the reports that"; or a "wh-" word, whose clause it presupposes ("did not say how many drones Lima sold"), captured. */
const FRAMED = new RegExp(String.raw`^\s+(?:(?:(?:the|any)\s+)?(?:${STATEMENT_NOUN})\s+that\s+|that\s+|whether\s+|if\s+|(how|when|where|why|which|what|who)\b)`, 'iu');

/** The spaces before a gerund ("has not denied supplying …"); no capture, so no "wh-" clause. */
const GERUND_AFTER_DENIAL = /^\s+(?=\p{Ll}{2,}ing\b)/u;

/** A clause that only looks ahead or supposes, up to its first few words: "it would pay", "much Lima will charge", "they could sell" (lower case: "May" is a month). */
const PROSPECTIVE = /^(?:\S+\s+){0,4}?(?:would|will|could|might|may|can|should|shall|is going to|are going to|plans? to|intends? to)\b/u;

/** A denial or dispute said not to be made: "has not denied", "could not deny", "neither confirmed nor denied", "few dispute". */
const DENIAL_WITHHELD = /\b(?:not|never|no longer|nor|few|nobody|no one|none|cannot|can't|couldn't|hasn't|haven't|hadn't|didn't|doesn't|won't|wouldn't)\s+(?:(?:directly|explicitly|specifically|publicly|yet|even|really|seriously)\s+)?(?:deny|denies|denied|denying|dispute|disputes|disputed|disputing)\b/iu;

/**
 * A reporting verb said not to have been used: "did not say", "never claimed", "has not
 * suggested", "could not explain", "declined to disclose". Before a "wh-" clause it presupposes
 * the clause ("has not confirmed how much it paid" says that it paid).
 */
export const NOT_SAID = /\b(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|hadn't|never|would not|wouldn't|could not|couldn't|cannot|can't|will not|won't|declined to|refused to) (?:say|said|claim|claimed|state|stated|announce|announced|suggest|suggested|allege|alleged|assert|asserted|specify|specified|confirm|confirmed|disclose|disclosed|explain|explained|reveal|revealed|detail|detailed|clarify|clarified)\b/iu;

/**
 * "Lima did not deny that …", "Lima declined to confirm whether …", "the cables did not say
 * whether …": a frame that commits to nothing. What follows a refusal to deny is reported
 * (stated), what follows a refusal to confirm or "no evidence" is disputed, and what someone did not say is
 * neither (stance null: the sentence carries no claim of its own). A "wh-" clause is taken as
 * given whatever the frame ("did not say how many drones Lima sold" states that Lima sold some).
 * The frame must frame a clause ("did not confirm the price" frames none). Returns where what it
 * frames starts and the stance, or null.
 */
export function noncommittalFrame(sentence: string): { start: number; stance: SentenceStance | null } | null {
  const notDenied = NOT_DENIED.exec(sentence) ?? DENIAL_WITHHELD.exec(sentence);
  const unconfirmed = notDenied ? null : (DECLINED_TO_CONFIRM.exec(sentence) ?? NO_EVIDENCE.exec(sentence));
  const frame = notDenied ?? unconfirmed ?? NOT_SAID.exec(sentence);
  if (!frame) return null;
  const end = frame.index + frame[0].length;
  // "has not denied supplying drones": a gerund after a withheld denial is what it leaves standing.
  const framed = FRAMED.exec(sentence.slice(end)) ?? (notDenied ? GERUND_AFTER_DENIAL.exec(sentence.slice(end)) : null);
  if (!framed) return null;
  // A "wh-" clause is given, unless it only looks ahead ("did not explain how it would pay"): then it gives nothing.
  const start = end + framed[0].length;
  if (framed[1] !== undefined) return { start, stance: PROSPECTIVE.test(sentence.slice(start, start + 60).trimStart()) ? null : 'states' };
  return { start, stance: notDenied ? 'states' : unconfirmed ? 'disputes' : null };
}
