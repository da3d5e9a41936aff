import { COMPANY_ABBREVIATIONS, MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations';
import { trimmedSpan, type TextSpan } from './span';

/** Paragraphs of a text: runs of lines separated by line breaks, by offsets into the text. */
export function splitParagraphs(text: string, from = 0, to = text.length): TextSpan[] {
  const out: TextSpan[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n' || text[i] === '\r' || text[i] === '\u2029') {
      const span = trimmedSpan(text, start, i);
      if (span) out.push(span);
      start = i + 1;
    }
  }
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The word (letters and inner dots) that ends `text`, lower-cased, without its final dot. */
function lastWord(text: string): string {
  const m = /([\p{L}][\p{L}.]*)\.["'\u201D\u2019)]?\s*$/u.exec(text);
  return m ? (m[1] as string).toLowerCase() : '';
}

/** The first word of `text` after opening quotes and brackets. */
function firstWord(text: string): string {
  const m = /^["'\u201C\u2018(\[]*([\p{L}\p{N}][\p{L}\p{N}'\u2019]*)/u.exec(text);
  return m ? (m[1] as string) : '';
}

/** Whether a break between `prev` and `next` is a false sentence end made by an abbreviation or a quote. */
function isFalseBreak(prev: string, next: string): boolean {
  const nextWord = firstWord(next);
  if (!nextWord) return /^[,;:)\]]/u.test(next);
  const startsLower = /^\p{Ll}/u.test(nextWord);
  // A sentence does not start in lower case: `"Why?" she asked.`, `Acme Inc. said`.
  if (startsLower) return true;
  if (!/\.["'\u201D\u2019)]?\s*$/u.test(prev)) return false;
  // A full stop inside closing quotation marks ends the quotation's sentence, whatever the word before it.
  if (/\.["\u201D]\s*$/u.test(prev)) return false;
  const word = lastWord(prev);
  if (!word) return false;
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  if (MONTH_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word)) return /^\d/u.test(nextWord);
  if (COMPANY_ABBREVIATIONS.has(word)) return false;
  // Initials and dotted acronyms: "J.K. Rowling", "U.S. President", "the U.N. Security Council".
  if (/^(\p{L}\.)*\p{L}$/u.test(word)) {
    if (word.length === 1) return /^\p{Lu}/u.test(nextWord);
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return false;
}

/** Paragraph stretch handed to Intl.Segmenter at once: V8's segmenter slows down quadratically on very long strings. */
const SEGMENTER_CHUNK = 4000;

/** Intl.Segmenter's sentence segments of a paragraph, by offsets into the whole text, fed in bounded chunks cut after a full stop where possible. */
function* segmentsOf(paragraph: TextSpan): Generator<{ index: number; segment: string }> {
  const p = paragraph.text;
  for (let from = 0; from < p.length; ) {
    let to = p.length;
    if (to - from > SEGMENTER_CHUNK) {
      const window = p.slice(from, from + SEGMENTER_CHUNK);
      const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      to = from + (stop > SEGMENTER_CHUNK / 2 ? stop + 2 : Math.max(window.lastIndexOf(' ') + 1, SEGMENTER_CHUNK / 2));
    }
    for (const seg of segmenter.segment(p.slice(from, to))) yield { index: paragraph.start + from + seg.index, segment: seg.segment };
    from = to;
  }
}

/** A quotation that ends a sentence, then another that opens one: `…replied: "No." "We have all we need…"`. */
const ADJACENT_QUOTES = /[.!?]["\u201D]\s+(?=["\u201C]\p{Lu})/gu;

/** Splits a segment where one quotation ends a sentence and the next opens another (Intl.Segmenter keeps them together). */
function* adjacentQuoteParts(seg: { index: number; segment: string }): Generator<{ index: number; segment: string }> {
  let from = 0;
  for (const m of seg.segment.matchAll(ADJACENT_QUOTES)) {
    const cut = (m.index ?? 0) + m[0].length;
    yield { index: seg.index + from, segment: seg.segment.slice(from, cut) };
    from = cut;
  }
  yield { index: seg.index + from, segment: seg.segment.slice(from) };
}

/**
 * Longest sentence we hand on. News sentences are far shorter; a page "sentence" of
 * 50,000 characters (a table, a minified blob) is cut at white space, so no later step
 * ever works on an unbounded string.
 */
const MAX_SENTENCE_CHARS = 2000;

/**
 * Sentences of `text[from, to)`, abbreviation-aware, by offsets into `text`. Never
 * crosses a paragraph break. Intl.Segmenter does the Unicode work; the repairs undo its
 * breaks after "Mr.", "U.S.", "Feb.", initials and quotes ending in "?" or "!", and
 * split two quotations it runs together.
 */
export function segmentSentences(text: string, from = 0, to = text.length): TextSpan[] {
  const out: TextSpan[] = [];
  for (const paragraph of splitParagraphs(text, from, to)) {
    let pending: { start: number; end: number } | null = null;
    for (const seg of [...segmentsOf(paragraph)].flatMap((whole) => [...adjacentQuoteParts(whole)])) {
      const start = seg.index;
      const end = start + seg.segment.length;
      // Only the end of the sentence so far decides (an abbreviation, a closing quote): look at a bounded tail.
      const tail = pending ? text.slice(Math.max(pending.start, pending.end - 40), pending.end) : '';
      if (pending && pending.end - pending.start < MAX_SENTENCE_CHARS && isFalseBreak(tail, seg.segment.slice(0, 40))) {
        pending.end = end;
        continue;
      }
      if (pending) pushBounded(text, pending, out);
      pending = { start, end };
    }
    if (pending) pushBounded(text, pending, out);
  }
  return out;
}

/** Pushes a sentence, cut at white space into pieces of at most MAX_SENTENCE_CHARS. */
function pushBounded(text: string, range: { start: number; end: number }, out: TextSpan[]): void {
  let start = range.start;
  while (range.end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS);
    const cut = Math.max(window.lastIndexOf(' '), MAX_SENTENCE_CHARS / 2);
    const span = trimmedSpan(text, start, start + cut);
    if (span) out.push(span);
    start += cut;
  }
  const span = trimmedSpan(text, start, range.end);
  if (span) out.push(span);
}
