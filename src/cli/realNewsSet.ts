import { readFile } from 'node:fs/promises';
import type { ClaimIndex } from '../core/index/schema';
import type { SentenceStance } from '../core/match/sentenceMatch';

/** Where every developer and CI find the real-news development set (kept out of the repo: the excerpts stay their publishers'). */
export const REAL_NEWS_FILE = '../shared/realnews-dev/pages.json';
/** Our own stance labels for its required claims, by page id and sentence number (no text). */
const REAL_NEWS_STANCES = 'tests/fixtures/realnews/stance-labels.json';

/** One labelled sentence of a real page. */
export interface RealSentence {
  text: string;
  claims: string[];
  optional?: string[];
}

/** One real news page, cut to its opening sentences. */
export interface RealPage {
  id: string;
  url: string;
  outlet: string;
  title: string;
  date: string | null;
  kind: 'positive' | 'hard-negative' | 'unrelated';
  sentences: RealSentence[];
}

/** The development set: its claims (with the seed passages that state them) and its pages. */
export interface RealNewsSet {
  claims: { id: string; text: string; anchors: { seed: string; text: string }[] }[];
  pages: RealPage[];
  /** `${page}:${sentence}:${claim}` → the stance of the page sentence toward the claim. */
  stances: Map<string, SentenceStance>;
}

/** Reads the development set and our stance labels; a missing file is named in the error. */
export async function loadRealNewsSet(file = REAL_NEWS_FILE, stanceFile = REAL_NEWS_STANCES): Promise<RealNewsSet> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new Error(`The real-news development set is missing: ${file} (it lives in the shared folder beside the repository).`);
  }
  const set = JSON.parse(raw) as Omit<RealNewsSet, 'stances'>;
  const stances = new Map<string, SentenceStance>();
  const labels = JSON.parse(await readFile(stanceFile, 'utf8')) as { labels: { page: string; sentence: number; claim: string; stance: SentenceStance }[] };
  for (const l of labels.labels) stances.set(`${l.page}:${l.sentence}:${l.claim}`, l.stance);
  return { ...set, stances };
}

/**
 * Maps each index claim to the development set's claim ids through the seed passages
 * (anchors) its attributions quote: an index claim is C05 when one of its quotes overlaps
 * a passage that states C05. The quotes that assert the claim decide; a denial's quote
 * (which may touch a passage of another claim) only when none does. Index claims may map
 * to several ids, or none.
 */
export function goldIdsOfClaims(index: ClaimIndex, set: RealNewsSet): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const claim of index.claims) {
    const ids = new Set<string>();
    const asserting = claim.attributions.filter((a) => a.stance === 'asserts');
    for (const a of asserting.length > 0 ? asserting : claim.attributions) {
      const doc = index.documents.find((d) => d.id === a.documentId);
      if (!doc) continue;
      for (const gold of set.claims) {
        for (const anchor of gold.anchors) {
          if (anchor.seed.replace(/\.[a-z]+$/u, '') !== doc.id) continue;
          const at = doc.text.indexOf(anchor.text);
          if (at >= 0 && a.start < at + anchor.text.length && a.end > at) ids.add(gold.id);
        }
      }
    }
    out.set(claim.id, ids);
  }
  return out;
}

/**
 * A page's text as a browser gives it: its lines in order, joined by a space, except
 * that a line ending without final punctuation (a headline, a standfirst, a summary
 * bullet) stands as a paragraph of its own. Returns each line's offsets.
 */
export function pageText(lines: string[]): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans = lines.map((line) => {
    if (text) text += /[.!?]["'\u201d\u2019)]*$/u.test(text) ? ' ' : '\n\n';
    const start = text.length;
    text += line;
    return { start, end: text.length };
  });
  return { text, spans };
}
