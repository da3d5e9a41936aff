import { CUES } from '../lexicon/reportingCues';
import { trimmedSpan, type TextSpan } from '../text/span';
import { tokenize, type Token } from '../text/tokens';
import { readSourcePhrase } from './sourcePhrase';

// Clauses joined on after a statement with a frame of their own ("…, while Ethiopian officials
// said …"): where they open, so that what the first speaker said ends there and the joined
// clause can be read as its own speaker's statement (statement.ts, joinedStatement).

/**
 * Where a clause may open with a subject and a frame of its own: after a comma or semicolon
 * and a conjunction (", while …", ", as …", "; but …", ", and …", ", when …"), after a bare semicolon, or
 * after a conjunction of contrast without a comma ("… rose while Egyptian officials said …").
 */
const JOINED_CLAUSE = /[,;]\s+(?:but|while|whereas|though|although|yet|even\s+as|as(?!\s+well\b)|and|after|when)\s+|;\s+|\s+(?:but|while|whereas|though|although)\s+/giu;
/** Words a joined clause's source may take before its cue: "while Ethiopian trade officials said". */
const JOINED_SOURCE_WORDS = 6;
/** Verbs that report speech: after any short phrase ("while buyers said"), they make it a frame whoever the phrase names (a denial only before what it denies, see DENIAL_OBJECT). */
const ONLY_SAYING = new Set(['said', 'says', 'told', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims', 'denied', 'denies', 'warned', 'warns', 'noted', 'added', 'countered', 'stated', 'maintained', 'contended', 'alleged', 'disputed', 'rejected']);
/** What a denial that frames a clause goes on with: "that", a pointer, a statement noun, a gerund ("denied selling"). */
const DENIAL_OBJECT = /^(?:that|it|this|these|those|the|any|such|reports?|claims?|allegations?|accusations?|\p{Ll}+ing)$/u;
/** How far after a join its source and cue are looked for, in characters: a bound, so long text is not read again at every join. */
const JOINED_WINDOW = 160;
/** Words that may stand between a joined clause's source and its cue: "but engineers later told reporters", "though officials had earlier said". */
const BEFORE_JOINED_CUE = /^(?:later|earlier|also|then|again|however|still|had|has|have|\p{L}+ly)$/u;
/** Words that make a phrase no source: it has a verb or a clause of its own ("while prices had fallen, officials said"). */
const NOT_IN_SOURCE = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|did|does|do|that|which|who|if)$/u;

/**
 * Where a clause joined on with a frame of its own opens in `content` (", while Ethiopian
 * officials said …", ", but the ministry denied …", "; the club called it false"): what
 * follows is another speaker's statement, no part of this one. `at` is where the join opens
 * (its comma), `clause` where the clause itself begins; null when none does.
 */
export function joinedFrame(content: string): { at: number; clause: number } | null {
  for (const m of content.matchAll(JOINED_CLAUSE)) {
    const from = m.index + m[0].length;
    const rest = tokenize(content.slice(from, from + JOINED_WINDOW)).slice(0, JOINED_SOURCE_WORDS + 2);
    const cue = rest.findIndex((t, i) => i > 0 && CUES.has(t.lower));
    if (cue <= 0) continue;
    let sourceEnd = cue;
    while (sourceEnd > 1 && BEFORE_JOINED_CUE.test((rest[sourceEnd - 1] as Token).lower)) sourceEnd--;
    const words = rest.slice(0, sourceEnd);
    if (words.some((t) => NOT_IN_SOURCE.test(t.lower) || CUES.has(t.lower))) continue;
    // "the company's reported losses", "officials' confirmed bookings": a participle after a possessive describes a thing.
    const last = words[words.length - 1] as Token;
    if (/['\u2019]s?$/u.test(last.text) || /^['\u2019]/u.test(content.slice(from + last.end))) continue;
    // "protesters denied bail were moved": a denial that frames takes a clause, a statement or a pointer.
    const kind = CUES.get((rest[cue] as Token).lower);
    if ((kind === 'deny' || kind === 'dismiss') && !DENIAL_OBJECT.test(rest[cue + 1]?.lower ?? '')) continue;
    const source = content.slice(from, from + last.end);
    if (readSourcePhrase(source) !== null || ONLY_SAYING.has((rest[cue] as Token).lower)) return { at: m.index, clause: from };
  }
  return null;
}

/** A statement's content without a clause joined on with its own frame (see joinedFrame). */
export function withoutJoinedFrame(text: string, content: TextSpan): TextSpan {
  const joined = joinedFrame(content.text);
  return joined && joined.at > 0 ? (trimmedSpan(text, content.start, content.start + joined.at) ?? content) : content;
}

