import { ENTITY_ALIASES } from '../lexicon/gazetteer';
import { STATEMENT_NOUN } from '../lexicon/statementNouns';
import { trimmedSpan, type TextSpan } from '../text/span';
import { tokenize, type Token } from '../text/tokens';
import type { QuoteSpan } from './quotes';
import { readSourcePhrase, type SourceMention } from './sourcePhrase';
import { OPENER, WARNED_UNDERGOES, type RawStatement } from './statement';

/** Nouns that hold a statement in a that-clause: "assertions that …", "his warning that …". */
const STATEMENT_NOUNS = new RegExp(`^(?:${STATEMENT_NOUN}|assertions?|warnings?|assessments?|insistence|conclusions?)$`, 'u');
/** Words between a holder and its noun that do not change who holds it. */
const NOUN_MODIFIERS = /^(?:public|earlier|repeated|recent|new|unconfirmed|unverified|latest|previous|initial|persistent|widespread|media|news|press|western|official|own)$/u;
/**
 * Where what a noun holds ends: a clause break, an adjunct that starts another point ("… amid
 * reports that …"), or the sentence's end. Each run of spaces is tried from its start only, so
 * a page's long run of spaces costs linear time.
 */
const CONTENT_END = /[;:]|,\s|(?<=\S)\s+(?:(?:and|but)\s+)?(?:amid|despite)\b|(?<=\S)\s+(?:and|but)\s+(?:after|as|while|before|since)\b|[.!?]["\u201D]?\s*$/u;
/** Reports with no holder but the press: "reports that …", "media reports that …". */
const PRESS_REPORTS = /^(?:reports?|media|news|press)$/u;
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they' | 'it'> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** Verbs that issue a statement noun, whose subject holds it: "issued a warning that", "has stepped up warnings that", "made claims that". */
const ISSUING = /^(?:issue[sd]?|issuing|made|makes?|making|repeat(?:s|ed)?|renew(?:s|ed)?|reiterat(?:e|es|ed)|deliver(?:s|ed)?|sen[dt]s?|sound(?:s|ed)?|gave|give[sn]?|echo(?:es|ed)?|voic(?:e|es|ed))$/u;
/** A subject that issues nothing: "nobody", "no one", a negated or conditional one ("… never", "If the bank"). */
const NO_ISSUER = /^(?:nobody|no\s+one|none|neither|if|whether|when|unless)\b|\b(?:never|not|hardly|rarely)$/iu;
/** Words between an issuing verb and its noun: "issued a fresh warning", "repeated its warnings". */
const BEFORE_ISSUED = /^(?:a|an|the|its|their|his|her|new|fresh|further|stern|strong|stark|repeated|similar|public)$/u;

/**
 * The subject of a verb that issues a statement noun ("Brussels has stepped up warnings to …"),
 * or null: the words from the unit's start, past an opener, to the verb and its auxiliaries.
 */
function issuerOf(text: string, tokens: Token[], nounIndex: number): { mention: SourceMention; span: TextSpan } | null {
  let i = nounIndex - 1;
  while (i >= 0 && BEFORE_ISSUED.test((tokens[i] as Token).lower)) i--;
  // "repeated" is the issuing verb itself when no other stands before it ("Brussels repeated its warning").
  if (!ISSUING.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'repeated') i++;
  // "stepped up warnings", "ramped up its warnings".
  if (tokens[i]?.lower === 'up' && /^(?:step|stepp|ramp)/u.test(tokens[i - 1]?.lower ?? '')) i--;
  else if (!ISSUING.test(tokens[i]?.lower ?? '')) return null;
  while (i > 0 && /^(?:has|have|had|also|again|repeatedly|recently)$/u.test((tokens[i - 1] as Token).lower)) i--;
  const first = tokens[0];
  if (!first || i <= 0) return null;
  const opener = OPENER.exec(text.slice(first.start, (tokens[i] as Token).start));
  const span = trimmedSpan(text, first.start + (opener ? opener[0].length : 0), (tokens[i] as Token).start);
  // "Nobody made claims that …", "The regulator never made …", "If the bank made …": no one holds them.
  const mention = span && !/[,;:]/u.test(span.text) && !NO_ISSUER.test(span.text) ? readSourcePhrase(span.text) : null;
  return span && mention && mention.kind !== 'pronoun' ? { mention, span } : null;
}

/** Who holds a statement noun, read from the words before it; null when the text does not say. */
function holderOf(text: string, tokens: Token[], nounIndex: number): { mention: SourceMention; span: TextSpan } | null {
  const issuer = issuerOf(text, tokens, nounIndex);
  if (issuer) return issuer;
  let i = nounIndex - 1;
  while (i >= 0 && NOUN_MODIFIERS.test((tokens[i] as Token).lower)) i--;
  const prev = tokens[i];
  const noun = tokens[nounIndex] as Token;
  const span = (from: Token, to: Token): TextSpan | null => trimmedSpan(text, from.start, to.end);
  if (prev) {
    const pronoun = POSSESSIVE_PRONOUNS.get(prev.lower);
    if (pronoun) {
      const s = span(prev, prev);
      return s ? { mention: { kind: 'pronoun', pronoun }, span: s } : null;
    }
    // "Burns's claim", "the ministry's assertions": the words before the possessive.
    if (/['\u2019]s?$/u.test(prev.text) || /^['\u2019]s?\s/u.test(text.slice(prev.end, prev.end + 3))) {
      let from = i;
      while (from > 0 && (tokens[from - 1] as Token).capitalized && i - from < 3) from--;
      const first = tokens[from] as Token;
      const words = text.slice(first.start, prev.end).replace(/['\u2019]s?$/u, '');
      const s = trimmedSpan(text, first.start, first.start + words.length);
      const mention = s ? readSourcePhrase(s.text) : null;
      if (s && mention) return { mention, span: s };
    }
    // "a Morning Post report": the outlet's name right before the noun.
    if (prev.capitalized && !ENTITY_ALIASES.has(prev.lower)) {
      let from = i;
      while (from > 0 && (tokens[from - 1] as Token).capitalized && i - from < 4) from--;
      const s = span(tokens[from] as Token, prev);
      const mention = s ? readSourcePhrase(s.text) : null;
      if (s && mention && mention.kind !== 'pronoun') return { mention, span: s };
    }
    // "Russian assertions", "Chinese claims": a demonym names the country.
    if (ENTITY_ALIASES.has(prev.lower) && prev.capitalized) {
      const s = span(prev, prev);
      return s ? { mention: { kind: 'group', text: prev.text }, span: s } : null;
    }
  }
  // "reports that …", "media reports that …": the press, unnamed.
  const from = tokens[i + 1] as Token;
  if (/^reports?$/u.test(noun.lower) && tokens.slice(i + 1, nounIndex + 1).every((t) => PRESS_REPORTS.test(t.lower))) {
    const s = span(from, noun);
    return s ? { mention: { kind: 'group', text: s.text }, span: s } : null;
  }
  return null;
}

/**
 * Statements held by a noun rather than a verb: "Russian assertions that Ukraine …",
 * "his warning that China would …", "amid reports that …". Each is asserted by its
 * holder (the possessive, the demonym, or the press for bare reports); the content runs
 * from "that" to the end of its clause. A noun with no holder in the text gives nothing, unless
 * `holderless` (the matcher, which needs what is said, not who says it) and it is a warning to a
 * party that "it" will face or pay something ("warnings to Beijing that it will face …"). In such a
 * warning the party warned is the content's doer (`innerAgentSpan`).
 */
export function nounHeadedStatements(text: string, unit: TextSpan, quotes: QuoteSpan[], holderless = false): RawStatement[] {
  const inQuote = (pos: number): boolean => quotes.some((q) => pos >= q.start && pos < q.end);
  const tokens = tokenize(unit.text, unit.start);
  const out: RawStatement[] = [];
  for (let n = 0; n + 1 < tokens.length; n++) {
    const noun = tokens[n] as Token;
    if (!STATEMENT_NOUNS.test(noun.lower) || noun.capitalized || inQuote(noun.start)) continue;
    // "that" right after the noun, or after a short addressee ("warnings to Beijing that").
    let thatIndex = n + 1;
    if ((tokens[thatIndex] as Token).lower === 'to') while (thatIndex < tokens.length && thatIndex - n <= 4 && (tokens[thatIndex] as Token).lower !== 'that') thatIndex++;
    const that = tokens[thatIndex];
    if (!that || that.lower !== 'that' || /[,;]/u.test(text.slice(noun.end, that.start))) continue;
    const holder = holderOf(text, tokens, n);
    if (!holder && !holderless) continue;
    const rest = text.slice(that.end, unit.end);
    const stop = CONTENT_END.exec(rest);
    const content = trimmedSpan(text, that.end, that.end + (stop ? stop.index : rest.length));
    if (!content || content.text.split(/\s+/u).length < 3) continue;
    // "warnings to Beijing that it will face consequences": what a warning says "it" will undergo is the party warned's.
    const warned = thatIndex > n + 2 && /^warnings?$/u.test(noun.lower) && WARNED_UNDERGOES.test(content.text) ? trimmedSpan(text, (tokens[n + 2] as Token).start, (tokens[thatIndex - 1] as Token).end) : null;
    if (!holder && !warned) continue;
    out.push({ source: holder?.mention ?? null, sourceSpan: holder?.span ?? null, cue: noun.text, content, stance: 'asserts', target: null, sourceIsAgent: false, direct: false, openQuote: false, ...(warned ? { innerAgentSpan: warned } : {}) });
  }
  return out;
}
