import { STATEMENT_NOUN } from './statementNouns';

/**
 * Reporting verbs of news copy and what each tells about the speaker's stance. A cue
 * between a source and a clause makes the clause an attribution; the kind decides how
 * the clause relates to a claim.
 */
export type CueKind = 'say' | 'deny' | 'dismiss' | 'accuse' | 'addressee';

const SAY = [
  'say', 'says', 'said', 'state', 'states', 'stated', 'add', 'adds', 'added', 'stress', 'stresses', 'stressed',
  'explain', 'explains', 'explained', 'note', 'notes', 'noted', 'claim', 'claims', 'claimed', 'insist', 'insists',
  'insisted', 'argue', 'argues', 'argued', 'believe', 'believes', 'believed', 'confirm', 'confirms', 'confirmed',
  'underline', 'underlines', 'underlined', 'underscore', 'underscores', 'underscored', 'announce', 'announces',
  'announced', 'report', 'reported', 'assess', 'assessed', 'assesses', 'acknowledge', 'acknowledged', 'acknowledges',
  'admit', 'admits', 'admitted', 'allege', 'alleges', 'alleged', 'assert', 'asserts', 'asserted', 'maintain',
  'maintains', 'maintained', 'write', 'writes', 'wrote', 'tweet', 'tweeted', 'post', 'posted', 'conclude',
  'concluded', 'concludes', 'estimate', 'estimated', 'estimates', 'predict', 'predicted', 'reveal', 'revealed',
  'disclose', 'disclosed', 'counter', 'countered', 'respond', 'responded', 'reply', 'replied', 'emphasise',
  'emphasised', 'emphasize', 'emphasized', 'reiterate', 'reiterated', 'vow', 'vowed', 'pledge', 'pledged',
  'promise', 'promised', 'concede', 'conceded', 'contend', 'contended', 'testify', 'testified', 'agree', 'agreed',
  'think', 'thinks', 'thought', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'found', 'find', 'finds',
  'declare', 'declared', 'declares', 'express', 'expressed', 'expresses', 'voice', 'voiced', 'observe', 'observed', 'recall', 'recalled', 'suggest', 'suggested', 'suggests',
];
const ADDRESSEE = ['tell', 'tells', 'told', 'warn', 'warns', 'warned', 'notify', 'notifies', 'notified', 'inform', 'informs', 'informed', 'assure', 'assured', 'assures', 'remind', 'reminded', 'brief', 'briefed', 'caution', 'cautioned'];
const DENY = ['deny', 'denies', 'denied', 'refute', 'refutes', 'refuted', 'reject', 'rejects', 'rejected', 'rebut', 'rebutted', 'contradict', 'contradicted'];
const DISMISS = ['called', 'branded', 'labelled', 'labeled', 'described', 'dismiss', 'dismisses', 'dismissed', 'dispute', 'disputes', 'disputed', 'doubt', 'doubts', 'doubted', 'question', 'questioned', 'downplay', 'downplayed', 'play down', 'played down'];
const ACCUSE = ['accuse', 'accuses', 'accused'];

/** Cue word (lower case) to its kind. */
export const CUES: ReadonlyMap<string, CueKind> = new Map([
  ...SAY.map((w) => [w, 'say'] as const),
  ...ADDRESSEE.map((w) => [w, 'addressee'] as const),
  ...DENY.map((w) => [w, 'deny'] as const),
  ...DISMISS.map((w) => [w, 'dismiss'] as const),
  ...ACCUSE.map((w) => [w, 'accuse'] as const),
]);

/** A falsity word said not to hold: "not false", "hardly baseless", "far from false", "not entirely untrue". */
export const NOT_FALSE = /\b(?:not|hardly|scarcely|far from|by no means)\s+(?:(?:entirely|completely|wholly|altogether|all that)\s+)?(?:wrong|false|untrue|incorrect|baseless|unfounded|groundless|inaccurate)\b/iu;

/** Words a content clause uses to call something false: a denial. */
export const FALSITY = /\b(?:not true|untrue|(?:completely |totally |entirely |absolutely )?false|baseless|groundless|unfounded|fabricated|fabrication|without (?:any )?(?:basis|foundation)|incorrect|inaccurate|wrong|nonsense|absurd|a lie|lies|no truth|never happened|did not happen|didn't happen)\b/iu;

/** A bare "no" as an answer, as a regular-expression alternation: "No.", "Never.", "Absolutely not." */
export const NO_WORDS = 'no|nope|never|not at all|absolutely not|certainly not|of course not';

/** What may stand between a verb and its verdict: an article and up to two intensifiers ("a complete fabrication", "utterly false", "total nonsense"). */
export const VERDICT_LEAD = String.raw`(?:(?:a|an)\s+)?(?:(?:completely|totally|entirely|absolutely|utterly|simply|pure|sheer|just|nothing but|complete|total|utter|absolute|blatant|outright)\s+){0,2}`;

/** The verb that joins a subject to its verdict: "is", "were", "'s", "has been", "would be". */
export const VERDICT_COPULA = String.raw`(?:is|was|are|were|'s|has been|have been|had been|would be|remains?|sounds?)`;

/** Words that dismiss or cast doubt without saying "false": a dispute. */
export const DOUBT = /\b(?:fake news|disinformation|misinformation|propaganda|smear|hoax|rumou?rs?|speculation|politically motivated|a distraction|hype|hysteria|slander|lies and|groundless speculation|no evidence|(?:malicious|sinister|ulterior) (?:intentions?|intent|motives?))\b/iu;

/** A claim said to lack support: "there is no evidence that …", "officials have seen little sign that …": a dispute of what follows. */
export const NO_EVIDENCE = /\b(?:no|little|scant)\s+(?:evidence|proof|sign|indication)s?\b/iu;

/** Phrases that say outright the speaker did not deny: the attribution can never be a denial. */
export const NOT_DENIED = /\b(?:did not|didn't|would not|wouldn't|declined to|refused to|stopped short of) (?:directly |explicitly |specifically )?(?:deny(?:ing)?|denied|denies)\b/iu;

/** Declining to confirm or answer: casting doubt on the claim without a denial. */
export const DECLINED_TO_CONFIRM = /\b(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?(?:confirm|verify|corroborate)\b|\b(?:could not|couldn't|cannot|can't|has not|hasn't|have not|haven't) (?:confirm|confirmed|verify|verified|corroborate|corroborated) (?:that|whether|if|it|this|the reports?|reports?)\b/iu;

/** A speaker's own word that something was never so: "no such request", "had no knowledge of it", "never heard of it". */
export const NEVER_SO = /\b(?:no such|(?:had|has|have) no knowledge of|(?:had |has |have )?never (?:heard of|received|made|sent|asked|sought|requested)|(?:is|was) not aware of any)\b/iu;

/** The speaker rejecting what was said, in its own words: "China firmly rejects this", "we deny these claims". */
export const OWN_REJECTION = new RegExp(String.raw`(?<!\b(?:must|to|should|would|will|could|can|not|never|nor|n't)\s+(?:\w+ly\s+)?)\b(?:reject|rejects|deny|denies|refute|refutes)\s+(?:this|that(?!\s+(?!(?:${STATEMENT_NOUN}|charges?|version|account|story|idea|notion)\b)\S+\s+\S+\s+\S+)|it|these|those|such|the (?:${STATEMENT_NOUN}|charges?))\b`, 'iu');

/**
 * Words before a rejecting verb that keep it from being a rejection: a negator ("has not denied",
 * "nobody denied", "neither confirmed nor denied"), or a rejection only asked for, expected or
 * possible ("urged Lima to deny", "is expected to deny", "may deny").
 */
export const NOT_REJECTING = /\b(?:not|never|no|nobody|none|few|neither|nor|no longer|cannot|hardly|to|may|might|could|would|will|should|must|expected|likely|unlikely|urged|asked)\b|n't\b/iu;
/** How long an aside between commas may be: ", to date,", ", in any public statement,". */
const ASIDE_CHARS = 60;
/** How many words may follow an aside before the verb: ", has", ", has ever publicly". */
const WORDS_AFTER_ASIDE = 4;

/** Words that open a clause of their own inside the cue's clause: what comes before them is another clause's. */
const CLAUSE_OPENER = /\b(?:when|after|before|as|because|while|but|and|since|until|although|though|that|who|which)\s/giu;

/** A negative subject opening the verb's clause: "Nobody on the board", "Few senior analysts", "Not one diplomat". */
const NEGATIVE_SUBJECT = /^\s*["'\u201C\u2018]?(?:not one|not a single|nobody|no-one|no one|none|few|neither|no)\b/iu;

/**
 * The text of the verb's own clause (`beforeCue`, the text up to the verb): after the last
 * comma ("In May, Gazprom"), asides of a few words just before the verb left out ("Not one
 * diplomat, to date, has"), and after the last word that opens a clause ("Nobody was surprised
 * when Gazprom"). Cut by string search, so a long sentence is read in linear time.
 */
function verbClause(beforeCue: string): string {
  const parts = beforeCue.trimEnd().split(',');
  // An aside is a short part between commas with a few words after it before the verb.
  for (let i = 0; i < 2 && parts.length >= 3; i++) {
    const last = parts[parts.length - 1] as string;
    const aside = parts[parts.length - 2] as string;
    if (aside.length > ASIDE_CHARS || last.trim().split(/\s+/u).filter((w) => w !== '').length > WORDS_AFTER_ASIDE) break;
    parts.splice(parts.length - 2, 2, ` ${last}`);
    parts[parts.length - 2] = `${parts[parts.length - 2] as string}${parts.pop() as string}`;
  }
  const clause = parts[parts.length - 1] as string;
  let from = 0;
  for (const m of clause.matchAll(CLAUSE_OPENER)) from = m.index + m[0].length;
  return clause.slice(from);
}

/** Words that keep a verb of saying from saying anything: a negator, a refusal or a request ("did not say", "declined to say", "urged Kenya to say"). */
const NOT_SAYING = /\b(?:not|never|no|nobody|none|neither|nor|cannot|declined|declines|declining|refused|refuses|refusing|failed|fails|urged)\b|n't\b/iu;

/**
 * A verb of saying kept from saying by its own clause (see verbClause): a negative subject
 * ("Nobody said that …") or, in its last four words, a negator, a refusal or a request ("declined
 * to say whether …", "urged Kenya to say …"). Unlike a rejection, a modal or "a few" does not.
 */
export function sayingWithheld(beforeCue: string): boolean {
  // A space after the text, so that a clause opener at its end ("… and") is seen as one.
  return withheldBy(NOT_SAYING, `${beforeCue} `);
}

/** Whether the verb's own clause has a negative subject, or `words` among its last four words ("May" the month is none). */
function withheldBy(words: RegExp, beforeCue: string): boolean {
  const clause = verbClause(beforeCue);
  if (NEGATIVE_SUBJECT.test(clause)) return true;
  return words.test(clause.split(/\s+/u).filter((w) => w !== '' && w !== 'May').slice(-4).join(' '));
}

/**
 * A rejecting verb is kept from rejecting by its own clause (see verbClause): a negative
 * subject ("Nobody on the board has denied …", "Few analysts dispute …") or, in its last four
 * words, a negator, a request or a modal ("Tokyo has not denied that …", "urged Tokyo to deny
 * …", "may deny"). Such a frame reports the statement; it does not deny or dispute it. An
 * opener ("Speaking to reporters, Norway denied …", "In May, …") is another clause, and "May"
 * the month is no "may".
 */
export function rejectionWithheld(beforeCue: string): boolean {
  return withheldBy(NOT_REJECTING, beforeCue);
}
