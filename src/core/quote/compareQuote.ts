import { diffArrays } from 'diff';
import { foldPunctuation } from '../text/fold';

/** One way a page's quotation departs from the speaker's words in the source. */
export type QuoteDifference =
  | { kind: 'added'; words: string }
  | { kind: 'dropped'; words: string }
  | { kind: 'changed'; from: string; to: string }
  /** The page stops (or starts) inside the source's sentence without marking the cut with "…". */
  | { kind: 'cut'; at: 'start' | 'end'; words: string };

/** The word-by-word verdict on a page quotation against the source's words. */
export interface QuoteComparison {
  exact: boolean;
  differences: QuoteDifference[];
}

interface Word {
  /** As written, for display. */
  text: string;
  /** Compared form: case, apostrophe style and surrounding punctuation ignored. */
  key: string;
  /** A sentence ends right after this word in its text. */
  endsSentence: boolean;
}

/** A word, with an apostrophe inside it; hyphens and every other mark separate words. */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
/** Elision marks: "…", "...", ". . .", optionally in brackets. */
const ELISION = /\[?\s*(?:\u2026|\.\s?\.\s?\.)\s*\]?/gu;
/** Below this share of the page's words found in the source, the two are not the same quotation. */
const MIN_SHARED_SHARE = 0.6;

function wordsOf(text: string): Word[] {
  const folded = foldPunctuation(text);
  const out: Word[] = [];
  const matches = [...folded.matchAll(WORD)];
  matches.forEach((m, i) => {
    const end = (m.index ?? 0) + m[0].length;
    const next = matches[i + 1]?.index ?? folded.length;
    out.push({ text: text.slice(m.index, end), key: m[0].toLowerCase(), endsSentence: /[.!?]/u.test(folded.slice(end, next)) || i === matches.length - 1 });
  });
  return out;
}

/** The page quotation's words, and the word positions (0..n) where it marks an elision. */
function pageWords(quote: string): { words: Word[]; elisions: Set<number> } {
  const words: Word[] = [];
  const elisions = new Set<number>();
  const parts = quote.split(ELISION);
  parts.forEach((part, i) => {
    if (i > 0) elisions.add(words.length);
    words.push(...wordsOf(part));
  });
  return { words, elisions };
}

const join = (words: Word[]): string => words.map((w) => w.text).join(' ');

/**
 * Compares a quotation as a page prints it with the speaker's words in a source, word by
 * word. Case, punctuation, curly or straight marks and square brackets never count; words
 * left out where the page marks an elision ("…") do not either. A quotation that stops or
 * starts inside one of the source's sentences, unmarked, is reported as cut. Returns null
 * when the two share too few words to be the same quotation.
 */
export function compareQuote(pageQuote: string, sourceWords: string): QuoteComparison | null {
  const { words: page, elisions } = pageWords(pageQuote);
  const source = wordsOf(sourceWords.replace(ELISION, ' '));
  if (page.length === 0 || source.length === 0) return null;
  const changes = diffArrays(source, page, { comparator: (a, b) => a.key === b.key });
  const shared = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.length, 0);
  if (shared / page.length < MIN_SHARED_SHARE) return null;

  const differences: QuoteDifference[] = [];
  let pageAt = 0;
  let sourceAt = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as (typeof changes)[number];
    if (!change.added && !change.removed) {
      pageAt += change.value.length;
      sourceAt += change.value.length;
      continue;
    }
    const next = changes[i + 1];
    // A removal next to an addition is one changed stretch.
    if (change.removed && next?.added) {
      differences.push({ kind: 'changed', from: join(change.value), to: join(next.value) });
      pageAt += next.value.length;
      sourceAt += change.value.length;
      i++;
      continue;
    }
    if (change.added) {
      differences.push({ kind: 'added', words: join(change.value) });
      pageAt += change.value.length;
      continue;
    }
    const leading = pageAt === 0;
    const trailing = i === changes.length - 1;
    const elided = elisions.has(pageAt);
    sourceAt += change.value.length;
    if (elided) continue;
    if (leading) {
      // The page starts where a source sentence starts: quoting whole sentences is not a cut.
      if (!(change.value[change.value.length - 1] as Word).endsSentence) differences.push({ kind: 'cut', at: 'start', words: join(sentenceStart(change.value)) });
      continue;
    }
    if (trailing) {
      const lastQuoted = source[sourceAt - change.value.length - 1];
      if (!lastQuoted?.endsSentence) differences.push({ kind: 'cut', at: 'end', words: join(sentenceRest(change.value)) });
      continue;
    }
    differences.push({ kind: 'dropped', words: join(change.value) });
  }
  return { exact: differences.length === 0, differences };
}

/** The source words from the start of the sentence the page cut into. */
function sentenceStart(words: Word[]): Word[] {
  const lastEnd = words.findLastIndex((w) => w.endsSentence);
  return words.slice(lastEnd + 1);
}

/** The source words up to the end of the sentence the page cut. */
function sentenceRest(words: Word[]): Word[] {
  const end = words.findIndex((w) => w.endsSentence);
  return end < 0 ? words : words.slice(0, end + 1);
}
