import { findQuotes } from '../extract/quotes';
import { parseStatement, unwrapReportedSpeech } from '../extract/statement';
import { readSourcePhrase } from '../extract/sourcePhrase';
import type { TextSpan } from '../text/span';
import { analyzeProposition, type Proposition } from './proposition';
import type { SentenceStance } from './sentenceMatch';

/** A page sentence with its reported-speech wrapper taken off. */
export interface ReadSentence {
  proposition: Proposition;
  stance: SentenceStance;
  /** A reporting frame was found and taken off: `proposition` is what the frame reports. */
  unwrapped: boolean;
  /** The sentence points back ("these reports", "it") and states no proposition of its own. */
  pointsBack: boolean;
}

/**
 * Reads one sentence as the index builder reads a document: strips "US officials said",
 * "according to …", "citing …", keeps the stance the wrapper gives (a denial, a
 * dismissal) and reduces what remains to a proposition.
 */
export function readSentence(text: string, sentence: TextSpan, verbs?: ReadonlySet<string>): ReadSentence {
  const raw = parseStatement(text, sentence, findQuotes(text, sentence));
  if (!raw || !raw.source) return { proposition: analyzeProposition(sentence.text, null, false, verbs), stance: 'states', unwrapped: false, pointsBack: false };
  const st = unwrapReportedSpeech(text, raw);
  const stance: SentenceStance = st.stance === 'denies' ? 'denies' : st.stance === 'disputes' ? 'disputes' : 'states';
  if (st.target?.kind === 'previous') return { proposition: analyzeProposition(''), stance, unwrapped: true, pointsBack: true };
  // "Beijing accused Washington of spreading disinformation" states that Washington spreads it.
  if (st.target?.kind === 'accused') return { proposition: analyzeProposition(st.content.text, null, false, verbs), stance: 'states', unwrapped: true, pointsBack: false };
  const span = st.target?.kind === 'span' ? st.target.span : st.content;
  const agent = st.sourceIsAgent && st.sourceSpan ? (readSourcePhrase(st.sourceSpan.text) && analyzeProposition(st.sourceSpan.text).entities[0]) || null : null;
  return { proposition: analyzeProposition(span.text, agent, false, verbs), stance, unwrapped: true, pointsBack: false };
}
