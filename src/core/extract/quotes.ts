import type { TextSpan } from '../text/span';

/** A quotation in a paragraph: `start`/`end` include the marks; `open` means it runs past the paragraph. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** The paragraph ends before the quote closes: news style for a quote that goes on in the next paragraph. */
  open: boolean;
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);

/**
 * Double-quoted spans of a paragraph, with curly and straight marks mixed. A straight
 * mark opens when it follows a space or an opening bracket and comes before a word, and
 * closes otherwise; a stray closing mark is ignored and a second opener restarts the
 * quotation, so one unbalanced mark does not swallow the rest of the paragraph. Single quotes are left alone: they are apostrophes too often.
 */
export function findQuotes(text: string, paragraph: TextSpan): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i] as string;
    const prev = i > paragraph.start ? (text[i - 1] as string) : ' ';
    const next = i + 1 < paragraph.end ? (text[i + 1] as string) : ' ';
    // A straight mark is shaped by its neighbours: after a space and before a word it opens, else it closes.
    const straightOpener = ch === '"' && /[\s([{\u2014-]/u.test(prev) && !/\s/u.test(next);
    const opens = OPENERS.has(ch) || straightOpener;
    const closes = CLOSERS.has(ch) || (ch === '"' && !straightOpener);
    if (openAt < 0 && opens) {
      openAt = i;
    } else if (openAt >= 0 && closes) {
      out.push({ start: openAt, end: i + 1, innerStart: openAt + 1, innerEnd: i, open: false });
      openAt = -1;
    } else if (openAt >= 0 && opens) {
      // A second opener before a closer: the first quote was never closed in the text.
      openAt = i;
    }
  }
  if (openAt >= 0) out.push({ start: openAt, end: paragraph.end, innerStart: openAt + 1, innerEnd: paragraph.end, open: true });
  return out;
}
