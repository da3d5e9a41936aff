import { CUES, DECLINED_TO_CONFIRM, DOUBT, FALSITY, NEVER_SO, NO_EVIDENCE, NO_WORDS, NOT_DENIED, NOT_FALSE, OWN_REJECTION, rejectionWithheld, sayingWithheld, VERDICT_COPULA, VERDICT_LEAD, type CueKind } from '../lexicon/reportingCues';
import { HEARSAY_NOUN } from '../lexicon/statementNouns';
import { MONTH_ABBREVIATIONS } from '../text/abbreviations';
import { closingLength } from '../text/closers';
import { foldPunctuation } from '../text/fold';
import { trimmedSpan, type TextSpan } from '../text/span';
import { tokenize, type Token } from '../text/tokens';
import { TITLE_WORDS } from '../lexicon/titles';
import { findQuotes, type QuoteSpan } from './quotes';
import { joinedFrame, withoutJoinedFrame } from './joinedClauses';
import { analyzeProposition } from '../match/proposition';
import { mayBeIt, PLURAL_HEAD, readSourcePhrase, type SourceMention } from './sourcePhrase';
import { judgedPointer, LEAD_IN, MISREPORTED, NAMED_ALONE, NOT_DONE_BEFORE_CUE, ONLY_ADJUNCT, POINTER, POINTER_DENIED, reportedPointer, REPORTING_OBJECT_CUES, STATEMENT_POINTER, TWO_OBJECTS, UNTRUE_CUES, withoutPointerAdjunct } from './pointers';

/** A speaker's relation to what they said about a claim. */
export type Stance = 'asserts' | 'denies' | 'disputes';

/** What a denial or dispute is about, when it is not its own content. */
export type StatementTarget =
  | { kind: 'span'; span: TextSpan }
  /**
   * "this", "it", "the reports": the claim of the statement before. `speaker` limits a pointer
   * that may be no statement's: "denied it" calls untrue only what the speaker itself is said to
   * have done (else it may refuse a request); "reported the allegations" reports another's deed
   * (the accused only discloses them).
   */
  | { kind: 'previous'; speaker?: 'doer' | 'other' }
  /** "accused the US of spreading disinformation": what that party said just before. */
  | { kind: 'accused'; party: TextSpan };

/** One reported statement in a unit of text, before its source is resolved. */
export interface RawStatement {
  /** The words that name the source; null when a neighbour must supply it (a bare quote). */
  source: SourceMention | null;
  sourceSpan: TextSpan | null;
  /** "according to", "said", "denied" ... as written; empty for a bare quote. */
  cue: string;
  /** The words that carry the statement: the quotation or the reported clause. */
  content: TextSpan;
  stance: Stance;
  target: StatementTarget | null;
  /** A gerund after a denial ("denied asking"): the source is the agent of the content. */
  sourceIsAgent: boolean;
  /**
   * The words naming the content's own doer when the frame names it other than as the source:
   * the party addressed ("the minister warned Beijing that it would face …": "it" is Beijing),
   * or a source a frame inside the content named ("officials said Beijing told Moscow it would
   * help" is said by the officials, and "it" is Beijing).
   */
  innerAgentSpan?: TextSpan;
  /**
   * The frame itself when it stands inside the clause it reports, with its commas: ", the
   * official said," in "Russia, the official said, had asked …". What the content says is read
   * without it (see reportedWords).
   */
  aside?: TextSpan;
  /** The content is a quotation. */
  direct: boolean;
  /** A quotation that runs on into the next paragraph. */
  openQuote: boolean;
  /**
   * The words before a denying or disputing cue keep it from rejecting ("Tokyo has not denied
   * that …", "urged Tokyo to deny …", "few dispute …"): nobody rejects the content, which is
   * only reported.
   */
  withheld?: true;
}

const ADVERBIAL_BEFORE_CUE = new Set(['has', 'have', 'had', 'also', 'repeatedly', 'previously', 'earlier', 'later', 'again', 'publicly', 'privately', 'separately', 'further', 'then', 'now', 'once', 'reportedly', 'allegedly', 'flatly', 'firmly', 'strongly', 'swiftly', 'quickly', 'immediately', 'categorically', 'vehemently', 'angrily', 'emphatically', 'initially', 'did', 'does', 'do', 'would', 'will', 'had', 'always', 'long', 'since']);
/** A word between a source and its cue that is not part of the source: "has", "also", "vociferously". */
function isAdverbialBeforeCue(t: Token): boolean {
  return ADVERBIAL_BEFORE_CUE.has(t.lower) || (!t.capitalized && /^\p{Ll}{3,}ly$/u.test(t.text) && !/^(?:ally|family|italy|july|assembly|rally|supply|reply|fly|only)$/u.test(t.lower));
}
/** A clause opener before the subject: "On Monday,", "In response,", "Unveiling the findings,", "Asked …,". */
export const OPENER = /^(?:(?:In|On|At|After|Before|During|Prior to|Earlier|Later|Last|Separately|Meanwhile|However|Still|Speaking|Asked|Since|Following|Despite|Within|Under|Over|For|From|Amid|With|By|While|When|As)\b|\p{Lu}\p{Ll}+ing\b)[^,]{0,80},/u;
/** The participial kind of OPENER ("Having denied the reports,", "Unveiling the findings,"): a cue in it is not the sentence's frame. */
const PARTICIPIAL_OPENER = /^\p{Lu}\p{Ll}+ing\b[^,]{0,80},/u;
/** An answer that is only a no: "No.", "Absolutely not.", "Never." */
const BARE_NO = new RegExp(String.raw`^\s*(?:${NO_WORDS})[\s.!]*$`, 'iu');

/** "… but did not deny it directly", "… but declined to give details": the speaker's next act, which the writer reports, not part of what was said. */
const SPEAKERS_NEXT_ACT = /\s+but\s+(?:(?:did|does|do|has|have|had|would|could|was|were)(?:\s+not|n['\u2019]t)|declined|refused|gave\s+no|offered\s+no|provided\s+no|stopped\s+short)\b/iu;

/** A statement's content without the speaker's next act after it ("said this was fake news but did not deny it"), for what is said and what it rejects. */
function withoutSpeakersNextAct(text: string, content: TextSpan, kind: CueKind): TextSpan {
  if (kind !== 'say' && kind !== 'addressee') return content;
  const next = SPEAKERS_NEXT_ACT.exec(content.text);
  return next && next.index > 0 ? (trimmedSpan(text, content.start, content.start + next.index) ?? content) : content;
}

/** What may follow a trailing attribution's cue and still end it: a time, a place, a manner, an addressee ("…, as officials said on Tuesday", "told reporters"). */
const TRAILING_ADJUNCT = /^(?:[Oo]n|[Ii]n|[Aa]t|last|this|earlier|later|during|to|from|after|before|yesterday|today|tonight|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b|^(?!only\b)\p{Ll}+ly\b|^[.!?]/u;

/**
 * The statement of a clause joined on after a unit's statement, with a frame of its own:
 * "Kenya sold tea to Egypt, officials said, but Nairobi denied it", "Toyota said wages rose,
 * while the union said they fell". Null when the unit has none.
 */
export function joinedStatement(text: string, unit: TextSpan, quotes: QuoteSpan[], first: RawStatement): RawStatement | null {
  const after = Math.max(first.content.end, first.sourceSpan?.end ?? unit.start);
  const joined = joinedFrame(text.slice(after, unit.end));
  if (!joined) return null;
  const end = unit.start + unit.text.replace(/[\s.!?]+$/u, '').length;
  const clause = trimmedSpan(text, after + joined.clause, Math.max(after + joined.clause, end));
  if (!clause) return null;
  const found = parseStatement(text, clause, quotes.filter((q) => q.start >= clause.start));
  if (!found || found.withheld) return null;
  // "…, while Toyota said they rose": a pronoun there more often takes up the first clause's subject than names the speaker.
  return found.sourceIsAgent && SPEAKER_PRONOUN.test(found.content.text) ? { ...found, sourceIsAgent: false } : found;
}

/** "quoted a US official as saying (that)", "cited officials as telling reporters": who is quoted, up to what they said. */
const QUOTED_AS_SAYING = /\b(?:quoted|cited)\s+((?:(?!out of|in|on|at)[^\s,;:"\u201C\u201D]+\s+){0,5}?[^\s,;:"\u201C\u201D]+)\s+as\s+(?:saying|stating|adding|telling\s+[^,;:"\u201C]{1,40}?)(?:,?\s+(?:on|in|at|during|last|this)\s+[^,;:"\u201C]{1,30}?,?(?=\s+that\b))?(?:\s+that\b)?[\s,:]+/u;

const REPORTS_THAT = new RegExp(String.raw`^(?:the |these |such |those |media |western )*(?:${HEARSAY_NOUN})(?: that)?\s+(.+?)\s+(?:was|were|is|are|had been|have been|was being|were being)\s+(?:\S+\s+){0,2}?(?=\S)`, 'iu');
/** What a denial verb takes before the denied clause: "the reports that", "Spanish claims that", "Mr Lee's allegations that". */
const DENY_OBJECT = new RegExp(String.raw`^(?:(?:the|these|such|those|any|media|western|[Tt]he|\p{Lu}[\p{L}.'\u2019-]*|\p{Ll}+['\u2019]s?)\s+){0,4}(?:${HEARSAY_NOUN})(?:\s+that)?\s*`, 'u');

/** A word before a cue's "that" that makes the "that" another clause's: a verb ("was", "had") or a statement noun ("reports that"). */
const CLAUSE_OR_NOUN_BEFORE_THAT = new RegExp(`^(?:was|is|were|are|had|has|have|would|will|could|may|might|did|does|${HEARSAY_NOUN})$`, 'u');

/** Cue words that are as often nouns ("state media", "the report", "a claim"): a cue only before "that", a colon, a quotation, or where the clause ends. */
const NOUN_LIKE_CUES = new Set(['state', 'states', 'report', 'claim', 'claims', 'post', 'fear', 'fears', 'voice', 'find', 'finds', 'estimate', 'estimates', 'pledge', 'promise', 'vow', 'note', 'notes', 'reply', 'counter', 'tweet', 'respond', 'question', 'dispute', 'disputes', 'concern']);

function isCueToken(t: Token, next?: Token, text?: string): CueKind | undefined {
  if (t.capitalized) return undefined;
  // "called for peace", "called on Moscow", "questioned by police": not a verdict on a claim.
  if (next && /^(?:for|on|upon|off|in|up|out|by)$/u.test(next.lower) && CUES.get(t.lower) === 'dismiss') return undefined;
  if (NOUN_LIKE_CUES.has(t.lower) && text !== undefined && !/^\s*(?:that\b|:|["\u201C\u2018]|[.!?]|,\s*["\u201C\u2018]|$)/u.test(text.slice(t.end, t.end + 12))) return undefined;
  // "made claims that", "its claims that": the noun, even before "that".
  if (NOUN_LIKE_CUES.has(t.lower) && text !== undefined && NOUN_BEFORE_THAT.test(text.slice(Math.max(0, t.start - 24), t.start))) return undefined;
  // "little doubt that", "raised doubts that": the noun, not the verb.
  if (/^doubts?$/u.test(t.lower) && text !== undefined && DOUBT_AS_NOUN.test(text.slice(Math.max(0, t.start - 24), t.start))) return undefined;
  return CUES.get(t.lower);
}

/** Words before a cue that is as often a noun ("claims", "report") that make it the noun: a determiner or possessive, or a verb that issues it ("made claims that"). */
const NOUN_BEFORE_THAT = /\b(?:the|these|those|such|his|her|its|their|our|my|your|made|makes|making|issued|repeated|renewed|fresh|earlier|similar)\s+$/iu;

/** Words before "doubt" that make it a noun: "little doubt", "no doubt", "raised doubts", "cast doubt". */
const DOUBT_AS_NOUN = /\b(?:little|no|some|any|much|the|a|without|of|serious|grave|growing|raised|raises|raising|cast|casts|casting|expressed|voiced|have|has|had)\s+$/iu;

/** Dismissal cues that only characterise: a dismissal when the words they give are a verdict ("called it baseless"), else a statement ("described the talks as candid"). */
const CHARACTERISE = new Set(['called', 'branded', 'labelled', 'labeled', 'described', 'describes', 'describe']);

/** Cues that report an act with an object ("announced the winner", "found 151 species", "expressed regret"): a statement only with a that-clause or a colon. */
const OBJECT_CUES = new Set(['announce', 'announces', 'announced', 'disclose', 'disclosed', 'discloses', 'reveal', 'revealed', 'reveals', 'express', 'expressed', 'expresses', 'voice', 'voiced', 'found', 'find', 'finds', 'recall', 'recalled', 'observe', 'observed', 'confirm', 'confirmed', 'confirms', 'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits', 'reiterate', 'reiterated', 'counter', 'countered', 'post', 'posted']);

/** Verbs that report speech only after a quotation (“Why?” he asked); before a clause they mean something else ("asked China for drones"). */
const QUOTE_TAIL_CUES = new Set(['asked', 'asks', 'wondered', 'joked', 'quipped', 'shouted', 'exclaimed', 'told']);

/** A clause that opens on a pronoun for its speaker or holder: "it had asked", "they would", "we will". */
export const SPEAKER_PRONOUN = /^(?:it|they|we)\s/iu;

/** Days and months: "said Tuesday evening that …" names a time, not the content's subject. */
const DAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;
const isCalendarWord = (w: string): boolean => DAY_OR_MONTH.test(w) || MONTH_ABBREVIATIONS.has(w);

/** Auxiliaries and modals that open a finite clause after its subject: "(Beijing) would", "(Lima) has". */
const FINITE_AUXILIARY = new Set(['would', 'will', 'could', 'can', 'should', 'shall', 'might', 'may', 'must', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** Words besides auxiliaries and past forms that go on with a clause a frame interrupted after its subject: "(Russia, officials said,) did ask", "… never asked". Not "not" (", police said, not arson"). */
const RESUMING_WORD = /^(?:did|does|also|already|never|still)$/u;

/** Lower-case words ending in "-ed" that are no past forms: "indeed", "hundred" (a capitalised one, "United", is a name). */
const ED_NON_VERBS = new Set(['indeed', 'hundred', 'sacred', 'naked', 'wicked', 'beloved']);

/** How many words the part before an interrupting frame may have and still be only a subject ("Russia", "The two largest banks"). */
const SUBJECT_WORDS = 6;

/** Adverbs that may stand between an auxiliary and its verb: "had also denied", "has repeatedly denied". */
const MID_ADVERB = /^(?:also|since|already|never|still|once|again|long|now|then|(?!(?:sup|re|ap|com|im|multi|ral)ply$|rely$)\p{Ll}{3,}ly)$/u;

/**
 * Where a clause a frame interrupted goes on, or -1. `before` is the clause's part before the
 * frame, `comma` the comma that closes the frame ("Russia, the official said, | had asked …").
 * The part before must be open: a subject alone (no auxiliary, no "-ed" verb, a few words) or a
 * subject and its auxiliary ("Russia had, …"). After a subject alone, the next word must be a
 * verb of the clause: an auxiliary, "never", "also", a past form not followed by "by" (", backed
 * by …" is a participle). A whole clause before the frame ("The fire was an accident, police
 * said, not arson") is what the frame reports, and what follows is no part of it. Nor does a
 * reporting verb resume it, after auxiliaries and adverbs or not ("Norway, officials said, had
 * also denied it would …" reports a denial, which the frame cannot carry).
 */
function resumedAt(text: string, before: string, comma: number, unitEnd: number): number {
  const m = /^,\s*(\p{Ll}+)((?:\s+[\p{L}'-]+){0,4})/u.exec(text.slice(comma, Math.min(unitEnd, comma + 80)));
  if (!m) return -1;
  const word = m[1] as string;
  const following = (m[2] ?? '').trim().toLowerCase().split(/\s+/u).filter(Boolean);
  const at = comma + m[0].length - (m[2] ?? '').length - word.length;
  const verbWord = [word, ...following].find((w) => !FINITE_AUXILIARY.has(w) && !MID_ADVERB.test(w));
  if (verbWord !== undefined && CUES.has(verbWord)) return -1;
  // Capitalised words are names ("The United Arab Emirates"), left out of the verb test.
  const words = before.trim().split(/\s+/u).map((w) => (/^\p{Lu}/u.test(w) ? '' : w.toLowerCase().replace(/[^\p{L}'-]/gu, '')));
  if (FINITE_AUXILIARY.has(words[words.length - 1] ?? '')) return at;
  const pastForm = (w: string): boolean => /\p{L}{3,}ed$/u.test(w) && !ED_NON_VERBS.has(w);
  const subjectOnly = words.length <= SUBJECT_WORDS && !words.some((w) => FINITE_AUXILIARY.has(w) || pastForm(w));
  const verb = FINITE_AUXILIARY.has(word) || ((RESUMING_WORD.test(word) || pastForm(word)) && following[0] !== 'by');
  return subjectOnly && verb ? at : -1;
}

/**
 * What a statement's span says, without a frame standing inside it: the frame's characters
 * are blanked, so offsets into the span still hold ("Russia, officials said, had asked …" reads
 * "Russia … had asked …").
 */
export function reportedWords(span: TextSpan, aside: TextSpan | undefined): string {
  if (!aside || aside.end <= span.start || aside.start >= span.end) return span.text;
  const from = Math.max(aside.start, span.start) - span.start;
  const to = Math.min(aside.end, span.end) - span.start;
  return span.text.slice(0, from) + ' '.repeat(to - from) + span.text.slice(to);
}

/** Moves a content start past "that", an optional addressee and time adverbials. */
function contentStart(text: string, tokens: Token[], cueIndex: number, kind: CueKind, unitEnd: number): number {
  const cue = tokens[cueIndex] as Token;
  const rest = tokens.slice(cueIndex + 1, cueIndex + 14);
  const colon = /^\s*:/u.exec(text.slice(cue.end, unitEnd));
  if (colon) return cue.end + colon[0].length;
  const thatAt0 = rest.findIndex((t) => t.lower === 'that');
  // "said Peru was aware that …": a verb before "that" means "that" opens an inner clause.
  // "said reports that …": "that" belongs to the noun, and the reports are what the content is about.
  // "believes Chinese officials knew … that …": a name right after a "say" cue opens the content, and its "that" is an inner clause's.
  const namedSubject = kind === 'say' && thatAt0 > 1 && (rest[0]?.capitalized ?? false) && !isCalendarWord(rest[0]?.lower ?? '');
  // "said the EU warned Turkey that …": a reporting verb before "that" owns it, and the clause starts after "said".
  const thatAt = namedSubject || rest.slice(0, Math.max(0, thatAt0)).some((t) => CLAUSE_OR_NOUN_BEFORE_THAT.test(t.lower) || (kind === 'say' && CUES.has(t.lower) && !NOUN_LIKE_CUES.has(t.lower))) ? -1 : thatAt0;
  const quoteBefore = (i: number): boolean => /["\u201C]/u.test(text.slice(cue.end, (rest[i] as Token).start));
  if (thatAt >= 0 && thatAt <= 9 && !quoteBefore(thatAt) && !/[.;]/u.test(text.slice(cue.end, (rest[thatAt] as Token).start))) {
    return (rest[thatAt] as Token).end;
  }
  // "expressed “unwavering support” for …": the speaker's own words, quoted, are the content.
  if (OBJECT_CUES.has(cue.lower) && !/^\s*(?:\S+\s+){0,2}?["\u201C]/u.test(text.slice(cue.end, unitEnd))) return -1;
  if (kind === 'addressee' && rest.length > 1) {
    // "warned Peru not to arm Chile" is a directive, not a reported claim.
    const toAt = rest.findIndex((t) => t.lower === 'to');
    if (toAt >= 0 && toAt <= 4 && rest.slice(0, toAt).every((t) => t.lower !== 'that')) return -1;
    // "warned (Beijing) of consequences if it …": what the addressee, if any, is warned or told of is the content.
    const ofAt = rest.findIndex((t) => t.lower === 'of');
    if (ofAt >= 0 && ofAt <= 3 && rest.slice(0, ofAt).every((t) => t.capitalized)) return (rest[ofAt] as Token).end;
    // "told reporters the plant would close": skip the addressee.
    let i = 0;
    while (i < Math.min(4, rest.length - 1) && !/^(?:the|a|an|it|he|she|they|we|there|this)$/u.test((rest[i + 1] as Token).lower) && !(rest[i + 1] as Token).capitalized) {
      // "warned Beijing would face …": a verb after the name makes it the clause's subject, not the one warned.
      // "told reporters prices would rise", "told fellow ministers spending cuts were needed": the addressee ends at its plural head, and the rest is the clause.
      if (FINITE_AUXILIARY.has((rest[i + 1] as Token).lower)) {
        const head = rest.slice(0, i).findIndex((t) => PLURAL_HEAD.test(t.lower));
        return i === 0 ? cue.end : (rest[Math.max(0, head)] as Token).end;
      }
      i++;
    }
    return (rest[i] as Token).end;
  }
  return cue.end;
}

function stripLeadingQuoteComma(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /[\s,:;]/u.test(text[start] as string)) start++;
  while (end > start && /[\s,.;:]/u.test(text[end - 1] as string)) end--;
  return trimmedSpan(text, start, end);
}

/** Every dismissive word of a text (DOUBT, searched globally). */
const EVERY_DOUBT = new RegExp(DOUBT.source, 'giu');
/** A verdict on a pointer ("it as baseless", "the reports as fake news"): it is about something said, not a request refused. */
const AS_VERDICT = new RegExp(`\\bas\\s+${VERDICT_LEAD}(?:${FALSITY.source}|${DOUBT.source})`, 'iu');
/** A verdict before what it is on ("dismissed as disinformation US claims that …"), to the word after it. */
const LEADING_VERDICT = new RegExp(`^as\\s+${VERDICT_LEAD}(?:${FALSITY.source}|${DOUBT.source})\\s+`, 'iu');
/** A verdict closing what is denied ("… as baseless and untrue"): not part of what is denied. */
const CLOSING_VERDICT = new RegExp(`[\\s,]+(?:as\\s+)?(?:(?:${FALSITY.source}|${DOUBT.source})(?:\\s+and\\s+)?)+[\\s.!?]*$`, 'iu');

/**
 * Whether a dismissive word is what the content says of something ("the US has been
 * spreading disinformation", "this was fake news", "there is no evidence"), not a word
 * used in passing ("a strategy to combat disinformation", "dismissing the concerns as disinformation").
 */
function doubtIsPredicated(folded: string): boolean {
  for (const m of folded.matchAll(EVERY_DOUBT)) {
    const before = folded.slice(0, m.index).trim();
    if (before === '' || /\b(?:spread\w*|peddl\w*|spew\w*|is|are|was|were|been|be|'s|pure|just|sheer|nothing but|amounts? to|more)$/iu.test(before) || /^(?:no evidence|malicious|sinister|ulterior)/iu.test(m[0])) return true;
  }
  return false;
}

/** A rejecting verb, after adverbs, that takes a clause: "(strongly and categorically) deny", "reject the claims that" ("we reject that …" is for "we" and "I" only, see REJECTED_THAT). */
const REJECTING_THAT = String.raw`(?:(?:\w+ly|and|also|again|still|once again)\s+){0,3}(?:den(?:y|ies|ied)|(?:den(?:y|ies|ied)|reject(?:s|ed)?|refute[sd]?)\s+(?:the|any|all|these|such)\s+(?:${HEARSAY_NOUN}))`;

/**
 * The speaker's own rejection of the clause after "that", opening what they said, up to it:
 * "we (categorically) deny that", "we reject the allegation that", "it is (completely) false
 * that", "it is a lie that". Not "it is wrong (absurd) that", a judgement of what happened, nor
 * "reject that proposal", a demonstrative, nor a denial by someone else ("Ford had denied that").
 * The clause must have three words, so "we deny that." stays a pointer.
 */
const REJECTED_THAT = new RegExp(
  String.raw`^["'\u201C\u2018]?\s*(?:(?:he|she|it|they)\s+${REJECTING_THAT}|(?:[^,;:"\u201D]{1,40}[,;:]\s*)?(?:(?:once again|again|also)\s+)?(?:we|i)\s+(?:${REJECTING_THAT}|(?:\w+ly\s+){0,2}(?:reject|refute))|(?:it|this)(?:\s+(?:is|was)|'s)\s+${VERDICT_LEAD}(?:false|untrue|not true|a lie|incorrect|baseless|groundless|unfounded))\s+that\s+(?=\S+\s+\S+\s+\S+)`,
  'iu',
);

/** "we neither confirm nor deny that …" opening what the speaker said: a doubt cast on what follows "that", up to it. */
const NEITHER_CONFIRMED_THAT = /^["'\u201C\u2018]?\s*(?:we|i|he|she|it|they)\s+(?:\w+\s+)?neither\s+confirm(?:s|ed)?\s+nor\s+den(?:y|ies|ied)\s+that\s+/iu;

/** An "it" that stands for a clause later in the sentence: "it was absurd that …", "it is clear that …", "it seems that …". */
/** Penalties a party may be threatened with, as a regular-expression alternation: the warning patterns below share it. */
const PENALTY_NOUNS = 'consequences|sanctions|retaliation|repercussions|penalties|punishment|reprisals|countermeasures';

/** Cues that warn: what they report is a danger to the party addressed. */
const WARNING_CUES = /^(?:warn|warns|warned|caution|cautioned)$/iu;

/**
 * An "it" clause that threatens its subject with a penalty ("it would face consequences", "it will
 * pay a heavy price", "it would incur sanctions"), past modals and adverbs: a threat is to the one
 * warned. Not what "it" chooses ("it would not pay for the wall", "it would bear the burden"), nor a
 * hardship it may be warning of ("it would face a shortage").
 */
export const WARNED_UNDERGOES = new RegExp(String.raw`^it\s+(?:(?:would|will|could|might|may|shall|must|also|then|only|surely|certainly|inevitably|soon|likely)\s+)*(?:(?:face|faces|faced|suffer|suffers|suffered|incur|incurs|incurred)\s+(?:["'\u201C\u2018]?[\p{L}-]+["'\u201D\u2019]?\s+){0,3}?["'\u201C\u2018]?(?:${PENALTY_NOUNS})|(?:pay|pays|paid)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?price)\b`, 'iu');

/** A penalty followed by its condition: "consequences if it …", "sanctions should it …", "fines unless it …". */
const PENALTY_CONDITION = new RegExp(String.raw`^[^,;]*?\b(?:${PENALTY_NOUNS}|costs|price|fines)["'\u201D\u2019]?\s+(?:if|should|unless)\b`, 'iu');

/** A penalty a party is warned of ("of consequences", "of 'severe' sanctions", "of a heavy price"): the party warned is the one who would undergo it. */
const WARNED_OF_PENALTY = new RegExp(String.raw`^["'\u201C\u2018]?(?:(?:a|an|the)\s+)?(?:[\p{L}-]+["'\u201D\u2019]?\s+){0,2}?(?:${PENALTY_NOUNS}|costs|price)\b`, 'iu');

const EXTRAPOSED_IT = /^it\s+(?:is|was|would be|will be|could be|might be|has been|had been|seems|seemed|appears|appeared)\s+(?:(?:\S+\s+){0,3}?(?:that|to|for)\s|(?:now\s+|not\s+|very\s+|quite\s+)?(?:clear|unclear|likely|unlikely|possible|impossible|certain|uncertain|obvious|evident|true|plain|doubtful)\b)/iu;

/**
 * A pointer that is what the content speaks of: short ("this", "the reports, too"), or the
 * subject of a verdict ("it is false", "these reports are lies"); not a pronoun subject of a
 * clause of its own ("it would cut imports next year").
 */
const POINTED_AT = new RegExp(String.raw`^(?:[^\s.!?]+(?:\s+[^\s.!?]+){0,2}[.!?]*$|(?:\S+\s+){1,3}?${VERDICT_COPULA}\b)`, 'iu');

/** A falsity verdict right after the pointer's verb: "it is false", "these reports are completely baseless", "that is a lie". */
const VERDICT_ON_POINTER = new RegExp(String.raw`^(?:\S+\s+){1,3}?${VERDICT_COPULA}\s+${VERDICT_LEAD}(?:${FALSITY.source})(?=\s*(?:[.,;:!?"'\u201D\u2019]|$|and\b|or\b))`, 'iu');

/** "no evidence that", up to what it says lacks support. */
const NO_EVIDENCE_THAT = new RegExp(`${NO_EVIDENCE.source}\\s+that\\s+`, 'iu');

/** Where a clause that opens `at` in `content` ends: before a joined clause (", and …", ", but …", "; …") or the closing punctuation. */
function clauseEnd(content: TextSpan, at: number): number {
  const joined = /,\s+(?:and|but|while|although|though|yet|as|because)\s|;/iu.exec(content.text.slice(at - content.start));
  return joined ? at + joined.index : content.end - closingLength(content.text);
}

/** Whether words call something false, and not "not false". */
function reportIsFalse(folded: string): boolean {
  return FALSITY.test(folded) && !NOT_FALSE.test(folded);
}

/** Where a verdict's predicate ends: a comma, a semicolon, or a word that opens another clause. */
const PREDICATE_END = /[,;]|\s(?:and|but|where|which|while|because|as|after|before|when)\s/u;

/**
 * A verdict on a report: "reports that Lima sold drones were false", "the claim that … is
 * baseless", "allegations that … are propaganda". What the report says (null when its words
 * cannot be found in `content`) and whether the verdict calls it false or only doubts it; null
 * for anything else. Read in what a speaker says and in a writer's own sentence alike.
 */
export function judgedReport(text: string, content: TextSpan): { span: TextSpan | null; falsity: boolean } | null {
  const folded = foldPunctuation(content.text).replace(/"/gu, '');
  const reports = REPORTS_THAT.exec(folded);
  if (!reports) return null;
  // The verdict is what the copula says of the report, up to the next clause: "were welcomed in
  // Cairo, where the ban was seen as wrong" calls nothing false.
  const predicate = folded.slice(reports[0].length).split(PREDICATE_END)[0] ?? '';
  const falsity = reportIsFalse(predicate);
  if (!falsity && !(DOUBT.test(predicate) && doubtIsPredicated(folded))) return null;
  const innerStart = content.text.indexOf(reports[1] as string) >= 0 ? content.start + content.text.indexOf(reports[1] as string) : -1;
  return { span: innerStart >= 0 ? trimmedSpan(text, innerStart, innerStart + (reports[1] as string).length) : null, falsity };
}

/** Decides stance and target from the content of a "said"-type statement. */
function stanceOfContent(text: string, unit: TextSpan, content: TextSpan): { stance: Stance; target: StatementTarget | null; sourceIsAgent?: boolean } {
  const folded = foldPunctuation(content.text).replace(/"/gu, '');
  const unitText = foldPunctuation(unit.text);
  const notDenied = NOT_DENIED.test(unitText);
  const falsity = reportIsFalse(folded);
  const doubt = DOUBT.test(folded) && doubtIsPredicated(folded);
  const judged = judgedReport(text, content);
  if (judged) {
    // "claims that it had sought drones were baseless": a pronoun subject is the speaker itself.
    const pronounClause = judged.span !== null && /^(?:it|they|we)\s+\S+\s+\S+/iu.test(judged.span.text);
    const target: StatementTarget | null = judged.span && (pronounClause || !POINTER.test(judged.span.text)) ? { kind: 'span', span: judged.span } : { kind: 'previous' };
    return { stance: judged.falsity && !notDenied ? 'denies' : 'disputes', target, sourceIsAgent: pronounClause };
  }
  // "we deny that Gazprom cut supplies", "it is false that …": the speaker rejects what follows
  // "that"; "we neither confirm nor deny that …" casts doubt on it.
  // Folded with its quotation marks, so that its offsets are the content's.
  const foldedContent = foldPunctuation(content.text);
  const thatClause = /\bthat\s/iu.test(folded) ? (REJECTED_THAT.exec(foldedContent) ?? NEITHER_CONFIRMED_THAT.exec(foldedContent)) : null;
  if (thatClause) {
    const at = content.start + thatClause.index + thatClause[0].length;
    const span = trimmedSpan(text, at, clauseEnd(content, at));
    if (span) return { stance: /\bneither\b/iu.test(thatClause[0]) ? 'disputes' : 'denies', target: { kind: 'span', span }, sourceIsAgent: false };
  }
  // Runs of spaces made one: the pattern looks behind its verb over spaces, which on a long run would take quadratic time.
  const spaced = folded.replace(/\s+/gu, ' ');
  const ownRejection = OWN_REJECTION.exec(spaced);
  // "he would not, for now, deny it": a rejection the words before it withhold.
  if (!notDenied && ((ownRejection && !rejectionWithheld(spaced.slice(0, ownRejection.index))) || BARE_NO.test(folded))) return { stance: 'denies', target: { kind: 'previous' } };
  // "it never received any request from Russia", "no such request was made": the denied proposition is the content itself, negated.
  if (!notDenied && NEVER_SO.test(folded)) {
    const onlyPointer = /\b(?:of|about)\s+(?:it|this|that|them|such (?:a |an )?\w+)\s*[.!]?$/iu.test(folded.trim());
    return onlyPointer ? { stance: 'denies', target: { kind: 'previous' } } : { stance: 'denies', target: { kind: 'span', span: content }, sourceIsAgent: /^(?:it|they|we|i)\s/iu.test(folded.trim()) };
  }
  // "it was absurd that …" opens on an "it" that stands for the clause after it, not for what came before.
  const trimmed = folded.trim();
  const pointer = POINTER.test(trimmed) && !EXTRAPOSED_IT.test(trimmed) && POINTED_AT.test(trimmed);
  // "this is false", "the reports were baseless": a verdict on the pointer itself, not "this was the wrong moment".
  if (pointer && falsity && !notDenied && VERDICT_ON_POINTER.test(trimmed)) return { stance: 'denies', target: { kind: 'previous' } };
  if (pointer && (doubt || notDenied)) return { stance: 'disputes', target: { kind: 'previous' } };
  if (doubt) {
    // "said there was no evidence that Lima had sold drones": a dispute of what follows.
    const lacking = NO_EVIDENCE_THAT.exec(foldedContent);
    const lackedAt = lacking ? content.start + lacking.index + lacking[0].length : -1;
    const lacked = lacking ? trimmedSpan(text, lackedAt, clauseEnd(content, lackedAt)) : null;
    if (lacked) return { stance: 'disputes', target: { kind: 'span', span: lacked } };
    // "said the US had been spreading disinformation": a dispute of what that party said.
    const party = /^\s*((?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*)/u.exec(content.text);
    if (party) {
      const span = trimmedSpan(text, content.start, content.start + (party[1] as string).length);
      if (span) return { stance: 'disputes', target: { kind: 'accused', party: span } };
    }
    return { stance: 'disputes', target: { kind: 'previous' } };
  }
  if (DECLINED_TO_CONFIRM.test(unitText)) return { stance: 'disputes', target: { kind: 'previous' } };
  return { stance: 'asserts', target: null };
}

/** Statement from a denial or dismissal verb: what follows the verb is what is denied. */
function deniedContent(text: string, unit: TextSpan, afterCue: number, kind: CueKind, cueText: string): { content: TextSpan; stance: Stance; target: StatementTarget | null; sourceIsAgent: boolean } | null {
  const tail = trimmedSpan(text, afterCue, unit.end);
  if (!tail) return null;
  const notDenied = NOT_DENIED.test(foldPunctuation(unit.text));
  const falsityInUnit = FALSITY.test(foldPunctuation(tail.text));
  const stance: Stance = kind === 'deny' && !notDenied ? 'denies' : falsityInUnit && !notDenied ? 'denies' : 'disputes';
  let start = tail.start;
  // "dismissed as disinformation US claims that …": the verdict may come before what it is on.
  const verdictFirst = LEADING_VERDICT.exec(foldPunctuation(tail.text));
  const afterVerdict = verdictFirst ? foldPunctuation(tail.text).slice(verdictFirst[0].length) : '';
  const shifted = verdictFirst ? DENY_OBJECT.exec(afterVerdict) : null;
  if (verdictFirst && shifted) start += verdictFirst[0].length;
  const obj = shifted ?? DENY_OBJECT.exec(foldPunctuation(tail.text));
  if (obj) start += obj[0].length;
  if (/^that\s/iu.test(text.slice(start, start + 5))) start += 5;
  // "Minister denies secret talks, says …": what is denied stops where the next statement starts
  // (a participle, "…, saying it has enough", stays with the denial it explains).
  // So does a clause joined with its own subject (", and Uganda neither confirmed nor denied it").
  const nextStatement = /,\s+(?:says|said|adds|added|insists|calls)\b|,\s+(?:and|but|while|although|though|yet)\s+(?=\p{Lu}|(?:it|he|she|they|we|i|the)\s)/u.exec(text.slice(start, unit.end));
  const end = nextStatement ? start + nextStatement.index : unit.end;
  const content = stripLeadingQuoteComma(text, { start, end, text: text.slice(start, end) });
  // "denied asking …", "denied that it had …": the source itself is the agent of what it denies.
  const gerund = content ? /^(?:\p{Ll}+ing|(?:it|they|he|she|we)\s)\b/u.test(content.text) : false;
  // "rejected the claim as baseless", "denied the reports": nothing but a pointer follows.
  // After a verb of untruth, a time, place or manner after the pointer is no part of what is denied ("denied it on Tuesday").
  const untrue = UNTRUE_CUES.test(cueText);
  const pointer = untrue ? withoutPointerAdjunct(foldPunctuation(tail.text)) : foldPunctuation(tail.text);
  // "denied it approval" gives, and takes nothing back.
  const twoObjects = untrue && TWO_OBJECTS.test(pointer.replace(/[.!,;]+$/u, ''));
  const onlyPointer = !twoObjects && (untrue ? POINTER_DENIED : POINTER).test(pointer) && /^\S+(?:\s+\S+)?(?:\s+as\b.*|\s*[.,;]?)$/u.test(pointer.replace(/^(?:any\s+)?(?:the|these|such|those)\s+(?:an?\s+)?/u, ''));
  // Without a statement noun or a verdict, the pointer may be a request refused ("The council denied it", "denied the request").
  const weak = onlyPointer && !STATEMENT_POINTER.test(pointer) && !AS_VERDICT.test(pointer);
  if (!content || (obj && /^as\b/iu.test(content.text)) || (onlyPointer && !obj)) {
    return { content: tail, stance, target: weak ? { kind: 'previous', speaker: 'doer' } : { kind: 'previous' }, sourceIsAgent: false };
  }
  if (obj && (!/\s/u.test(content.text.trim()) || ONLY_ADJUNCT.test(content.text.trim()))) return { content: tail, stance, target: { kind: 'previous' }, sourceIsAgent: false };
  // "called reports that it was preparing to sell arms baseless": the verdict is not part of what is denied.
  const verdict = CLOSING_VERDICT.exec(foldPunctuation(content.text));
  const claimed = verdict && verdict.index > 0 ? (trimmedSpan(text, content.start, content.start + verdict.index) ?? content) : content;
  return { content, stance, target: { kind: 'span', span: claimed }, sourceIsAgent: gerund };
}

function buildStatement(
  text: string,
  unit: TextSpan,
  quotes: QuoteSpan[],
  sourceSpan: TextSpan,
  source: SourceMention,
  cueText: string,
  kind: CueKind,
  content: TextSpan,
  aside?: TextSpan,
): RawStatement {
  content = withoutJoinedFrame(text, withoutSpeakersNextAct(text, content, kind));
  const q = quotes.find((x) => x.innerStart <= content.start + 1 && x.innerEnd >= content.end - 1);
  const direct = Boolean(q) || (content.text.startsWith('"') || content.text.startsWith('\u201C'));
  const base = { source, sourceSpan, cue: cueText, direct, openQuote: Boolean(q?.open), ...(aside ? { aside } : {}) };
  // "described the talks as candid": a characterisation dismisses only when its verdict does.
  const verdictFree = kind === 'dismiss' && CHARACTERISE.has(cueText.toLowerCase()) && !FALSITY.test(foldPunctuation(content.text)) && !DOUBT.test(foldPunctuation(content.text));
  if ((kind === 'deny' || kind === 'dismiss') && !verdictFree) {
    const afterCue = content.start === unit.start ? sourceSpan.end : content.start;
    // What is denied ends where a clause joined on with its own frame opens ("…, although customs data suggest otherwise").
    const joined = joinedFrame(text.slice(afterCue, unit.end));
    const denial = joined && joined.at > 0 ? { start: unit.start, end: afterCue + joined.at, text: text.slice(unit.start, afterCue + joined.at) } : unit;
    const d = deniedContent(text, denial, afterCue, kind, cueText);
    if (d) return { ...base, content: d.content, stance: d.stance, target: d.target, sourceIsAgent: d.sourceIsAgent };
  }
  if (kind === 'accuse') {
    const of = /\bof\s+/u.exec(text.slice(content.start, content.end));
    const party = of ? trimmedSpan(text, content.start, content.start + of.index) : null;
    const doubt = DOUBT.test(foldPunctuation(content.text));
    if (party && doubt) return { ...base, content, stance: 'disputes', target: { kind: 'accused', party }, sourceIsAgent: false };
    return { ...base, content, stance: 'asserts', target: null, sourceIsAgent: false };
  }
  // The stance is read without a frame inside the content ("The claim, the minister said, was false").
  const read = stanceOfContent(text, unit, { ...content, text: reportedWords(content, aside) });
  const { stance, sourceIsAgent } = read;
  // A target that is the whole content is the content as written (its aside left out where its words are read).
  const target: StatementTarget | null = read.target?.kind === 'span' && read.target.span.start === content.start && read.target.span.end === content.end ? { kind: 'span', span: content } : read.target;
  // "The minister warned Beijing that it would …": "it" is the party warned when it can be neither
  // the speaker nor the side the speaker is named for ("The Brazilian envoy", "the Statkraft
  // spokesman" speak for a side), or when that side is named in the clause itself ("The Japanese
  // envoy reminded Ottawa that it had asked Japan"). Not an "it" that stands for a clause ("told
  // Kenya that it would be a mistake to …").
  const speakersSide = (): string[] | null => (mayBeIt(source) ? null : analyzeProposition(sourceSpan.text).entities);
  const itClause = kind === 'addressee' && !direct && /^it\s/iu.test(content.text) && !EXTRAPOSED_IT.test(content.text);
  const sideOf = itClause ? speakersSide() : null;
  const unaligned = sideOf !== null && sideOf.length === 0 && !namesASide(source);
  const sideInClause = sideOf !== null && sideOf.length > 0 && analyzeProposition(content.text).entities.includes(sideOf[0] as string);
  // A warning tells its addressee what it will undergo ("The US warned China that it would face
  // consequences"): whoever warns, an "it" that faces, suffers or pays is the party warned.
  // So does one it is warned of ("warned China of consequences should it …").
  // Only a penalty on a condition: in "warned Kenya of the costs of raising prices" the raising is no act of Kenya's.
  const warnedOf = kind === 'addressee' && WARNING_CUES.test(cueText) && /\sof\s*$/u.test(text.slice(sourceSpan.end, content.start)) && WARNED_OF_PENALTY.test(content.text) && PENALTY_CONDITION.test(content.text);
  const undergoes = (itClause && WARNING_CUES.test(cueText) && WARNED_UNDERGOES.test(content.text)) || warnedOf;
  const addressee = unaligned || sideInClause || undergoes ? partyAddressed(text, sourceSpan, cueText, content) : null;
  if (addressee) return { ...base, content, stance, target, sourceIsAgent: false, innerAgentSpan: addressee };
  // "Peru said it is ready to help": a pronoun subject of the content is the speaker itself.
  const speakerIsSubject = stance === 'asserts' && SPEAKER_PRONOUN.test(content.text) && !direct;
  return { ...base, content, stance, target, sourceIsAgent: sourceIsAgent ?? speakerIsSubject };
}

/** The words between a cue and its content that name the party addressed ("warned Beijing on Monday that"), or null when they name none. */
function partyAddressed(text: string, sourceSpan: TextSpan, cueText: string, content: TextSpan): TextSpan | null {
  const between = text.slice(sourceSpan.end, content.start);
  const cueAt = between.indexOf(cueText);
  if (cueAt < 0) return null;
  const start = sourceSpan.end + cueAt + cueText.length;
  // The party, without the time or place after it ("warned Stockholm on Monday that").
  const words = text.slice(start, content.start).replace(/,.*$/su, '').replace(/\s*\bthat\s*$/u, '').replace(/\s+(?:on|in|at|during|after|before|last|this|early|late|via|by|over|of)\b.*$/su, '').replace(/(?:\s+(?:again|once more|\p{Ll}{3,}ly))+\s*$|[\s:,]+$/u, '');
  const span = trimmedSpan(text, start, start + words.length);
  // One party: a singular "it" is not "Norway and Sweden".
  return span && analyzeProposition(span.text).entities.length === 1 && !/\b(?:and|or)\b/iu.test(span.text) ? span : null;
}

/** Whether a speaker is named with a side by a capitalised word that is no title: "the Statkraft spokesman", "Anna Lind, chief executive of Equinor"; not "the Foreign Minister". */
function namesASide(source: SourceMention): boolean {
  const words = source.kind === 'person' ? (source.role ?? '') : source.kind === 'definite' || source.kind === 'group' ? source.text : '';
  return tokenize(words).some((t, i) => t.capitalized && !TITLE_WORDS.has(t.lower) && !(i === 0 && /^(?:the|a|an)$/iu.test(t.text)));
}

/** A relative clause set off by commas: ", which denies supplying arms,", ", who has denied wrongdoing,". */
export const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,]{0,80},/gu;

/** Words that open an adverbial clause with a subject of its own before a cue ("… as he described …", "… while officials said …"). */
const SUBORDINATE_OPENER = /^(?:,\s+)?(?:while|as|after|before|when|since|because|although|though|until)\s+$/u;

/** Words before a cue that join it to the sentence's first clause, whose subject it shares: "… and said", "…, but denied". */
const JOINS_TO_SUBJECT: ReadonlySet<string> = new Set(['and', 'but']);

/** The subject of a unit: the words before its first auxiliary or past-tense verb ("Peru" in "Peru has so far refrained …", "The minister" in "The minister declined …"), past an opener. */
function leadingSubject(text: string, unit: TextSpan, frame: Token[], before: number): TextSpan | null {
  const opener = OPENER.exec(unit.text);
  const from = unit.start + (opener ? opener[0].length : 0);
  // A past form ends the subject; not an adjective in "-ed" after a determiner or an adverb ("The embattled minister", "the newly elected president"), nor "hundred".
  const pastForm = (t: Token, i: number): boolean => !t.capitalized && /^\p{Ll}{3,}ed$/u.test(t.text) && t.lower !== 'hundred' && !/^(?:the|a|an|its|his|her|their)$|ly$/u.test(frame[i - 1]?.lower ?? '');
  const aux = frame.find((t, i) => t.start > from && t.start < before && (/^(?:has|have|had|is|are|was|were|will|would|also|did|does|do)$/u.test(t.lower) || pastForm(t, i)));
  if (!aux || aux.start - from > 80 || /[,;:]/u.test(text.slice(from, aux.start))) return null;
  return trimmedSpan(text, from, aux.start);
}

/** Verbs whose passive names the speaker after "by": "the claim was denied by the ministry", "a talk described by the State Department as candid". */
const PASSIVE_CUES = new Set(['denied', 'rejected', 'refuted', 'disputed', 'dismissed', 'questioned', 'described', 'called', 'branded', 'labelled', 'labeled', 'confirmed', 'reported', 'announced']);

/**
 * "X (was) denied by Y", "news denied by both companies", "a meeting described by Y as Z":
 * Y speaks, and what it speaks about is the noun phrase before the verb.
 */
function passiveStatement(text: string, unit: TextSpan, quotes: QuoteSpan[], frame: Token[]): RawStatement | null {
  for (let i = 1; i + 1 < frame.length; i++) {
    const verb = frame[i] as Token;
    if (!PASSIVE_CUES.has(verb.lower) || (frame[i + 1] as Token).lower !== 'by') continue;
    const after = text.slice((frame[i + 1] as Token).end, unit.end);
    const np = /^\s*([^,;:.]+?)(?=\s+as\b|[,;:.]|$)/u.exec(after);
    if (!np) continue;
    const at = (frame[i + 1] as Token).end + after.indexOf(np[1] as string);
    const sourceSpan = trimmedSpan(text, at, at + (np[1] as string).length);
    const source = sourceSpan ? readSourcePhrase(sourceSpan.text) : null;
    if (!sourceSpan || !source) continue;
    // What was denied: back to the clause boundary before the verb, without "was"/"were".
    const before = text.slice(unit.start, verb.start);
    const boundary = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    const subject = stripLeadingQuoteComma(text, { start: unit.start + boundary + 1, end: verb.start, text: '' });
    if (!subject) continue;
    const subjectText = subject.text.replace(/\s+(?:was|were|has been|have been|had been|is|are|being)$/u, '');
    const object = trimmedSpan(text, subject.start, subject.start + subjectText.length);
    // "As reported by the AP:" names a source but no statement.
    if (!object || !/\p{L}{3}/u.test(object.text) || /^(?:as|it|this|that)$/iu.test(object.text)) continue;
    const verdict = /^\s*as\s+(.+?)[.;]?$/u.exec(text.slice(sourceSpan.end, unit.end));
    const kind = CUES.get(verb.lower) ?? 'say';
    const content = verdict ? (trimmedSpan(text, unit.end - (verdict[1] as string).length - (text.slice(unit.start, unit.end).endsWith('.') ? 1 : 0), unit.end) ?? object) : object;
    if (kind === 'say' || (CHARACTERISE.has(verb.lower) && !FALSITY.test(foldPunctuation(content.text)) && !DOUBT.test(foldPunctuation(content.text)))) {
      return { source, sourceSpan, cue: verb.text, content, stance: 'asserts', target: null, sourceIsAgent: false, direct: Boolean(quotes.find((q) => q.innerStart <= content.start && q.innerEnd >= content.end)), openQuote: false };
    }
    const falsity = FALSITY.test(foldPunctuation(content.text));
    const stance: Stance = kind === 'deny' || falsity ? 'denies' : 'disputes';
    return { source, sourceSpan, cue: verb.text, content: object, stance, target: { kind: 'span', span: object }, sourceIsAgent: false, direct: false, openQuote: false };
  }
  return null;
}

/**
 * The clause a frame interrupts, `aside` being the frame with its commas: from the unit's start
 * to where a clause of its own is joined on after the frame ("Turnout, officials said, reached a
 * record, but the opposition disputed it": up to ", but").
 */
function interruptedClause(text: string, unit: TextSpan, asideStart: number, resumed: number): { content: TextSpan; aside: TextSpan } | null {
  if (resumed < 0) return null;
  const aside = { start: asideStart, end: resumed, text: text.slice(asideStart, resumed) };
  const whole = stripLeadingQuoteComma(text, { start: unit.start, end: unit.end, text: '' });
  if (!whole) return null;
  const content = trimmedSpan(text, whole.start, clauseEnd(whole, aside.end));
  return content && content.end > aside.end ? { content, aside } : null;
}

/** Text after an "Asked [by CNN] if/whether/about ..." opener: what the speaker was asked about. */
export function askedAbout(text: string, unit: TextSpan): TextSpan | null {
  // Each optional word takes its own spaces, and the question opens on a word: a long run of spaces is read once.
  const m = /^Asked (?:by [^,]{1,40}? )?(?:if|whether|about|to confirm|to comment on)\s+(?:(?:he|she|they|it)\s+)?(?:(?:could|would|can)\s+)?(?:(?:clarify|confirm|say)\s+)?(?:(?:whether|if|that)\s+)?(\S[^,]*),/u.exec(foldPunctuation(unit.text));
  if (!m) return null;
  const at = unit.start + m[0].indexOf(m[1] as string);
  return trimmedSpan(text, at, at + (m[1] as string).length);
}

/**
 * Finds the reported statement in one unit of text (a sentence, or several joined by a
 * quotation), or null for narration. Handles quote-first ("…," he said), source-first
 * (X said that …; X said: "…"), trailing (…, officials said), "according to" and
 * "citing" forms, denials and dismissals. `quotes` are the quotations of the paragraph.
 */
export function parseStatement(text: string, unit: TextSpan, quotes: QuoteSpan[]): RawStatement | null {
  // "Did Kenya deny it?", "Why did the airline deny it?": the writer asks; nobody says anything.
  // ("Kenya denied it, so who did?" still says something.)
  if (QUESTION.test(unit.text)) return null;
  const found = findStatement(text, unit, quotes);
  if (!found) return found;
  const beforeCue = text.slice(unit.start, cueStart(text, unit, found));
  // "The minister declined to say whether …", "Nobody said that …": nothing was said.
  if (found.stance === 'asserts') return found.cue !== 'according to' && sayingWithheld(beforeCue) ? null : found;
  return rejectionWithheld(beforeCue) ? { ...found, withheld: true } : found;
}

/** A sentence that is a question from its first word. */
const QUESTION = /^\s*["\u201C]?(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|why|how|what|who|when|where|which)\b[^?]*\?\s*$/iu;

/** Where a statement's cue stands: after its source ("Tokyo has not denied …"), else before it ("…," said Mr X). */
function cueStart(text: string, unit: TextSpan, statement: RawStatement): number {
  const source = statement.sourceSpan ?? { start: unit.start, end: unit.start };
  // Searched within the unit only: past its end the page's rest would be read for every statement.
  const after = text.slice(source.end, unit.end).indexOf(statement.cue);
  if (after >= 0) return source.end + after;
  const before = text.lastIndexOf(statement.cue, source.start);
  return before >= unit.start ? before : unit.start;
}

/** parseStatement before the words ahead of its cue are weighed. */
function findStatement(text: string, unit: TextSpan, quotes: QuoteSpan[]): RawStatement | null {
  const inQuote = (pos: number): boolean => quotes.some((q) => pos >= q.start && pos < q.end);
  const frame = tokenize(text.slice(unit.start, unit.end), unit.start).filter((t) => !inQuote(t.start));
  const unitQuotes = quotes.filter((q) => q.start < unit.end && q.end > unit.start);
  const asked = askedAbout(text, unit);
  const withAsked = (s: RawStatement | null): RawStatement | null =>
    s && asked && s.target?.kind === 'previous' ? { ...s, target: { kind: 'span', span: asked } } : s;

  // "According to X, ..." / "..., according to X."
  for (let i = 0; i + 1 < frame.length; i++) {
    if ((frame[i] as Token).lower !== 'according' || (frame[i + 1] as Token).lower !== 'to') continue;
    const afterTo = (frame[i + 1] as Token).end;
    const comma = text.indexOf(',', afterTo);
    const npEnd = comma > 0 && comma < unit.end ? comma : unit.end;
    const sourceSpan = trimmedSpan(text, afterTo, npEnd);
    const source = sourceSpan ? readSourcePhrase(sourceSpan.text.replace(/[.!?]+$/u, '')) : null;
    if (!sourceSpan || !source) continue;
    const leading = (frame[i] as Token).start - unit.start < 4;
    // "Russia had, according to US officials, asked …": the clause goes on after the frame.
    // The comma that opens the frame, searched within the unit only.
    const openingComma = leading ? -1 : unit.start + text.slice(unit.start, (frame[i] as Token).start).lastIndexOf(',');
    const opensFrame = openingComma >= unit.start && text.slice(openingComma + 1, (frame[i] as Token).start).trim() === '';
    const resumed = opensFrame ? resumedAt(text, text.slice(unit.start, openingComma), npEnd, unit.end) : -1;
    const interrupted = interruptedClause(text, unit, openingComma, resumed);
    if (interrupted) return withAsked(buildStatement(text, unit, quotes, sourceSpan, source, 'according to', 'say', interrupted.content, interrupted.aside));
    const content = leading ? stripLeadingQuoteComma(text, { start: npEnd, end: unit.end, text: '' }) : stripLeadingQuoteComma(text, { start: unit.start, end: (frame[i] as Token).start, text: '' });
    if (content) return withAsked(buildStatement(text, unit, quotes, sourceSpan, source, 'according to', 'say', content));
  }

  // "Reuters quoted a US official as saying (that) …": the one quoted speaks, what follows is said.
  const quoted = QUOTED_AS_SAYING.exec(text.slice(unit.start, unit.end));
  // Only as the sentence's own frame: "The ministry denied the paper had quoted …", "wrongly quoted …" are not.
  const quoter = quoted ? text.slice(unit.start, unit.start + quoted.index).trim() : '';
  if (quoted && !inQuote(unit.start + quoted.index) && readSourcePhrase(quoter) !== null && !frame.some((t) => t.start < unit.start + quoted.index && CUES.has(t.lower)) && !MISREPORTED.test(quoter)) {
    const at = unit.start + quoted.index + quoted[0].indexOf(quoted[1] as string);
    const sourceSpan = trimmedSpan(text, at, at + (quoted[1] as string).length);
    const source = sourceSpan ? readSourcePhrase(sourceSpan.text) : null;
    const content = stripLeadingQuoteComma(text, { start: unit.start + quoted.index + quoted[0].length, end: unit.end, text: '' });
    if (sourceSpan && source && content) return withAsked(buildStatement(text, unit, quotes, sourceSpan, source, 'saying', 'say', content));
  }

  const passive = passiveStatement(text, unit, quotes, frame);
  if (passive) return withAsked(passive);
  // Each frame token's cue kind, worked out once: both loops below read it.
  const cueKinds = frame.map((t, i) => isCueToken(t, frame[i + 1], text));
  const cueIndexes = cueKinds.map((k, i) => (k ? i : -1)).filter((i) => i >= 0);
  const tailCueIndexes = frame.map((t, i) => (cueKinds[i] || (!t.capitalized && QUOTE_TAIL_CUES.has(t.lower) && unitQuotes.length > 0) ? i : -1)).filter((i) => i >= 0);
  // Quote first or content first, source after: "…," Mr X said. / "…," said Mr X. / …, officials said.
  for (const ci of tailCueIndexes) {
    const cue = frame[ci] as Token;
    const kind = cueKinds[ci] ?? 'say';
    if (kind === 'deny' || kind === 'accuse') continue;
    const before = text.slice(unit.start, cue.start);
    const commaAt = Math.max(before.lastIndexOf(','), before.lastIndexOf('"'), before.lastIndexOf('\u201D'));
    if (commaAt < 0) continue;
    const commaPos = unit.start + commaAt;
    const afterCue = text.slice(cue.end, unit.end);
    // "the Minister said, “…”": the quotation follows, so the cue opens a statement, not closes one.
    if (/^\s*[,:]?\s*["\u201C\u2018]/u.test(afterCue)) continue;
    // Nothing clause-like may follow the cue: "…, he said." or "…, he told AFP on condition of anonymity."
    const trailing = afterCue.split(',')[0] ?? '';
    // … and no verb of its own: "say Ottawa has stopped …" opens a reported clause, it does not close one.
    if (/\bthat\b|:|["\u201C\u201D]|\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does)\b/u.test(trailing) || trailing.trim().split(/\s+/u).length > 8) continue;
    let sourceSpan = trimmedSpan(text, commaPos + 1, cue.start);
    let inverted = false;
    if (!sourceSpan || sourceSpan.text.replace(/[",\s\u201D]/gu, '') === '') {
      // Inverted ("…," said Mr X) only right after a closing quotation.
      if (!/[,.?!]["\u201D]\s*$|["\u201D],\s*$/u.test(before)) continue;
      // The phrase runs to the end, with an appositive role ("said Tom Reyes, a port spokesman"),
      // but not into a relative clause ("said coach Ana Lind, who joined …").
      const relative = /,\s+(?:who|which|whose|where|when)\b|,\s+(?:adding|saying|noting|referring)\b/u.exec(text.slice(cue.end, unit.end));
      const npEnd = relative ? cue.end + relative.index : unit.end;
      sourceSpan = trimmedSpan(text, cue.end, npEnd);
      inverted = true;
    }
    if (!sourceSpan) continue;
    const npText = sourceSpan.text.replace(/^["\u201D,\s]+/u, '').replace(/[.!?]+$/u, '');
    // "…, while Ethiopian officials said shipments arrived": a joined clause with its own frame, not who said what came before.
    if (!inverted && /^(?:but|while|whereas|though|although|yet)\s/iu.test(npText)) continue;
    // "…, as analysts said Honda's fell": "as" opens a clause of its own; ", as officials said (on Tuesday)." attributes what came before.
    // After "told" the words that follow are whom it was told ("as prosecutors told the court on Monday").
    if (!inverted && /^as\s/iu.test(npText) && kind !== 'addressee' && trailing.trim() !== '' && !TRAILING_ADJUNCT.test(trailing.trim())) continue;
    const trimmed = npText.split(/\s+/u).filter((w) => !ADVERBIAL_BEFORE_CUE.has(w.toLowerCase())).join(' ');
    const source = readSourcePhrase(trimmed);
    if (!source) continue;
    const contentEnd = inverted ? cue.start : commaPos + 1;
    const q = unitQuotes.find((x) => x.end <= contentEnd + 1 && x.end >= contentEnd - 2);
    // "Russia, the official said, had asked …": the clause goes on after the frame.
    const commaAfter = afterCue.indexOf(',');
    const resumed = !inverted && !q && commaAfter >= 0 && text.charAt(commaPos) === ',' ? resumedAt(text, text.slice(unit.start, commaPos), cue.end + commaAfter, unit.end) : -1;
    const interrupted = interruptedClause(text, unit, commaPos, resumed);
    if (interrupted) return withAsked(buildStatement(text, unit, quotes, sourceSpan, source, cue.text, kind, interrupted.content, interrupted.aside));
    const content = q ? stripLeadingQuoteComma(text, { start: q.innerStart, end: q.innerEnd, text: '' }) : stripLeadingQuoteComma(text, { start: unit.start, end: commaPos, text: '' });
    if (!content || content.text.length < 3) continue;
    const realSourceSpan = trimmedSpan(text, sourceSpan.start + sourceSpan.text.indexOf(npText.slice(0, 3)), sourceSpan.end) ?? sourceSpan;
    return withAsked(buildStatement(text, unit, quotes, realSourceSpan, source, cue.text, kind, content));
  }

  // Source first: X said (that) …; X said: "…"; X denied …; X accused Y of …
  // A cue inside a participial opener ("Having denied the reports, …") or a relative clause set
  // off by commas ("The minister, who has denied wrongdoing, said …") is not the sentence's frame.
  // A cue in a relative clause is read only when the sentence has no frame of its own, and what it
  // reports ends with the clause ("Turkey, which has denied supplying drones, faces sanctions").
  const opener = PARTICIPIAL_OPENER.exec(unit.text);
  const asides = [...unit.text.matchAll(RELATIVE_ASIDE)].map((m) => [unit.start + (m.index ?? 0), unit.start + (m.index ?? 0) + m[0].length] as const);
  const asideOf = (t: Token): readonly [number, number] | undefined => asides.find(([from, to]) => t.start > from && t.start < to);
  const inOpener = (t: Token): boolean => opener !== null && t.start < unit.start + opener[0].length;
  const setOff = (t: Token): boolean => inOpener(t) || asideOf(t) !== undefined;
  const ordered = [...cueIndexes.filter((ci) => !setOff(frame[ci] as Token)), ...cueIndexes.filter((ci) => asideOf(frame[ci] as Token) !== undefined)];
  for (const ci of ordered) {
    const cue = frame[ci] as Token;
    const kind = cueKinds[ci] as CueKind;
    const aside = asideOf(cue);
    const scope: TextSpan = aside ? { start: unit.start, end: aside[1] - 1, text: text.slice(unit.start, aside[1] - 1) } : unit;
    let npEndIndex = ci;
    while (npEndIndex > 0 && isAdverbialBeforeCue(frame[npEndIndex - 1] as Token)) npEndIndex--;
    if (npEndIndex === 0) continue;
    // "Peru has refrained from … and has said …", "Kenya did not reveal the figures, but denied …":
    // the cue shares the sentence's subject.
    if (JOINS_TO_SUBJECT.has((frame[npEndIndex - 1] as Token).lower)) {
      const subject = leadingSubject(text, scope, frame, (frame[npEndIndex - 1] as Token).start);
      const source = subject ? readSourcePhrase(subject.text) : null;
      const cStart = contentStart(text, frame, ci, kind, scope.end);
      const content = cStart >= 0 ? stripLeadingQuoteComma(text, { start: cStart, end: scope.end, text: '' }) : null;
      if (subject && source && content && content.text.length >= 3) return withAsked(buildStatement(text, scope, quotes, subject, source, cue.text, kind, content));
      // Without a subject found, nobody is named: the words before "and" are a clause, not a source.
      continue;
    }
    const npEnd = (frame[npEndIndex - 1] as Token).end;
    // Try the longest phrase first: from the unit start (past an opener such as "On Monday,"
    // or "Asked …,"), then from each later clause boundary.
    const starts = [scope.start];
    // Where an adverbial clause opens ("… as he described …"): its own subject speaks, not the main clause's words.
    let subordinateFrom = -1;
    for (const m of text.slice(scope.start, npEnd).matchAll(/,\s+(?:and\s+|but\s+)?|;\s+|\b(?:and|but|while|as|after|before|when|since|because|although|though|until|that)\s+/gu)) {
      const at = scope.start + (m.index ?? 0) + m[0].length;
      // Not "such as", "as well as", "so as": no clause opens there.
      const compound = /\b(?:such|well|so)\s+$/iu.test(text.slice(unit.start, unit.start + (m.index ?? 0)));
      if (SUBORDINATE_OPENER.test(m[0]) && !compound && readSourcePhrase(text.slice(at, npEnd).trim())) subordinateFrom = starts.length;
      starts.push(at);
    }
    if (subordinateFrom > 0) starts.splice(0, subordinateFrom);
    for (const s of starts) {
      // "Kenya sold maize, as officials said …": a phrase with a clause joined in it names no source; a later start may.
      if (inQuote(s) || OPENER.test(text.slice(s, npEnd)) || /,\s+(?:as|while|whereas|but|though|although)(?:\s|$)/iu.test(text.slice(s, npEnd))) continue;
      // "The airline denied the union's claims that …": a phrase with a denial in it is that denial's frame, not a source.
      if (cueIndexes.some((j) => j < ci && (frame[j] as Token).start >= s && !setOff(frame[j] as Token) && (cueKinds[j] === 'deny' || cueKinds[j] === 'dismiss'))) continue;
      // "The ministry, quoted by local media, said …": the one who speaks, without who quotes it.
      const quotedBy = /,\s*(?:quoted|cited)\s+by\b/u.exec(text.slice(s, npEnd));
      const sourceSpan = trimmedSpan(text, s, quotedBy ? s + quotedBy.index : npEnd);
      if (!sourceSpan) continue;
      const source = readSourcePhrase(sourceSpan.text);
      if (!source) continue;
      // "Several papers reported the request", "the Pentagon confirmed the reports on Monday": a report of what was said before.
      const pointer = REPORTING_OBJECT_CUES.test(cue.text) && !NOT_DONE_BEFORE_CUE.test(text.slice(scope.start, cue.start)) && !MISREPORTED.test(scope.text) ? reportedPointer(text, cue.end, scope.end) : null;
      // Confirming what was said asserts it, whoever confirms; reporting it does only for another's deed (the accused discloses).
      const target: StatementTarget = /^report/iu.test(cue.text) ? { kind: 'previous', speaker: 'other' } : { kind: 'previous' };
      if (pointer) return withAsked({ source, sourceSpan, cue: cue.text, direct: false, openQuote: false, content: pointer, stance: 'asserts', target, sourceIsAgent: false });
      if (REPORTING_OBJECT_CUES.test(cue.text) && judgedPointer(text, cue.end, scope.end)) break;
      const cStart = contentStart(text, frame, ci, kind, scope.end);
      if (cStart < 0) break;
      // "Nairobi denied it, although customs data suggest otherwise": the joined clause is another statement.
      const whole = stripLeadingQuoteComma(text, { start: cStart, end: scope.end, text: '' });
      const content = whole && withoutJoinedFrame(text, whole);
      // "Moscow denied it.": a bare "it" is a pointer too, when the sentence is the denial; after
      // ", but" it may refuse what was asked ("asked for gas, but Ottawa denied it").
      const bareIt = (s === scope.start || LEAD_IN.test(text.slice(scope.start, s))) && !/[,;]/u.test(sourceSpan.text) && UNTRUE_CUES.test(cue.text) && /^it$/iu.test(content?.text ?? '') && !NOT_DONE_BEFORE_CUE.test(text.slice(scope.start, cue.start));
      if (!content || (content.text.length < 3 && !bareIt)) continue;
      // "denied it permission": a refusal that gives nothing back, no statement.
      // "Nairobi, which initially denied it, later admitted it": the pointer's sentence goes on with a clause of its own.
      if (UNTRUE_CUES.test(cue.text) && (TWO_OBJECTS.test(withoutPointerAdjunct(foldPunctuation(content.text))) || /^it\s*,(?!\s*(?:saying|adding|insisting|citing)\b)/iu.test(content.text))) break;
      const built = buildStatement(text, scope, quotes, sourceSpan, source, cue.text, kind, content);
      // A pointer that holds only for some speakers needs its speaker named alone ("Weeks passed before Nairobi", "The request, and Nairobi" are not): a later start may.
      if (built.target?.kind === 'previous' && built.target.speaker && !NAMED_ALONE.test(sourceSpan.text.replace(/^(?:but|and|yet|still|however)\s*,?\s+/iu, ''))) continue;
      return withAsked(built);
    }
  }

  // A unit that is nothing but a quotation: its source comes from a neighbour.
  const only = unitQuotes[0];
  if (unitQuotes.length === 1 && only && frame.length === 0) {
    const content = trimmedSpan(text, Math.max(only.innerStart, unit.start), Math.min(only.innerEnd, unit.end));
    if (content) {
      const { stance, target } = stanceOfContent(text, unit, content);
      return { source: null, sourceSpan: null, cue: '', content, stance, target, sourceIsAgent: false, direct: true, openQuote: only.open };
    }
  }
  return null;
}

/** A unit that only names a speaker ("Ms Lind said."): the source of the quote before it. */
export function parseBareAttribution(text: string, unit: TextSpan): { source: SourceMention; sourceSpan: TextSpan; cue: string } | null {
  const m = /^(.{1,80}?)\s+(said|says|added|explained|stressed|told reporters|wrote|insisted|warned)\.?$/u.exec(foldPunctuation(unit.text));
  if (!m) return null;
  const sourceSpan = trimmedSpan(text, unit.start, unit.start + (m[1] as string).length);
  const source = sourceSpan ? readSourcePhrase(sourceSpan.text) : null;
  return source && sourceSpan ? { source, sourceSpan, cue: m[2] as string } : null;
}

/** Cues that wrap a proposition without being part of it ("suggested", "agreed" are claims themselves). */
const WRAPPER_CUES = new Set(['say', 'says', 'said', 'told', 'tells', 'warned', 'warns', 'notified', 'informed', 'assessed', 'believe', 'believes', 'believed', 'reported', 'claimed', 'claims', 'stated', 'added', 'concluded', 'found', 'according to', 'thinks', 'think', 'estimated']);

/** Sources that only relay others' words: "media reports said the US warned …" is the US speaking. */
const RELAY_SOURCE = /\b(?:reports?|media|outlets?|newspapers?|press|broadcasters?)\b/iu;

/**
 * Strips reported-speech wrappers nested inside a statement's content ("the US warned
 * allies that Peru had …", "intelligence had assessed that …") so the content
 * is the proposition itself. Returns the innermost content and, where the outer source
 * only relays (media reports), the inner source that should speak instead. A rejection
 * inside ("officials said Norway denied …") stands for the whole, as its own speaker's.
 */
export function unwrapReportedSpeech(text: string, statement: RawStatement): RawStatement {
  let current = statement;
  for (let depth = 0; depth < 3; depth++) {
    // A content with the frame inside it ("Russia, officials said, had asked …") holds no other frame to strip.
    if (current.stance !== 'asserts' || current.direct || current.aside) break;
    const inner = parseStatement(text, current.content, findQuotes(text, current.content));
    if (!inner || !inner.source || !inner.sourceSpan) break;
    // "Officials said Norway denied it would …": a rejection the content reports.
    const rejection = inner.stance !== 'asserts' && !inner.withheld;
    if (!rejection && (inner.stance !== 'asserts' || !WRAPPER_CUES.has(inner.cue.toLowerCase()))) break;
    // The inner source must open the content (after an opener such as "On Monday,").
    const lead = text.slice(current.content.start, inner.sourceSpan.start);
    if (lead.length > 0 && !OPENER.test(lead + ',') && !/^(?:while|as|that|and)\s+$/iu.test(lead)) break;
    // The rejection is its own speaker's, and what it rejects is the sentence's stance: the report
    // of it only relays it. Not when what it would reject is neither a pointer ("it") nor a clause
    // ("said Kenya denied it and bought …", "denied that, and India sold …"): the report's words
    // are then read as they stand.
    const rejected = inner.target?.kind === 'span' ? inner.target.span.text : '';
    const noClause = /^(?:and|but)\b|^(?:it|this|that|them)\s*(?:,|and\b|but\b)/iu.test(rejected);
    const rejectsClause = inner.target?.kind === 'previous' || /^(?:it|this|that|them)$/iu.test(rejected) || (!noClause && rejected.split(/\s+/u).length >= 3);
    if (rejection && rejectsClause) return inner;
    if (rejection) break;
    const relay = current.sourceSpan !== null && RELAY_SOURCE.test(current.sourceSpan.text);
    const innerAgentSpan = inner.sourceIsAgent ? inner.sourceSpan : inner.innerAgentSpan;
    // The outer content's doer goes with it; the inner content's own doer and aside come along.
    const { innerAgentSpan: _outerAgent, ...outer } = current;
    current = relay ? { ...inner, cue: inner.cue } : { ...outer, content: inner.content, target: inner.target, ...(innerAgentSpan ? { innerAgentSpan } : {}), ...(inner.aside ? { aside: inner.aside } : {}) };
  }
  return current;
}
