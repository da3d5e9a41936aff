import { readFile } from 'node:fs/promises';
import type { ClaimIndex } from '../core/index/schema';
import type { SentenceMatch, SentenceStance } from '../core/match/sentenceMatch';
import { goldIdsOfClaims, pageText, type RealNewsSet } from './realNewsSet';

/** The self-written evaluation sentences (one per line, JSON). */
const WRITTEN_SET_FILE = 'tests/fixtures/eval/matcher-eval.jsonl';

/** A labelled sentence in a page's text, with its answers as index claim ids. */
export interface LabelledSentence {
  start: number;
  end: number;
  /** Each entry is one claim the sentence carries: found when any of its index claims is highlighted. */
  required: string[][];
  /** Highlights naming these are right. */
  accept: Set<string>;
  /** Highlights naming these count neither way (the label says either is defensible). */
  neutral: Set<string>;
  /** The page sentence's stance toward each accepted claim, where labelled. */
  stance: Map<string, SentenceStance>;
}

/** A page of labelled sentences, the unit of scoring and of cross-validation folds. */
export interface LabelledPage {
  id: string;
  set: 'real' | 'written';
  /** Positive, hard-negative or unrelated for real pages; the row's kind for written ones. */
  kind: string;
  text: string;
  sentences: LabelledSentence[];
}

/**
 * The real pages as a browser would give their text: the headline, then the sentences in
 * order, a line that ends without punctuation (a headline, a standfirst, a summary
 * bullet) as a block of its own. tests/e2e/realnews.suite.mjs lays the same pages out as HTML
 * the same way, so the CLI and the extension read the same blocks.
 */
export function realPages(index: ClaimIndex, set: RealNewsSet): LabelledPage[] {
  const gold = goldIdsOfClaims(index, set);
  const claimsOf = (cid: string): string[] => [...gold].filter(([, ids]) => ids.has(cid)).map(([id]) => id);
  return set.pages.map((page) => {
    // The headline is on the page the reader sees, so it sets context; it is not scored.
    const { text, spans } = pageText([page.title, ...page.sentences.map((s) => s.text)]);
    const sentences: LabelledSentence[] = page.sentences.map((s, i) => {
      const { start, end } = spans[i + 1] as { start: number; end: number };
      const required = s.claims.map(claimsOf);
      const accept = new Set(required.flat());
      const neutral = new Set((s.optional ?? []).flatMap(claimsOf).filter((c) => !accept.has(c)));
      const stance = new Map<string, SentenceStance>();
      for (const cid of s.claims) {
        const label = set.stances.get(`${page.id}:${i}:${cid}`);
        if (label) for (const c of claimsOf(cid)) stance.set(c, label);
      }
      return { start, end, required, accept, neutral, stance };
    });
    return { id: page.id, set: 'real', kind: page.kind, text, sentences };
  });
}

interface WrittenRow {
  id: string;
  text: string;
  claimQuote: string | null;
  stance: SentenceStance | null;
  kind: string;
}

/** The index claims whose attributions cover the quoted passage: any of them is a right answer. */
function claimsQuoting(index: ClaimIndex, passage: string): Set<string> {
  const out = new Set<string>();
  for (const d of index.documents) {
    const at = d.text.indexOf(passage);
    if (at < 0) continue;
    const end = at + passage.length;
    for (const c of index.claims) if (c.attributions.some((a) => a.documentId === d.id && a.start < end && a.end > at)) out.add(c.id);
  }
  return out;
}

/**
 * The self-written sentences, each a page of one sentence. A sentence's answer is the
 * claim whose quotes cover its labelled passage, or any claim the real-news set's anchors
 * give the same identity (one claim the index keeps as two wordings is still one claim).
 */
export async function writtenPages(index: ClaimIndex, set: RealNewsSet, file = WRITTEN_SET_FILE): Promise<LabelledPage[]> {
  const rows = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as WrittenRow);
  const identity = goldIdsOfClaims(index, set);
  const sameIdentity = (claims: Set<string>): Set<string> => {
    const ids = new Set([...claims].flatMap((c) => [...(identity.get(c) ?? [])]));
    return new Set([...claims, ...[...identity].filter(([, cids]) => [...cids].some((c) => ids.has(c))).map(([id]) => id)]);
  };
  return rows.map((r) => {
    const gold = r.claimQuote ? sameIdentity(claimsQuoting(index, r.claimQuote)) : new Set<string>();
    const stance = new Map<string, SentenceStance>();
    if (r.stance) for (const c of gold) stance.set(c, r.stance);
    return { id: r.id, set: 'written', kind: r.kind, text: r.text, sentences: [{ start: 0, end: r.text.length, required: gold.size > 0 ? [[...gold]] : [], accept: gold, neutral: new Set(), stance }] };
  });
}

/** Precision, recall and stance counts over some pages. */
export interface PageScore {
  correct: number;
  wrong: number;
  required: number;
  found: number;
  stanceRight: number;
  stanceLabelled: number;
}

/** An empty score to add into. */
export function emptyPageScore(): PageScore {
  return { correct: 0, wrong: 0, required: 0, found: 0, stanceRight: 0, stanceLabelled: 0 };
}

/** One wrong, missed or mis-stanced highlight, for the report. */
export interface ScoreError {
  page: string;
  sentence: number;
  kind: 'wrong' | 'missed' | 'stance';
  claim: string;
  detail: string;
}

/**
 * Scores a page's matches. A match counts for every labelled sentence it overlaps, so a
 * segmentation that runs two sentences together is charged for both.
 */
export function scoreMatches(page: LabelledPage, matches: SentenceMatch[], into: PageScore, errors: ScoreError[] = []): void {
  page.sentences.forEach((s, i) => {
    const here = new Map<string, SentenceMatch>();
    for (const m of matches) if (m.start < s.end && m.end > s.start && !here.has(m.claimId)) here.set(m.claimId, m);
    for (const [claimId, m] of here) {
      if (s.accept.has(claimId)) {
        into.correct++;
        const label = s.stance.get(claimId);
        if (label) {
          into.stanceLabelled++;
          if (label === m.stance) into.stanceRight++;
          else errors.push({ page: page.id, sentence: i, kind: 'stance', claim: claimId, detail: `${m.stance}, labelled ${label}` });
        }
      } else if (!s.neutral.has(claimId)) {
        into.wrong++;
        errors.push({ page: page.id, sentence: i, kind: 'wrong', claim: claimId, detail: `p=${m.score}` });
      }
    }
    for (const options of s.required) {
      into.required++;
      if (options.some((c) => here.has(c))) into.found++;
      else errors.push({ page: page.id, sentence: i, kind: 'missed', claim: options.join('/') || '(no index claim)', detail: '' });
    }
  });
}

/** Adds one score into another. */
export function addPageScore(into: PageScore, s: PageScore): void {
  into.correct += s.correct;
  into.wrong += s.wrong;
  into.required += s.required;
  into.found += s.found;
  into.stanceRight += s.stanceRight;
  into.stanceLabelled += s.stanceLabelled;
}
