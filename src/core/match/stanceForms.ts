import { CUES, DECLINED_TO_CONFIRM, DOUBT, FALSITY, NOT_DENIED } from '../lexicon/reportingCues';
import type { SentenceStance } from './sentenceMatch';

// Forms of news copy that give a page sentence its stance toward what it says, outside the
// "X said/denied that …" frame the statement parser reads.

const REJECTING_CUES = [...CUES].filter(([, kind]) => kind === 'deny' || kind === 'dismiss').map(([cue]) => cue.replace(/ /gu, '\\s+'));
const CUE = `(${REJECTING_CUES.join('|')})`;
/** Up to five words naming who rejects, an auxiliary and an adverb: "officials in Lima have flatly". */
const WHO = `(?:\\S+\\s+){1,5}?(?:has\\s+|have\\s+|had\\s+)?(?:\\S+ly\\s+)?`;
/** What may follow the verb: a verdict ("as propaganda", "baseless"), a time ("on Tuesday"). */
const REST = `(\\s+[^,.;]+)?[.!?"”’]*\\s*$`;
/** ", which Lima denies", ", a claim officials in Lima have rejected": groups are the head noun (none after "which"), the verb, the rest. */
const RELATIVE_REJECTION = new RegExp(`,\\s+(?:which|(?:a|an|the)\\s+(\\S+)(?:\\s+that)?)\\s+${WHO}${CUE}${REST}`, 'iu');
/** ", and Lima denied it on Tuesday", ", though Lima has dismissed the claims as propaganda": groups are the verb, the rest. */
const POINTING_REJECTION = new RegExp(`,?\\s+(?:and|but|though|although|while|yet)\\s+${WHO}${CUE}\\s+(?:it|this|that|them|these|those|(?:the|such|these|those)\\s+(?:claims?|reports?|accusations?|allegations?|charges?|suggestions?))\\b${REST}`, 'iu');
/** Head nouns of a statement: what "…, a claim that Lima rejected" rejects is the sentence's statement, not a plan. */
const STATEMENT_HEAD = /^(?:claims?|accusations?|allegations?|reports?|charges?|assertions?|suggestions?|assessments?)$/iu;

/** The stance a rejecting verb gives: a denial, or a dismissal that says "false" or casts doubt; else none ("called it a step forward"). */
function rejectionStance(verb: string, rest: string): SentenceStance | null {
  const kind = CUES.get(verb.toLowerCase().replace(/\s+/gu, ' '));
  if (kind === 'deny') return 'denies';
  if (kind === 'dismiss' && FALSITY.test(rest)) return 'denies';
  if (kind === 'dismiss' && DOUBT.test(rest)) return 'disputes';
  return null;
}

/**
 * A clause ending the sentence that rejects what the sentence says before it: ", which Lima
 * denies", ", a claim officials in Lima have rejected", ", and Lima denied it on Tuesday",
 * ", though Lima dismissed the reports as propaganda". The sentence then reports a denial or a
 * dispute, not a statement. After "which" only "deny" and "refute" count ("a plan, which Lima
 * rejected" rejects the plan). Returns where the clause starts and the stance it gives, or null.
 */
export function rejectionCoda(sentence: string): { start: number; stance: SentenceStance } | null {
  const pointing = POINTING_REJECTION.exec(sentence);
  if (pointing && pointing.index > 0) {
    const stance = rejectionStance(pointing[1] as string, pointing[2] ?? '');
    if (stance) return { start: pointing.index, stance };
  }
  const relative = RELATIVE_REJECTION.exec(sentence);
  if (!relative || relative.index === 0) return null;
  const [, head, verb, rest] = relative as unknown as [string, string | undefined, string, string | undefined];
  const aboutStatement = head !== undefined && STATEMENT_HEAD.test(head);
  if (head === undefined && !/^(?:den|refut)/iu.test(verb) && CUES.get(verb.toLowerCase()) === 'deny') return null;
  if (head !== undefined && !aboutStatement) return null;
  const stance = rejectionStance(verb, rest ?? '');
  return stance ? { start: relative.index, stance } : null;
}

/**
 * "Lima did not deny that …", "Lima declined to confirm that …": a frame that commits to
 * nothing. What follows it is reported, not denied: stated after a refusal to deny, disputed
 * after a refusal to confirm ("would not confirm whether …" too). Returns where what it reports
 * starts and that stance, or null.
 */
export function noncommittalFrame(sentence: string): { start: number; stance: SentenceStance } | null {
  const notDenied = NOT_DENIED.exec(sentence);
  const unconfirmed = notDenied ? null : DECLINED_TO_CONFIRM.exec(sentence);
  const frame = notDenied ?? unconfirmed;
  if (!frame) return null;
  const after = /^\s+(?:(?:the|any)\s+(?:reports?|claims?)\s+)?(?:(?:that|whether|if)\s+)?/iu.exec(sentence.slice(frame.index + frame[0].length));
  return { start: frame.index + frame[0].length + (after?.[0].length ?? 0), stance: notDenied ? 'states' : 'disputes' };
}
