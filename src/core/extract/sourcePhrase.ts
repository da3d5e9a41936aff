import { ENTITY_ALIASES } from '../lexicon/gazetteer';
import { TITLE_WORDS } from '../lexicon/titles';
import { tokenize, type Token } from '../text/tokens';

/** How a phrase names a source, before coreference decides who it is. */
export type SourceMention =
  | { kind: 'person'; name: string; role: string | null }
  | { kind: 'surname'; surname: string; role: string | null }
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'they' | 'it' | 'we' | 'i' }
  | { kind: 'definite'; head: string; text: string }
  | { kind: 'group'; text: string };

/** Nouns that can head a phrase naming a source that is not a person's name. */
const SOURCE_NOUNS = new Set(
  (
    'official officials spokesman spokeswoman spokesperson spokespeople source sources ministry ministries department ' +
    'government governments administration agency office embassy police prosecutors prosecutor court judge report reports ' +
    'media outlets outlet newspaper newspapers paper papers press agencies readout statement communique communiqué analysts ' +
    'experts expert intelligence data figures study survey documents document filing filings lawyers lawyer attorney ' +
    'attorneys company firm group party union council committee board campaign team club league federation regulator ' +
    'regulators investigators researchers scientists doctors witnesses residents critics diplomats diplomat leaders ' +
    'leader aides aide people person insiders executives executive shareholders investors minister ministers president ' +
    'secretary adviser advisor advisers chancellor chairman chief director ambassador envoy senator governor mayor ' +
    'commander officers officer army military authorities authority organisers organizers broadcaster broadcasters network networks website websites ' +
    'kremlin palace house parliament congress senate white downing assembly bank fund manufacturer maker operator ' +
    'organisation organization association coalition alliance bloc countries country nations nation state states ' +
    'opposition capitals sides parties companies firms banks airline airlines investigation inquiry probe analysis calculations assessment review findings readouts ' +
    'hospital hospitals family families relatives referee players fans passengers buyers traders farmers workers employees staff students teachers ' +
    'pilots protesters activists campaigners inspectors engineers economists observers monitors negotiators voters charity charities ' +
    'relative player fan passenger buyer trader farmer worker employee student teacher pilot protester activist campaigner inspector engineer ' +
    'economist observer monitor negotiator voter'
  ).split(/\s+/u),
);

/** A phrase that ends in a word for one person: "a senior US official", "the company spokesman". */
export const PERSON_HEAD = /\b(?:official|spokes(?:man|woman|person)|minister|secretary|adviser|advisor|aide|diplomat|envoy|ambassador|source|analyst|expert|lawyer|attorney|officer|commander|chief|director|president|chancellor|governor|mayor|senator|judge|prosecutor|executive|scholar|economist|researcher|scientist|witness|resident|coach|manager)$/iu;
/** A head noun for more than one: "officials", "people", "the police". */
export const PLURAL_HEAD = /(?:s|people|media|police|staff|personnel|intelligence|data)$/iu;

/** Words that are never part of a source phrase: they open clauses. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'if', 'whether', 'because', 'when', 'where', 'what', 'how', 'not', 'would', 'will', 'could', 'should', 'must', 'may', 'might', 'can', 'shall', 'was', 'were', 'is', 'are']);

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const OBJECT_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they' | 'i'> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['me', 'i']]);
/** Words that open a clause or point, never a speaker on their own ("As reported by …"). */
const FUNCTION_WORDS = new Set(['as', 'so', 'if', 'but', 'and', 'or', 'then', 'there', 'here', 'this', 'that', 'these', 'those', 'also', 'additionally', 'meanwhile']);
/** Prepositions that end a phrase's head ("officials in Oslo", "the board of directors"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'on', 'to', 'by']);

function isNameToken(t: Token): boolean {
  return t.capitalized && t.lower !== 'the' && !TITLE_WORDS.has(t.lower) && !ENTITY_ALIASES.has(t.lower) && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** The last run of two or more name-like tokens in `tokens` (a person's full name). */
function lastPersonName(tokens: Token[]): { from: number; to: number } | null {
  for (let to = tokens.length - 1; to >= 1; to--) {
    if (!isNameToken(tokens[to] as Token)) continue;
    let from = to;
    while (from > 0 && isNameToken(tokens[from - 1] as Token)) from--;
    const run = tokens.slice(from, to + 1).map((t) => t.lower).join(' ');
    if (to - from >= 1 && !ENTITY_ALIASES.has(run)) return { from, to };
    to = from;
  }
  return null;
}

/** Strips a leading article and surrounding punctuation from a role phrase. */
function cleanRole(text: string): string | null {
  const role = text
    .replace(/^[\s,]+|[\s,]+$/gu, '')
    .replace(/^(?:the|a|an)\s+/iu, '')
    .trim();
  return role.length > 1 ? role : null;
}

/**
 * Reads a phrase in front of a reporting verb as a source: a named person with role, a
 * surname, a pronoun, "the official", or a group. Returns null when the phrase cannot
 * be a source ("The plant", "prices"), so narration is not mistaken for attribution.
 */
export function readSourcePhrase(phrase: string): SourceMention | null {
  const text = phrase
    .replace(/^[\s,'"\u2018\u201C]+|[\s,]+$/gu, '')
    // A relative clause about the source: "Two officials, who spoke on condition of anonymity,".
    .replace(/,\s*(?:who|which)\b.*$/u, '')
    // Time and place are not part of a name: "Blinken, during his visit to Beijing", "the minister in Geneva".
    .replace(/,\s+(?:during|while|after|before|following|amid|upon)\s.*$/iu, '')
    // A country or its capital stays: it is the body the source speaks for ("officials in Washington").
    .replace(/\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)$/u, (place, name: string) => (ENTITY_ALIASES.has(name.toLowerCase().replace(/\./gu, '')) ? place : ''))
    .replace(/^(?:and|but|while|as|so|yet|although|though)\s+/iu, '')
    .replace(/^(?:additionally|also|meanwhile|however|separately|furthermore|moreover|instead|still),?\s+/iu, '')
    // Time adverbials between a source and its verb: "Ottawa at the same time has expressed".
    .replace(/\s+(?:at the same time|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this week|last week|on \w+ \d+|in a statement|in an interview|earlier this \w+)$/iu, '');
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 16) return null;
  const first = tokens[0] as Token;
  if (tokens.length === 1 && PRONOUNS.has(first.lower)) return { kind: 'pronoun', pronoun: first.lower as 'he' };
  // "According to him": the object form names the same speaker.
  const objectPronoun = OBJECT_PRONOUNS.get(first.lower);
  if (tokens.length === 1 && objectPronoun) return { kind: 'pronoun', pronoun: objectPronoun };
  if (tokens.length === 1 && FUNCTION_WORDS.has(first.lower)) return null;
  if (tokens.some((t) => CLAUSE_WORDS.has(t.lower) && !t.capitalized)) return null;
  const content = tokens.filter((t) => !/^(?:the|a|an)$/u.test(t.lower));
  if (content.length === 0) return null;
  // The head noun: the last word before the first preposition (or comma), else the last word.
  const prepIndex = tokens.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower));
  const commaAt = text.indexOf(',');
  const beforeComma = commaAt > 0 ? tokens.filter((t) => t.start < commaAt) : tokens;
  const headPool = prepIndex > 0 ? tokens.slice(0, prepIndex) : beforeComma;
  const head = headPool[headPool.length - 1] ?? first;
  const last = tokens[tokens.length - 1] as Token;
  const headOk = (t: Token): boolean => t.capitalized || SOURCE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower);
  if (!headOk(head) && !headOk(last) && !headPool.some((t) => SOURCE_NOUNS.has(t.lower))) return null;
  // A phrase opening in lower case must be a determiner phrase or name its source by a noun ("media reports").
  if (!first.capitalized && !/^(?:the|a|an|two|three|four|several|some|many|unnamed|senior|other|local|western|both)$/u.test(first.lower) && !SOURCE_NOUNS.has(last.lower) && !SOURCE_NOUNS.has(head.lower) && !TITLE_WORDS.has(first.lower)) return null;

  const name = lastPersonName(tokens);
  if (name) {
    const nameText = text.slice((tokens[name.from] as Token).start, (tokens[name.to] as Token).end);
    const before = text.slice(0, (tokens[name.from] as Token).start);
    const after = text.slice((tokens[name.to] as Token).end);
    const role = cleanRole(`${before} ${after}`.replace(/\s*,\s*/gu, ' ').replace(/\s+/gu, ' '));
    return { kind: 'person', name: nameText, role: role && /\p{L}{2}/u.test(role) ? role : null };
  }
  const honorific = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Gov|Rep|Gen)\.?\s+(\p{Lu}[\p{L}'-]+)$/u.exec(text);
  if (honorific) return { kind: 'surname', surname: honorific[1] as string, role: null };
  if (tokens.length === 1 && isNameToken(first)) return { kind: 'surname', surname: first.text, role: null };
  const definite = /^the\s+([\p{L} -]+)$/iu.exec(text);
  if (definite && tokens.length <= 3 && (TITLE_WORDS.has(last.lower) || SOURCE_NOUNS.has(last.lower)) && !tokens.some((t) => t.capitalized && t !== first)) {
    return { kind: 'definite', head: last.lower, text };
  }
  return { kind: 'group', text: text.replace(/^the\s+/u, 'The ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()) };
}

/**
 * Whether "it" can stand for the source a phrase names: a body, a country or a one-word name
 * that may be a company ("the ministry", "Beijing", "Equinor"), not a person or people ("the
 * minister", "Jake Sullivan", "US officials", "officials in Oslo").
 */
export function mayBeIt(mention: SourceMention): boolean {
  if (mention.kind === 'pronoun') return mention.pronoun === 'it';
  if (mention.kind === 'person') return false;
  if (mention.kind === 'surname') return true;
  const phrase = (mention.text.split(',')[0] ?? '').trim();
  if (ENTITY_ALIASES.has(phrase.toLowerCase().replace(/^the\s+/u, '').replace(/\./gu, ''))) return true;
  // The head is the last word before a preposition: "officials (in Oslo)", "the board (of directors)".
  const words = phrase.split(/\s+/u);
  const prep = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = words.slice(0, prep > 0 ? prep : words.length);
  return !head.some((w) => PERSON_HEAD.test(w)) && !PLURAL_HEAD.test(head[head.length - 1] ?? '');
}
