import { ENTITY_ALIASES } from '../lexicon/gazetteer';
import { analyzeProposition } from '../match/proposition';
import { TITLE_WORDS } from '../lexicon/titles';
import type { TextSpan } from '../text/span';
import { tokenize, type Token } from '../text/tokens';
import { SourceResolver, type ResolvedSource } from './coreference';
import { nounHeadedStatements } from './nounHeaded';
import { pointerSpeaker, speakerFitsDoers } from './pointers';
import { joinedStatement, parseBareAttribution, parseStatement, unwrapReportedSpeech, type RawStatement, type Stance, type StatementTarget } from './statement';
import { statementUnits, type StatementUnit } from './units';

/** One attributed statement of a document, its source resolved. */
export interface ExtractedAttribution {
  source: ResolvedSource;
  cue: string;
  stance: Stance;
  /** The words that carry the statement, by offsets into the document text. */
  content: TextSpan;
  /** The frame when it stands inside the content ("Russia, officials said, had asked …"): see reportedWords. */
  aside?: TextSpan;
  /** Where a denial or dispute points, when not at its own content. */
  target: StatementTarget | null;
  /** The statement this one points back to ("this", "these reports"), by index in the result. */
  previousIndex: number | null;
  sourceIsAgent: boolean;
  /** The words naming the content's doer when the frame names it other than as the source ("warned Beijing that it …": Beijing); see RawStatement.innerAgentSpan. */
  agentSpan?: TextSpan;
  direct: boolean;
  /** Index of the statement unit, for adjacency checks. */
  unitIndex: number;
}

/** Registers the people named in narration with their titles, for later "Mr X" and "he". */
function notePeopleInNarration(text: string, sentence: TextSpan, resolver: SourceResolver): void {
  const tokens = tokenize(sentence.text, sentence.start);
  const isName = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !TITLE_WORDS.has(t.lower) && t.lower !== 'the';
  // "Xi also hailed …": a surname alone opening the sentence, of a person named before.
  const [first, second] = tokens;
  if (first && isName(first) && !(second && isName(second)) && !ENTITY_ALIASES.has(first.lower)) resolver.noteSurnameSubject(first.text);
  for (let i = 1; i < tokens.length; i++) {
    if (!isName(tokens[i] as Token) || !isName(tokens[i - 1] as Token) || (tokens[i] as Token).start - (tokens[i - 1] as Token).end !== 1) continue;
    let from = i - 1;
    let to = i;
    while (to + 1 < tokens.length && isName(tokens[to + 1] as Token) && (tokens[to + 1] as Token).start - (tokens[to] as Token).end === 1) to++;
    // "the Cold War", "the White House": a capitalised run right after "the" names a thing, not a person.
    if (from > 0 && (tokens[from - 1] as Token).lower === 'the') {
      i = to;
      continue;
    }
    let roleFrom = from;
    const inRole = (t: Token): boolean => t.capitalized || TITLE_WORDS.has(t.lower) || t.lower === 'of';
    const adjacent = (a: Token, b: Token): boolean => /^\s+$/u.test(text.slice(a.end, b.start));
    while (roleFrom > 0 && inRole(tokens[roleFrom - 1] as Token) && adjacent(tokens[roleFrom - 1] as Token, tokens[roleFrom] as Token) && from - roleFrom < 7) roleFrom--;
    while (roleFrom < from && (tokens[roleFrom] as Token).lower === 'of') roleFrom++;
    const hasTitle = tokens.slice(roleFrom, from).some((t) => TITLE_WORDS.has(t.lower));
    const name = text.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
    const role = hasTitle ? text.slice((tokens[roleFrom] as Token).start, (tokens[from - 1] as Token).end) : null;
    // The sentence's subject: a name among its first words, whom a later "he" or "his" in it means.
    if (!ENTITY_ALIASES.has(name.toLowerCase())) resolver.notePerson(name, role, roleFrom <= 2);
    i = to;
    from = to;
  }
}

/** The doer a statement's content leaves implied: the speaker ("Peru denied asking …"), or the party its frame names ("warned Beijing that it …"); null for none. */
export function impliedDoer(a: ExtractedAttribution): string | null {
  return a.sourceIsAgent ? a.source.entity : a.agentSpan ? (analyzeProposition(a.agentSpan.text).entities[0] ?? null) : null;
}

/** The parties a statement says did what it reports: its content's doers, the speaker's own or the one its frame names. */
function doersOf(a: ExtractedAttribution): string[] {
  const implied = impliedDoer(a);
  const read = analyzeProposition(a.content.text, implied);
  if (read.agents.length > 0) return read.agents;
  // Without the verb lexicon the action may go unread: a doer a passive names ("was asked by
  // Brazil"), else the party that opens the clause ("Turkey bought gas from Egypt": Turkey).
  const named = (read.layout?.explicitAgents ?? []).filter((x) => !x.converse).map((x) => x.id);
  if (named.length > 0) return named;
  const opening = analyzeProposition(openingWords(a.content.text)).entities[0];
  return opening ? [opening] : implied ? [implied] : [];
}

/** A clause's first words, where its subject stands. */
function openingWords(text: string): string {
  return text.split(/\s+/u).slice(0, 3).join(' ');
}

/** Whether a pointer's speaker is who it must be toward the statement it points back to (see StatementTarget). */
function speakerFits(target: StatementTarget & { kind: 'previous' }, source: ResolvedSource, referent: ExtractedAttribution): boolean {
  if (!target.speaker) return true;
  return speakerFitsDoers(pointerSpeaker(source.entity, source.actor, target.speaker), doersOf(referent), analyzeProposition(openingWords(referent.content.text)).terms);
}

/**
 * Every attributed statement in `text[from, to)`: who said it (resolved through the
 * article's coreference), how, with what stance, and the exact words. Narration yields nothing.
 */
export function extractAttributions(text: string, from = 0, to = text.length): ExtractedAttribution[] {
  const units = statementUnits(text, from, to);
  // "Tokyo has not denied that …", "urged Tokyo to deny …": nobody rejects anything, and nobody asserts it either.
  const parsed: (RawStatement | null)[] = units.map((u) => {
    const found = parseStatement(text, u, u.quotes);
    return found?.withheld ? null : found;
  });
  fillSourcesFromNeighbours(text, units, parsed);
  parsed.forEach((st, i) => {
    if (st?.source) parsed[i] = unwrapReportedSpeech(text, st);
  });
  // "…, officials said, but Nairobi denied it": the joined clause's own statement, said after the unit's.
  const joined = parsed.map((st, i) => {
    const unit = units[i] as StatementUnit;
    const found = st?.source ? joinedStatement(text, unit, unit.quotes, st) : null;
    // A joined clause that asserts a single word ("although customs data suggest otherwise") says nothing to file.
    if (!found?.source || (found.stance === 'asserts' && found.target?.kind !== 'previous' && found.content.text.split(/\s+/u).length < 2)) return null;
    return unwrapReportedSpeech(text, found);
  });

  const resolver = new SourceResolver();
  const out: ExtractedAttribution[] = [];
  // The last statement that a pointer ("this", "these reports") can refer back to, and its paragraph.
  let lastReferent: { index: number; paragraph: number } | null = null;
  units.forEach((unit, i) => {
    resolver.startUnit();
    for (const s of unit.sentences) notePeopleInNarration(text, s, resolver);
    for (const st of [parsed[i], joined[i]]) {
      if (!st?.source) continue;
      // A joined clause's pronoun ("…, but they denied it", "while they insisted …") may name the first
      // speaker or nobody: too unsure to give anyone words.
      if (st === joined[i] && st.source.kind === 'pronoun') continue;
      const source = resolver.resolve(st.source);
      const referent = lastReferent && unit.paragraph - lastReferent.paragraph <= 1 ? lastReferent.index : null;
      const previousIndex = st.target?.kind === 'previous' && referent !== null && speakerFits(st.target, source, out[referent] as ExtractedAttribution) ? referent : null;
      out.push({ source, cue: st.cue, stance: st.stance, content: st.content, ...(st.aside ? { aside: st.aside } : {}), ...(st.innerAgentSpan ? { agentSpan: st.innerAgentSpan } : {}), target: st.target, previousIndex, sourceIsAgent: st.sourceIsAgent, direct: st.direct, unitIndex: i });
      // A report of what was said before ("Reuters reported the request") is no new referent.
      if ((st.stance === 'asserts' && st.target?.kind !== 'previous') || st.target?.kind === 'span') lastReferent = { index: out.length - 1, paragraph: unit.paragraph };
    }
    const st = parsed[i];
    // Statements held by nouns ("Russian assertions that …"). Unnamed reports that the unit's
    // own statement denies or disputes are already that denial's target: nobody new speaks.
    const answered = st?.source && st.stance !== 'asserts';
    for (const held of nounHeadedStatements(text, unit, unit.quotes)) {
      if (!held.source || (answered && held.source.kind === 'group' && /^(?:the\s+)?(?:media\s+|news\s+|press\s+)*reports?$/iu.test(held.source.text))) continue;
      if (st?.source && st.stance === 'asserts' && st.content.start <= held.content.start && st.content.end >= held.content.end && !st.direct) continue;
      out.push({ source: resolver.resolve(held.source), cue: held.cue, stance: 'asserts', content: held.content, ...(held.innerAgentSpan ? { agentSpan: held.innerAgentSpan } : {}), target: null, previousIndex: null, sourceIsAgent: false, direct: false, unitIndex: i });
    }
  });
  return out;
}

/**
 * Gives bare quotations their speaker: the "Ms X said." paragraph that follows, the
 * speaker of a quotation that runs on from the paragraph before, or the speaker of the
 * quotation just before in the same paragraph.
 */
function fillSourcesFromNeighbours(text: string, units: StatementUnit[], parsed: (RawStatement | null)[]): void {
  for (let i = 0; i < units.length; i++) {
    const st = parsed[i];
    if (!st || st.source) continue;
    const next = units[i + 1];
    const bare = next && !parsed[i + 1] ? parseBareAttribution(text, next) : null;
    if (bare && next && next.paragraph - (units[i] as StatementUnit).paragraph <= 1) {
      parsed[i] = { ...st, source: bare.source, sourceSpan: bare.sourceSpan, cue: bare.cue };
      continue;
    }
    // A quotation left open runs on: its speaker is named where it finally closes.
    if (st.openQuote) {
      for (let j = i + 1; j < units.length && j <= i + 4; j++) {
        const later = parsed[j];
        if (later?.source && later.direct) {
          parsed[i] = { ...st, source: later.source, sourceSpan: later.sourceSpan, cue: later.cue };
          break;
        }
        if (!later || !later.direct) break;
      }
      if (parsed[i]?.source) continue;
    }
    const prev = parsed[i - 1];
    const prevUnit = units[i - 1];
    const sameOrRunOn = prevUnit && (prevUnit.paragraph === (units[i] as StatementUnit).paragraph || Boolean(prev?.openQuote));
    if (prev?.source && prev.direct && sameOrRunOn) parsed[i] = { ...st, source: prev.source, sourceSpan: prev.sourceSpan, cue: prev.cue };
  }
}
