import { HEARSAY_NOUN, STATEMENT_NOUN } from '../lexicon/statementNouns';
import { foldPunctuation } from '../text/fold';
import { trimmedSpan, type TextSpan } from '../text/span';
import { stem } from '../text/tokens';
import { PREPOSITIONS } from './sourcePhrase';

// Pointers back: the words with which a statement points at what was said before it ("Moscow
// denied it on Tuesday", "Several papers reported the request", "any such appeal"), what may
// follow such words without being part of them, and who may speak a pointer that could also
// refuse a request. Statement parsing (statement.ts), the index and the page reader share them.

/** Who speaks a pointer that holds only for some speakers: the party it names, whether it names both parties ("both capitals"), and what it must be to the claim pointed to. */
export interface PointerSpeaker {
  party: string | null;
  /** The stem of the speaker's head noun ("bank" in "The bank's lawyers"): a speaker no gazetteer names may still be the claim's doer. */
  head: string | null;
  bothParties: boolean;
  must: 'doer' | 'other';
}

/** The PointerSpeaker of a speaker named by `phrase`, who stands for `party` (null when no gazetteer party). */
export function pointerSpeaker(party: string | null, phrase: string, must: PointerSpeaker['must']): PointerSpeaker {
  return { party, head: headStem(phrase), bothParties: BOTH_PARTIES.test(phrase), must };
}

/** A speaker that is both parties of what was said before: "both capitals", "both governments". */
const BOTH_PARTIES = /^(?:the\s+)?(?:both|two)\s+(?:capitals|countries|governments|sides|nations|parties|ministries|leaders)\b/iu;

/**
 * Whether a pointer's speaker is who it must be toward a claim with these doers (see
 * PointerSpeaker). `doerWords` are stems that may name the doer ("bank" in "the bank had
 * laundered …"): a speaker they may name is kept from reporting its own deed, but never taken
 * for the doer that denies it, since a wrong "X denied this" is worse than none.
 */
export function speakerFitsDoers(speaker: PointerSpeaker, doers: readonly string[], doerWords: readonly string[]): boolean {
  const isDoer = speaker.bothParties || (speaker.party !== null && doers.includes(speaker.party));
  if (speaker.must === 'doer') return isDoer;
  return !isDoer && !(speaker.head !== null && doerWords.includes(speaker.head));
}

/** The stem of a phrase's head noun: its first word before "'s" or a preposition, else its last ("The bank's lawyers": bank; "officials in Oslo": official). */
function headStem(phrase: string): string | null {
  const words = phrase.toLowerCase().match(/[\p{L}'\u2019-]+/gu) ?? [];
  const owner = words.find((w) => /['\u2019]s$/u.test(w));
  const before = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const head = owner ? owner.replace(/['\u2019]s$/u, '') : (before > 0 ? words[before - 1] : words[words.length - 1]);
  return head ? stem(head) : null;
}

/** A pointer a rejection may take as its whole object: "this", "it", "the reports", "such claims" (after a verb of untruth, see POINTER_DENIED). */
export const POINTER = new RegExp(`^(?:this|that|it|these|those|such (?:${STATEMENT_NOUN})|the (?:${HEARSAY_NOUN}|story|stories|request|article|idea|charges?))\\b`, 'iu');

/** Words that open or carry a clause: an adjunct stops before them ("denied it in January but confirmed …", "on Monday would be reviewed"). */
const CLAUSE_WORD = '(?:but|and|or|yet|then|before|after|when|while|because|although|though|until|would|will|was|were|is|are|has|had|have|be|been|could|should|may|might|can|did|does|do)';

/** A time or place phrase of a few words with no clause in it: "on Tuesday", "in a statement". */
const PLACE_OR_TIME = String.raw`(?:on|in|at|during|over|last|this)\b(?:\s+(?!${CLAUSE_WORD}\b)[\p{L}\d'-]+){1,4}`;

/** What may follow a pointer without being part of it: a time, place or manner ("on Tuesday", "in a statement", "again", "flatly"); an "-ly" word only at the end. */
const ADJUNCT = String.raw`(?:(?:earlier|later|again|also|too|yesterday|today|early|anyway|afterwards|outright|once|twice|immediately|publicly|privately|strongly|firmly|flatly|categorically|repeatedly)\b(?:\s+${PLACE_OR_TIME})?|${PLACE_OR_TIME}|\p{Ll}{3,}ly(?=[.!]?$))`;

/** An ADJUNCT at the end of a pointer's words, to be cut off. */
const POINTER_ADJUNCT = new RegExp(String.raw`(?<=[\p{L}\d])(?:\s+${ADJUNCT})?[.!]?$`, 'u');

/** A participle that explains a denial ("…, saying it had enough"): no part of what the pointer points at. */
const EXPLAINING_PARTICIPLE = /,\s+(?:saying|adding|insisting|citing)\b/u;

/** The most words a pointer with its adjunct can run to ("it on Tuesday in a statement"): longer words are no pointer, and are not searched. */
const POINTER_WORDS = 8;

/** `words` without what may follow a pointer (see ADJUNCT, EXPLAINING_PARTICIPLE); unchanged when they are too long to be one. */
export function withoutPointerAdjunct(words: string): string {
  const participle = EXPLAINING_PARTICIPLE.exec(words);
  const head = participle ? words.slice(0, participle.index) : words;
  return head.split(/\s+/u).length > POINTER_WORDS ? words : head.replace(POINTER_ADJUNCT, '');
}

/** Verbs that report or confirm what they take as object: "reported the request", "confirmed the reports". */
export const REPORTING_OBJECT_CUES = /^(?:report|reports|reported|confirm|confirms|confirmed)$/iu;

/** Words before a cue that say it did not happen or no one did it: "declined to confirm", "has yet to report", "No papers reported", "nobody denied". */
export const NOT_DONE_BEFORE_CUE = /(?:^|\s)(?:no|not|never|none|nobody|neither|nor|declined|refused|failed|yet|hardly|barely|unable|expects?|expected|urged|may|might|could|would)\b|(?<!\ba\s)\bfew\b|n['\u2019]t\b/iu;

/** A report the sentence calls wrong: "wrongly reported the claims", "reported the claims uncritically". */
export const MISREPORTED = /\b(?:falsely|wrongly|mistakenly|erroneously|inaccurately|uncritically|prematurely)\b/iu;

/** A statement noun that points back: "the request", "these reports", "such claims". */
const POINTER_NOUN_PHRASE = `(?:the|these|those|such) (?:${HEARSAY_NOUN}|story|stories|requests?|accusations?|charges?)`;

/** POINTER_NOUN_PHRASE at the start of a verb's object, and the space after it. */
const NOUN_POINTER_LEAD = new RegExp(`^${POINTER_NOUN_PHRASE}(?:\\s+|\\s*,\\s*)`, 'iu');

/** POINTER_NOUN_PHRASE and nothing else. */
const NOUN_POINTER = new RegExp(`^${POINTER_NOUN_PHRASE}$`, 'iu');

/** The pointer a reporting verb takes as its whole object ("reported the request on Monday"), or null. */
export function reportedPointer(text: string, cueEnd: number, unitEnd: number): TextSpan | null {
  const object = trimmedSpan(text, cueEnd, unitEnd);
  if (!object) return null;
  const bare = withoutPointerAdjunct(foldPunctuation(object.text));
  return NOUN_POINTER.test(bare) ? trimmedSpan(text, object.start, object.start + bare.length) : null;
}

/**
 * "reported the claims as baseless", "reported the claims to police", "reported the request
 * before Cairo denied it": a statement noun the reporting verb takes as its object, with more
 * than a time after it and no verb of a clause of its own ("reported the request was made in
 * May" reports that clause). It frames no statement of the reporter's.
 */
export function judgedPointer(text: string, cueEnd: number, unitEnd: number): boolean {
  const object = foldPunctuation(text.slice(cueEnd, unitEnd)).trim();
  const lead = NOUN_POINTER_LEAD.exec(object);
  return lead !== null && !/^(?:was|were|is|are|had|has|have|would|will|could|might|may|came)\b/iu.test(object.slice(lead[0].length));
}

/** A content that is nothing but such an adjunct: what a denied object ("denied the reports on Tuesday") leaves. */
export const ONLY_ADJUNCT = new RegExp(String.raw`^${ADJUNCT}[.!]?$`, 'u');

/** A pointer that can only be to something said: "this", "these reports", "such claims", "the allegations". */
export const STATEMENT_POINTER = new RegExp(`^(?:this|that|these|those|(?:any )?such (?:${STATEMENT_NOUN})|(?:the|these|those) (?:${HEARSAY_NOUN}|story|stories|article|idea|charges?))\\b`, 'iu');

/** A pointer after a verb that says something is untrue ("denied any such appeal"): "such" points back whatever its noun, since nothing else can be untrue. */
export const POINTER_DENIED = new RegExp(`${POINTER.source}|^(?:any )?such (?:an? )?\\p{L}+\\b`, 'iu');

/** Words that lead into a sentence without a clause of their own: "But", "However,", "On Monday,". */
export const LEAD_IN = /^\s*(?:(?:but|and|yet|still|however|meanwhile|instead|later|then|(?:on|in|by)\s+\p{L}+)\s*,?\s*)+$/iu;

/** "it permission", "it entry": a second object after "it", which gives rather than takes back. */
export const TWO_OBJECTS = /^it\s+(?!as\b)(?:(?:a|an|the|any|its|his|her|their)\s+(?!(?:day|week|month|year|while|moment|decade|few)\b))?\p{L}+$/iu;

/** A speaker phrase with no clause in it: no comma, no joining or subordinating word. */
export const NAMED_ALONE = /^(?![^,;]*[,;])(?!.*\b(?:and|but|or|before|after|when|while|as|since|until|because|passed|reported|said)\b)/iu;

/** Verbs that say something is untrue, not refuse it: "rejected it" after a request refuses it; "denied it" never does. */
export const UNTRUE_CUES = /^(?:deny|denies|denied|refute|refutes|refuted|rebut|rebuts|rebutted)$/iu;

/**
 * A sentence that opens on a definite act noun and takes the act as having happened ("The request
 * came days after the invasion", "This sale was approved in May") points back to the act of the
 * sentence before it, when that act is the noun's. Only the noun alone or with words after "for"
 * or "of" ("The request for equipment …"); a sentence that names the act anew ("The Kenyan request
 * …") is read on its own. Gives the noun's stem and the words that qualify it.
 */
export function actPointer(sentence: string): { act: string; qualifiers: string[] } | null {
  const m = ACT_POINTER.exec(foldPunctuation(sentence));
  if (!m) return null;
  const qualifiers = (m[2] ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  return { act: stem((m[1] as string).toLowerCase()), qualifiers };
}

/**
 * "The request (for military equipment) came …", past a lead-in word: the act noun, the words after
 * its "for" or "of", and a verb that takes the act as having happened (it came, was made, was
 * turned down). Not "was fabricated", "was a rumour", "was called off", nor "Such a request would …".
 */
const ACT_POINTER = /^\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Hh]owever|[Ss]till)\s*,?\s+)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:alleged|reported|latest|earlier|original)?\s*(\p{Ll}{3,})(?:\s+(?:for|of)\s+((?:\p{Ll}+\s+){0,4}?))?\s*(?=(?:came|comes|followed|follows|arrived|(?:was|were|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:made|sent|submitted|received|delivered|turned\s+down|rejected|refused|granted|approved|discussed|raised|reported|confirmed|first\s+reported))\b)/u;
