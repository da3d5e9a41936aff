import { ALIAS_FIRST_WORDS, ENTITY_ALIASES, LONGEST_ALIAS_WORDS } from '../lexicon/gazetteer';
import { NEGATORS, STOPWORDS } from '../lexicon/stopwords';
import type { VerbLexicon } from '../lexicon/relatedTerms';
import { CUES } from '../lexicon/reportingCues';
import { HEARSAY_NOUN } from '../lexicon/statementNouns';
import { PHRASES, termsOf } from '../lexicon/terms';
import { TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles';
import { foldPunctuation } from '../text/fold';
import { stem, tokenize, type Token } from '../text/tokens';

/**
 * What a clause says, reduced to what survives rewording: its concepts, the entities it
 * involves in agent-first order, its main action and whether it is negated. Claims and
 * page sentences are both reduced to this before they are compared.
 */
export interface Proposition {
  /** Terms (Porter stems; numbers as digits), unique, in text order. */
  terms: string[];
  /** Countries and bodies (gazetteer ids), unique, the agent first. */
  entities: string[];
  /** The first action (a stem of a word used mostly as a verb, not after "the", "of", …). */
  predicate: string | null;
  /** The clause contains a negator ("not", "never", "no"). */
  negated: boolean;
  /** Entities on the doing side of the action (before it, or "by X"). */
  agents: string[];
  /** Entities on the receiving side of the action. */
  patients: string[];
  /** Terms said only under a condition ("if it helps Russia evade sanctions"): kept in the index, which stores no layout; absent when none are. */
  conditional?: string[];
  /** The condition is negated ("if it does not cut …", "unless it cuts …", "if it fails to cut …"); absent otherwise. */
  conditionNegated?: true;
  /**
   * Where each term and entity stands (token index), and the parties named as doers
   * whatever their place ("by X"): lets roles be read around another action word. Page
   * sentences only; the index does not store it.
   */
  layout?: PropositionLayout;
}

/** Positions of a proposition's terms and entities (see Proposition.layout). */
export interface PropositionLayout {
  /** Every place each entity stands, in text order (a party may be named twice: "India's minister … to India"). */
  entityAt: number[][];
  /**
   * Parties named as doers by the grammar, with the token of the verb they are the doer of:
   * "was waged by Russia" makes Russia the doer of "waged" only; an agent implied by the
   * sentence's frame ("[Peru] denied asking …") is the doer of the clause's first action.
   * `converse`: named by "from" after a converse verb ("bought drones from Iran"), so the one a transfer comes from.
   */
  explicitAgents: { id: string; of: number; converse: boolean }[];
  /** Token places of actions the clause says were refused, declined or failed ("refused to sell": the place of "sell"). */
  refusedAt: number[];
  /** Token places of actions the clause only weighs or intends ("is considering selling", "plans to sell": the place of "sell"). */
  intendedAt: number[];
  /** Token places inside a condition or an open question ("if China provides weapons, …", "unclear whether it sold …"): nothing there is said to have happened. */
  conditionalAt: number[];
  /** Every token place of each term, in `terms` order, the first first (a verb may be refused in one place and done in another). */
  termPlaces: number[][];
  /** Token places of the negators that count toward `negated`. */
  negatorsAt: number[];
  /** Token places of words that open an adverbial clause ("after", "as", "because"): a negation before one does not reach past it. */
  subordinatorsAt: number[];
  /** Token places of an "and" or "so" after a comma that opens a clause with its own subject (", and the EU will …"): no negation reaches past it. */
  clauseJoinsAt: number[];
  /** Token places of reporting verbs ("said", "told", "denied"): who speaks is named before the last. */
  cuesAt: number[];
  /** Token places of words that open a clause embedded after another word ("that", "which", "about having"): a negation after one is that clause's. */
  embeddedAt: number[];
  /** Token places of "which" or "who" right after a comma: a relative clause set off by commas ("Egypt, which has not commented, arrested …"). */
  asideOpenersAt: number[];
  /** Token places of words followed by a comma, semicolon or colon. */
  commasAt: number[];
  /** Token places of words after "any" or "no" ("any request", "no such request"): every act or thing of that kind. */
  anyAt: number[];
}

interface EntityHit {
  id: string;
  tokenIndex: number;
  length: number;
}

/** The gazetteer entity starting at token i, longest alias first; aliases must be capitalised. */
function entityAt(tokens: Token[], i: number): EntityHit | null {
  const first = tokens[i] as Token;
  if (!first.capitalized || !ALIAS_FIRST_WORDS.has(first.lower)) return null;
  for (let n = Math.min(LONGEST_ALIAS_WORDS, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    const alias = words.map((t) => t.lower).join(' ');
    const id = ENTITY_ALIASES.get(alias);
    if (!id) continue;
    // Two-letter aliases must be written in capitals: "US" is the country, "us" is a pronoun.
    if (n === 1 && alias.length <= 3 && first.text.replace(/\./gu, '') !== first.text.replace(/\./gu, '').toUpperCase()) continue;
    return { id, tokenIndex: i, length: n };
  }
  return null;
}

/**
 * The first country or body a phrase names, wherever it stands and whatever follows it: the
 * side a role gives its holder ("US National Security Adviser", where a clause would read a
 * person), null when it names none.
 */
export function firstPartyNamed(phrase: string): string | null {
  const tokens = tokenize(phrase);
  for (let i = 0; i < tokens.length; i++) {
    const hit = entityAt(tokens, i);
    if (hit) return hit.id;
  }
  return null;
}

/** Words before a noun: an action word after them is a thing ("the request", "of help"). */
const NOUN_MARKERS = new Set(['the', 'of', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'any', 'such', 'in', 'on', 'for', 'with', 'without', 'about']);

/** Words after which a word is a verb: auxiliaries, modals, "to". */
// Not forms of "be": "was open", "is ready" are states, not actions.
const VERB_MARKERS = new Set(['to', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do', 'not', "n't", 'never', 'also', 'reportedly', 'allegedly']);

/** Forms of "be": a "by X" after one names the doer of a passive ("was requested by Lima"). */
const BE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The part of a statement that carries its proposition: the first sentence, without a
 * trailing relative clause (", which has turned to …") or an aside between dashes; with
 * `keepExamples`, examples (", including drones") stay, since outlets often restate a claim
 * by its example.
 */
function mainProposition(text: string, keepExamples: boolean): string {
  let t = text;
  const sentenceEnd = /[.!?]["')\]]?\s+(?=["(]?\p{Lu})/u.exec(t);
  if (sentenceEnd && sentenceEnd.index > 20) t = t.slice(0, sentenceEnd.index + 1);
  const relative = keepExamples ? /,\s+(?:which|who|whom|whose|where)\s/u.exec(t) : /,\s+(?:which|who|whom|whose|where|including|such as)\s/u.exec(t);
  if (relative && relative.index > 20) t = t.slice(0, relative.index);
  // Each run of spaces is tried from its start only ((?<!\s)): a long run is read once.
  return t.replace(/(?<!\s)\s+-\s+[^-]{1,80}\s+-\s+/gu, ' ');
}

/** A claim's core, then its ", including A, B and C" (or "such as") list of examples. */
const EXAMPLE_LIST = /^(.{20,}?),\s+(?:including|such as)\s+([^.;]+)/u;
/** A list part that is no example: one opening on a preposition or "to". */
const LIST_BREAK = /^\s*(?:to|for|in|on|at|by|with|from|after|before|during|since|as|while|because|amid|despite|according)\b/iu;
/** Where a list of examples parts: a comma, or a last "and" or "or" (with or without a comma), captured. */
const LIST_SEPARATOR = /(,\s+(?:and|or)\s+|\s+(?:and|or)\s+|,\s+)/u;

/**
 * The claim with each of its examples alone ("…, including A", "…, including B"), when it
 * lists two or more: an outlet often restates a claim by one example, and against the whole
 * list the other examples' words would drown it.
 */
export function oneExampleEach(text: string): string[] {
  const list = EXAMPLE_LIST.exec(foldPunctuation(text));
  if (!list) return [];
  const [, core, examples] = list as unknown as [string, string, string];
  // Parts alternate with their separators. The item after "and" or "or" is the last; a part
  // that opens on a preposition or holds a reporting verb (", to fight gangs", ", officials
  // said") is no example and ends the list.
  const parts = examples.split(LIST_SEPARATOR);
  const items: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const item = parts[i] as string;
    if (LIST_BREAK.test(item) || item.split(/\s+/u).some((w) => CUES.has(w.toLowerCase()))) break;
    items.push(item);
    if (/\b(?:and|or)\s+$/u.test(parts[i + 1] ?? '')) {
      const last = parts[i + 2] ?? '';
      if (!LIST_BREAK.test(last) && !last.split(/\s+/u).some((w) => CUES.has(w.toLowerCase()))) items.push(last);
      break;
    }
  }
  const named = items.map((item) => item.trim()).filter((item) => item !== '');
  return named.length < 2 ? [] : named.map((item) => `${core}, including ${item}`);
}

/**
 * Verbs that end an action: "has stopped providing weapons" says what "no longer provides
 * weapons" and "does not provide weapons" say, so they negate the action that follows.
 */
const CESSATION = new Set(['stop', 'stops', 'stopped', 'stopping', 'cease', 'ceases', 'ceased', 'ceasing', 'halt', 'halts', 'halted', 'halting', 'quit', 'quits', 'quitting']);
/** Words before which a cessation word negates nothing: an infinitive after a request ("urged it to stop") or a noun ("a stop in Moscow"). */
const NOT_CESSATION_AFTER = new Set(['to', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'any', 'no']);

/**
 * Verbs that say the action after their "to" did not happen ("has yet to sell" too): "refused to sell drones" says
 * of the selling what "did not sell drones" says. A negator before one cancels it ("did not
 * refuse to"). Unlike a negator, such a verb bears on that one action only (PropositionLayout.refusedAt).
 */
const NEGATIVE_IMPLICATIVE = new Set(['refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining', 'fail', 'fails', 'failed', 'failing', 'yet']);

/**
 * Verbs that weigh or intend the action after them without saying it happened or did not:
 * "is considering selling", "weighs whether to sell", "plans to sell". Those that take an
 * "-ing" form or "whether to" first, then those that take "to".
 */
const WEIGHING: ReadonlySet<string> = new Set([
  ...['consider', 'considers', 'considered', 'considering', 'weigh', 'weighs', 'weighed', 'weighing', 'mull', 'mulls', 'mulled', 'mulling'],
  ...['contemplate', 'contemplates', 'contemplated', 'contemplating', 'discuss', 'discusses', 'discussed', 'discussing', 'explore', 'explores', 'explored', 'exploring'],
  ...['debate', 'debates', 'debated', 'debating'],
]);
const INTENDING: ReadonlySet<string> = new Set([
  ...['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'intending', 'prepare', 'prepares', 'prepared', 'preparing'],
  ...['threaten', 'threatens', 'threatened', 'threatening', 'want', 'wants', 'wanted', 'wanting', 'seek', 'seeks', 'sought', 'seeking', 'hope', 'hopes', 'hoped', 'hoping'],
  ...['aim', 'aims', 'aimed', 'aiming', 'offer', 'offers', 'offered', 'offering', 'expect', 'expects', 'expected', 'expecting'],
  // Readiness: "is ready to sell", "is willing to help".
  ...['ready', 'willing', 'eager', 'keen', 'poised'],
]);
/** Words between an intent verb and the action that leave the action weighed: "to eventually buy", "whether or not to", "considering not buying", "plans to resume buying", "threatened to stop buying". */
const BEFORE_INTENDED = new Set([
  ...['to', 'whether', 'or', 'not', 'resume', 'resuming', 'start', 'starting', 'begin', 'beginning', 'restart', 'restarting', 'continue', 'continuing'],
  ...['stop', 'stopping', 'cease', 'ceasing', 'halt', 'halting', 'quit', 'quitting'],
]);

/**
 * Verbs that want an action of someone named after them: "expected Qatar to sell", "urged Lima to
 * sell", "asked Brazil to supply": the action after the object's "to" is not said to happen. Not
 * verbs that make it happen ("forced", "persuaded").
 */
const WANTING_OF: ReadonlySet<string> = new Set([
  ...['expect', 'expects', 'expected', 'expecting', 'want', 'wants', 'wanted', 'wanting', 'urge', 'urges', 'urged', 'urging'],
  ...['ask', 'asks', 'asked', 'asking', 'press', 'presses', 'pressed', 'pressing', 'push', 'pushes', 'pushed', 'pushing'],
  ...['encourage', 'encourages', 'encouraged', 'encouraging', 'invite', 'invites', 'invited', 'inviting', 'tell', 'tells', 'told', 'telling'],
]);
/** How many words the one wanted of may take before its "to": "urged the Peruvian government to". */
const OBJECT_WORDS = 4;

/** Modals whose "not have" judges what was done ("should not have arrested"): not "could", whose "could not have" denies. */
const HINDSIGHT_MODALS: ReadonlySet<string> = new Set(['should', 'need', 'ought']);

/** How many words a negation's verb may run before an "until" that answers it ("did not raise interest rates until March"). */
const UNTIL_REACH = 8;
/** Words that join another clause or open a span between a negation and "until": the negation is not the one "until" answers. */
const UNTIL_BREAKS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'from', 'while', 'as', 'since']);
/** How many words after "ruled out" can name what is left possible ("further interest rate rises"). */
const RULED_OUT_WORDS = 4;
/** Words that end the act "ruled out" names: "a sale (of wheat)", "raising rates (in March)". */
const PREPOSITIONS_AFTER_ACT: ReadonlySet<string> = new Set(['of', 'to', 'in', 'on', 'for', 'from', 'with', 'at', 'by']);

/** Words that open a relative clause. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Words that open a relative clause set off by commas. */
const RELATIVE_ASIDE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_OPENERS].filter((w) => w !== 'that'));
/** Prepositions before a gerund that opens a clause of its own ("about having", "for not paying", "without giving"). */
const GERUND_AFTER: ReadonlySet<string> = new Set(['about', 'of', 'for', 'without', 'after', 'before', 'by', 'on', 'in', 'despite']);

/** Modals that say only that an action is possible, even before a bare verb ("may sell"): not "could", which also tells of a past ability ("could not sell"). */
const MAYBE_MODALS: ReadonlySet<string> = new Set(['may', 'might']);

/** "would" before "have": "would have sold", "would never have sold" (a counterfactual or a guess; the contractions are read where negators are). */
const COUNTERFACTUAL = /^would$/u;

/** Modals that hedge what follows "have" or "be": "may have asked", "could be helping" (not "will have", a future). */
const HEDGE_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could']);

/** Every word of WEIGHING and INTENDING: a claim worded with one weighs or intends its own action. */
export const INTENT_VERBS: ReadonlySet<string> = new Set([...WEIGHING, ...INTENDING]);

/** Negations that affirm what follows: "there is no doubt that", "it is no secret that", "not only", "did not hesitate to", "wasted no time". */
const AFFIRMING_NEGATION = /^(?:no (?:doubt|secret|wonder)\b|not (?:only|just|merely|least|surprisingly|long (?:after|before|ago)|false|untrue|incorrect|unfounded)\b|not (?:clear|known|obvious|explained) (?:why|how|when|where)\b|(?:not|n't) hesitate\b|no time\b|never hid\b|not hid(?:e|den)?\b|no[- ]one (?:disputes|doubts|denies)\b|nobody (?:disputes|doubts|denies)\b)/iu;

/** A reply that opens an answer: "No, Lima is spreading rumours" negates nothing of what follows it. */
const REPLY = /^(?:not at all|not really|of course not|no|not)(?:\s*[,;:!.]|\s+[\u2013\u2014-]\s)/iu;
/** What may stand before a reply's "not", after quotation marks and brackets: "Absolutely not,". */
const REPLY_INTENSIFIER = /^(?:absolutely|certainly)\s+$/iu;

/** What follows a negator that negates only a rejection or a confirmation of a clause: "(not,) however, deny that", "(never) disputed reports that", "(not) confirm that". */
const WITHHELD_REJECTION = new RegExp(String.raw`^(?:\s*,[^,.;]{1,60},|\s*,?\s*(?:\w+ly\b|however|so far|yet|as yet|for now|in public|publicly|at least|even|once),?){0,4}\s+(?:(?:be\s+|have\s+|has\s+|had\s+)?(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?|question(?:s|ed|ing)?)\s+(?:(?:the\s+|any\s+)?(?:${HEARSAY_NOUN})\s+)?that\b)`, 'iu');

/** Whether a clause joined on with its own subject (PropositionLayout.clauseJoinsAt) opens between token places `a` and `b`: a negation at one does not reach the other. */
export function joinedBetween(clauseJoinsAt: readonly number[], a: number, b: number): boolean {
  return clauseJoinsAt.some((s) => Math.min(a, b) < s && s < Math.max(a, b));
}

/** Whether `text[from, to)`, the gap between two tokens, holds a comma, semicolon or colon. Read by a loop: it runs for every token. */
function marksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return true;
  }
  return false;
}

/** Words that open a condition or an open question: what follows them is not said to have happened. A clause-initial "should" ("Should China provide …") does too. */
const CONDITIONS = new Set(['if', 'unless', 'whether']);
/** Words after "if" that make it no condition: "if anything", "if so", "if not", "if only", "if ever". */
const NOT_CONDITION_BEFORE = new Set(['anything']);
/** Words after "if" that make it no condition when a comma or full stop follows them: "if so,", "if not.". */
const NOT_CONDITION_BEFORE_STOP = new Set(['so', 'not']);
/** Words that end a condition by opening a clause of another kind: "if it sells, because …". Not prepositions such as "before" or "after" ("if they failed tests before Boston"). */
const CONDITION_ENDERS = new Set(['because', 'although', 'though', 'whereas', 'while', 'but', 'yet']);
/** Words after a clause-initial "Should" that make it no inverted condition: "Should have known", "Should we …?". */
const NOT_INVERTED_SHOULD = new Set(['have', 'be', 'not', 'never', 'also', 'we', 'i', 'you']);
/** Words that, right after a "should" inside a clause, open its inverted subject: "… should it help Russia", "… should the strike spread" (a capitalised name too). Not "we" or "I" ("why should we pay"): a question. */
const INVERTED_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'the', 'a', 'an', 'any']);
/** Pronouns that can open a clause of its own after "and" or "but". */
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/** Words that open an adverbial or a contrasting clause: "would not confirm the price, as Lima sold …" and "did not sell tanks but sold drones" negate no sale of drones. */
const ADVERBIAL_SUBORDINATORS = new Set(['after', 'before', 'as', 'when', 'while', 'since', 'because', 'although', 'though', 'until', 'once', 'whereas', 'but', 'yet']);

/** How many words before the action a negator still bears on it ("will not be tolerated"). */
const NEGATION_REACH = 3;

/** Verbs whose "from X" names the doer of the transfer they report: "received drones from Iran", "bought arms from China", "came from China". */
const CONVERSE_VERBS = new Set([
  ...['receive', 'receives', 'received', 'receiving', 'obtain', 'obtains', 'obtained', 'obtaining', 'acquire', 'acquires', 'acquired', 'acquiring'],
  ...['get', 'gets', 'got', 'getting', 'buy', 'buys', 'bought', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing'],
  ...['import', 'imports', 'imported', 'importing', 'come', 'comes', 'came', 'coming'],
]);

/** Irregular forms that hand the action to the verb after them: "kept buying", "began to sell", "went on supplying". */
const CATENATIVE_FORMS = new Set(['kept', 'began', 'begun', 'went', 'gone', 'got', 'gotten', 'came']);

const NO_VERBS: VerbLexicon = { stems: new Set(), forms: new Set() };

/**
 * Reduces a clause to a proposition. `implicitAgent` is the entity that does the action
 * when the clause has no subject of its own ("[Peru] denied asking Chile for help").
 * `wholeText` keeps trailing clauses and later sentences, for a first pass that must not miss words.
 * `verbs` holds the stems that can be the action (from the related-terms table); without
 * it the proposition has no action and roles follow the order of the parties.
 * `keepExamples` keeps an ", including …" list (see mainProposition).
 */
export function analyzeProposition(text: string, implicitAgent: string | null = null, wholeText = false, verbs: VerbLexicon = NO_VERBS, keepExamples = true): Proposition {
  const folded = wholeText ? foldPunctuation(text) : mainProposition(foldPunctuation(text), keepExamples);
  const tokens = tokenize(folded);
  const clauseBreak = folded.search(/[,;:]|\s(?:that|which|because|while|although|but)\s/u);
  const mainClauseEnd = clauseBreak < 0 ? folded.length : clauseBreak;
  const terms: string[] = [];
  const hits: { id: string; priority: number; order: number; of: number; converse: boolean }[] = [];
  // The last word seen that can be an action: a "by X" or "from X" names its doer.
  let lastVerbAt = -1;
  const negations: { at: number; start: number; end: number }[] = [];
  // The action candidates seen, anywhere and outside a condition: a clause's action is its main clause's, not its condition's.
  const verbSeen: { plainly: { term: string; at: number } | null; first: { term: string; at: number } | null } = { plainly: null, first: null };
  const mainVerbSeen: typeof verbSeen = { plainly: null, first: null };
  const noteAction = (seen: typeof verbSeen, term: string, plainly: boolean): void => {
    if (plainly && seen.plainly === null) seen.plainly = { term, at: tokenIndex };
    if (seen.first === null) seen.first = { term, at: tokenIndex };
  };
  let tokenIndex = 0;
  // The last converse verb seen: a "from X" after it names its doer.
  let lastConverseAt = -1;
  const refusedAt: number[] = [];
  const intendedAt: number[] = [];
  const conditionalAt: number[] = [];
  // Where the condition or open question being read opened ("if", "unless", "whether", a clause-initial "should"), or -1.
  let conditionFrom = -1;
  // A condition opened on "unless": it is that the act is not done.
  let unlessSeen = false;
  // The condition's opener was followed by a comma: an aside is open, and the comma that closes it does not close the condition.
  let conditionAside = false;
  const termPlaces: number[][] = [];
  const subordinatorsAt: number[] = [];
  const embeddedAt: number[] = [];
  const asideOpenersAt: number[] = [];
  // Whether a comma, semicolon or colon follows each word, read once for all of them (the loop below
  // skips the words inside a party's name).
  const commaAfter = tokens.map((t, i) => i + 1 < tokens.length && marksClause(folded, t.end, (tokens[i + 1] as Token).start));
  const commasAt = commaAfter.flatMap((comma, i) => (comma ? [i] : []));
  const clauseJoinsAt: number[] = [];
  const cuesAt: number[] = [];
  const anyAt: number[] = [];
  // Where the clause's first word stands, past quotation marks and brackets: a reply ("No, …") can only open it.
  const firstWordAt = folded.search(/[^\s"'\u201C\u2018(]|$/u);
  const opensText = (at: number): boolean => at === firstWordAt || (at - firstWordAt < 16 && REPLY_INTENSIFIER.test(folded.slice(firstWordAt, at)));
  // An adverb ("eventually", "formally": an adjective and "-ly") is passed before an intended action, but not a verb that ends like one ("supply", "rely").
  const adverb = (w: string): boolean => /ly$/u.test(w) && (!verbs.stems.has(stem(w)) || stem(w) === stem(w.slice(0, -2)));
  // "refused to", "failed to" at token i: the action after "to" did not happen.
  const refusesAt = (i: number): boolean => NEGATIVE_IMPLICATIVE.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'to';
  // A negator just before token i ("never stopped", "did not refuse to") and the word at i cancel out: drops that negator.
  const cancelsNegator = (i: number): boolean => {
    const cancelled = negations.findIndex((n) => i - n.at <= 2);
    if (cancelled >= 0) negations.splice(cancelled, 1);
    return cancelled >= 0;
  };
  const pushTerm = (term: string): void => {
    const known = terms.indexOf(term);
    if (known < 0) {
      terms.push(term);
      termPlaces.push([tokenIndex]);
    } else (termPlaces[known] as number[]).push(tokenIndex);
    // The action is a verb: "the talks", "of help", "Lima's support" are things, not the action.
    const asNoun = NOUN_MARKERS.has(tokens[tokenIndex - 1]?.lower ?? '') || (tokens[tokenIndex - 1]?.text.endsWith("'s") ?? false);
    // A reporting verb ("told", "warned", "confirmed") frames the proposition; it is not its
    // action, nor is a refusal ("refused to sell": the action is the selling, refused).
    const lower = tokens[tokenIndex]?.lower ?? '';
    const actionWord = verbs.stems.has(term) && !CUES.has(lower) && !refusesAt(tokenIndex);
    if (actionWord) lastVerbAt = tokenIndex;
    if (actionWord && !asNoun) {
      const word = tokens[tokenIndex]?.lower ?? '';
      // "has been supplying", "to provide", "asked", "sold": plainly a verb, unlike "evidence" or
      // "plans"; but in "kept buying", "began to sell" the action is the verb that follows.
      const following = tokens[tokenIndex + 1]?.lower ?? '';
      const irregular = verbs.forms.has(word) && !(CATENATIVE_FORMS.has(word) && (following === 'to' || following.endsWith('ing')));
      const plainlyVerb = /(?:ed|ing)$/u.test(word) || irregular || VERB_MARKERS.has(tokens[tokenIndex - 1]?.lower ?? '');
      noteAction(verbSeen, term, plainlyVerb);
      if (conditionFrom < 0) noteAction(mainVerbSeen, term, plainlyVerb);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    tokenIndex = i;
    // A condition runs to the next clause break: "if China provides weapons, there will be …".
    const clauseBreak = i === 0 || (commaAfter[i - 1] ?? false);
    // It also ends at "then", after "whether … or not", and where "and" or "but" opens a clause
    // with a subject of its own ("asked whether it was legal and Peru confirmed …").
    // A capitalised word after "and" opens a clause only well into the condition ("If Brazil and Argentina sign" is one subject).
    const joinsClause = (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.lower === 'but') && (SUBJECT_PRONOUNS.has(tok.lower) || (tok.capitalized && conditionFrom >= 0 && i - conditionFrom > 4));
    // An aside right after the opener ("if, as expected, …") does not end it: the comma after the
    // opener opens the aside, the next one closes it.
    let breakEnds = clauseBreak;
    if (clauseBreak && conditionFrom >= 0 && conditionFrom === i - 1) [conditionAside, breakEnds] = [true, false];
    else if (clauseBreak && conditionAside) [conditionAside, breakEnds] = [false, false];
    // "whether … or not" ends after "not"; "whether or not to …" goes on.
    const eitherWayEnds = tokens[i - 1]?.lower === 'not' && tokens[i - 2]?.lower === 'or' && tokens[i - 3]?.lower !== 'whether';
    const ends = breakEnds || tok.lower === 'then' || joinsClause || (!conditionAside && CONDITION_ENDERS.has(tok.lower)) || eitherWayEnds;
    if (ends) [conditionFrom, conditionAside] = [-1, false];
    if (conditionFrom >= 0) conditionalAt.push(i);
    // "if anything", "if so" are no conditions ("as if", "what if" are); "Should" opens one only inverted at a clause's start ("Should the report be true, …").
    const after = tokens[i + 1];
    const stopsAfter = (): boolean => after !== undefined && ',.;:'.includes(folded.charAt(after.end) || ' ');
    // "weighing whether (or not) to sell": the selling is weighed (intendedAt), the claim's own act, not a condition of it.
    const weighedQuestion = tok.lower === 'whether' && WEIGHING.has(tokens[i - 1]?.lower ?? '') && (after?.lower === 'to' || (after?.lower === 'or' && tokens[i + 3]?.lower === 'to'));
    const opensCondition = CONDITIONS.has(tok.lower) && !weighedQuestion && !NOT_CONDITION_BEFORE.has(after?.lower ?? '') && !(NOT_CONDITION_BEFORE_STOP.has(after?.lower ?? '') && stopsAfter());
    // So does "should" before a subject inside a clause ("consequences should it help Russia", "should the strike spread"): a subject after the modal is an inversion.
    const invertedShould = tok.lower === 'should' && after !== undefined && (clauseBreak ? !NOT_INVERTED_SHOULD.has(after.lower) : INVERTED_SUBJECTS.has(after.lower) || (after.capitalized && after.lower !== 'i'));
    if (opensCondition || invertedShould) conditionFrom = i;
    if (opensCondition && tok.lower === 'unless') unlessSeen = true;
    if (CONVERSE_VERBS.has(tok.lower)) lastConverseAt = i;
    if (ADVERBIAL_SUBORDINATORS.has(tok.lower)) subordinatorsAt.push(i);
    // "did not raise rates until March", "Not until last week did India approve …": it happened, later.
    // Only the negation of this clause's verb, with nothing joined in between ("never sold maize and
    // the ban stays until 2030", "from January until March" keep theirs).
    if (tok.lower === 'until' && tokens[i - 1]?.lower !== 'from') {
      const last = negations[negations.length - 1];
      const between = last ? tokens.slice(last.at + 1, i) : [];
      const sameClause = last !== undefined && i - last.at <= UNTIL_REACH && !commasAt.some((c) => c >= last.at && c < i) && !between.some((t) => UNTIL_BREAKS.has(t.lower));
      if (sameClause) negations.pop();
    }
    // "lied about having no plans", "sold drones that were not armed": a clause of its own after a word.
    if (RELATIVE_OPENERS.has(tok.lower) || (/^\p{Ll}{2,}ing$/u.test(tok.lower) && GERUND_AFTER.has(tokens[i - 1]?.lower ?? ''))) embeddedAt.push(i);
    // ", which has not commented,": a relative clause set off by commas.
    if (clauseBreak && RELATIVE_ASIDE_OPENERS.has(tok.lower)) asideOpenersAt.push(i);
    // ", and the EU will …", ", and it will …": a clause of its own, which a negation before it does not reach.
    if (clauseBreak && (tok.lower === 'and' || tok.lower === 'so') && after !== undefined && (SUBJECT_PRONOUNS.has(after.lower) || after.lower === 'the' || after.capitalized)) clauseJoinsAt.push(i);
    // "did not cut rates in March; it raised them": a clause of its own after a semicolon.
    else if (i > 0 && folded.slice((tokens[i - 1] as Token).end, tok.start).includes(';') && (SUBJECT_PRONOUNS.has(tok.lower) || tok.lower === 'the' || tok.capitalized)) clauseJoinsAt.push(i);
    if (CUES.has(tok.lower)) cuesAt.push(i);
    // "denied making any request", "made no such request": the word after is every such act.
    if (tok.lower === 'any' || tok.lower === 'no') anyAt.push(tokens[i + 1]?.lower === 'such' ? i + 2 : i + 1);
    const entity = entityAt(tokens, i);
    // "Peruvian leader Ana Ruiz", "Chilean President Lopez": a person, not the country.
    const describesPerson = entity !== null && TITLE_WORDS.has(tokens[i + entity.length]?.lower ?? '') && (tokens[i + entity.length + 1]?.capitalized ?? false);
    if (entity && describesPerson) {
      i += entity.length - 1;
      continue;
    }
    if (entity) {
      let back = i - 1;
      while (back > 0 && /^(?:the|a|an)$/u.test(tokens[back]?.lower ?? '')) back--;
      const prev = tokens[back]?.lower;
      // Passive agents ("was requested by Lima") and converse verbs ("received a
      // request from Lima", "imports from Lima") name the doer after the action: move it to the front.
      const passiveBy = prev === 'by' && tokens.slice(0, back).some((t) => BE_AUX.has(t.lower));
      const converseFrom = prev === 'from' && lastConverseAt >= 0;
      const priority = passiveBy || converseFrom ? 0 : 1;
      hits.push({ id: entity.id, priority, order: i, of: converseFrom ? lastConverseAt : passiveBy ? lastVerbAt : -1, converse: converseFrom });
      i += entity.length - 1;
      continue;
    }
    // "wouldn't have sold", "would've sold": a counterfactual or a guess, as "would have" below.
    // Not "couldn't have", which denies that it could be so.
    const contracted = /^(?:wouldn|mightn)['\u2019]t$/u.test(tok.lower) && tokens[i + 1]?.lower === 'have' ? i + 2 : /^(?:would|could|might|may)['\u2019]ve$/u.test(tok.lower) ? i + 1 : -1;
    if (contracted >= 0) {
      let at = contracted;
      while (at < tokens.length && (tokens[at]?.lower === 'never' || adverb(tokens[at]?.lower ?? ''))) at++;
      intendedAt.push(at);
    }
    if (NEGATORS.has(tok.lower) || tok.lower.endsWith("n't")) {
      // "no doubt that", "not only", "did not hesitate to": negations that affirm. "No, …": a
      // reply. "whether or not", "like it or not": no negation of anything.
      const reply = opensText(tok.start) && REPLY.test(folded.slice(tok.start));
      const eitherWay = tok.lower === 'not' && tokens[i - 1]?.lower === 'or';
      // "did not, however, deny that …", "could not deny reports that …", "did not confirm that …":
      // the negation is of the rejection or the confirmation, not of what follows "that".
      const ofRejection = WITHHELD_REJECTION.test(folded.slice(tok.end, tok.end + 80));
      // "should not have arrested", "shouldn't have imposed": hindsight on what was done.
      const hindsight = tokens[i + 1]?.lower === 'have' && (HINDSIGHT_MODALS.has(tokens[i - 1]?.lower ?? '') || tok.lower === "shouldn't" || tok.lower === "needn't");
      if (!AFFIRMING_NEGATION.test(folded.slice(tok.start)) && !reply && !eitherWay && !ofRejection && !hindsight) negations.push({ at: i, start: tok.start, end: tok.end });
      continue;
    }
    // "ruled out selling" says it will not be done; "has not ruled out selling", "refused to rule out
    // selling" leave it possible.
    if (/^rul(?:e|es|ed|ing)$/u.test(tok.lower) && tokens[i + 1]?.lower === 'out') {
      const refused = tokens[i - 1]?.lower === 'to' && NEGATIVE_IMPLICATIVE.has(tokens[i - 2]?.lower ?? '');
      // The act ruled out or left possible runs to the next preposition ("a sale of wheat", "further
      // rate rises"); either way it is weighed, never said to have happened or not.
      for (let at = i + 2; at < Math.min(tokens.length, i + 2 + RULED_OUT_WORDS) && !PREPOSITIONS_AFTER_ACT.has(tokens[at]?.lower ?? ''); at++) intendedAt.push(at);
      if (!refused && !cancelsNegator(i)) negations.push({ at: i, start: tok.start, end: tok.end });
      i++;
      continue;
    }
    // "has stopped supplying" negates the supplying; "urged it to stop", "a stop in Moscow" do
    // not, and "never stopped" or "did not stop" cancel out.
    if (CESSATION.has(tok.lower) && !NOT_CESSATION_AFTER.has(tokens[i - 1]?.lower ?? '')) {
      if (!cancelsNegator(i)) negations.push({ at: i, start: tok.start, end: tok.end });
      continue;
    }
    // "refused to supply" says the supplying did not happen, and only that ("after Brazil refused
    // to buy them, India sold …" still sells); "did not refuse to" cancels out.
    if (refusesAt(i) && !cancelsNegator(i)) refusedAt.push(i + 2);
    // "considering selling", "weighing whether to sell", "plans to eventually sell": the selling is only weighed.
    // "expected Qatar to sell", "urged Lima to sell": the selling is only wanted of someone.
    const wantedOf = WANTING_OF.has(tok.lower) && tokens[i + 1]?.lower !== 'to' ? tokens.slice(i + 2, i + 2 + OBJECT_WORDS).findIndex((t) => t.lower === 'to') : -1;
    if (WEIGHING.has(tok.lower) || (INTENDING.has(tok.lower) && tokens[i + 1]?.lower === 'to') || wantedOf >= 0) {
      let at = wantedOf >= 0 ? i + 2 + wantedOf : i + 1;
      while (at < tokens.length && (BEFORE_INTENDED.has(tokens[at]?.lower ?? '') || adverb(tokens[at]?.lower ?? ''))) at++;
      intendedAt.push(at);
    }
    // "may have asked", "might not have sold", "could be helping": a hedge says only that the action may have happened.
    // "would have imposed tariffs if …": a counterfactual, or a guess; nor is it said to have happened ("would be", "would face" are a future).
    const hedgeAuxiliary = HEDGE_MODALS.has(tok.lower) ? /^(?:have|be)$/u : COUNTERFACTUAL.test(tok.lower) ? /^(?:have|'ve)$/u : null;
    const hedged = hedgeAuxiliary ? tokens.slice(i + 1, i + 4).findIndex((t) => hedgeAuxiliary.test(t.lower)) : -1;
    if (hedged >= 0 && tokens.slice(i + 1, i + 1 + hedged).every((t) => t.lower === 'not' || t.lower === 'never' || t.lower === 'ever' || adverb(t.lower))) {
      let at = i + 2 + hedged;
      while (at < tokens.length && adverb(tokens[at]?.lower ?? '')) at++;
      intendedAt.push(at);
    } else if (MAYBE_MODALS.has(tok.lower) && !tok.capitalized) {
      // "may sell", "might ask": only a possibility.
      let at = i + 1;
      while (at < tokens.length && adverb(tokens[at]?.lower ?? '')) at++;
      if (tokens[at] && tokens[at]?.lower !== 'not') intendedAt.push(at);
    }
    const next = tokens[i + 1];
    const phrase = next ? PHRASES.get(`${tok.lower} ${next.lower}`) : undefined;
    if (phrase) {
      pushTerm(phrase);
      i++;
      continue;
    }
    if (folded[tok.end] === '%') {
      for (const t of termsOf(tok.lower)) pushTerm(t);
      pushTerm('percent');
      continue;
    }
    const title = TITLE_WORDS.has(tok.lower) && (tok.capitalized || !TITLE_MODIFIERS.has(tok.lower));
    if (STOPWORDS.has(tok.lower) || title || tok.lower.length < 2) continue;
    for (const t of termsOf(tok.lower)) pushTerm(t);
  }
  // The action: the first word plainly used as a verb, else the first that can be one; outside a condition if there is one.
  const action = mainVerbSeen.plainly ?? mainVerbSeen.first ?? verbSeen.plainly ?? verbSeen.first;
  const predicate = action?.term ?? null;
  const predicateAt = action?.at ?? -1;
  // Only a negation in the main clause, or on the action itself, turns the proposition around:
  // "Any country that helps Russia will not be tolerated" is negated past a clause on its subject,
  // "China, not Iran, has supplied drones" is not (a comma stands between).
  const predicateToken = tokens[predicateAt];
  // Nor does one before a joined clause with its own subject reach an action in it ("did not comment, and the EU will impose …").
  // A negation in a clause embedded after the action is that clause's ("lied about having no plans").
  const embeddedAfterAction = (at: number): boolean => predicateAt >= 0 && embeddedAt.some((e) => predicateAt < e && e <= at);
  const bears = (n: (typeof negations)[number]): boolean => !(predicateAt >= 0 && joinedBetween(clauseJoinsAt, n.at, predicateAt)) && !embeddedAfterAction(n.at) && (n.start < mainClauseEnd || (predicateToken !== undefined && n.at < predicateAt && predicateAt - n.at <= NEGATION_REACH && !/[,;:]/u.test(folded.slice(n.end, predicateToken.start))));
  // A negation inside a condition is the condition's ("If Lima does not sell, Quito will protest"), not the action's outside it.
  const predicateConditional = conditionalAt.includes(predicateAt);
  // "if it does not cut", "unless it cuts", "if it fails to cut": the condition is that the act is not done.
  const negatedInCondition = negations.some((n) => conditionalAt.includes(n.at)) || refusedAt.some((at) => conditionalAt.includes(at));
  const conditionNegated = negatedInCondition !== unlessSeen;
  const negatorsAt = negations.filter((n) => bears(n) && (predicateConditional || !conditionalAt.includes(n.at))).map((n) => n.at);
  // A refused action is negated where it is refused everywhere it stands ("refused to supply
  // Quito but supplied Lima" supplies).
  const predicatePlaces = predicate === null ? [] : (termPlaces[terms.indexOf(predicate)] ?? []);
  const negated = negatorsAt.length > 0 || (predicatePlaces.length > 0 && predicatePlaces.every((p) => refusedAt.includes(p)));
  // The implied doer stands for a missing subject ("[Peru] denied asking Chile"); a clause that names a party before its action has its own ("… that Quito had asked").
  const ownSubject = predicateAt >= 0 && hits.some((h) => h.priority === 1 && h.order < predicateAt);
  // Nor is it a party the clause names after its action: in "[Japan's envoy said] it had asked Japan", "it" is not Japan.
  const namedInClause = hits.some((h) => h.id === implicitAgent);
  if (implicitAgent && !ownSubject && !namedInClause) hits.unshift({ id: implicitAgent, priority: -1, order: -1, of: predicateAt, converse: false });
  // A doer named by "by X" or "from X" (or implied) for the clause's action makes every other party a receiver.
  const governs = (h: (typeof hits)[number]): boolean => h.priority < 1 && (predicateAt < 0 || h.of === predicateAt);
  const rank = (h: (typeof hits)[number]): number => (governs(h) ? h.priority : 1);
  hits.sort((a, b) => rank(a) - rank(b) || a.order - b.order);
  const entities: string[] = [];
  const agents: string[] = [];
  const patients: string[] = [];
  const explicitAgent = hits.some(governs);
  const mentions: number[][] = [];
  for (const h of hits) {
    const seen = entities.indexOf(h.id);
    if (seen >= 0) {
      (mentions[seen] as number[]).push(h.order);
      continue;
    }
    entities.push(h.id);
    mentions.push([h.order]);
    if (predicateAt < 0) continue;
    const isAgent = explicitAgent ? governs(h) : h.order < predicateAt;
    (isAgent ? agents : patients).push(h.id);
  }
  const explicitAgents = hits.filter((h) => h.priority < 1).map((h) => ({ id: h.id, of: h.of, converse: h.converse }));
  return { terms, entities, predicate, negated, agents, patients, layout: { entityAt: mentions.map((at) => at.sort((a, b) => a - b)), explicitAgents, refusedAt, intendedAt, conditionalAt, negatorsAt, subordinatorsAt, clauseJoinsAt, cuesAt, embeddedAt, asideOpenersAt, commasAt, anyAt, termPlaces }, ...(conditionNegated ? { conditionNegated: true as const } : {}) };
}
